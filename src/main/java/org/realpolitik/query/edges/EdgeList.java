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
 * Every edge between two actors ({@code cypher/queries/edges-list.cypher}, a row per subject), as columns: endpoints
 * as indices into {@link #actors} (sorted by id, so comparing indices compares ids), the type as an index into
 * {@link #types}, sign (0 for MEMBER_OF and SUCCESSOR_OF, which the signed analytics leave out: {@link #signed}),
 * goldstein, confidence, fromDate/untilDate as epoch days ({@link #NO_DATE} when unknown, {@link #ENDED} for an
 * ending with no known date: valid at no date), claims and sources.
 * Edges keep the order the query returned them in (a patched list: the kept ones, then the re-read ones). About 45
 * bytes an edge plus the actor ids; immutable once loaded.
 */
public final class EdgeList {

	/** An unknown date. */
	public static final int NO_DATE = Integer.MIN_VALUE;

	/** The until of an edge that ended at an unknown date: it is valid at no date. */
	public static final int ENDED = Integer.MAX_VALUE;

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

	private EdgeList(String[] actors, Map<String, Integer> index, String[] types, int[] subject, int[] object,
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

	/** Reads the rows of {@code edges-list.cypher}. */
	static EdgeList read(Result result) {
		Builder builder = new Builder(1024);
		builder.addRows(result);
		return builder.build();
	}

	/** An edge's identity: one edge per subject, type and object. */
	public record Key(String subject, String type, String object) {
	}

	/**
	 * This list with the edges of {@code changed} replaced by {@code rows} (rows of {@code edges-list-pairs.cypher}:
	 * the current edges of those keys, any of which may be gone). Actors keep their place in the sorted table, new
	 * ones are sorted in; an actor whose last edge went stays in the table without edges.
	 */
	EdgeList patch(java.util.Collection<Key> changed, Result rows) {
		boolean[] touched = new boolean[this.actors.length];
		java.util.Set<Key> keys = new java.util.HashSet<>();
		for (Key key : changed) {
			int s = indexOf(key.subject());
			if (s >= 0) {
				touched[s] = true;
				keys.add(key);
			}
		}
		Builder builder = new Builder(size() + changed.size());
		for (String actor : this.actors) {
			builder.actor(actor);
		}
		for (String type : this.types) {
			builder.type(type);
		}
		for (int e = 0; e < size(); e++) {
			int s = this.subject[e];
			if (touched[s] && keys.contains(new Key(this.actors[s], type(e), this.actors[this.object[e]]))) {
				continue;
			}
			builder.add(s, this.object[e], this.type[e], this.sign[e], this.goldstein[e], this.confidence[e],
					this.fromDay[e], this.untilDay[e], this.claims[e], this.sources[e]);
		}
		builder.addRows(rows);
		return builder.build();
	}

	/** Collects edges with provisional actor indices (first seen first), then sorts the actors and renumbers. */
	private static final class Builder {

		private final Map<String, Integer> provisional = new HashMap<>();

		private final List<String> actorNames = new ArrayList<>();

		private final List<String> typeNames = new ArrayList<>();

		private final Map<String, Integer> typeIndex = new HashMap<>();

		private int capacity;

		private int[] subject;

		private int[] object;

		private byte[] type;

		private byte[] sign;

		private double[] goldstein;

		private double[] confidence;

		private int[] fromDay;

		private int[] untilDay;

		private int[] claims;

		private int[] sources;

		private int m;

		Builder(int capacity) {
			this.capacity = Math.max(16, capacity);
			this.subject = new int[this.capacity];
			this.object = new int[this.capacity];
			this.type = new byte[this.capacity];
			this.sign = new byte[this.capacity];
			this.goldstein = new double[this.capacity];
			this.confidence = new double[this.capacity];
			this.fromDay = new int[this.capacity];
			this.untilDay = new int[this.capacity];
			this.claims = new int[this.capacity];
			this.sources = new int[this.capacity];
		}

		int actor(String id) {
			Integer known = this.provisional.get(id);
			if (known != null) {
				return known;
			}
			int next = this.actorNames.size();
			this.provisional.put(id, next);
			this.actorNames.add(id);
			return next;
		}

		int type(String name) {
			Integer t = this.typeIndex.get(name);
			if (t == null) {
				t = this.typeNames.size();
				if (t >= Byte.MAX_VALUE) {
					throw new IllegalStateException("more than " + Byte.MAX_VALUE + " relationship types between actors");
				}
				this.typeNames.add(name);
				this.typeIndex.put(name, t);
			}
			return t;
		}

		void add(int s, int o, byte t, byte sg, double g, double c, int from, int until, int claimCount,
				int sourceCount) {
			if (this.m == this.capacity) {
				grow(this.m + 1);
			}
			this.subject[this.m] = s;
			this.object[this.m] = o;
			this.type[this.m] = t;
			this.sign[this.m] = sg;
			this.goldstein[this.m] = g;
			this.confidence[this.m] = c;
			this.fromDay[this.m] = from;
			this.untilDay[this.m] = until;
			this.claims[this.m] = claimCount;
			this.sources[this.m] = sourceCount;
			this.m++;
		}

		private void grow(int needed) {
			this.capacity = Math.max(this.capacity * 2, needed);
			this.subject = Arrays.copyOf(this.subject, this.capacity);
			this.object = Arrays.copyOf(this.object, this.capacity);
			this.type = Arrays.copyOf(this.type, this.capacity);
			this.sign = Arrays.copyOf(this.sign, this.capacity);
			this.goldstein = Arrays.copyOf(this.goldstein, this.capacity);
			this.confidence = Arrays.copyOf(this.confidence, this.capacity);
			this.fromDay = Arrays.copyOf(this.fromDay, this.capacity);
			this.untilDay = Arrays.copyOf(this.untilDay, this.capacity);
			this.claims = Arrays.copyOf(this.claims, this.capacity);
			this.sources = Arrays.copyOf(this.sources, this.capacity);
		}

		/** Rows of {@code edges-list.cypher} (or {@code edges-list-pairs.cypher}): a subject with its edges. */
		void addRows(Result result) {
			while (result.hasNext()) {
				Record r = result.next();
				int s = actor(r.get("subject").asString());
				List<Value> objects = list(r, "objects");
				List<Value> types = list(r, "types");
				List<Value> signs = list(r, "signs");
				List<Value> goldsteins = list(r, "goldstein");
				List<Value> confidences = list(r, "confidence");
				List<Value> fromDates = list(r, "fromDates");
				List<Value> untilDates = list(r, "untilDates");
				List<Value> claimCounts = list(r, "claims");
				List<Value> sourceCounts = list(r, "sources");
				if (this.m + objects.size() > this.capacity) {
					grow(this.m + objects.size());
				}
				for (int i = 0; i < objects.size(); i++) {
					add(s, actor(objects.get(i).asString()), (byte) type(types.get(i).asString()),
							(byte) signs.get(i).asNumber().intValue(), goldsteins.get(i).asNumber().doubleValue(),
							confidences.get(i).asNumber().doubleValue(), day(fromDates.get(i)), day(untilDates.get(i)),
							claimCounts.get(i).asNumber().intValue(), sourceCounts.get(i).asNumber().intValue());
				}
			}
		}

		EdgeList build() {
			String[] actors = this.actorNames.toArray(String[]::new);
			Arrays.sort(actors);
			Map<String, Integer> index = new HashMap<>(actors.length * 2);
			int[] remap = new int[actors.length];
			boolean identity = true;
			for (int i = 0; i < actors.length; i++) {
				index.put(actors[i], i);
				int was = this.provisional.get(actors[i]);
				remap[was] = i;
				identity &= was == i;
			}
			int[] s = Arrays.copyOf(this.subject, this.m);
			int[] o = Arrays.copyOf(this.object, this.m);
			if (!identity) {
				for (int i = 0; i < this.m; i++) {
					s[i] = remap[s[i]];
					o[i] = remap[o[i]];
				}
			}
			return new EdgeList(actors, index, this.typeNames.toArray(String[]::new), s, o,
					Arrays.copyOf(this.type, this.m), Arrays.copyOf(this.sign, this.m),
					Arrays.copyOf(this.goldstein, this.m), Arrays.copyOf(this.confidence, this.m),
					Arrays.copyOf(this.fromDay, this.m), Arrays.copyOf(this.untilDay, this.m),
					Arrays.copyOf(this.claims, this.m), Arrays.copyOf(this.sources, this.m));
		}

	}

	private static List<Value> list(Record r, String key) {
		return r.get(key).asList(v -> v);
	}

	/** A date as an epoch day; the smallest date stands for an unknown one, the largest for an unknown ending. */
	private static int day(Value value) {
		LocalDate date = value.asLocalDate();
		if (date.equals(LocalDate.MIN)) {
			return NO_DATE;
		}
		return date.equals(LocalDate.MAX) ? ENDED : Math.toIntExact(date.toEpochDay());
	}

	/** How many edges. */
	public int size() {
		return this.subject.length;
	}

	/** How many actors the table holds: each had an edge when the list was loaded or patched. */
	public int actorCount() {
		return this.actors.length;
	}

	public String actor(int i) {
		return this.actors[i];
	}

	/** The index of an actor id, or -1 when the actor has no edge. */
	public int indexOf(String actorId) {
		Integer i = this.index.get(actorId);
		return i == null ? -1 : i;
	}

	/** How many type indices there are ({@link #typeIndex} is below it). */
	public int typeCount() {
		return this.types.length;
	}

	/** The name of a type index. */
	public String typeName(int t) {
		return this.types[t];
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

	/** Whether the edge is signed (+1 or -1): the edges influence, balance and blocs run on. */
	public boolean signed(int e) {
		return this.sign[e] != 0;
	}

	public long claims(int e) {
		return this.claims[e];
	}

	public long sources(int e) {
		return this.sources[e];
	}

	/**
	 * Valid at {@code asOfDay}: started on or before it (or undated) and not ended before it (or open); an edge that
	 * ended at an unknown date is valid at no date.
	 */
	public boolean validAt(int e, long asOfDay) {
		int from = this.fromDay[e];
		int until = this.untilDay[e];
		return until != ENDED && (from == NO_DATE || from <= asOfDay) && (until == NO_DATE || until >= asOfDay);
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
