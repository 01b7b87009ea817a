package org.realpolitik.ingest.news;

import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.semgraph.SemanticGraph;
import org.realpolitik.actor.ActorKind;
import org.realpolitik.claim.RelationshipType;
import org.realpolitik.ingest.news.Gazetteer.Entry;

/**
 * A parsed sentence with the actor under each token (1-based token index), what the sentences before it said
 * ({@link Context}), and how to look actors up by id and find the body an organ belongs to.
 */
record Sentence(List<CoreLabel> tokens, SemanticGraph graph, Map<Integer, Entry> actorAt, Context context,
		Function<String, Entry> lookup, Function<Entry, Entry> organOf) {

	/**
	 * The actors with those each acts for besides itself: a body of an international organisation acts for it ("the
	 * Security Council condemned" is the UN's act), a state's organ for its state ("the Revolutionary Guards attacked
	 * Israel" is Iran's act, and the Guards').
	 */
	Set<Entry> withWhomTheyActFor(Set<Entry> actors) {
		Set<Entry> with = new LinkedHashSet<>(actors);
		for (Entry actor : actors) {
			Entry parent = this.organOf.apply(actor);
			if (parent != null && (actor.kind() == ActorKind.ORGANISATION
					|| actor.kind() == ActorKind.AGENCY && parent.kind() == ActorKind.STATE)) {
				with.add(parent);
			}
		}
		return with;
	}

	/** What the preceding sentences said: the latest group-like actor, for "the group", "them", "it". */
	static final class Context {

		/** The latest movement or armed group mentioned: "the group", "they". */
		Entry lastGroup;

		/** The actor the previous sentence was about (its main subject): "it", "its". */
		Entry lastSubject;

		/**
		 * The actor that last adopted, passed or signed an instrument ("The Security Council adopted resolution
		 * 2653."): "the resolution" that goes on to impose something is its act.
		 */
		Entry lastAuthor;

		/** The actor each person was named as an official of, by person id: "Russian President Vladimir Putin". */
		private final Map<String, Entry> offices = new HashMap<>();

		/**
		 * Remembers that the article named a person as an official of a state or group ("Iran's foreign minister Javad
		 * Zarif"), so that the person named alone later ("Zarif condemned ...") acts for it.
		 */
		void holdsOffice(Entry person, Entry office) {
			this.offices.put(person.id(), office);
		}

		/** The state or group the article named this person an official of, or null. */
		Entry officeOf(Entry person) {
			return this.offices.get(person.id());
		}

		/** The states named so far, the latest first: "the two countries". */
		final LinkedList<Entry> states = new LinkedList<>();

		/** Remembers the states a sentence names, in its order, so that the last one named comes first. */
		void statesNamed(Collection<Entry> named) {
			for (Entry entry : named) {
				if (entry.kind() == ActorKind.STATE) {
					this.states.remove(entry);
					this.states.addFirst(entry);
				}
			}
			while (this.states.size() > 8) {
				this.states.removeLast();
			}
		}

		private final Map<RelationshipType, Map<Entry, Integer>> objects = new EnumMap<>(RelationshipType.class);

		/**
		 * What the document has so far most often named as the object of this type: an article about recognising the
		 * Taliban goes on to say "stopped short of formal recognition" without naming them again.
		 */
		Entry lastObject(RelationshipType type) {
			Map<Entry, Integer> counts = this.objects.get(type);
			if (counts == null) {
				return null;
			}
			// of those named most often, the one named last
			Entry best = null;
			int most = 0;
			for (Map.Entry<Entry, Integer> named : counts.entrySet()) {
				if (named.getValue() >= most) {
					best = named.getKey();
					most = named.getValue();
				}
			}
			return best;
		}

		void objectOf(RelationshipType type, Entry object) {
			Map<Entry, Integer> counts = this.objects.computeIfAbsent(type, t -> new java.util.LinkedHashMap<>());
			// re-inserted, so the map keeps the order in which objects were last named
			Integer before = counts.remove(object);
			counts.put(object, before == null ? 1 : before + 1);
		}

	}

}
