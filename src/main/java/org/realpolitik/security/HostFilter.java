package org.realpolitik.security;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatusCode;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers only requests addressed to a configured host name. A web page that points a name of its own at this
 * machine (DNS rebinding) sends that name in {@code Host}, and gets a 421 instead of the data.
 */
final class HostFilter extends OncePerRequestFilter {

	private final Set<String> allowed;

	private final boolean any;

	private final Problems problems;

	HostFilter(List<String> allowedHosts, Problems problems) {
		this.allowed = allowedHosts.stream().map(HostFilter::normalise).collect(Collectors.toSet());
		this.any = this.allowed.contains("*");
		this.problems = problems;
	}

	static String normalise(String host) {
		String h = host.strip().toLowerCase(Locale.ROOT);
		if (h.startsWith("[") && h.endsWith("]")) {
			h = h.substring(1, h.length() - 1);
		}
		return h;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String host = request.getServerName();
		if (this.any || host != null && this.allowed.contains(normalise(host))) {
			chain.doFilter(request, response);
			return;
		}
		String shown = host == null ? "" : host.length() > 100 ? host.substring(0, 100) + "..." : host;
		this.problems.write(response, HttpStatusCode.valueOf(421), "unknown-host", "Host not served",
				"this service answers requests addressed to " + this.allowed.stream().sorted().toList() + ", not to '"
						+ shown + "' (realpolitik.security.allowed-hosts)");
	}

}
