package org.realpolitik.ingest;

import java.nio.charset.StandardCharsets;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

import static org.assertj.core.api.Assertions.assertThat;

/** Random and hostile curated files: each is read into records and rejects with reasons, never an exception. */
class CuratedParserProperties {

	@Property(tries = 300)
	void anyYamlIsReadOrRejectedWithAReason(@ForAll("yaml") String text) {
		CuratedFile file = CuratedParser.parse("fuzz.yaml", text.getBytes(StandardCharsets.UTF_8));
		assertThat(file.rejected()).allSatisfy(r -> assertThat(r.reason()).isNotBlank());
	}

	@Property(tries = 200)
	void randomBytesAreRejectedWithAReason(@ForAll @Size(max = 5_000) byte[] bytes) {
		CuratedFile file = CuratedParser.parse("bytes.yaml", bytes);
		assertThat(file.rejected()).allSatisfy(r -> assertThat(r.reason()).isNotBlank());
	}

	@Provide
	Arbitrary<String> yaml() {
		Arbitrary<String> token = Arbitraries.of("format: 1\n", "actors:\n", "claims:\n", "  - ", "{", "}", "[", "]",
				"id: ", "name: ", "kind: state", "kind: nonsense", "subject: ", "type: ARMED", "type: LOVES",
				"object: ", "from: 2024-01", "from: 2024-99", "a", "b", ", ", "\n", "\t", "&a ", "*a ", "!!python/object ",
				"<<: *a\n", "? ", "- ", "'", "\"", "#", "%TAG ", "\u0000", "\u202e");
		Arbitrary<String> deep = Arbitraries.integers().between(1, 3_000).map(n -> "[".repeat(n) + "]".repeat(n));
		return Arbitraries.oneOf(token.list().ofMaxSize(80).map(t -> String.join("", t)), deep,
				Arbitraries.strings().all().ofMaxLength(300));
	}

}
