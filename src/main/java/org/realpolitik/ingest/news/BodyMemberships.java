package org.realpolitik.ingest.news;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import org.realpolitik.actor.ActorKind;
import org.realpolitik.claim.Modality;
import org.realpolitik.claim.PartialDate;
import org.realpolitik.claim.Polarity;
import org.realpolitik.claim.RelationshipType;
import org.realpolitik.ingest.news.Gazetteer.Entry;

import static org.realpolitik.ingest.news.Dependencies.children;

/**
 * The members of bodies (MEMBER_OF), as verbs and lists say: who left or was put out of a body ("Mali withdrew from
 * ECOWAS", "the AU suspended Mali"), who was taken in ("Israel was admitted to the United Nations", "the African Union
 * admitted the Sahrawi Republic as a member"), and who a body's members are ("NATO's members include ...", "the GCC,
 * comprising ...", "NATO members such as Poland"). People and organs serving an actor are read by
 * {@link Memberships}.
 */
final class BodyMemberships {

	private final Memberships.Resolver resolver;

	BodyMemberships(Memberships.Resolver resolver) {
		this.resolver = resolver;
	}

	/** The memberships the word, a verb or a plural noun, says something of. */
	List<Found> find(Sentence s, IndexedWord word) {
		List<Found> found = new ArrayList<>(left(s, word));
		found.addAll(admittedOrSuspended(s, word));
		found.addAll(membersNamed(s, word));
		found.addAll(membersListed(s, word));
		return found;
	}

	/** Verbs of leaving a body of one's own accord: "left the European Union", "withdrew from ECOWAS". */
	private static final Set<String> LEAVE_VERBS = Set.of("leave", "quit", "exit", "withdraw", "secede", "split",
			"break", "defect", "resign");

	/** Verbs of being put out of a body: "was expelled from the Arab League", "was suspended from the AU". */
	private static final Set<String> EXPEL_VERBS = Set.of("expel", "suspend", "oust", "eject", "exclude");

	/**
	 * "The United Kingdom left the European Union in 2020", "Mali withdrew from ECOWAS", "Syria was suspended from the
	 * Arab League": the membership has ended, at the verb's date. A state left is no membership ("withdrew from
	 * Afghanistan").
	 */
	private List<Found> left(Sentence s, IndexedWord verb) {
		String lemma = verb.lemma() == null ? "" : verb.lemma().toLowerCase(Locale.ROOT);
		boolean leaving = LEAVE_VERBS.contains(lemma);
		if (!verb.tag().startsWith("VB") || !leaving && !EXPEL_VERBS.contains(lemma)) {
			return List.of();
		}
		SemanticGraph g = s.graph();
		boolean passive = !children(g, verb, "nsubj:pass").isEmpty();
		if (leaving == passive) {
			return List.of(); // "was left", an active expulsion: someone else's act
		}
		List<IndexedWord> bodies = new ArrayList<>(children(g, verb, "obl:from"));
		if (leaving && (lemma.equals("leave") || lemma.equals("quit") || lemma.equals("exit"))) {
			bodies.addAll(children(g, verb, "obj"));
		}
		Set<Entry> members = new LinkedHashSet<>();
		for (IndexedWord member : children(g, verb, passive ? "nsubj:pass" : "nsubj")) {
			this.resolver.resolve(s, member, members);
		}
		Set<Entry> organisations = new LinkedHashSet<>();
		for (IndexedWord body : bodies) {
			this.resolver.resolve(s, body, organisations);
		}
		PartialDate[] dates = ClaimDates.dates(s, verb);
		List<Found> found = new ArrayList<>();
		for (Entry member : members) {
			for (Entry body : organisations) {
				if (body != member && body.kind() != ActorKind.STATE && body.kind() != ActorKind.PERSON
						&& body.kind() != ActorKind.AGENCY) {
					found.add(new Found(member, RelationshipType.MEMBER_OF, body, Polarity.ENDED, Modality.FACT, null,
							dates[0], "member:" + (leaving ? "left" : "expelled") + ":" + lemma, 0.7));
				}
			}
		}
		return found;
	}

	/** Verbs by which a body takes in a member: "admitted", "accepted as a member". */
	private static final Set<String> ADMIT_VERBS = Set.of("admit", "accept", "welcome");

	/**
	 * Memberships a body grants or takes away: "Israel was admitted to the United Nations in 1949" (from then), "the
	 * African Union suspended Mali" (ended then).
	 */
	private List<Found> admittedOrSuspended(Sentence s, IndexedWord verb) {
		String lemma = verb.lemma() == null ? "" : verb.lemma().toLowerCase(Locale.ROOT);
		SemanticGraph g = s.graph();
		boolean passive = !children(g, verb, "nsubj:pass").isEmpty();
		List<IndexedWord> memberWords;
		List<IndexedWord> bodyWords;
		Polarity polarity;
		if (ADMIT_VERBS.contains(lemma) && passive && verb.tag().startsWith("VB")) {
			memberWords = children(g, verb, "nsubj:pass");
			bodyWords = children(g, verb, "obl:to", "obl:into", "obl:as");
			polarity = Polarity.ASSERTED;
		}
		else if (ADMIT_VERBS.contains(lemma) && verb.tag().startsWith("VB") && (children(g, verb, "obl:as").stream()
			.anyMatch(m -> m.lemma().equalsIgnoreCase("member")) || !children(g, verb, "obl:to", "obl:into").isEmpty())) {
			// "The African Union admitted the Sahrawi Republic as a member", "NATO admitted Finland in 2023"
			memberWords = children(g, verb, "obj");
			bodyWords = children(g, verb, "nsubj");
			polarity = Polarity.ASSERTED;
		}
		else if (EXPEL_VERBS.contains(lemma) && !passive && verb.tag().startsWith("VB")) {
			memberWords = children(g, verb, "obj");
			bodyWords = children(g, verb, "nsubj");
			polarity = Polarity.ENDED;
		}
		else {
			return List.of();
		}
		Set<Entry> members = new LinkedHashSet<>();
		memberWords.forEach(w -> this.resolver.resolve(s, w, members));
		Set<Entry> bodies = new LinkedHashSet<>();
		bodyWords.forEach(w -> this.resolver.resolve(s, w, bodies));
		PartialDate[] dates = ClaimDates.dates(s, verb);
		List<Found> found = new ArrayList<>();
		for (Entry member : members) {
			for (Entry body : bodies) {
				if (body != member && (body.kind() == ActorKind.ORGANISATION || body.kind() == ActorKind.BLOC)
						&& member.kind() != ActorKind.PERSON) {
					found.add(new Found(member, RelationshipType.MEMBER_OF, body, polarity, Modality.FACT,
							polarity == Polarity.ASSERTED ? dates[0] : null, polarity == Polarity.ENDED ? dates[0] : null,
							"member:" + (polarity == Polarity.ASSERTED ? "admitted" : "suspended") + ":" + lemma, 0.7));
				}
			}
		}
		return found;
	}

	/** Verbs that name a body's members as their object: "The EAC comprises Kenya, Uganda and Tanzania". */
	private static final Set<String> COMPRISE_VERBS = Set.of("comprise", "include", "consist", "encompass", "unite");

	/**
	 * "NATO's members include Turkey and Greece", "The Security Council's permanent members are China, France, ...",
	 * "The East African Community comprises Kenya, Uganda and Tanzania", "made up of", "consists of": the actors named
	 * are members of the body.
	 */
	private List<Found> membersNamed(Sentence s, IndexedWord verb) {
		SemanticGraph g = s.graph();
		String lemma = verb.lemma() == null ? "" : verb.lemma().toLowerCase(Locale.ROOT);
		Set<Entry> bodies = new LinkedHashSet<>();
		List<IndexedWord> named = new ArrayList<>();
		boolean copula = !children(g, verb, "cop").isEmpty() && s.actorAt().containsKey(verb.index());
		boolean made = lemma.equals("make") && !children(g, verb, "compound:prt").isEmpty();
		if (!COMPRISE_VERBS.contains(lemma) && !copula && !made) {
			return List.of();
		}
		List<IndexedWord> holders = new ArrayList<>(children(g, verb, "nsubj", "nsubj:pass"));
		IndexedWord described = g.getParent(verb);
		if (!copula && !made && described != null && g.getEdge(described, verb).getRelation().toString().equals("acl")
				&& !lemma.equals("include")) {
			// "the Gulf Cooperation Council, comprising Saudi Arabia, Kuwait, ...": the body the clause describes
			holders.add(described);
		}
		for (IndexedWord subject : holders) {
			String head = subject.lemma().toLowerCase(Locale.ROOT);
			if (head.equals("member") || head.equals("membership")) {
				// "NATO's members include ...", "the members of the coalition are ..."
				for (IndexedWord owner : children(g, subject, "nmod:poss", "nmod:of")) {
					this.resolver.resolve(s, owner, bodies);
				}
			}
			else if (!copula) {
				Set<Entry> body = new LinkedHashSet<>();
				this.resolver.resolve(s, subject, body);
				body.removeIf(b -> b.kind() != ActorKind.ORGANISATION && b.kind() != ActorKind.BLOC);
				bodies.addAll(body);
			}
		}
		if (copula) {
			named.add(verb);
		}
		named.addAll(children(g, verb, "obj", "obl:of"));
		Set<Entry> members = new LinkedHashSet<>();
		for (IndexedWord member : named) {
			this.resolver.resolve(s, member, members);
		}
		List<Found> found = new ArrayList<>();
		for (Entry body : bodies) {
			for (Entry member : members) {
				if (member != body && member.kind() != ActorKind.PERSON) {
					found.add(new Found(member, RelationshipType.MEMBER_OF, body, Polarity.ASSERTED, Modality.FACT, null,
							null, "member:named-by:" + (copula ? "copula" : made ? "made-up-of" : lemma), 0.7));
				}
			}
		}
		return found;
	}

	/** The words that introduce examples of a plural: "members such as Poland", "members, including Turkey". */
	private static final String[] EXAMPLES = { "nmod:such_as", "nmod:including", "acl:including", "nmod:like" };

	/**
	 * "NATO members such as Poland and Estonia", "the bloc's members, including Hungary", "EU member states like
	 * Austria": the examples of a body's members are members of it.
	 */
	private List<Found> membersListed(Sentence s, IndexedWord noun) {
		SemanticGraph g = s.graph();
		String lemma = noun.lemma() == null ? "" : noun.lemma().toLowerCase(Locale.ROOT);
		boolean memberStates = lemma.equals("state") && children(g, noun, "compound").stream()
			.anyMatch(m -> m.lemma().equalsIgnoreCase("member"));
		if (!noun.tag().equals("NNS") || !lemma.equals("member") && !memberStates) {
			return List.of();
		}
		Set<Entry> bodies = new LinkedHashSet<>();
		for (IndexedWord owner : children(g, noun, "compound", "nmod:poss", "nmod:of")) {
			Entry body = s.actorAt().get(owner.index());
			if (body != null && (body.kind() == ActorKind.ORGANISATION || body.kind() == ActorKind.BLOC)) {
				bodies.add(body);
			}
		}
		Set<Entry> members = new LinkedHashSet<>();
		for (IndexedWord example : children(g, noun, EXAMPLES)) {
			this.resolver.resolve(s, example, members);
		}
		List<Found> found = new ArrayList<>();
		for (Entry body : bodies) {
			for (Entry member : members) {
				if (member != body && member.kind() != ActorKind.PERSON) {
					found.add(new Found(member, RelationshipType.MEMBER_OF, body, Polarity.ASSERTED, Modality.FACT, null,
							null, "member:examples", 0.7));
				}
			}
		}
		return found;
	}

}
