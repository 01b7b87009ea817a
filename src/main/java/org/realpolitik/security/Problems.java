package org.realpolitik.security;

import java.io.IOException;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/** Writes the RFC 9457 problem details of the filters, which run before Spring MVC's own error handling. */
final class Problems {

	private final ObjectMapper json;

	Problems(ObjectMapper json) {
		this.json = json;
	}

	void write(HttpServletResponse response, HttpStatusCode status, String type, String title, String detail)
			throws IOException {
		ProblemDetail problem = org.realpolitik.web.ProblemTypes.problem(status, type, title, detail);
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		this.json.writeValue(response.getOutputStream(), problem);
	}

}
