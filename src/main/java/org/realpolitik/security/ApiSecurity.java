package org.realpolitik.security;

import java.nio.file.Path;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * The HTTP security policy: host names checked first, then writes guarded against cross-site requests, then the
 * token read; reading is open (or needs the token, {@code realpolitik.security.reads=token}), everything that writes
 * or starts work needs the token. Public so that the web slice tests can import it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(SecuritySettings.class)
public class ApiSecurity {

	@Bean
	ApiToken apiToken(SecuritySettings settings, @Value("${realpolitik.data-dir:./data}") Path dataDir) {
		return ApiToken.resolve(settings.token(), dataDir);
	}

	/**
	 * A request the firewall refuses (an encoded NUL, ';', '//' or '..' in its path) is a 400 problem detail that says
	 * so, not an error page.
	 */
	@Bean
	RequestRejectedHandler requestRejectedHandler(ObjectMapper json) {
		Problems problems = new Problems(json);
		return (request, response, rejected) -> problems.write(response, HttpStatus.BAD_REQUEST, "rejected-request",
				"Request rejected", "the request's path contains characters this service does not accept (an encoded "
						+ "NUL, ';', '//', '..' or a control character)");
	}

	@Bean
	SecurityFilterChain apiFilterChain(HttpSecurity http, SecuritySettings settings, ApiToken token,
			ObjectMapper json) throws Exception {
		Problems problems = new Problems(json);
		http.csrf(AbstractHttpConfigurer::disable)
			.httpBasic(AbstractHttpConfigurer::disable)
			.formLogin(AbstractHttpConfigurer::disable)
			.logout(AbstractHttpConfigurer::disable)
			.requestCache(AbstractHttpConfigurer::disable)
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.addFilterBefore(new HostFilter(settings.allowedHosts(), problems), SecurityContextHolderFilter.class)
			.addFilterBefore(new BodySizeFilter(problems), SecurityContextHolderFilter.class)
			.addFilterBefore(new CrossSiteFilter(problems), AuthorizationFilter.class)
			.addFilterBefore(new TokenAuthenticationFilter(token, settings.username(), problems),
					AuthorizationFilter.class)
			.exceptionHandling(e -> e.authenticationEntryPoint((request, response, ex) -> {
				response.setHeader("WWW-Authenticate", "Bearer realm=\"realpolitik\"");
				problems.write(response, HttpStatus.UNAUTHORIZED, "credentials-needed", "Credentials needed",
						request.getMethod() + " " + request.getRequestURI() + " needs the API token: "
								+ "Authorization: Bearer <token> (the token is in <data-dir>/api-token unless "
								+ "realpolitik.security.token sets it)");
			}).accessDeniedHandler((request, response, ex) -> problems.write(response, HttpStatus.FORBIDDEN,
					"forbidden", "Forbidden", "these credentials may not " + request.getMethod() + " "
							+ request.getRequestURI())))
			.authorizeHttpRequests(authorize -> {
				authorize.requestMatchers("/actuator/health", "/actuator/health/**", "/error").permitAll();
				if (settings.reads() == SecuritySettings.Reads.OPEN) {
					authorize.requestMatchers(HttpMethod.GET).permitAll()
						.requestMatchers(HttpMethod.HEAD).permitAll()
						.requestMatchers(HttpMethod.OPTIONS).permitAll();
				}
				authorize.anyRequest().hasAuthority(TokenAuthenticationFilter.AUTHORITY);
			});
		return http.build();
	}

}
