package org.realpolitik.ingest.news;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LexiconTest {

	@Test
	void theNegationCuesIncludeNo() {
		assertThat(Lexicon.load().is(Lexicon.Cue.NEGATION, "no")).isTrue();
		assertThat(Lexicon.load().is(Lexicon.Cue.NEGATING_VERBS, "ban")).isTrue();
	}

	@Test
	void aCueThatYamlReadsAsABooleanIsRejectedByName() throws IOException {
		String text;
		try (InputStream in = Lexicon.class.getResourceAsStream("/news/lexicon.yaml")) {
			text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		Map<String, Object> unquoted = new Yaml(new SafeConstructor(new LoaderOptions())).load(text.replace("\"no\"", "no"));
		assertThatThrownBy(() -> new Lexicon(unquoted)).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("'negation'")
			.hasMessageContaining("quote it");
	}

}
