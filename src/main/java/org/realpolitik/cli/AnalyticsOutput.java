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
		try (ConfigurableApplicationContext context = ImportCommand.offline(springArguments)) {
			Object answer = analysis.apply(context);
			ObjectMapper json = context.getBean(ObjectMapper.class);
			System.out.println(json.writerWithDefaultPrettyPrinter().writeValueAsString(answer));
			return 0;
		}
		catch (IllegalArgumentException | org.realpolitik.web.InvalidParameterException
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
