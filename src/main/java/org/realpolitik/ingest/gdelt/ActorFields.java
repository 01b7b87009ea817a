package org.realpolitik.ingest.gdelt;

/**
 * The CAMEO fields of one side of a GDELT event, as strings (codes keep their leading zeros); empty when absent.
 *
 * @param code    the concatenated CAMEO code ({@code AFGINSTAL})
 * @param name    the name GDELT gives the actor ({@code TALIBAN})
 * @param country the country part ({@code AFG}), or a region code ({@code EUR})
 * @param group   the known group ({@code TAL})
 * @param type1   the first role or type ({@code INS}, {@code GOV}); type2 and type3 likewise
 */
record ActorFields(String code, String name, String country, String group, String type1, String type2,
		String type3) {

	/** Reads the ten Actor fields starting at {@code at} (Code, Name, CountryCode, KnownGroupCode, Ethnic, Religion1-2, Type1-3). */
	static ActorFields of(String[] columns, int at) {
		return new ActorFields(columns[at], columns[at + 1], columns[at + 2], columns[at + 3], columns[at + 7],
				columns[at + 8], columns[at + 9]);
	}

}
