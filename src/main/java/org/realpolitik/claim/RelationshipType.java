package org.realpolitik.claim;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The closed relationship vocabulary. Relationship types cannot be Cypher parameters; they are written into queries
 * only from these constants, never from input.
 */
public enum RelationshipType {

	/** grants formal diplomatic recognition to a state or government (CAMEO 054) */
	RECOGNISED(1, 6.0),
	/** supplies weapons, military equipment or military aid (CAMEO 072, 062, 074) */
	ARMED(1, 8.3),
	/** imposes sanctions or an embargo, or lists the object as a banned or terrorist organisation (CAMEO 163, 172) */
	SANCTIONED(-1, -8.0),
	/** hostility short of force (CAMEO 11-14, 16 except 163) */
	OPPOSES(-1, -4.25),
	/** uses force (CAMEO 18-20, 15) */
	ATTACKED(-1, -9.5),
	/** backs the object short of arms: funding, training, sanctuary, logistics, political backing (CAMEO 06x, 07x) */
	SUPPORTS(1, 6.7),
	/** diplomatic or economic engagement short of recognition (CAMEO 04, 05 except 054, 061) */
	ENGAGES(1, 2.25),
	/** a person or agency belongs to or acts for an actor */
	MEMBER_OF(0, 0.0),
	/** the subject is the legal successor of the object */
	SUCCESSOR_OF(0, 0.0);

	/** The four types the service is built around. */
	public static final List<RelationshipType> CORE = List.of(RECOGNISED, ARMED, SANCTIONED, OPPOSES);

	private final int sign;

	private final double goldstein;

	RelationshipType(int sign, double goldstein) {
		this.sign = sign;
		this.goldstein = goldstein;
	}

	/** +1 for cooperative, -1 for hostile, 0 for structural types. */
	public int sign() {
		return this.sign;
	}

	/**
	 * Goldstein weight of the type; where the vocabulary gives a range (OPPOSES -2.0 to -6.5, ATTACKED -9.0 to -10.0,
	 * SUPPORTS +6.0 to +7.4, ENGAGES +1.0 to +3.5) this is the middle of it.
	 */
	public double goldstein() {
		return this.goldstein;
	}

	public static Optional<RelationshipType> parse(String value) {
		if (value == null) {
			return Optional.empty();
		}
		String normalised = value.strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_');
		return Arrays.stream(values()).filter(t -> t.name().equals(normalised)).findFirst();
	}

	public static List<String> names() {
		return Arrays.stream(values()).map(Enum::name).toList();
	}

}
