package org.realpolitik.ingest.news;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import org.realpolitik.claim.Modality;
import org.realpolitik.claim.PartialDate;
import org.realpolitik.claim.Polarity;
import org.realpolitik.claim.RelationshipType;
import org.realpolitik.ingest.news.Gazetteer.Entry;

import static org.realpolitik.ingest.news.Dependencies.children;

/**
 * Constructions that make a claim without a trigger word of the lexicon taking arguments: "anti-X" and "X-backed"
 * modifiers, nouns of backing or partnership said of an actor ("Syria, Russia's closest ally", "Iran's proxy"), and
 * the one who brings two parties together ("Qatar brokered a ceasefire between Israel and Hamas"). Each reads one
 * word of the sentence and the words around it; actors are resolved as the other rules resolve them.
 */
final class Constructions {

	private final Triggers triggers;

	private final MoodReader moods;

	private final Memberships.Resolver resolver;

	Constructions(Triggers triggers, MoodReader moods, Memberships.Resolver resolver) {
		this.triggers = triggers;
		this.moods = moods;
		this.resolver = resolver;
	}

	/** The claims the constructions read off one word of the sentence. */
	List<Found> read(Sentence s, IndexedWord word) {
		List<Found> found = new ArrayList<>();
		found.addAll(anti(s, word));
		found.addAll(backed(s, word));
		found.addAll(described(s, word));
		found.addAll(mediated(s, word));
		found.addAll(switched(s, word));
		found.addAll(demanded(s, word));
		found.addAll(atOdds(s, word));
		return found;
	}

	/** Verbs of demanding that someone do something: "urged Israel to halt", "demanded that the Houthis stop". */
	private static final Set<String> DEMAND_VERBS = Set.of("demand", "urge", "call", "ask", "press", "insist", "tell",
			"order", "pressure", "pressurise", "pressurize");

	/** What is demanded of an adversary: to stop, withdraw or let go. */
	private static final Set<String> CEASE_VERBS = Set.of("stop", "cease", "halt", "end", "withdraw", "refrain",
			"release", "abandon", "desist", "free", "disarm", "dismantle", "pull", "retreat", "relinquish", "surrender");

	/**
	 * The same demands as nouns, of what the one named does: "demanded the immediate withdrawal of Eritrean troops"
	 * (not "the release of Kenya's envoy", which is asked of whoever holds him).
	 */
	private static final Set<String> CEASE_NOUNS = Set.of("withdrawal", "cessation", "halt", "disarmament", "pullout",
			"pull-out", "retreat", "surrender");

	/**
	 * "The Council demanded that the Houthis stop attacks", "the EU called on Russia to withdraw its troops", "demanded
	 * the withdrawal of Eritrean troops": demanding that another stop, withdraw or let go opposes it.
	 */
	private List<Found> demanded(Sentence s, IndexedWord verb) {
		String lemma = verb.lemma() == null ? "" : verb.lemma().toLowerCase(Locale.ROOT);
		if (!DEMAND_VERBS.contains(lemma) || !verb.tag().startsWith("VB")) {
			return List.of();
		}
		SemanticGraph g = s.graph();
		if (lemma.equals("call") && children(g, verb, "compound:prt", "obl:on").isEmpty()) {
			return List.of(); // "called it a threat" is a label, read elsewhere; "called on Russia to" is a demand
		}
		Set<Entry> targets = new LinkedHashSet<>();
		for (IndexedWord demand : children(g, verb, "xcomp", "ccomp")) {
			if (CEASE_VERBS.contains(demand.lemma().toLowerCase(Locale.ROOT))) {
				for (IndexedWord target : children(g, demand, "nsubj:xsubj", "nsubj")) {
					this.resolver.resolve(s, target, targets);
				}
			}
		}
		for (IndexedWord demand : children(g, verb, "obj")) {
			if (CEASE_NOUNS.contains(demand.lemma().toLowerCase(Locale.ROOT))) {
				// "the withdrawal of Eritrean troops", "Russia's withdrawal"
				for (IndexedWord target : children(g, demand, "nmod:of", "nmod:poss")) {
					this.resolver.resolve(s, target, targets);
				}
			}
		}
		if (targets.isEmpty()) {
			return List.of();
		}
		Set<Entry> demanding = new LinkedHashSet<>();
		for (IndexedWord subject : children(g, verb, "nsubj")) {
			this.resolver.resolve(s, subject, demanding);
		}
		// the Security Council's demand is the UN's; a state organ's, its state's
		demanding = s.withWhomTheyActFor(demanding);
		MoodReader.Mood mood = this.moods.read(s, verb, RelationshipType.OPPOSES);
		PartialDate[] dates = ClaimDates.dates(s, verb);
		List<Found> found = new ArrayList<>();
		for (Entry subject : demanding) {
			for (Entry target : targets) {
				if (!subject.id().equals(target.id())) {
					found.add(new Found(subject, RelationshipType.OPPOSES, target, mood.polarity(), mood.modality(),
							dates[0], dates[1], "demand:" + lemma + mood.rule(), 0.6));
				}
			}
		}
		return found;
	}

	/**
	 * "Egypt and Ethiopia are at odds over the dam", "Egypt is at odds with Ethiopia": each opposes the other.
	 */
	private List<Found> atOdds(Sentence s, IndexedWord word) {
		SemanticGraph g = s.graph();
		if (!word.word().equalsIgnoreCase("odds") || children(g, word, "case").stream()
			.noneMatch(c -> c.word().equalsIgnoreCase("at"))) {
			return List.of();
		}
		Set<Entry> sides = new LinkedHashSet<>();
		for (IndexedWord side : children(g, word, "nsubj", "nmod:with", "obl:with")) {
			this.resolver.resolve(s, side, sides);
		}
		MoodReader.Mood mood = this.moods.read(s, word, RelationshipType.OPPOSES);
		PartialDate[] dates = ClaimDates.dates(s, word);
		List<Found> found = new ArrayList<>();
		for (Entry one : sides) {
			for (Entry other : sides) {
				if (!one.id().equals(other.id())) {
					found.add(new Found(one, RelationshipType.OPPOSES, other, mood.polarity(), mood.modality(), dates[0],
							dates[1], "at-odds" + mood.rule(), 0.6));
				}
			}
		}
		return found;
	}

	/**
	 * "an anti-Russia posture", "the anti-Taliban Northern Alliance": opposition to the actor after "anti-", held by
	 * the actor the phrase describes or the one that holds it.
	 */
	private List<Found> anti(Sentence s, IndexedWord word) {
		String text = word.word();
		if (!text.regionMatches(true, 0, "anti-", 0, 5) || text.length() < 7) {
			return List.of();
		}
		Entry object = s.lookup().apply(text.substring(5));
		IndexedWord head = s.graph().getParent(word);
		if (object == null || head == null) {
			return List.of();
		}
		Set<Entry> holders = new LinkedHashSet<>();
		if (s.actorAt().containsKey(head.index())) {
			holders.add(s.actorAt().get(head.index()));
		}
		else {
			for (IndexedWord owner : children(s.graph(), head, "nmod:poss")) {
				this.resolver.resolve(s, owner, holders);
			}
			IndexedWord verb = s.graph().getParent(head);
			if (holders.isEmpty() && verb != null && verb.tag().startsWith("VB")
					&& s.graph().getEdge(verb, head).getRelation().toString().equals("obj")) {
				for (IndexedWord subject : children(s.graph(), verb, "nsubj")) {
					this.resolver.resolve(s, subject, holders);
				}
			}
		}
		List<Found> found = new ArrayList<>();
		PartialDate[] dates = ClaimDates.dates(s, head);
		for (Entry holder : holders) {
			if (!holder.id().equals(object.id())) {
				found.add(new Found(holder, RelationshipType.OPPOSES, object, Polarity.ASSERTED, Modality.FACT, dates[0],
						dates[1], "anti", 0.7));
			}
		}
		return found;
	}

	/** Nouns for one who backs another: "Syria, Russia's closest ally" backs Russia. */
	private static final Set<String> PATRON_NOUNS = Set.of("ally", "backer", "patron", "sponsor", "supporter",
			"protector", "benefactor");

	/** Verbs of bringing two others together: "Qatar brokered a ceasefire between Israel and Hamas". */
	private static final Set<String> MEDIATOR_VERBS = Set.of("broker", "mediate", "host", "facilitate", "convene",
			"arrange", "sponsor");

	/**
	 * "Qatar brokered a ceasefire between Israel and Hamas", "Egypt mediated between Israel and Hamas", "Oman hosted
	 * talks between Iran and the United States": the one who brings the parties together engages each of them.
	 */
	private List<Found> mediated(Sentence s, IndexedWord word) {
		String lemma = word.lemma() == null ? "" : word.lemma().toLowerCase(Locale.ROOT);
		if (!MEDIATOR_VERBS.contains(lemma) || !word.tag().startsWith("VB")) {
			return List.of();
		}
		SemanticGraph g = s.graph();
		Set<Entry> mediators = new LinkedHashSet<>();
		for (IndexedWord mediator : Dependencies.passive(g, word) ? children(g, word, "obl:agent", "obl:by") : children(g, word, "nsubj")) {
			this.resolver.resolve(s, mediator, mediators);
		}
		Set<Entry> parties = new LinkedHashSet<>();
		for (IndexedWord party : children(g, word, "obl:between")) {
			this.resolver.resolve(s, party, parties);
		}
		for (IndexedWord deal : children(g, word, "obj", "nsubj:pass")) {
			if (this.triggers.of(s, deal).contains(RelationshipType.ENGAGES)) {
				for (IndexedWord party : children(g, deal, "nmod:between")) {
					this.resolver.resolve(s, party, parties);
				}
			}
		}
		List<Found> found = new ArrayList<>();
		if (mediators.isEmpty() || parties.isEmpty()) {
			return found;
		}
		MoodReader.Mood mood = this.moods.read(s, word, RelationshipType.ENGAGES);
		PartialDate[] dates = ClaimDates.dates(s, word);
		for (Entry mediator : mediators) {
			for (Entry party : parties) {
				if (!mediator.id().equals(party.id())) {
					found.add(new Found(mediator, RelationshipType.ENGAGES, party, mood.polarity(), mood.modality(),
							dates[0], dates[1], "mediator:" + lemma + mood.rule(), 0.7));
				}
			}
		}
		return found;
	}

	/** Nouns for one who deals with another: "China is North Korea's largest trading partner" engages it. */
	private static final Set<String> PARTNER_NOUNS = Set.of("partner", "interlocutor");

	/** Nouns for one backed by another: "the Houthis, Iran's proxy in Yemen" are backed by Iran. */
	private static final Set<String> PROXY_NOUNS = Set.of("proxy", "client", "surrogate", "puppet", "satellite");

	/**
	 * "Syria, Russia's closest ally", "The Houthis are Iran's proxy", "Iran's proxies, the Houthis and Hezbollah":
	 * a noun of backing said of an actor, by apposition or a copula, with the other actor as its possessor or "of"
	 * complement. A patron or an ally supports the possessor; the possessor supports a proxy or a client; a partner
	 * engages the possessor.
	 */
	private List<Found> described(Sentence s, IndexedWord word) {
		String lemma = word.lemma() == null ? "" : word.lemma().toLowerCase(Locale.ROOT);
		boolean partner = PARTNER_NOUNS.contains(lemma);
		boolean patron = PATRON_NOUNS.contains(lemma) || partner;
		if (!(patron || PROXY_NOUNS.contains(lemma)) || !word.tag().startsWith("NN")) {
			return List.of();
		}
		RelationshipType type = partner ? RelationshipType.ENGAGES : RelationshipType.SUPPORTS;
		SemanticGraph g = s.graph();
		IndexedWord up = g.getParent(word);
		String rel = up == null ? "" : g.getEdge(up, word).getRelation().toString();
		if (rel.equals("compound") || rel.equals("amod")) {
			return List.of(); // "proxy wars", "client states"
		}
		Set<Entry> owners = new LinkedHashSet<>();
		for (IndexedWord owner : children(g, word, "nmod:poss", "nmod:of")) {
			this.resolver.resolve(s, owner, owners);
		}
		Set<Entry> said = new LinkedHashSet<>();
		if (rel.equals("appos") && up != null) {
			this.resolver.resolve(s, up, said);
		}
		for (IndexedWord named : children(g, word, "appos")) {
			this.resolver.resolve(s, named, said);
		}
		if (!children(g, word, "cop").isEmpty()) {
			for (IndexedWord subject : children(g, word, "nsubj")) {
				this.resolver.resolve(s, subject, said);
			}
		}
		List<Found> found = new ArrayList<>();
		if (owners.isEmpty() || said.isEmpty()) {
			return found;
		}
		MoodReader.Mood mood = this.moods.read(s, word, type);
		PartialDate[] dates = ClaimDates.dates(s, word);
		for (Entry owner : owners) {
			for (Entry described : said) {
				if (!owner.id().equals(described.id())) {
					Entry backer = patron ? described : owner;
					Entry backed = patron ? owner : described;
					found.add(new Found(backer, type, backed, mood.polarity(), mood.modality(), dates[0],
							dates[1], "described:" + lemma + mood.rule(), 0.7));
				}
			}
		}
		return found;
	}

	/** "Iranian-backed Houthis", "Cuban-sponsored intelligence forces", "a Saudi-armed militia": the suffix's type. */
	/** "Iranian-backed": a modifier that names who backs the noun, not whose the noun is. */
	static boolean isBackerModifier(IndexedWord modifier) {
		String text = modifier.word();
		int hyphen = text.lastIndexOf('-');
		return hyphen > 0 && BACKER_SUFFIXES.containsKey(text.substring(hyphen + 1).toLowerCase(Locale.ROOT));
	}

	private static final Map<String, RelationshipType> BACKER_SUFFIXES = Map.of("backed", RelationshipType.SUPPORTS,
			"sponsored", RelationshipType.SUPPORTS, "funded", RelationshipType.SUPPORTS, "financed",
			RelationshipType.SUPPORTS, "supported", RelationshipType.SUPPORTS, "trained", RelationshipType.SUPPORTS,
			"armed", RelationshipType.ARMED, "equipped", RelationshipType.ARMED, "supplied", RelationshipType.ARMED);

	/**
	 * A modifier "X-backed" (or -sponsored, -funded, -armed, ...) where X is an actor: X backs whatever the phrase
	 * describes, the noun it modifies or, for a name of its own, that actor.
	 */
	private List<Found> backed(Sentence s, IndexedWord word) {
		String text = word.word();
		int hyphen = text.lastIndexOf('-');
		RelationshipType type = hyphen > 0 ? BACKER_SUFFIXES.get(text.substring(hyphen + 1).toLowerCase(Locale.ROOT)) : null;
		if (type == null) {
			return List.of();
		}
		Entry backer = s.lookup().apply(text.substring(0, hyphen));
		IndexedWord head = s.graph().getParent(word);
		if (backer == null || head == null) {
			return List.of();
		}
		Set<Entry> backed = new LinkedHashSet<>();
		this.resolver.resolve(s, head, backed);
		SemanticGraph g = s.graph();
		if (backed.isEmpty()) {
			// "Hezbollah, an Iran-backed group, ...", "Hezbollah is an Iran-backed group": the actor the noun describes
			IndexedWord described = g.getParent(head);
			if (described != null && g.getEdge(described, head).getRelation().toString().equals("appos")) {
				this.resolver.resolve(s, described, backed);
			}
			if (!children(g, head, "cop").isEmpty()) {
				for (IndexedWord subject : children(g, head, "nsubj")) {
					this.resolver.resolve(s, subject, backed);
				}
			}
		}
		List<Found> found = new ArrayList<>();
		PartialDate[] dates = ClaimDates.dates(s, head);
		for (Entry object : backed) {
			if (!object.id().equals(backer.id())) {
				found.add(new Found(backer, type, object, Polarity.ASSERTED, Modality.FACT, dates[0], dates[1],
						"backer:" + text.substring(hyphen + 1).toLowerCase(Locale.ROOT), 0.7));
			}
		}
		return found;
	}

	/** Verbs of moving something from one actor to another: "switched recognition from Taiwan to China". */
	private static final Set<String> SWITCH_VERBS = Set.of("switch", "shift", "transfer", "move", "change");

	/**
	 * "Costa Rica switched recognition from Taiwan to China", "shifted diplomatic relations from Taipei to Beijing":
	 * the relation the object names now holds with the actor after "to" and has ended with the one after "from".
	 */
	private List<Found> switched(Sentence s, IndexedWord word) {
		String lemma = word.lemma() == null ? "" : word.lemma().toLowerCase(Locale.ROOT);
		if (!SWITCH_VERBS.contains(lemma) || !word.tag().startsWith("VB")) {
			return List.of();
		}
		SemanticGraph g = s.graph();
		List<Found> found = new ArrayList<>();
		for (IndexedWord relation : children(g, word, "obj")) {
			List<RelationshipType> types = this.triggers.of(s, relation);
			if (types.isEmpty()) {
				continue;
			}
			Set<Entry> holders = new LinkedHashSet<>();
			for (IndexedWord subject : children(g, word, "nsubj")) {
				this.resolver.resolve(s, subject, holders);
			}
			Set<Entry> from = new LinkedHashSet<>();
			Set<Entry> to = new LinkedHashSet<>();
			for (IndexedWord old : children(g, word, "obl:from")) {
				this.resolver.resolve(s, old, from);
			}
			for (IndexedWord old : children(g, relation, "nmod:from")) {
				this.resolver.resolve(s, old, from);
			}
			for (IndexedWord now : children(g, word, "obl:to")) {
				this.resolver.resolve(s, now, to);
			}
			for (IndexedWord now : children(g, relation, "nmod:to")) {
				this.resolver.resolve(s, now, to);
			}
			if (holders.isEmpty() || from.isEmpty() && to.isEmpty()) {
				continue;
			}
			MoodReader.Mood mood = this.moods.read(s, word, types.get(0));
			PartialDate[] dates = ClaimDates.dates(s, word);
			for (RelationshipType type : types) {
				for (Entry holder : holders) {
					for (Entry now : to) {
						if (!holder.id().equals(now.id())) {
							found.add(new Found(holder, type, now, mood.polarity(), mood.modality(), dates[0], dates[1],
									"switched:" + lemma + mood.rule(), 0.7));
						}
					}
					for (Entry old : from) {
						if (!holder.id().equals(old.id()) && mood.polarity() == Polarity.ASSERTED) {
							found.add(new Found(holder, type, old, Polarity.ENDED, mood.modality(), null, dates[0],
									"switched-from:" + lemma + mood.rule(), 0.7));
						}
					}
				}
			}
		}
		return found;
	}

}
