package org.realpolitik.ingest.news;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import org.realpolitik.actor.ActorKind;
import org.realpolitik.claim.RelationshipType;
import org.realpolitik.ingest.news.Gazetteer.Entry;

import static org.realpolitik.ingest.news.Dependencies.children;

/**
 * The actors a trigger word's subject and object positions name, as {@link VerbArguments} and {@link NounArguments}
 * find them, with how they were found ({@code how}, appended to the rule) and the resolution of argument words to
 * actors that both share.
 */
final class Arguments {

	/** Types of what one actor gives another: "with the support of Iran", "fought with Iranian backing". */
	private static final Set<RelationshipType> GIVEN = Set.of(RelationshipType.SUPPORTS, RelationshipType.ARMED);

	/** Verbs whose "for ..." gives the reason someone was acted against: "designated X for supporting Y". */
	static final Set<String> REASON_VERBS = Set.of("designate", "sanction", "list", "target", "blacklist", "penalize",
			"penalise", "punish", "indict", "charge", "accuse", "blame", "arrest", "condemn", "criticize", "criticise",
			"fine", "prosecute", "convict", "identify");

	/**
	 * Verbs of reacting to, judging or reporting an act, whose subject did not do it: "Russia condemned the attack on
	 * Israel" is no attack by Russia, "welcomed the recognition" no recognition.
	 */
	static final Set<String> REACTION_VERBS = Set.of("condemn", "denounce", "decry", "deplore", "criticise", "criticize",
			"slam", "blast", "welcome", "praise", "hail", "applaud", "commend", "protest", "reject", "oppose", "mourn",
			"investigate", "report", "confirm", "deny", "dispute", "question", "note", "acknowledge", "regret",
			"lament", "blame", "fear", "predict", "expect", "witness", "survive", "repel", "repulse", "thwart", "foil",
			"avenge", "retaliate", "respond", "document", "verify", "describe", "recall", "remember", "commemorate",
			"mark", "cite", "support", "back", "endorse", "recognise", "recognize");

	/** What a reaction is about: "concern over the sanctions", "worried about the strikes". */
	static final Set<String> CONCERNING = Set.of("obl:over", "obl:about", "obl:regarding", "obl:concerning",
			"nmod:over", "nmod:about", "nmod:regarding", "nmod:concerning");

	/** Verbs by which an actor makes an instrument its own: "adopted resolution 2653", "signed an executive order". */
	static final Set<String> ADOPT_VERBS = Set.of("adopt", "pass", "sign", "issue", "approve", "enact", "unveil",
			"announce", "publish");

	/** The instruments through which an actor acts: a resolution, an order, a law. */
	static final Set<String> INSTRUMENT_NOUNS = Set.of("resolution", "decision", "decree", "law", "order",
			"directive", "measure", "bill", "act", "regulation", "package", "statement", "declaration");

	/** Nouns of reacting: what they react to was done by someone else. */
	private static final Set<String> RESPONSE_NOUNS = Set.of("response", "reaction", "retaliation", "reply", "answer",
			"objection", "opposition");

	/** Verbs of asking for something, whose object another is to do: "called for sanctions", "demanded an end to". */
	private static final Set<String> REQUEST_VERBS = Set.of("call", "demand", "request", "urge", "seek", "ask", "appeal",
			"lobby", "petition");

	final Set<Entry> subjects = new LinkedHashSet<>();

	final Set<Entry> objects = new LinkedHashSet<>();

	String how = "";

	boolean quantifiedNegation;

	/** Hostile types: "criticised Russia's move", "counter any US return" name their object by its possessor. */
	boolean possessorObjects;

	/**
	 * Sanctions reach an owner only through a possessive ("Iran's central bank", "the assets of Iran's bank"):
	 * "sanctioned three Chinese companies" sanctions the companies, not China.
	 */
	boolean ownersOnly;

	private final ActorResolver resolver;

	Arguments(ActorResolver resolver) {
		this.resolver = resolver;
	}

	/** True when the noun names what one actor gives another: support, backing, weapons. */
	static boolean given(Lexicon lexicon, IndexedWord noun) {
		RelationshipType type = noun.lemma() == null ? null : lexicon.noun(noun.lemma().toLowerCase(Locale.ROOT));
		return type != null && GIVEN.contains(type);
	}

	/** Resolves argument tokens to actors, expanding coordination, appositions and "such as" lists. */
	void add(Sentence s, List<IndexedWord> tokens, boolean subject) {
		for (IndexedWord token : tokens) {
			if (quantifiedNegation(s.graph(), token)) {
				this.quantifiedNegation = true;
				return;
			}
			Set<Entry> into = subject ? this.subjects : this.objects;
			Entry direct = s.actorAt().get(token.index());
			Entry office = subject && direct != null && direct.kind() == ActorKind.PERSON
					? this.resolver.officeHolderOf(s, token, direct) : null;
			if (office == null && subject && direct != null && direct.kind() == ActorKind.PERSON && s.context() != null) {
				// "Russian President Vladimir Putin ... Putin said": named once as an official, he acts for his state
				office = s.context().officeOf(direct);
			}
			if (office != null) {
				// "Saudi King Salman accused Iran": an official named with the actor he serves acts for it
				into.add(office);
				continue;
			}
			int before = into.size();
			this.resolver.resolve(s, token, into);
			if (subject && into.size() == before && s.context() != null && s.context().lastAuthor != null
					&& INSTRUMENT_NOUNS.contains(token.lemma().toLowerCase(Locale.ROOT))
					&& children(s.graph(), token, "det").stream().anyMatch(d -> d.lemma().equalsIgnoreCase("the")
							|| d.lemma().equalsIgnoreCase("this"))) {
				// "The Council adopted resolution 2653. The resolution imposes an asset freeze on ...": what the
				// instrument does, the one who adopted it does
				into.add(s.context().lastAuthor);
				continue;
			}
			if (!subject && into.isEmpty() && this.possessorObjects && token.tag().startsWith("NN")) {
				// "condemned the missile launches by the DPRK": the one who did what is condemned
				List<IndexedWord> owners = this.ownersOnly ? children(s.graph(), token, "nmod:poss", "nmod:of")
						: children(s.graph(), token, "nmod:poss", "compound", "amod", "nmod:of", "nmod:by", "nmod:agent");
				// "Hungary's veto of EU aid": what is Hungary's is not also the EU's
				boolean ownedDirectly = owners.stream()
					.anyMatch(m -> s.actorAt().containsKey(m.index())
							&& !s.graph().getEdge(token, m).getRelation().toString().equals("nmod:of"));
				for (IndexedWord modifier : owners) {
					Entry entry = s.actorAt().get(modifier.index());
					if (entry != null) {
						into.add(entry);
					}
					else if (!ownedDirectly && s.graph().getEdge(token, modifier).getRelation().toString().equals("nmod:of")) {
						// "the assets of Iran's central bank", "the bases of Russian forces": the owner's own owner
						for (IndexedWord owner : this.ownersOnly ? children(s.graph(), modifier, "nmod:poss")
								: children(s.graph(), modifier, "nmod:poss", "compound", "amod")) {
							Entry ownerEntry = s.actorAt().get(owner.index());
							if (ownerEntry != null) {
								into.add(ownerEntry);
							}
						}
					}
				}
			}
		}
	}

	/** "no country (other than Russia)": a quantified negation names no actor and makes no claim. */
	private static boolean quantifiedNegation(SemanticGraph g, IndexedWord token) {
		for (SemanticGraphEdge edge : g.outgoingEdgeList(token)) {
			String rel = edge.getRelation().toString();
			String lemma = edge.getDependent().lemma().toLowerCase(Locale.ROOT);
			if ((rel.equals("det") || rel.equals("det:qmod") || rel.equals("advmod")) && lemma.equals("no")) {
				return true;
			}
			if (rel.startsWith("nmod:other") || rel.startsWith("obl:other")) {
				return true;
			}
		}
		return false;
	}

	/** The agent of a clause without its own subject: the controller of an xcomp, the noun an acl modifies, ... */
	static IndexedWord climbToAgent(Sentence s, IndexedWord word, int depth) {
		if (depth > 4) {
			return null;
		}
		SemanticGraph g = s.graph();
		IndexedWord governor = g.getParent(word);
		if (governor == null) {
			return null;
		}
		String rel = g.getEdge(governor, word).getRelation().toString();
		if (REACTION_VERBS.contains(governor.lemma().toLowerCase(Locale.ROOT)) && governor.tag().startsWith("VB")
				&& (rel.startsWith("obj") || rel.startsWith("obl") || rel.equals("nsubj:pass"))
				|| CONCERNING.contains(rel)) {
			// "Russia condemned the attack on Israel", "the attack was condemned by Russia", "expressed concern over
			// the sanctions on Iran": the one who reacts did not do it
			return null;
		}
		if (REQUEST_VERBS.contains(governor.lemma().toLowerCase(Locale.ROOT)) && governor.tag().startsWith("VB")
				&& (rel.startsWith("obl") || rel.startsWith("obj"))) {
			// "Russia has called for an end to sanctions on Syria", "Iran demanded sanctions on Israel": who asks for
			// something does not do it
			return null;
		}
		if (rel.startsWith("nmod:to") && RESPONSE_NOUNS.contains(governor.lemma().toLowerCase(Locale.ROOT))) {
			// "in response to the recognition of Russia, Ukraine cut ties": the one who responds did not do it
			return null;
		}
		if ((rel.equals("obl:for") || rel.equals("advcl:for"))
				&& (REASON_VERBS.contains(governor.lemma().toLowerCase(Locale.ROOT))
						|| governor.lemma().equalsIgnoreCase("impose") || governor.lemma().equalsIgnoreCase("announce"))) {
			// "the US is imposing sanctions on them for their involvement in generating support for the Houthis":
			// the reason is someone else's doing: the one sanctioned, when the clause says who ("Eritrea was
			// sanctioned for supporting al-Shabaab")
			if (rel.equals("advcl:for") && REASON_VERBS.contains(governor.lemma().toLowerCase(Locale.ROOT))
					&& governor.tag().startsWith("VB") && !children(g, governor, "nsubj:pass").isEmpty()) {
				return children(g, governor, "nsubj:pass").get(0);
			}
			return null;
		}
		if (rel.startsWith("acl") && governor.tag().startsWith("NN")) {
			if (s.actorAt().containsKey(governor.index())) {
				return governor;
			}
			// "Russia's decision to recognise", "the decision by the European Union to designate the IRGC"
			for (IndexedWord of : children(g, governor, "nmod:of", "nmod:poss", "nmod:by")) {
				if (s.actorAt().containsKey(of.index()) && of.index() < word.index()) {
					return of;
				}
			}
			// "Russia has become the first country to recognise": the noun is predicated of a subject; a participle
			// ("entities involved in procuring weapons for the Houthis") makes the noun itself the agent
			boolean infinitive = children(g, word, "mark").stream().anyMatch(m -> m.lemma().equalsIgnoreCase("to"));
			IndexedWord adopting = g.getParent(governor);
			if (INSTRUMENT_NOUNS.contains(governor.lemma().toLowerCase(Locale.ROOT)) && adopting != null
					&& adopting.tag().startsWith("VB") && g.getEdge(adopting, governor).getRelation().toString().equals("obj")
					&& !children(g, adopting, "nsubj").isEmpty()) {
				// "the Council adopted resolution 2719, renewing the sanctions", "signed an executive order imposing
				// sanctions": what the instrument does, its author does
				return children(g, adopting, "nsubj").get(0);
			}
			if (!infinitive && (word.tag().equals("VBN") || word.tag().equals("VBG"))) {
				return null;
			}
			if (infinitive && !children(g, governor, "cop").isEmpty() && !children(g, governor, "nsubj").isEmpty()) {
				// "the Soviet Union was the first state to recognise Israel": the copula's subject
				return children(g, governor, "nsubj").get(0);
			}
			IndexedWord higher = g.getParent(governor);
			if (higher != null) {
				List<IndexedWord> subjects = children(g, higher, "nsubj");
				String up = g.getEdge(higher, governor).getRelation().toString();
				if (!subjects.isEmpty() && !subjects.contains(governor)
						&& (up.equals("xcomp") || up.startsWith("obj") || up.startsWith("obl"))) {
					return subjects.get(0);
				}
				if (subjects.contains(governor)) {
					return null;
				}
			}
			return climbToAgent(s, governor, depth + 1);
		}
		if (rel.equals("amod")) {
			return climbToAgent(s, governor, depth + 1);
		}
		if ((rel.equals("advcl:of") || rel.equals("advcl")
				&& children(g, word, "mark").stream().anyMatch(m -> m.lemma().equalsIgnoreCase("of")))
				&& governor.tag().startsWith("VB") && !children(g, governor, "obj").isEmpty()) {
			// "accused Iran of supplying", "suspected the group of plotting": the object of the charge did it
			return children(g, governor, "obj").get(0);
		}
		if (rel.equals("advcl:of") && governor.tag().startsWith("VB") && !children(g, governor, "nsubj:pass").isEmpty()) {
			// "Iran has been accused of supplying the Houthis": the one accused, in the passive
			return children(g, governor, "nsubj:pass").get(0);
		}
		if (rel.equals("xcomp") && governor.tag().startsWith("VB")) {
			// object control: "helps these states to engage", "urged India to recognise"
			List<IndexedWord> objects = children(g, governor, "obj");
			if (!objects.isEmpty()) {
				return objects.get(0);
			}
		}
		if (rel.equals("xcomp") || rel.startsWith("advcl") || rel.startsWith("conj") || rel.equals("ccomp")
				|| rel.startsWith("obl") || rel.startsWith("obj") || rel.equals("dep") || rel.startsWith("nmod")
				|| rel.equals("advmod")) {
			List<IndexedWord> subjects = children(g, governor, "nsubj", "nsubj:xsubj");
			if (!subjects.isEmpty()) {
				return subjects.get(0);
			}
			if (rel.startsWith("advcl") && governor.tag().startsWith("NN")) {
				return governor;
			}
			return climbToAgent(s, governor, depth + 1);
		}
		return null;
	}

}
