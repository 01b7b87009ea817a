package org.realpolitik.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import org.realpolitik.ingest.Progress;

/**
 * A progress bar on standard error for long imports: share done, rows per second and the time left. On a terminal it
 * redraws one line at most five times a second; when standard error is a file or a pipe it writes a line every ten
 * seconds instead. Nothing is drawn for imports that end within two seconds.
 */
final class ConsoleProgress implements Progress {

	private final PrintStream out;

	private final boolean terminal;

	private final long started = System.nanoTime();

	private final AtomicLong total = new AtomicLong();

	private final AtomicLong units = new AtomicLong();

	private final AtomicLong rows = new AtomicLong();

	private volatile long lastDraw;

	private volatile boolean drawn;

	ConsoleProgress(PrintStream out, boolean terminal) {
		this.out = out;
		this.terminal = terminal;
	}

	static ConsoleProgress onStandardError() {
		return new ConsoleProgress(System.err, System.console() != null);
	}

	@Override
	public void total(long units) {
		this.total.set(units);
	}

	@Override
	public void advance(long units, long rows) {
		this.units.addAndGet(units);
		this.rows.addAndGet(rows);
		long now = System.nanoTime();
		long every = this.terminal ? 200_000_000L : 10_000_000_000L;
		if (now - this.started < 2_000_000_000L || now - this.lastDraw < every) {
			return;
		}
		synchronized (this) {
			if (now - this.lastDraw < every) {
				return;
			}
			this.lastDraw = now;
			this.drawn = true;
			String line = line(now);
			if (this.terminal) {
				this.out.print("\r" + line + "   ");
			}
			else {
				this.out.println(line);
			}
			this.out.flush();
		}
	}

	/** Ends the bar's line, if one was drawn. */
	void done() {
		if (this.drawn && this.terminal) {
			this.out.println("\r" + line(System.nanoTime()) + "   ");
		}
	}

	String line(long now) {
		double seconds = Math.max(1e-9, (now - this.started) / 1e9);
		long total = this.total.get();
		long done = Math.min(this.units.get(), total > 0 ? total : Long.MAX_VALUE);
		double rate = this.rows.get() / seconds;
		StringBuilder line = new StringBuilder();
		if (total > 0) {
			double share = (double) done / total;
			int width = 30;
			int filled = (int) Math.round(share * width);
			line.append('[').append("#".repeat(filled)).append(".".repeat(width - filled)).append("] ");
			line.append(String.format(Locale.ROOT, "%3.0f%% ", share * 100));
		}
		line.append(String.format(Locale.ROOT, "%,d rows, %,.0f rows/s", this.rows.get(), rate));
		if (total > 0 && done > 0) {
			double left = seconds * (total - done) / done;
			line.append(", ETA ").append(clock(left));
		}
		line.append(", ").append(clock(seconds)).append(" elapsed");
		return line.toString();
	}

	static String clock(double seconds) {
		long s = Math.round(seconds);
		return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
				: String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
	}

}
