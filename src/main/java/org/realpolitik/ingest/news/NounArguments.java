package org.realpolitik.ingest.news;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import org.realpolitik.claim.RelationshipType;
import org.realpolitik.ingest.news.Gazetteer.Entry;

import static org.realpolitik.ingest.news.Dependencies.children;
import static org.realpolitik.ingest.news.Dependencies.governingVerb;
import static org.realpolitik.ingest.news.Dependencies.modifiedBy;
import static org.realpolitik.ingest.news.Dependencies.passive;

/**
 * Step two for a noun: whose and against whom the recognition, sanction, support or attack it names is. Possessives
 * and prepositions, the verb that governs the noun ("imposed sanctions on", "faces sanctions", "won recognition"),
 * what it is said of ("the Houthis, Iran's proxy"), sales and transfers, views and designations, who carried an event
 * out, and the owner of a list that names the object.
 */
final class NounArguments {

	/** A state's posts abroad: "an embassy in Riyadh" is one in Saudi Arabia, with it. */
	private static final Set<String> MISSION_NOUNS = Set.of("embassy", "consulate", "legation");

	/** Verbs that say what their subject is, like a copula: "remain rivals", "became allies". */
	private static final Set<String> LINKING_VERBS = Set.of("remain", "become", "stay", "seem", "appear", "prove");

	/** Nouns of handing something over, whose "of" names what is handed over: "the sale of F-16 jets to Turkey". */
	private static final Set<String> TRANSFER_NOUNS = Set.of("sale", "delivery", "shipment", "transfer", "supply",
			"provision", "export", "consignment", "donation", "package", "tranche");

	/** Verbs of relying on someone for something: "turned to Russia for assistance", "depends on Iran for arms". */
	private static final Set<String> RELY_VERBS = Set.of("turn", "look", "rely", "depend", "lean", "count");

	/** Verbs whose subject receives what the trigger noun names ("faces sanctions", "won recognition"). */
	private static final Set<String> RECEIVER_VERBS = Set.of("lose", "face", "suffer", "endure", "receive", "undergo", "get",
			"win", "gain", "secure", "earn", "obtain", "enjoy", "attract", "buy", "purchase", "acquire", "import",
			"procure", "accept");

	/** "During the insurgency, X provided ...": an event noun that only dates the clause has no arguments there. */
	private static final Set<String> TEMPORAL = Set.of("obl:during", "obl:after", "obl:before", "obl:since",
			"obl:until", "obl:amid", "obl:following", "obl:throughout", "obl:prior_to", "obl:in_wake_of");

	/** Verbs of viewing: "X views Y as an adversary". */
	static final Set<String> VIEW_VERBS = Set.of("view", "see", "regard", "consider", "describe", "call",
			"label", "brand", "treat", "perceive", "name", "designate", "list", "deem");

	/** Participles that say whom a measure is aimed at: "sanctions targeting Iranian officials". */
	private static final Set<String> AIM_VERBS = Set.of("target", "cover", "hit", "affect", "penalise", "penalize");

	private final Lexicon lexicon;

	private final ActorResolver resolver;

	NounArguments(Lexicon lexicon, ActorResolver resolver) {
		this.lexicon = lexicon;
		this.resolver = resolver;
	}

	/**
	 * The subjects and objects of a noun trigger. {@code hostile}: the type opposes or attacks, so an object may be
	 * named by what it owns ("condemned Russia's move"); {@code possessors}: an owner named by a possessive is the object too.
	 */
	Arguments read(Sentence s, IndexedWord trigger, boolean hostile, boolean possessors) {
		Arguments args = new Arguments(this.resolver);
		args.possessorObjects = possessors;
		args.ownersOnly = !hostile;
		SemanticGraph g = s.graph();
		IndexedWord noun = trigger;
		IndexedWord up = g.getParent(trigger);
		if (up != null && up.tag().startsWith("NN") && g.getEdge(up, trigger).getRelation().toString().equals("compound")
				&& !s.actorAt().containsKey(up.index())) {
			// "counterterrorism efforts against X", "arms supplies to X": the head noun carries the arguments
			noun = up;
		}
		else if (up != null && up.tag().startsWith("NN") && TRANSFER_NOUNS.contains(up.lemma().toLowerCase(Locale.ROOT))
				&& g.getEdge(up, trigger).getRelation().toString().equals("nmod:of") && !s.actorAt().containsKey(up.index())) {
			// "approved the sale of F-16 jets to Turkey", "deliveries of aid to Ukraine": the transfer carries them
			noun = up;
		}
		if (this.lexicon.isListNoun(noun.lemma().toLowerCase(Locale.ROOT))) {
			return listArguments(s, noun, args);
		}
		args.add(s, children(g, noun, "nmod:poss", "nmod:by", "nmod:from"), true);
		args.add(s, ActorResolver.performers(g, noun), true);
		for (IndexedWord modifier : children(g, noun, "amod", "compound")) {
			if (s.actorAt().containsKey(modifier.index())) {
				args.add(s, List.of(modifier), true);
			}
		}
		if (args.subjects.isEmpty()) {
			// "Soviet military and political support": the actor before the first conjunct modifies them all
			for (IndexedWord first : g.getParents(noun)) {
				if (g.getEdge(first, noun).getRelation().toString().startsWith("conj") && first.tag().startsWith("NN")) {
					for (IndexedWord modifier : children(g, first, "amod", "compound", "nmod:poss")) {
						if (s.actorAt().containsKey(modifier.index())) {
							args.add(s, List.of(modifier), true);
						}
					}
				}
			}
		}
		args.add(s, children(g, noun, "nmod:of", "nmod:to", "nmod:against", "nmod:on", "nmod:for", "nmod:with",
				"nmod:toward", "nmod:towards", "nmod:over", "acl:of"), false);
		if (args.objects.isEmpty()) {
			// "the sanctions imposed by the United States on Venezuela": the participle's "on" or "to"
			for (IndexedWord clause : children(g, noun, "acl")) {
				if (ActorResolver.PERFORM_VERBS.contains(clause.lemma().toLowerCase(Locale.ROOT))) {
					args.add(s, children(g, clause, "obl:on", "obl:to", "obl:against"), false);
				}
				else if (AIM_VERBS.contains(clause.lemma().toLowerCase(Locale.ROOT))) {
					// "new sanctions targeting Iranian military officials"
					args.add(s, children(g, clause, "obj"), false);
				}
			}
		}
		if (args.objects.isEmpty()) {
			// "a treaty of friendship with the Soviet Union", "an agreement on cooperation with Iran": the partner
			// hangs from the noun's complement
			for (IndexedWord complement : children(g, noun, "nmod:of", "nmod:on")) {
				if (!s.actorAt().containsKey(complement.index())) {
					args.add(s, children(g, complement, "nmod:with"), false);
				}
			}
		}
		List<IndexedWord> between = children(g, noun, "nmod:between");
		for (IndexedWord complement : children(g, noun, "nmod:of")) {
			if (between.isEmpty() && !s.actorAt().containsKey(complement.index())) {
				// "the treaty of friendship between India and the Soviet Union"
				between = children(g, complement, "nmod:between");
			}
		}
		if (args.subjects.isEmpty() && args.objects.isEmpty() && between.size() >= 2) {
			// "the war between Russia and Ukraine": the first named fights the others
			args.how = "-between";
			args.add(s, List.of(between.get(0)), true);
			args.add(s, between.subList(1, between.size()), false);
		}
		else if (args.subjects.isEmpty() && args.objects.isEmpty() && between.size() == 1) {
			// "relations between the two countries": one phrase that names both
			Set<Entry> both = new LinkedHashSet<>();
			this.resolver.resolve(s, between.get(0), both);
			if (both.size() >= 2) {
				args.how = "-between";
				List<Entry> named = new ArrayList<>(both);
				args.subjects.add(named.get(0));
				args.objects.addAll(named.subList(1, named.size()));
			}
		}
		if (args.objects.isEmpty() && MISSION_NOUNS.contains(noun.lemma().toLowerCase(Locale.ROOT))) {
			// "opened an embassy in Riyadh", "its consulate in Erbil": the host
			args.add(s, children(g, noun, "nmod:in"), false);
		}
		if (args.objects.isEmpty() && lexicon.noun(noun.lemma().toLowerCase(Locale.ROOT)) == RelationshipType.ATTACKED) {
			// "its war in Ukraine", "attacks in Moscow", "attacks, including the massacre in Moscow"
			args.add(s, children(g, noun, "nmod:in"), false);
			for (IndexedWord instance : children(g, noun, "nmod:including", "nmod:such_as")) {
				if (args.objects.isEmpty()) {
					args.add(s, children(g, instance, "nmod:in"), false);
				}
			}
		}
		IndexedWord governor = g.getParent(noun);
		for (IndexedWord parent : g.getParents(noun)) {
			if (governor != null && g.getEdge(governor, noun).getRelation().toString().startsWith("conj")
					&& !g.getEdge(parent, noun).getRelation().toString().startsWith("conj")) {
				// a conjunct's own governor ("received military and political support") over the first conjunct
				governor = parent;
			}
		}
		if (governor != null && !args.quantifiedNegation) {
			String rel = g.getEdge(governor, noun).getRelation().toString();
			String lemma = governor.lemma().toLowerCase(Locale.ROOT);
			if (rel.equals("obl:under") && (lemma.equals("come") || lemma.equals("fall") || lemma.equals("be"))) {
				// "Ukrainian positions came under attack from Russian forces": the subject is attacked
				args.how = "-under";
				args.objects.clear();
				args.add(s, children(g, governor, "obl:from", "obl:by"), true);
				args.add(s, children(g, governor, "nsubj"), false);
			}
			else if (rel.equals("obl:for") && RELY_VERBS.contains(lemma)) {
				// "Mali turned to Russia for security assistance": the one turned to gives, the one turning receives
				args.how = "-relied-on";
				args.subjects.clear();
				args.objects.clear();
				args.add(s, children(g, governor, "obl:to", "obl:on", "obl:upon"), true);
				args.add(s, children(g, governor, "nsubj"), false);
			}
			else if ((rel.equals("obl:on") || rel.equals("obl:upon")) && RELY_VERBS.contains(lemma)
					&& !args.subjects.isEmpty()) {
				// "the Houthis rely on Iran's support": the one who relies receives it
				args.how = "-relied-on";
				args.objects.clear();
				args.add(s, children(g, governor, "nsubj", "nsubj:xsubj"), false);
			}
			else if ((rel.startsWith("obj") || rel.equals("obl:in") && !args.subjects.isEmpty())
					&& RECEIVER_VERBS.contains(lemma)) {
				// "received weapons from Iran", "received billions of dollars in support from the United States"
				args.how = "-received";
				// "Taiwan lost the recognition of Nicaragua": whose recognition it was gives it
				Set<Entry> whose = new LinkedHashSet<>(args.objects);
				args.objects.clear();
				// "was founded ..., and received Soviet support": a conjunct may carry the first verb's passive subject
				args.add(s, children(g, governor, "nsubj", "nsubj:pass"), false);
				if (args.subjects.isEmpty()) {
					// "Russia purchased shells and rockets from North Korea": the seller supplies
					args.add(s, children(g, governor, "obl:from"), true);
				}
				if (args.subjects.isEmpty() && lemma.equals("lose")) {
					args.subjects.addAll(whose);
				}
				IndexedWord modified = modifiedBy(g, governor);
				if (modified != null) {
					args.add(s, List.of(modified), false);
				}
			}
			else if ((rel.equals("obl:with") || rel.equals("nmod:with")) && args.subjects.isEmpty()
					&& !args.objects.isEmpty() && !children(g, noun, "nmod:of").isEmpty()
					&& Arguments.given(this.lexicon, noun)) {
				// "seized the capital with the support of Iran": the one whose support it is gives it, the holder of
				// the clause receives it
				args.how = "-with";
				args.subjects.addAll(args.objects);
				args.objects.clear();
				args.add(s, children(g, governor, "nsubj", "nsubj:pass"), false);
				if (s.actorAt().containsKey(governor.index())) {
					args.add(s, List.of(governor), false);
				}
				args.objects.removeAll(args.subjects);
			}
			else if ((rel.equals("obl:with") || rel.equals("nmod:with")) && args.objects.isEmpty()
					&& !args.subjects.isEmpty()) {
				// "the Taliban — with support from Pakistan — took control": the holder is the object
				args.how = "-with";
				args.add(s, children(g, governor, "nsubj", "nsubj:pass"), false);
				if (s.actorAt().containsKey(governor.index())) {
					args.add(s, List.of(governor), false);
				}
			}
			else if ((rel.equals("obl:for") || rel.equals("advcl:for") || rel.equals("obl:over"))
					&& Arguments.REASON_VERBS.contains(lemma)) {
				// "Treasury designated X for providing support to the Houthis": the one designated gave the support,
				// not the one designating; nobody when the one designated is no actor
				args.how = "-designated-for";
				args.subjects.clear();
				args.add(s, children(g, governor, "obj", "nsubj:pass"), true);
				if (args.objects.isEmpty()) {
					// "for supplying weapons to the Houthis" with "to the Houthis" hung on the designation
					args.add(s, children(g, governor, "obl:to"), false);
				}
				return args;
			}
			else if ((rel.equals("obl:as") || rel.equals("xcomp")) && VIEW_VERBS.contains(lemma)) {
				args.how = "-viewed-as";
				args.add(s, children(g, governor, "nsubj"), true);
				if (args.objects.isEmpty()) {
					args.add(s, children(g, governor, "obj"), false);
				}
				if (args.objects.isEmpty() && rel.equals("xcomp")) {
					// "Russia considers NATO a threat": the small clause's subject is who is viewed so
					args.add(s, children(g, noun, "nsubj"), false);
				}
			}
			else if (args.subjects.isEmpty() && (rel.startsWith("nmod:as") || rel.equals("appos"))
					&& s.actorAt().containsKey(governor.index())) {
				args.how = "-apposed";
				args.add(s, List.of(governor), true);
			}
			else if (args.subjects.isEmpty() && (rel.startsWith("obj") || rel.startsWith("obl") && !TEMPORAL.contains(rel)
					|| rel.equals("nsubj:pass")) && !Arguments.REACTION_VERBS.contains(lemma)
					&& !Arguments.CONCERNING.contains(rel)) {
				args.how = "-light-verb";
				args.add(s, children(g, governor, "nsubj", "nsubj:xsubj", "obl:agent"), true);
				if (args.subjects.isEmpty()) {
					IndexedWord agent = Arguments.climbToAgent(s, governor, 0);
					if (agent != null) {
						args.add(s, List.of(agent), true);
					}
				}
				if (args.objects.isEmpty() && (rel.equals("obl:with") || rel.equals("nmod:with"))) {
					// "supplied the Houthis with missiles", "provide Ukraine with air defences": the object receives
					args.add(s, children(g, governor, "obj", "iobj"), false);
				}
				if (args.objects.isEmpty()) {
					args.add(s, children(g, governor, "obl:to", "obl:against", "obl:on", "obl:with"), false);
				}
				if (args.objects.isEmpty() && rel.equals("obj")) {
					// "China has given Pakistan fighter jets", "sent the Houthis drones": the indirect object receives
					args.add(s, children(g, governor, "iobj"), false);
				}
			}
			else if (args.subjects.isEmpty() && rel.equals("nsubj") && governor.tag().startsWith("NN")) {
				// "the Taliban ... is a counterforce" style copula: the subject of the copula
				args.add(s, children(g, governor, "nsubj"), true);
			}
		}
		if (args.subjects.isEmpty() && !args.quantifiedNegation && !children(g, noun, "cop").isEmpty()) {
			// "the Houthis have been at war with Saudi Arabia", "Iran is a threat to Israel": the copula's subject
			args.how += "-predicate";
			args.add(s, children(g, noun, "nsubj"), true);
		}
		IndexedWord linking = g.getParent(noun);
		if (args.subjects.isEmpty() && !args.quantifiedNegation && linking != null
				&& LINKING_VERBS.contains(linking.lemma().toLowerCase(Locale.ROOT))
				&& g.getEdge(linking, noun).getRelation().toString().equals("xcomp")) {
			// "India and Pakistan remain bitter rivals", "Iran became Russia's main supplier": the linking verb's subject
			args.how += "-predicate";
			args.add(s, children(g, linking, "nsubj"), true);
		}
		if (args.subjects.isEmpty() && !args.quantifiedNegation) {
			// the agent of the clause the noun is part of ("providing assistance in terms of arms to Ukraine")
			IndexedWord agent = Arguments.climbToAgent(s, noun, 0);
			if (agent != null) {
				args.how += "-clause-agent";
				args.add(s, List.of(agent), true);
				IndexedWord verb = governingVerb(g, noun);
				// hostility needs its target on the noun itself ("threats to X", "a war against X"), not in the clause
				if (args.objects.isEmpty() && verb != null && !hostile) {
					args.add(s, children(g, verb, "obl:to", "obl:against", "obl:on", "iobj"), false);
				}
			}
		}
		return args;
	}

	/**
	 * "X removed Y from its list of terrorist organisations", "Y is on X's list of banned organisations": the list's
	 * owner sanctions what the clause puts on or takes off the list.
	 */
	private Arguments listArguments(Sentence s, IndexedWord list, Arguments args) {
		SemanticGraph g = s.graph();
		args.how = "-list";
		IndexedWord verb = g.getParent(list);
		if (verb == null) {
			if (!children(g, list, "cop").isEmpty()) {
				// "Cuba is on the US list of state sponsors of terrorism": the list is the predicate
				for (IndexedWord owner : children(g, list, "nmod:poss", "compound", "amod")) {
					if (s.actorAt().containsKey(owner.index())) {
						args.add(s, List.of(owner), true);
					}
				}
				args.add(s, children(g, list, "nsubj"), false);
			}
			return args;
		}
		List<IndexedWord> owners = children(g, list, "nmod:poss");
		boolean pronounOwner = owners.stream().anyMatch(o -> o.tag().startsWith("PRP"));
		if (!owners.isEmpty() && !pronounOwner) {
			args.add(s, owners, true);
		}
		else {
			args.add(s, children(g, verb, "nsubj", "obl:agent"), true);
			if (args.subjects.isEmpty()) {
				IndexedWord agent = Arguments.climbToAgent(s, verb, 0);
				if (agent != null) {
					args.add(s, List.of(agent), true);
				}
			}
		}
		args.add(s, children(g, verb, "obj", "nsubj:pass"), false);
		if (args.objects.isEmpty() && !pronounOwner && !owners.isEmpty()) {
			args.add(s, children(g, verb, "nsubj"), false);
		}
		return args;
	}

}
