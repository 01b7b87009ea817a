package org.realpolitik.ingest.news;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import org.realpolitik.claim.RelationshipType;

import static org.realpolitik.ingest.news.Dependencies.afterComma;
import static org.realpolitik.ingest.news.Dependencies.children;
import static org.realpolitik.ingest.news.Dependencies.passive;

/**
 * Step two for a verb: who does what the verb says, to whom. Active and passive voice, participles and the noun they
 * modify, control ("has become the first country to recognise"), relative clauses, coordination, light verbs ("impose
 * sanctions on"), the reason for a designation, requests and purposes.
 */
final class VerbArguments {

	/** Participles whose stative passive names its object with "with": "affiliated with". */
	private static final Set<String> STATIVE_WITH = Set.of("affiliate");

	/** What an attack hits that stands for the state it is in: "struck an oil refinery in Russia". */
	private static final Set<String> TARGET_NOUNS = Set.of("site", "facility", "installation", "base", "position",
			"target", "infrastructure", "refinery", "depot", "airfield", "airport", "port", "city", "town", "village",
			"plant", "outpost", "garrison", "headquarters", "camp", "compound");

	/** Nouns of an undertaking whose "to ..." names what its runner does: "a programme to equip the rebels". */
	static final Set<String> PURPOSE_NOUNS = Set.of("programme", "program", "plan", "effort", "operation", "mission",
			"campaign", "initiative", "scheme", "project", "fund", "policy");

	/** Verbs of taking something by force from someone: "captured the city from government forces". */
	private static final Set<String> CAPTURE_VERBS = Set.of("capture", "seize", "take", "wrest", "recapture",
			"retake", "conquer", "overrun");

	/** Verbs of sending people to do something: "sent advisers to help", "deployed troops to fight". */
	private static final Set<String> SEND_VERBS = Set.of("send", "deploy", "dispatch", "commit", "station", "mobilise",
			"mobilize");

	/** Verbs of putting someone in an office: "appointed him envoy to". */
	static final Set<String> APPOINT_VERBS = Set.of("appoint", "name", "nominate", "designate", "elect", "send");

	private final Lexicon lexicon;

	private final Triggers triggers;

	private final ActorResolver resolver;

	VerbArguments(Lexicon lexicon, Triggers triggers, ActorResolver resolver) {
		this.lexicon = lexicon;
		this.triggers = triggers;
		this.resolver = resolver;
	}

	/**
	 * The subjects and objects of a verb trigger. {@code hostile}: the type opposes or attacks, so an object may be
	 * named by what it owns ("condemned Russia's move"); {@code possessors}: an owner named by a possessive is the object too.
	 */
	Arguments read(Sentence s, IndexedWord verb, boolean hostile, boolean possessors) {
		Arguments args = new Arguments(this.resolver);
		// "froze the assets of Russian banks": where the object noun is part of the phrase, its owner is the object
		args.possessorObjects = possessors || this.triggers.objectPhrase(s, verb) != null;
		args.ownersOnly = !hostile;
		SemanticGraph g = s.graph();
		boolean passive = passive(g, verb);
		IndexedWord coordinator = g.getParent(verb);
		if (!passive && verb.tag().equals("VBN") && coordinator != null
				&& (g.getEdge(coordinator, verb).getRelation().toString().startsWith("conj")
						|| g.getEdge(coordinator, verb).getRelation().toString().equals("dep"))
				&& (passive(g, coordinator) || coordinator.tag().equals("VBN")
						&& !children(g, coordinator, "obl:agent", "obl:by").isEmpty()
						&& children(g, coordinator, "obj", "aux", "nsubj").isEmpty())) {
			// "were heavily armed and funded by the United States", "is supported by Iran, actively supported by
			// Hezbollah": the second participle shares the passive
			passive = true;
		}
		if (!passive && (verb.tag().equals("VBN") || verb.tag().equals("VBD") && afterComma(s, verb)
				&& this.lexicon.phrasal(verb.lemma().toLowerCase(Locale.ROOT) + " by") == null)
				&& !children(g, verb, "obl:agent", "obl:by").isEmpty() && children(g, verb, "obj", "aux").isEmpty()) {
			// a participle with its agent and no auxiliary is passive ("a militia armed by Iran"), also where the
			// parser gave it the noun it modifies as subject ("Syria's government, supported by Russia, regained")
			passive = true;
		}
		List<IndexedWord> statedWith = STATIVE_WITH.contains(verb.lemma().toLowerCase(Locale.ROOT))
				? children(g, verb, "obl:with") : List.of();
		if (passive && children(g, verb, "obl:agent", "obl:by").isEmpty()
				&& (!children(g, verb, "obl:to").isEmpty() || !statedWith.isEmpty())) {
			// "the Taliban, who are opposed to ISKP", "al-Shabaab is affiliated with al-Qaeda": a stative passive
			// with "to" (or "with") names the object
			args.how = "-stative";
			List<IndexedWord> holders = new ArrayList<>(children(g, verb, "nsubj:pass", "nsubj", "obj"));
			IndexedWord parent = g.getParent(verb);
			if (parent != null && g.getEdge(parent, verb).getRelation().toString().equals("acl:relcl")) {
				holders.add(parent);
			}
			args.add(s, holders, true);
			args.add(s, children(g, verb, "obl:to"), false);
			args.add(s, statedWith, false);
		}
		else if (passive) {
			args.how = "-passive";
			args.add(s, children(g, verb, "obl:agent", "obl:by"), true);
			if (args.subjects.isEmpty() && verb.lemma().equalsIgnoreCase("list")) {
				// "was first listed at the UN": where a listing is kept is who keeps it
				args.add(s, children(g, verb, "obl:at"), true);
			}
			if (args.subjects.isEmpty() && hostile) {
				// "a Hamas commander was killed in an Israeli airstrike": the one who carried out the attack it
				// happened in
				for (IndexedWord event : children(g, verb, "obl:in", "obl:during", "obl:by", "obl:agent")) {
					if (this.lexicon.noun(event.lemma().toLowerCase(Locale.ROOT)) == RelationshipType.ATTACKED) {
						args.add(s, children(g, event, "amod", "compound", "nmod:poss", "nmod:by"), true);
						args.add(s, ActorResolver.performers(g, event), true);
					}
				}
			}
			if (args.subjects.isEmpty()) {
				// "was designated a Foreign Terrorist Organization by the United States": the agent parsed onto the
				// predicate
				for (IndexedWord predicate : children(g, verb, "obj", "xcomp", "obl:as")) {
					args.add(s, children(g, predicate, "nmod:by", "nmod:agent"), true);
				}
			}
			args.add(s, children(g, verb, "nsubj:pass", "nsubj"), false);
			// "armed and trained by the CIA": the second participle is said of what the first is
			IndexedWord participle = coordinator != null && g.getEdge(coordinator, verb).getRelation().toString().startsWith("conj")
					? coordinator : verb;
			IndexedWord described = g.getParent(participle);
			String how = described == null ? "" : g.getEdge(described, participle).getRelation().toString();
			if (args.objects.isEmpty() && described != null && (how.startsWith("acl") || how.equals("amod"))
					&& described.tag().startsWith("NN")) {
				// "The Taliban, long sheltered by Pakistan, returned": the participle is said of the noun it modifies
				args.add(s, List.of(described), false);
			}
			else if (args.objects.isEmpty() && described != null && participle.index() < described.index()
					&& (how.startsWith("advcl") || how.equals("advmod") || how.equals("dep"))
					&& described.tag().startsWith("VB")) {
				// "Backed by Iran, the Houthis seized Sanaa": an opening participle is said of the clause's subject
				args.add(s, children(g, described, "nsubj", "nsubj:pass"), false);
			}
		}
		else {
			args.add(s, children(g, verb, "nsubj", "nsubj:xsubj", "csubj"), true);
			if (args.subjects.isEmpty() && hostile) {
				// "A drone attack by the Houthis hit an oil facility": the attack's perpetrator hits
				for (IndexedWord event : children(g, verb, "nsubj")) {
					if (this.lexicon.noun(event.lemma().toLowerCase(Locale.ROOT)) == RelationshipType.ATTACKED) {
						args.add(s, children(g, event, "nmod:by", "nmod:poss"), true);
						args.add(s, ActorResolver.performers(g, event), true);
						for (IndexedWord modifier : children(g, event, "amod", "compound")) {
							if (s.actorAt().containsKey(modifier.index())) {
								args.add(s, List.of(modifier), true);
							}
						}
					}
				}
			}
			if (args.subjects.isEmpty()) {
				// "the CIA ran a programme to equip the rebels": a programme, a plan or an operation to do something
				// is done by the one who runs it
				for (IndexedWord purpose : children(g, verb, "nsubj:xsubj", "nsubj")) {
					IndexedWord runner = g.getParent(purpose);
					if (PURPOSE_NOUNS.contains(purpose.lemma().toLowerCase(Locale.ROOT)) && runner != null
							&& runner != verb) {
						args.add(s, children(g, runner, "nsubj"), true);
					}
				}
			}
			IndexedWord sender = g.getParent(verb);
			if (args.subjects.isEmpty() && sender != null && SEND_VERBS.contains(sender.lemma().toLowerCase(Locale.ROOT))
					&& g.getEdge(sender, verb).getRelation().toString().equals("xcomp")) {
				// "Iran sent advisers to help the Syrian government", "deployed troops to fight ISIS": the one who sent
				// them does it through them
				args.add(s, children(g, sender, "nsubj"), true);
			}
			String verbLemma = verb.lemma().toLowerCase(Locale.ROOT);
			List<IndexedWord> diplomats = this.lexicon.verb(verbLemma) == null
					? this.triggers.diplomats(s, verb) : List.of();
			List<IndexedWord> postedTo = new ArrayList<>(children(g, verb, "obl:from", "obl:to"));
			for (IndexedWord diplomat : diplomats) {
				postedTo.addAll(children(g, diplomat, "nmod:to", "nmod:in"));
			}
			List<IndexedWord> postings = this.lexicon.verb(verb.lemma().toLowerCase(Locale.ROOT)) == null
					&& APPOINT_VERBS.contains(verb.lemma().toLowerCase(Locale.ROOT)) ? this.triggers.postings(s, verb) : List.of();
			if (!postings.isEmpty()) {
				args.how = "-posting";
				args.add(s, postings, false);
			}
			else if (!diplomats.isEmpty() && this.lexicon.isHostileDiplomatVerb(verbLemma) && !postedTo.isEmpty()) {
				// "recalled its ambassador from Algeria": the state the diplomat was posted to
				args.how = "-diplomat";
				args.add(s, postedTo, false);
			}
			else if (!diplomats.isEmpty()) {
				// the diplomat's sender: "Afghanistan's ambassador", "ambassadors appointed by the Taliban"
				args.how = "-diplomat";
				for (IndexedWord diplomat : diplomats) {
					List<IndexedWord> senders = new ArrayList<>(children(g, diplomat, "nmod:poss", "compound", "amod",
							"nmod:of"));
					for (IndexedWord clause : children(g, diplomat, "acl")) {
						senders.addAll(children(g, clause, "obl:agent", "obl:by"));
					}
					args.add(s, senders, false);
				}
			}
			else if (verb.lemma().equalsIgnoreCase("blame") && !children(g, verb, "obl:on").isEmpty()) {
				// "blamed the attacks on Al Qaeda": the one blamed is after "on"
				args.add(s, children(g, verb, "obl:on"), false);
			}
			else if (Arguments.REASON_VERBS.contains(verb.lemma().toLowerCase(Locale.ROOT))
					&& !children(g, verb, "obl:for", "advcl:for").isEmpty() && !children(g, verb, "obj").isEmpty()) {
				// "designated Hezbollah for supplying weapons to the Houthis": what follows the reason is the
				// reason's, even where the parser hangs it on the verb
				args.add(s, children(g, verb, "obj"), false);
			}
			else {
				// "will stand with Israel against Hamas": who is stood against is no partner of a friendly act
				List<IndexedWord> partners = new ArrayList<>(hostile ? children(g, verb, "obj", "obl:against", "obl:on")
						: children(g, verb, "obj", "obl:to", "obl:on"));
				if (hostile && CAPTURE_VERBS.contains(verb.lemma().toLowerCase(Locale.ROOT))) {
					// "captured Kunduz from Afghan government forces": whom it was taken from
					partners.addAll(children(g, verb, "obl:from"));
				}
				if (hostile && children(g, verb, "obj").isEmpty()) {
					// "objected to the deal", "a warning to Iran"; with an object ("criticised Hungary's veto of EU aid
					// to Ukraine") a "to" the parser hangs on the verb belongs to the object's phrase
					partners.addAll(children(g, verb, "obl:to"));
				}
				for (IndexedWord with : children(g, verb, "obl:with", "nmod:with")) {
					// "fought with Iranian backing", "attacked with Russian weapons": what was given is no partner
					if (!Arguments.given(this.lexicon, with)) {
						partners.add(with);
					}
				}
				args.add(s, partners, false);
				String lemma = verb.lemma().toLowerCase(Locale.ROOT);
				if (args.objects.isEmpty() && NounArguments.VIEW_VERBS.contains(lemma)) {
					// "considers Hezbollah a terrorist organisation": the small clause's subject is who is viewed so
					for (IndexedWord predicate : children(g, verb, "xcomp")) {
						args.add(s, children(g, predicate, "nsubj"), false);
					}
				}
				if (args.objects.isEmpty() && this.lexicon.hasPhrasal(lemma)) {
					// "stand up for Israel's security", "lash out at Washington", "fought alongside the Syrian army":
					// the actor after the phrase's preposition
					for (SemanticGraphEdge edge : g.outgoingEdgeList(verb)) {
						String rel = edge.getRelation().toString();
						if (rel.startsWith("obl:") && (rel.equals("obl:for") || rel.equals("obl:at") || rel.equals("obl:by")
								|| this.lexicon.phrasal(lemma + " " + rel.substring(4).replace('_', ' ')) != null)) {
							args.add(s, List.of(edge.getDependent()), false);
						}
					}
					for (IndexedWord after : this.triggers.nounPhrasals(s, verb).keySet()) {
						// "pledged allegiance to the Islamic State": the preposition hung on the phrase's noun
						if (args.objects.isEmpty()) {
							args.add(s, List.of(after), false);
						}
					}
				}
				if (args.objects.isEmpty() && hostile) {
					// "threatened to attack Israel": a threat is against the target of what it threatens
					for (IndexedWord clause : children(g, verb, "xcomp")) {
						args.add(s, children(g, clause, "obj", "obl:on", "obl:against"), false);
					}
				}
				if (args.objects.isEmpty() && hostile && !children(g, verb, "obj").isEmpty()) {
					// "condemned the missile launches by Iran", the "by" attached to the verb: the doer of the act
					args.add(s, children(g, verb, "obl:by"), false);
				}
				if (args.objects.isEmpty() && hostile && children(g, verb, "obj").stream()
					.anyMatch(o -> TARGET_NOUNS.contains(o.lemma().toLowerCase(Locale.ROOT)))) {
					// "Ukraine struck an oil refinery in Russia": what is hit in a state is the state's
					args.add(s, children(g, verb, "obl:in", "obl:inside"), false);
				}
			}
		}
		if (args.subjects.isEmpty() || args.objects.isEmpty()) {
			// coordinated verbs share their arguments: "were heavily armed and funded by the United States"
			List<IndexedWord> siblings = new ArrayList<>(children(g, verb, "conj:and", "conj:or", "conj"));
			IndexedWord parent = g.getParent(verb);
			String up = parent == null ? "" : g.getEdge(parent, verb).getRelation().toString();
			if (parent != null && (up.startsWith("conj")
					|| up.equals("dep") && parent.tag().startsWith("VB") && verb.tag().startsWith("VB"))) {
				// "is supported by Iran, actively supported by Hezbollah": a loosely attached second verb too
				siblings.add(parent);
			}
			for (IndexedWord sibling : siblings) {
				if (args.subjects.isEmpty()) {
					args.add(s, passive ? children(g, sibling, "obl:agent", "obl:by") : children(g, sibling, "nsubj"),
							true);
				}
				if (args.objects.isEmpty() && (passive || children(g, verb, "obj").isEmpty()
						|| sibling.lemma().equalsIgnoreCase(verb.lemma()))) {
					// a verb with an object of its own ("condemned the coup and demanded the release of X") shares
					// none: only an open slot ("armed and funded X") or the same verb again ("designated X as ...
					// and designated Specially Designated Global Terrorists") takes the other verb's
					args.add(s, children(g, sibling, passive ? "nsubj:pass" : "obj"), false);
				}
			}
		}
		IndexedWord modified = g.getParent(verb);
		if (args.objects.isEmpty() && modified != null && s.actorAt().containsKey(modified.index())
				&& g.getEdge(modified, verb).getRelation().toString().equals("amod")) {
			// "interest in arming Syria" parsed with "arming" modifying "Syria"
			args.add(s, List.of(modified), false);
		}
		// an event as subject ("the attack that killed four soldiers") is done by whoever the clause around it names
		boolean ownSubject = children(g, verb, "nsubj").stream()
			.anyMatch(n -> n.tag().startsWith("NN") && this.triggers.of(s, n).isEmpty());
		IndexedWord holder = g.getParent(verb);
		if (args.subjects.isEmpty() && !args.quantifiedNegation && holder != null && holder.tag().equals("NNS")
				&& ActorResolver.COLLECTIVE_NOUNS.contains(holder.lemma().toLowerCase(Locale.ROOT))
				&& g.getEdge(holder, verb).getRelation().toString().startsWith("acl")) {
			// "Among the first states to recognise Bangladesh were India and Bhutan": the states the noun stands for
			args.add(s, List.of(holder), true);
		}
		if (args.subjects.isEmpty() && !args.quantifiedNegation && !ownSubject) {
			// a clause without a subject of its own takes its controller's; one whose subject names no actor
			// ("while the Eastern Bloc and Third World countries recognized the PRC") takes nobody's
			IndexedWord agent = Arguments.climbToAgent(s, verb, 0);
			if (agent != null) {
				args.how += "-controlled";
				args.add(s, List.of(agent), true);
			}
		}
		return args;
	}

}
