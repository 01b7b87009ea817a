package org.realpolitik.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Counts the bytes read through it: how far an importer has got in a file, for {@link Progress} in bytes. */
public final class CountingInputStream extends FilterInputStream {

	private long count;

	public CountingInputStream(InputStream in) {
		super(in);
	}

	/** Bytes read so far. */
	public long count() {
		return this.count;
	}

	@Override
	public int read() throws IOException {
		int b = super.read();
		if (b >= 0) {
			this.count++;
		}
		return b;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		int n = super.read(buffer, offset, length);
		if (n > 0) {
			this.count += n;
		}
		return n;
	}

}
