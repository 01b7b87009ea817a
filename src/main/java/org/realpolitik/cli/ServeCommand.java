package org.realpolitik.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.realpolitik.RealpolitikApplication;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

import org.springframework.boot.SpringApplication;

@Command(name = "serve", mixinStandardHelpOptions = true,
		description = { "Run the service: REST API on server.port (8080), and, unless spring.neo4j.uri is set, an "
				+ "embedded Neo4j with Bolt on realpolitik.embedded.bolt-port (7687).",
				"On the first start the seeds the jar carries (or the folder realpolitik.seeds-dir names) are imported, as by any first "
						+ "command on a store (realpolitik.import-seeds=false: not).",
				"Settings: -Dname=value before -jar, or --name=value after serve; see docs/configuration.md." })
public class ServeCommand implements Callable<Integer> {

	/** Exit code that tells main to leave the JVM running: the web server keeps it alive. */
	public static final int SERVING = -1;

	@Unmatched
	List<String> springArguments = new ArrayList<>();

	@Override
	public Integer call() {
		SpringApplication.run(RealpolitikApplication.class, this.springArguments.toArray(String[]::new));
		return SERVING;
	}

}
