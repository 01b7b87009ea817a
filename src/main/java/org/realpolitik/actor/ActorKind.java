package org.realpolitik.actor;

import java.util.List;
import java.util.Optional;

import org.realpolitik.text.LowerCaseValues;

/** What sort of actor something is (docs/data-model.md). */
public enum ActorKind {

	STATE, MOVEMENT, ARMED_GROUP, ORGANISATION, AGENCY, BLOC, PERSON;

	public String value() {
		return LowerCaseValues.value(this);
	}

	public static Optional<ActorKind> parse(String value) {
		return LowerCaseValues.parse(ActorKind.class, value);
	}

	public static List<String> valueNames() {
		return LowerCaseValues.values(ActorKind.class);
	}

}
