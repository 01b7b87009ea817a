package org.realpolitik.security;

import java.io.IOException;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A request that writes must be one no web page can send without the service's consent: it carries a Bearer token,
 * or an {@code X-Requested-With} header, or a JSON body. A form or an image tag on another site can do none of these
 * (each needs a CORS preflight, which this service never grants), so cached basic credentials cannot be abused.
 */
final class CrossSiteFilter extends OncePerRequestFilter {

	static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

	private final Problems problems;

	CrossSiteFilter(Problems problems) {
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		// without credentials a write is refused anyway (401): only credentials a browser may have cached matter here
		if (SAFE_METHODS.contains(request.getMethod()) || request.getHeader("Authorization") == null
				|| notSimple(request)) {
			chain.doFilter(request, response);
			return;
		}
		this.problems.write(response, HttpStatus.FORBIDDEN, "cross-site-request", "Request could come from any site",
				"a " + request.getMethod() + " needs a Bearer token, an X-Requested-With header or a JSON body, so "
						+ "that no other web site can send it");
	}

	static boolean notSimple(HttpServletRequest request) {
		String authorization = request.getHeader("Authorization");
		if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
			return true;
		}
		if (request.getHeader("X-Requested-With") != null) {
			return true;
		}
		String type = request.getContentType();
		return type != null && type.toLowerCase(Locale.ROOT).startsWith("application/json");
	}

}
