package org.realpolitik.query.path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the path search ({@code realpolitik.paths.*}, documented in docs/configuration.md). Its time limit is
 * {@code realpolitik.timeouts.paths}.
 *
 * @param budget how many edges one search may look at before it stops and answers with the paths found so far
 *               (marked incomplete); bounds the work a question about two hubs can cost
 */
@ConfigurationProperties("realpolitik.paths")
public record PathSettings(@DefaultValue("20000000") long budget) {

	public PathSettings {
		if (budget < 1) {
			throw new IllegalArgumentException("realpolitik.paths.budget must be at least 1");
		}
	}

}
