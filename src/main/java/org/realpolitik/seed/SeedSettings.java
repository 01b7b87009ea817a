package org.realpolitik.seed;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param seedsDir    folder whose curated files ({@code *.yaml}) and articles ({@code *.txt, *.md, *.html}) are imported
 *                    into a store that has never been seeded, by whichever command opens it first, instead of the
 *                    seeds the jar carries (the default, {@code null}); {@code realpolitik.seeds-dir}
 * @param importSeeds import the seeds into a store that has never been seeded, for every command that opens a store
 *                    ({@code serve}, {@code import}, {@code influence}, {@code balance}, {@code export});
 *                    {@code realpolitik.import-seeds}
 */
@ConfigurationProperties("realpolitik")
public record SeedSettings(Path seedsDir, @DefaultValue("true") boolean importSeeds) {
}
