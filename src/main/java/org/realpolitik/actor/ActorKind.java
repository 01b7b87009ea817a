package org.realpolitik.actor;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What sort of actor something is (docs/data-model.md). */
public enum ActorKind {

	STATE, MOVEMENT, ARMED_GROUP, ORGANISATION, AGENCY, BLOC, PERSON;

	public String value() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<ActorKind> parse(String value) {
		return Arrays.stream(values()).filter(k -> k.value().equalsIgnoreCase(value == null ? "" : value.strip())).findFirst();
	}

	public static List<String> valueNames() {
		return Arrays.stream(values()).map(ActorKind::value).toList();
	}

}
