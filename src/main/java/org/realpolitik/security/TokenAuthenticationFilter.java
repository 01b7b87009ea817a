package org.realpolitik.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads the API token from {@code Authorization: Bearer <token>} or from HTTP basic ({@code <username>:<token>}). A
 * request without credentials goes on anonymous (reading may be open); one with wrong credentials is refused at once.
 */
final class TokenAuthenticationFilter extends OncePerRequestFilter {

	static final String AUTHORITY = "API";

	private final ApiToken token;

	private final String username;

	private final Problems problems;

	TokenAuthenticationFilter(ApiToken token, String username, Problems problems) {
		this.token = token;
		this.username = username;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String authorization = request.getHeader("Authorization");
		if (authorization == null || authorization.isBlank()) {
			chain.doFilter(request, response);
			return;
		}
		String presented = null;
		String user = this.username;
		if (authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
			presented = authorization.substring(7).strip();
		}
		else if (authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
			try {
				String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).strip()),
						StandardCharsets.UTF_8);
				int colon = decoded.indexOf(':');
				if (colon > 0) {
					user = decoded.substring(0, colon);
					presented = decoded.substring(colon + 1);
				}
			}
			catch (IllegalArgumentException ex) {
				presented = null;
			}
		}
		if (presented == null || !user.equals(this.username) || !this.token.matches(presented)) {
			response.setHeader("WWW-Authenticate", "Bearer realm=\"realpolitik\"");
			this.problems.write(response, HttpStatus.UNAUTHORIZED, "wrong-credentials", "Wrong credentials",
					"the Authorization header does not carry the API token (Bearer <token>, or basic with user '"
							+ this.username + "' and the token as password)");
			return;
		}
		var authentication = UsernamePasswordAuthenticationToken.authenticated(user, null,
				List.of(new SimpleGrantedAuthority(AUTHORITY)));
		SecurityContextHolder.getContext().setAuthentication(authentication);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
