package org.realpolitik;

import org.realpolitik.cli.BalanceCommand;
import org.realpolitik.cli.BenchCommand;
import org.realpolitik.cli.EvaluateCommand;
import org.realpolitik.cli.ExportCommand;
import org.realpolitik.cli.ExtractCommand;
import org.realpolitik.cli.ImportCommand;
import org.realpolitik.cli.InfluenceCommand;
import org.realpolitik.cli.ServeCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line: {@code serve} (the default) runs the service; {@code import} loads files into the graph. Spring
 * settings can be given as {@code -Dname=value} or {@code --name=value}.
 */
@Command(name = "realpolitik", mixinStandardHelpOptions = true, versionProvider = Realpolitik.Version.class,
		description = "A Neo4j graph of who recognised, armed, sanctioned and opposes whom, with the evidence.",
		subcommands = { ServeCommand.class, ImportCommand.class, ExtractCommand.class, EvaluateCommand.class,
				BenchCommand.class, InfluenceCommand.class, BalanceCommand.class, ExportCommand.class })
public class Realpolitik implements Runnable {

	public static void main(String[] args) {
		if (args.length == 0 || args[0].startsWith("--") && !args[0].equals("--help") && !args[0].equals("--version")) {
			String[] serve = new String[args.length + 1];
			serve[0] = "serve";
			System.arraycopy(args, 0, serve, 1, args.length);
			args = serve;
		}
		CommandLine commandLine = new CommandLine(new Realpolitik());
		commandLine.setExecutionExceptionHandler(Realpolitik::failed);
		int code = commandLine.execute(args);
		if (code != ServeCommand.SERVING) {
			System.exit(code);
		}
	}

	/**
	 * A command that fails says so in one line on standard error: a missing or unreadable file or a bad value with
	 * exit code 2, anything else with 1 (its stack trace only with {@code -Drealpolitik.debug=true}; the log has the
	 * rest).
	 */
	static int failed(Exception ex, CommandLine command, CommandLine.ParseResult parsed) {
		Throwable cause = ex;
		while ((cause instanceof java.io.UncheckedIOException || cause instanceof java.util.concurrent.ExecutionException
				|| cause.getClass() == RuntimeException.class) && cause.getCause() != null) {
			cause = cause.getCause();
		}
		boolean input = cause instanceof java.io.FileNotFoundException
				|| cause instanceof java.nio.file.NoSuchFileException
				|| cause instanceof java.nio.file.AccessDeniedException
				|| cause instanceof java.nio.file.InvalidPathException || cause instanceof IllegalArgumentException;
		String what = cause instanceof java.nio.file.NoSuchFileException ? cause.getMessage() + ": no such file"
				: cause instanceof java.nio.file.AccessDeniedException ? cause.getMessage() + ": not readable"
				: cause.getMessage() == null ? cause.getClass().getSimpleName()
				: input ? cause.getMessage() : root(cause).getMessage() + " (" + root(cause).getClass().getSimpleName() + ")";
		command.getErr().println(command.getCommandName() + ": " + what);
		command.getErr().flush();
		if (Boolean.getBoolean("realpolitik.debug")) {
			ex.printStackTrace(command.getErr());
		}
		return input ? 2 : 1;
	}

	/** The deepest cause with a message: what went wrong under Spring's and Neo4j's wrappers. */
	private static Throwable root(Throwable failure) {
		Throwable root = failure;
		for (Throwable t = failure.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
			if (t.getMessage() != null) {
				root = t;
			}
		}
		return root;
	}

	@Override
	public void run() {
		new CommandLine(this).usage(System.out);
	}

	static class Version implements CommandLine.IVersionProvider {

		@Override
		public String[] getVersion() {
			String version = Realpolitik.class.getPackage().getImplementationVersion();
			return new String[] { "realpolitik " + (version == null ? "(development build)" : version) };
		}

	}

}
