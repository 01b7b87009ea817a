package org.realpolitik.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.realpolitik.query.export.ExportFormat;
import org.realpolitik.query.export.ExportQueries;
import org.realpolitik.query.export.ExportQueries.ExportQuery;
import org.realpolitik.params.Params;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;

import org.springframework.context.ConfigurableApplicationContext;

@Command(name = "export", mixinStandardHelpOptions = true,
		description = { "Export the graph, or the ego network of --center, as GraphML, GEXF or JSON (as GET /api/export) "
				+ "to standard output or --output.", "A store without the seeds gets them first, as on the service's "
						+ "first start. Exit codes: 0 done, 2 bad argument or unknown actor, 1 failure." })
public class ExportCommand implements Callable<Integer> {

	@Option(names = "--format", defaultValue = "graphml", description = "graphml (default), gexf or json")
	String format;

	@Option(names = "--center", description = "actor id of the ego network (default: the whole graph)")
	String center;

	@Option(names = "--hops", defaultValue = "1", description = "radius of the ego network, 1-3 (default ${DEFAULT-VALUE})")
	int hops;

	@Option(names = "--types", description = "comma-separated relationship types (default all)")
	String types;

	@Option(names = "--as-of", description = "only edges valid on this date (default all times)")
	String asOf;

	@Option(names = { "-o", "--output" }, description = "file to write (default standard output)")
	Path output;

	@Unmatched
	List<String> springArguments = new ArrayList<>();

	@Override
	public Integer call() {
		ExportFormat chosen = ExportFormat.parse(this.format).orElse(null);
		if (chosen == null || this.hops < 1 || this.hops > ExportQueries.MAX_HOPS) {
			System.err.println("--format must be one of " + ExportFormat.names() + " and --hops 1-" + ExportQueries.MAX_HOPS);
			return 2;
		}
		try (ConfigurableApplicationContext context = ImportCommand.offline(this.springArguments)) {
			ExportQuery query = new ExportQuery(Params.actorId("center", this.center, false), this.hops,
					Params.types("types", this.types), Params.date("asOf", this.asOf));
			var graph = context.getBean(ExportQueries.class).graph(query);
			if (this.output == null) {
				ExportQueries.write(graph, chosen, System.out);
				System.out.println();
				System.out.flush();
			}
			else {
				try (OutputStream out = Files.newOutputStream(this.output)) {
					ExportQueries.write(graph, chosen, out);
				}
				System.err.println("wrote " + graph.nodes().size() + " actors and " + graph.edges().size() + " edges to "
						+ this.output);
			}
			return 0;
		}
		catch (org.realpolitik.params.InvalidParameterException | org.realpolitik.actor.ActorNotFoundException ex) {
			System.err.println(ex.getMessage());
			return 2;
		}
		catch (IOException | RuntimeException ex) {
			System.err.println("export failed: " + ImportCommand.rootCause(ex).getMessage());
			return 1;
		}
	}

}
