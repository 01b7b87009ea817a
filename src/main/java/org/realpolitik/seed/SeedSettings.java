package org.realpolitik.seed;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param seedsDir    folder whose curated files ({@code *.yaml}) and articles ({@code *.txt, *.md, *.html}) are imported on the first start;
 *                    {@code realpolitik.seeds-dir}
 * @param importSeeds import the seeds on the first start of the service; {@code realpolitik.import-seeds}
 */
@ConfigurationProperties("realpolitik")
public record SeedSettings(@DefaultValue("./seeds") Path seedsDir, @DefaultValue("true") boolean importSeeds) {
}
