package org.realpolitik.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * No request body larger than the API needs: the API takes small JSON bodies at most (an import source's name), so a
 * body declared larger than {@link #MAX_BYTES} is answered 413 before anything reads it. A chunked body with no
 * declared length is refused the same way (the API never needs one).
 */
final class BodySizeFilter extends OncePerRequestFilter {

	/** The largest request body read. */
	static final long MAX_BYTES = 64 * 1024;

	private final Problems problems;

	BodySizeFilter(Problems problems) {
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long length = request.getContentLengthLong();
		boolean chunked = length < 0 && request.getHeader("Transfer-Encoding") != null;
		if (length > MAX_BYTES || chunked) {
			this.problems.write(response, HttpStatus.PAYLOAD_TOO_LARGE, "body-too-large", "Request body too large",
					"request bodies here are at most " + MAX_BYTES / 1024 + " KB, with a declared length");
			return;
		}
		chain.doFilter(request, response);
	}

}
