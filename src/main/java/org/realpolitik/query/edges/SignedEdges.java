package org.realpolitik.query.edges;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Value;

/**
 * Every signed edge between two actors ({@code cypher/queries/edges-signed.cypher}, a row per subject), as columns: endpoints as indices
 * into {@link #actors} (sorted by id, so comparing indices compares ids), the type as an index into {@link #types},
 * sign, goldstein, confidence, fromDate/untilDate as epoch days ({@link #NO_DATE} when unknown), claims and sources.
 * Edges keep the order the query returned them in. About 45 bytes an edge plus the actor ids; immutable once loaded.
 */
public final class SignedEdges {

	/** An unknown date. */
	public static final int NO_DATE = Integer.MIN_VALUE;

	private final String[] actors;

	private final Map<String, Integer> index;

	private final String[] types;

	private final int[] subject;

	private final int[] object;

	private final byte[] type;

	private final byte[] sign;

	private final double[] goldstein;

	private final double[] confidence;

	private final int[] fromDay;

	private final int[] untilDay;

	private final int[] claims;

	private final int[] sources;

	private SignedEdges(String[] actors, Map<String, Integer> index, String[] types, int[] subject, int[] object,
			byte[] type, byte[] sign, double[] goldstein, double[] confidence, int[] fromDay, int[] untilDay,
			int[] claims, int[] sources) {
		this.actors = actors;
		this.index = index;
		this.types = types;
		this.subject = subject;
		this.object = object;
		this.type = type;
		this.sign = sign;
		this.goldstein = goldstein;
		this.confidence = confidence;
		this.fromDay = fromDay;
		this.untilDay = untilDay;
		this.claims = claims;
		this.sources = sources;
	}

	/** Reads the rows of {@code edges-signed.cypher}. */
	static SignedEdges read(Result result) {
		Map<String, Integer> provisional = new HashMap<>();
		List<String> typeNames = new ArrayList<>();
		Map<String, Integer> typeIndex = new HashMap<>();
		int capacity = 1024;
		int[] subject = new int[capacity];
		int[] object = new int[capacity];
		byte[] type = new byte[capacity];
		byte[] sign = new byte[capacity];
		double[] goldstein = new double[capacity];
		double[] confidence = new double[capacity];
		int[] fromDay = new int[capacity];
		int[] untilDay = new int[capacity];
		int[] claims = new int[capacity];
		int[] sources = new int[capacity];
		int m = 0;
		while (result.hasNext()) {
			Record r = result.next();
			int subjectIndex = provisional.computeIfAbsent(r.get("subject").asString(), k -> provisional.size());
			List<Value> objects = list(r, "objects");
			List<Value> types = list(r, "types");
			List<Value> signs = list(r, "signs");
			List<Value> goldsteins = list(r, "goldstein");
			List<Value> confidences = list(r, "confidence");
			List<Value> fromDates = list(r, "fromDates");
			List<Value> untilDates = list(r, "untilDates");
			List<Value> claimCounts = list(r, "claims");
			List<Value> sourceCounts = list(r, "sources");
			int count = objects.size();
			if (m + count > capacity) {
				capacity = Math.max(capacity * 2, m + count);
				subject = Arrays.copyOf(subject, capacity);
				object = Arrays.copyOf(object, capacity);
				type = Arrays.copyOf(type, capacity);
				sign = Arrays.copyOf(sign, capacity);
				goldstein = Arrays.copyOf(goldstein, capacity);
				confidence = Arrays.copyOf(confidence, capacity);
				fromDay = Arrays.copyOf(fromDay, capacity);
				untilDay = Arrays.copyOf(untilDay, capacity);
				claims = Arrays.copyOf(claims, capacity);
				sources = Arrays.copyOf(sources, capacity);
			}
			for (int i = 0; i < count; i++) {
				subject[m] = subjectIndex;
				object[m] = provisional.computeIfAbsent(objects.get(i).asString(), k -> provisional.size());
				String typeName = types.get(i).asString();
				Integer t = typeIndex.get(typeName);
				if (t == null) {
					t = typeNames.size();
					typeNames.add(typeName);
					typeIndex.put(typeName, t);
				}
				type[m] = (byte) (int) t;
				sign[m] = (byte) signs.get(i).asNumber().intValue();
				goldstein[m] = goldsteins.get(i).asNumber().doubleValue();
				confidence[m] = confidences.get(i).asNumber().doubleValue();
				fromDay[m] = day(fromDates.get(i));
				untilDay[m] = day(untilDates.get(i));
				claims[m] = claimCounts.get(i).asNumber().intValue();
				sources[m] = sourceCounts.get(i).asNumber().intValue();
				m++;
			}
		}
		if (typeNames.size() > Byte.MAX_VALUE) {
			throw new IllegalStateException("more than " + Byte.MAX_VALUE + " relationship types between actors");
		}
		String[] actors = provisional.keySet().toArray(String[]::new);
		Arrays.sort(actors);
		Map<String, Integer> index = new HashMap<>(actors.length * 2);
		int[] remap = new int[actors.length];
		for (int i = 0; i < actors.length; i++) {
			index.put(actors[i], i);
			remap[provisional.get(actors[i])] = i;
		}
		for (int i = 0; i < m; i++) {
			subject[i] = remap[subject[i]];
			object[i] = remap[object[i]];
		}
		return new SignedEdges(actors, index, typeNames.toArray(String[]::new), Arrays.copyOf(subject, m),
				Arrays.copyOf(object, m), Arrays.copyOf(type, m), Arrays.copyOf(sign, m), Arrays.copyOf(goldstein, m),
				Arrays.copyOf(confidence, m), Arrays.copyOf(fromDay, m), Arrays.copyOf(untilDay, m),
				Arrays.copyOf(claims, m), Arrays.copyOf(sources, m));
	}

	private static List<Value> list(Record r, String key) {
		return r.get(key).asList(v -> v);
	}

	/** A date as an epoch day; the smallest date stands for an unknown one. */
	private static int day(Value value) {
		LocalDate date = value.asLocalDate();
		return date.equals(LocalDate.MIN) ? NO_DATE : Math.toIntExact(date.toEpochDay());
	}

	/** How many edges. */
	public int size() {
		return this.subject.length;
	}

	/** How many actors have at least one edge. */
	public int actorCount() {
		return this.actors.length;
	}

	public String actor(int i) {
		return this.actors[i];
	}

	/** The index of an actor id, or -1 when the actor has no signed edge. */
	public int indexOf(String actorId) {
		Integer i = this.index.get(actorId);
		return i == null ? -1 : i;
	}

	/** For each type index, whether its name is in {@code names}. */
	public boolean[] typeMask(java.util.Collection<String> names) {
		boolean[] mask = new boolean[this.types.length];
		for (int t = 0; t < this.types.length; t++) {
			mask[t] = names.contains(this.types[t]);
		}
		return mask;
	}

	public int subject(int e) {
		return this.subject[e];
	}

	public int object(int e) {
		return this.object[e];
	}

	public int typeIndex(int e) {
		return this.type[e];
	}

	public String type(int e) {
		return this.types[this.type[e]];
	}

	public int sign(int e) {
		return this.sign[e];
	}

	public long claims(int e) {
		return this.claims[e];
	}

	public long sources(int e) {
		return this.sources[e];
	}

	/** Valid at {@code asOfDay}: started on or before it (or undated) and not ended before it (or open). */
	public boolean validAt(int e, long asOfDay) {
		int from = this.fromDay[e];
		int until = this.untilDay[e];
		return (from == NO_DATE || from <= asOfDay) && (until == NO_DATE || until >= asOfDay);
	}

	/** |goldstein| × confidence: the age-free weight balance and blocs use. */
	public double strength(int e) {
		return Math.abs(this.goldstein[e]) * this.confidence[e];
	}

	/**
	 * The influence weight at {@code asOfDay}: |goldstein| × confidence × 0.5 ^ (age / halfLifeDays), age from the
	 * edge's last known date (asOf itself when it has an until, else its fromDate; undated: no decay), as
	 * influence-edges.cypher computes it.
	 */
	public double weight(int e, long asOfDay, double halfLifeDays) {
		long last = this.untilDay[e] != NO_DATE ? asOfDay : this.fromDay[e];
		long age = last == NO_DATE ? 0 : asOfDay - last;
		return Math.abs(this.goldstein[e]) * this.confidence[e] * Math.pow(0.5, age / halfLifeDays);
	}

	/** Bytes held by the columns and the actor table, roughly. */
	public long approximateBytes() {
		long perEdge = 4 + 4 + 1 + 1 + 8 + 8 + 4 + 4 + 4 + 4;
		long perActor = 0;
		for (String id : this.actors) {
			perActor += 40 + id.length() + 48;
		}
		return perEdge * size() + perActor;
	}

}
