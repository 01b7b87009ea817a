package org.realpolitik.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * The jar is the product: run as {@code java -jar realpolitik.jar ...} from a folder that holds nothing of the
 * project, its first command seeds the store from the seeds the jar carries (the gazetteer, the background claims and
 * the seed articles), {@code extract} reads an article with the jar's gazetteer, and a missing file is one line on
 * standard error with exit code 2, not a stack trace. Runs after {@code package} (as failsafe does); skipped when the
 * jar has not been built.
 */
class JarFromAnyFolderIT {

	static final Path JAR = Path.of("target", "realpolitik.jar").toAbsolutePath();

	@TempDir
	Path folder;

	@BeforeAll
	static void jarBuilt() {
		assumeThat(Files.isRegularFile(JAR)).as("%s is built (mvn package)", JAR).isTrue();
	}

	@Test
	void theFirstCommandInAnEmptyFolderSeedsTheStoreFromTheJar() throws Exception {
		Run export = java("export", "--format", "json", "--output", "graph.json", "--realpolitik.embedded.bolt-port="
				+ FirstCommandIT.freePort(), "--realpolitik.embedded.procedures=false",
				"--realpolitik.embedded.page-cache=32m");

		assertThat(export.code()).as(export.toString()).isZero();
		assertThat(export.output()).contains("importing the seeds the jar carries");
		JsonNode graph = JsonMapper.builder().build().readTree(this.folder.resolve("graph.json").toFile());
		assertThat(graph.get("nodes").size()).as("the gazetteer and what the articles name").isGreaterThan(258);
		assertThat(graph.get("edges").size()).as("the 13 background claims' edges and the articles'")
			.isGreaterThan(13 + 30);
		assertThat(Files.list(this.folder).map(p -> p.getFileName().toString()))
			.as("nothing but the output and the data folder")
			.containsExactlyInAnyOrder("graph.json", "data");
	}

	@Test
	void extractReadsAnArticleWithTheGazetteerTheJarCarries() throws Exception {
		Files.writeString(this.folder.resolve("article.txt"), """
				Sanctions on Iran

				WASHINGTON, March 3, 2020 - The United States imposed sanctions on Iran on Tuesday.
				""");

		Run extract = java("extract", "article.txt");

		assertThat(extract.code()).as(extract.toString()).isZero();
		assertThat(extract.output()).contains("\"subject\":{\"id\":\"united-states\"")
			.contains("\"type\":\"SANCTIONED\"")
			.contains("\"object\":{\"id\":\"iran\"");
	}

	@Test
	void aMissingFileIsOneLineAndExitCodeTwo() throws Exception {
		Run evaluate = java("evaluate", "--gold", "gold.jsonl", "--actors", "actors.json", "article.txt");

		assertThat(evaluate.code()).as(evaluate.toString()).isEqualTo(2);
		assertThat(evaluate.error().strip()).isEqualTo("evaluate: actors.json: no such file");
	}

	record Run(int code, String output, String error) {
	}

	Run java(String... arguments) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx2g", "-jar", JAR.toString()));
		command.addAll(List.of(arguments));
		File out = this.folder.resolve("..").resolve(this.folder.getFileName() + ".out").toFile();
		File err = this.folder.resolve("..").resolve(this.folder.getFileName() + ".err").toFile();
		Process process = new ProcessBuilder(command).directory(this.folder.toFile())
			.redirectOutput(out)
			.redirectError(err)
			.start();
		if (!process.waitFor(5, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			throw new AssertionError("java -jar " + String.join(" ", arguments) + " did not end in 5 minutes");
		}
		try {
			return new Run(process.exitValue(), Files.readString(out.toPath(), StandardCharsets.UTF_8),
					Files.readString(err.toPath(), StandardCharsets.UTF_8));
		}
		finally {
			out.delete();
			err.delete();
		}
	}

}
