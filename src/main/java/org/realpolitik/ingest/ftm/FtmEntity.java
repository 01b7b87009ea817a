package org.realpolitik.ingest.ftm;

import java.util.List;
import java.util.Map;

/**
 * One FtM entity as a line of an entity stream or a delta file gives it. Every property value is a list of strings;
 * a property the line does not have is an empty list.
 *
 * @param referents ids of source entities OpenSanctions merged into this one
 * @param lastSeen  the date OpenSanctions last saw the entity in a source ({@code 2024-06-01}), when given
 */
record FtmEntity(String id, String schema, String caption, Map<String, List<String>> properties,
		List<String> referents, List<String> datasets, String lastSeen) {

	FtmEntity {
		properties = Map.copyOf(properties);
		referents = List.copyOf(referents);
		datasets = List.copyOf(datasets);
	}

	List<String> values(String property) {
		return this.properties.getOrDefault(property, List.of());
	}

	/** The first value of a property, or null. */
	String first(String property) {
		List<String> values = values(property);
		return values.isEmpty() ? null : values.get(0);
	}

	/** The first value of the first property that has one, or null. */
	String firstOf(String... properties) {
		for (String property : properties) {
			String value = first(property);
			if (value != null) {
				return value;
			}
		}
		return null;
	}

	boolean hasTopic(String topic) {
		return values("topics").contains(topic);
	}

}
