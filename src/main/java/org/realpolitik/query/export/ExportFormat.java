package org.realpolitik.query.export;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The export formats, with the media type each is served as and its file extension. */
public enum ExportFormat {

	GRAPHML("application/graphml+xml", "graphml"), GEXF("application/gexf+xml", "gexf"), JSON("application/json", "json");

	private final String mediaType;

	private final String extension;

	ExportFormat(String mediaType, String extension) {
		this.mediaType = mediaType;
		this.extension = extension;
	}

	public String mediaType() {
		return this.mediaType;
	}

	public String extension() {
		return this.extension;
	}

	public static Optional<ExportFormat> parse(String value) {
		return Arrays.stream(values()).filter(f -> f.extension.equals(value.strip().toLowerCase(Locale.ROOT))).findFirst();
	}

	public static List<String> names() {
		return Arrays.stream(values()).map(ExportFormat::extension).toList();
	}

}
