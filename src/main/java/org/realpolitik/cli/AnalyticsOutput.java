package org.realpolitik.cli;

import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.context.ConfigurableApplicationContext;

/** Runs an analysis in the offline application and prints its answer as JSON, the same JSON the API returns. */
final class AnalyticsOutput {

	private AnalyticsOutput() {
	}

	static int printJson(List<String> springArguments, Function<ConfigurableApplicationContext, Object> analysis) {
		return printJson(springArguments, () -> null, (context, nothing) -> analysis.apply(context));
	}

	/**
	 * Checks the arguments ({@code arguments}: throws on a bad one) before the database is started, then runs the
	 * analysis with what they gave.
	 */
	static <A> int printJson(List<String> springArguments, java.util.function.Supplier<A> arguments,
			java.util.function.BiFunction<ConfigurableApplicationContext, A, Object> analysis) {
		A checked;
		try {
			checked = arguments.get();
		}
		catch (IllegalArgumentException | org.realpolitik.params.InvalidParameterException ex) {
			System.err.println(ex.getMessage());
			return 2;
		}
		try (ConfigurableApplicationContext context = ImportCommand.offline(springArguments)) {
			Object answer = analysis.apply(context, checked);
			ObjectMapper json = context.getBean(ObjectMapper.class);
			System.out.println(json.writerWithDefaultPrettyPrinter().writeValueAsString(answer));
			return 0;
		}
		catch (IllegalArgumentException | org.realpolitik.params.InvalidParameterException
				| org.realpolitik.actor.ActorNotFoundException ex) {
			System.err.println(ex.getMessage());
			return 2;
		}
		catch (Exception ex) {
			System.err.println("failed: " + ImportCommand.rootCause(ex).getMessage());
			return 1;
		}
	}

}
