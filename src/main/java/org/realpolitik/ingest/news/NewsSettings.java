package org.realpolitik.ingest.news;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the news importer bounds one article ({@code realpolitik.news.*}, documented in docs/configuration.md).
 *
 * @param articleTimeout how long the extraction of one article may take; an article that takes longer is rejected
 *                       with the reason and the others go on ({@code realpolitik.news.article-timeout})
 */
@ConfigurationProperties("realpolitik.news")
public record NewsSettings(@DefaultValue("2m") Duration articleTimeout) {

	public NewsSettings {
		if (articleTimeout == null || articleTimeout.isNegative() || articleTimeout.isZero()) {
			throw new IllegalArgumentException("realpolitik.news.article-timeout must be a positive duration, e.g. 2m");
		}
	}

}
