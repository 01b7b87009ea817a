package org.realpolitik.browser.web;

import java.time.Duration;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves Neo4j Browser's files (the {@code browser/} folder of the {@code org.neo4j.client:neo4j-browser} jar) and
 * ours ({@code browser/realpolitik/}) at {@code /browser/}. The app's file names carry a content hash, so they may be
 * cached; {@code index.html} and the guide are answered by {@link BrowserController}. The guide and the style sheet
 * may be fetched from any origin, so a Neo4j Browser served elsewhere (a Neo4j server's own, on port 7474) can
 * {@code :play} and {@code :style} them.
 */
@Configuration(proxyBeanMethods = false)
class BrowserWebConfiguration implements WebMvcConfigurer {

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/browser/realpolitik/**")
			.addResourceLocations("classpath:/browser/realpolitik/")
			.setCacheControl(CacheControl.noCache());
		registry.addResourceHandler("/browser/**")
			.addResourceLocations("classpath:/browser/")
			.setCacheControl(CacheControl.maxAge(Duration.ofDays(1)));
	}

	@Override
	public void addCorsMappings(CorsRegistry registry) {
		registry.addMapping("/browser/realpolitik/**").allowedOrigins("*").allowedMethods("GET");
	}

}
