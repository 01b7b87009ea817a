package org.realpolitik.ingest.ftm;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThat;

/** Random and hostile FtM lines: each is an entity line or a problem with its reason, never an exception. */
class FtmReaderProperties {

	@Property(tries = 500)
	void anyLineIsParsedOrHasAProblem(@ForAll("lines") String text) {
		FtmReader.Parsed parsed = FtmReader.parse(1, text);
		assertThat(parsed.line() == null).isNotEqualTo(parsed.problem() == null);
		if (parsed.problem() != null) {
			assertThat(parsed.problem()).isNotBlank();
		}
	}

	@Provide
	Arbitrary<String> lines() {
		Arbitrary<String> json = Arbitraries.of("{", "}", "[", "]", "\"", ":", ",", "\"id\"", "\"schema\"",
				"\"properties\"", "\"Person\"", "\"Organization\"", "\"name\"", "\"op\"", "\"entity\"", "\"ADD\"",
				"\"DEL\"", "null", "1e999", "-0", "true", "\"\\u0000\"", "\"\\ud800\"").list().ofMaxSize(60)
			.map(tokens -> String.join("", tokens));
		Arbitrary<String> deep = Arbitraries.integers().between(1, 5_000).map(n -> "[".repeat(n) + "]".repeat(n));
		return Arbitraries.oneOf(json, json, Arbitraries.strings().all().ofMaxLength(500), deep);
	}

}
