package org.realpolitik.ingest;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads lines of at most {@code maxChars} characters, so one huge line (a file with no line breaks) costs neither
 * the heap nor more than a pass over it: a longer line is skipped to its end, {@link #readLine()} gives it as an empty
 * string and {@link #tooLong()} is true until the next line. A line ends at {@code \n}; a {@code \r} before it is
 * dropped. The reader is not closed (it may be a zip entry's).
 */
public final class BoundedLineReader {

	private final Reader in;

	private final int maxChars;

	private final char[] buffer = new char[1 << 16];

	private final StringBuilder line = new StringBuilder(256);

	private int position;

	private int end;

	private boolean endOfInput;

	private boolean tooLong;

	public BoundedLineReader(Reader in, int maxChars) {
		this.in = in;
		this.maxChars = maxChars;
	}

	/** The next line without its line break, an empty string for a line that was too long, or null at the end. */
	public String readLine() throws IOException {
		this.line.setLength(0);
		this.tooLong = false;
		boolean any = false;
		while (true) {
			if (this.position >= this.end) {
				if (this.endOfInput || !fill()) {
					return any ? finish() : null;
				}
			}
			any = true;
			int i = this.position;
			while (i < this.end && this.buffer[i] != '\n') {
				i++;
			}
			int n = i - this.position;
			if (!this.tooLong) {
				if (this.line.length() + n > this.maxChars + 1) { // + 1: a '\r' before the break
					this.tooLong = true;
					this.line.setLength(0);
				}
				else {
					this.line.append(this.buffer, this.position, n);
				}
			}
			if (i < this.end) {
				this.position = i + 1;
				return finish();
			}
			this.position = this.end;
		}
	}

	/** Whether the line {@link #readLine()} gave last was longer than the limit (and given as an empty string). */
	public boolean tooLong() {
		return this.tooLong;
	}

	/** The longest line read. */
	public int maxChars() {
		return this.maxChars;
	}

	private boolean fill() throws IOException {
		int n;
		do {
			n = this.in.read(this.buffer, 0, this.buffer.length);
		}
		while (n == 0);
		if (n < 0) {
			this.endOfInput = true;
			this.position = 0;
			this.end = 0;
			return false;
		}
		this.position = 0;
		this.end = n;
		return true;
	}

	private String finish() {
		if (this.tooLong) {
			return "";
		}
		int length = this.line.length();
		if (length > 0 && this.line.charAt(length - 1) == '\r') {
			this.line.setLength(--length);
		}
		if (length > this.maxChars) {
			this.tooLong = true;
			return "";
		}
		return this.line.toString();
	}

}
