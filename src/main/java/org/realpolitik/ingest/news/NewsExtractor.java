package org.realpolitik.ingest.news;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.semgraph.SemanticGraph;
import org.realpolitik.actor.ActorInput;
import org.realpolitik.actor.ActorKind;
import org.realpolitik.claim.Modality;
import org.realpolitik.claim.PartialDate;
import org.realpolitik.claim.Polarity;
import org.realpolitik.claim.RelationshipType;
import org.realpolitik.ingest.news.Gazetteer.Entry;
import org.realpolitik.ingest.news.Gazetteer.Mention;

/**
 * Extracts the claims of one article: annotates the text, maps gazetteer mentions onto tokens, and runs the
 * sentence rules with the discourse context of the sentences before. No database.
 */
public final class NewsExtractor {

	private final Gazetteer gazetteer;

	private final ClaimExtractor rules;

	public NewsExtractor(List<ActorInput> actors) {
		this.gazetteer = new Gazetteer(actors, ReferenceActors.all());
		this.rules = new ClaimExtractor(Lexicon.load());
	}

	/** The claims of the article, each statement once (the first sentence that makes it is its evidence). */
	List<ExtractedClaim> extract(Article article) {
		return extractCounting(article).claims();
	}

	/** The claims of an article, its sentence count, and the actors it introduced that those claims name. */
	record Counted(List<ExtractedClaim> claims, int sentences, List<ActorInput> newActors) {
	}

	private String explained(int index, String quote, Sentence sentence) {
		StringBuilder out = new StringBuilder("sentence ").append(index).append(": ").append(quote.replaceAll("\\s+", " "));
		out.append("\n  actors:");
		new LinkedHashSet<>(sentence.actorAt().values()).forEach(e -> out.append(' ').append(e.id()));
		out.append("\n  parse:");
		for (edu.stanford.nlp.semgraph.SemanticGraphEdge edge : sentence.graph().edgeListSorted()) {
			out.append(' ').append(edge.getRelation()).append('(').append(edge.getGovernor().word()).append('-')
				.append(edge.getGovernor().index()).append(',').append(edge.getDependent().word()).append('-')
				.append(edge.getDependent().index()).append(')');
		}
		out.append("\n  triggers:");
		for (IndexedWord word : sentence.graph().vertexListSorted()) {
			List<RelationshipType> types = this.rules.triggers(sentence, word);
			if (!types.isEmpty()) {
				out.append(' ').append(word.word()).append(' ').append(types);
			}
		}
		return out.toString();
	}

	private static String explained(Found found) {
		return found.subject().id() + " " + found.type() + " " + found.object().id() + " ("
				+ found.polarity().name().toLowerCase(Locale.ROOT) + ", " + found.modality().name().toLowerCase(Locale.ROOT)
				+ (found.from() != null ? ", from " + found.from() : "") + (found.until() != null ? ", until " + found.until() : "")
				+ ") by " + found.rule();
	}

	/** The words that make a preceding place name the venue of an agreement or a meeting: "the Minsk Protocol". */
	static final Pattern AGREEMENT_NAME = Pattern.compile("\\s+(Accords?|Agreements?|Protocols?|Treat(?:y|ies)|"
			+ "Conventions?|Declaration|Memorandum|Process|Talks|Format|Summit|Conference|Communiqu[eé]|Pact|Charter|"
			+ "Peace Conference)\\b");

	/**
	 * "The Minsk Protocol", "the Oslo Accords", "the Doha Agreement": a state's capital or other name (not the
	 * state's own name) before an agreement's or a meeting's name is where it was signed or held, not a party.
	 */
	/** Head words by which a body named before is named again: "the Security Council ... the Council". */
	static final Set<String> BODY_HEADS = Set.of("Council", "Committee", "Commission", "Assembly", "Court", "Agency",
			"Ministry", "Department", "Mission", "Parliament", "Congress", "Senate", "Union", "Alliance", "Coalition",
			"Front", "Organization", "Organisation", "Office", "Tribunal", "Panel");

	/**
	 * "The Security Council ... The Council also demanded": a body's head word alone, after "the", names the body of
	 * that head the article named last (its own sentence first); the bodies this sentence names are remembered.
	 */
	static void bodiesNamedByTheirHead(List<CoreLabel> tokens, Map<Integer, Entry> actorAt, Map<String, Entry> byHead) {
		Map<String, Entry> here = new HashMap<>();
		for (int t = 0; t < tokens.size(); t++) {
			Entry named = actorAt.get(t + 1);
			if (named != null && named.kind() != ActorKind.PERSON && named.kind() != ActorKind.STATE
					&& (t + 1 >= tokens.size() || actorAt.get(t + 2) != named)) {
				String head = tokens.get(t).word();
				if (BODY_HEADS.contains(head)) {
					here.put(head, named);
				}
			}
		}
		for (int t = 1; t < tokens.size(); t++) {
			String written = tokens.get(t).word();
			// "the council" in lower case too, after the National Transitional Council
			String word = written.isEmpty() ? written : Character.toUpperCase(written.charAt(0)) + written.substring(1);
			if (actorAt.containsKey(t + 1) || !BODY_HEADS.contains(word)
					|| !tokens.get(t - 1).word().equalsIgnoreCase("the")
					|| t + 1 < tokens.size() && (tokens.get(t + 1).tag().startsWith("NNP")
							|| tokens.get(t + 1).word().equalsIgnoreCase("of"))) {
				continue; // "the Council of Europe" is a name of its own
			}
			Entry body = here.containsKey(word) ? here.get(word) : byHead.get(word);
			if (body != null) {
				actorAt.put(t + 1, body);
			}
		}
		byHead.putAll(here);
	}

	static List<Mention> withoutVenues(String text, List<Mention> mentions) {
		List<Mention> kept = new ArrayList<>(mentions.size());
		for (Mention mention : mentions) {
			String surface = text.substring(mention.start(), mention.end());
			boolean venue = mention.actor().kind() == ActorKind.STATE
					&& !surface.equalsIgnoreCase(mention.actor().name())
					&& AGREEMENT_NAME.matcher(text).region(mention.end(), text.length()).lookingAt();
			if (!venue) {
				kept.add(mention);
			}
		}
		return kept;
	}

	/**
	 * The dictionary of armed groups lists some of their leaders as groups ("Ayman al Zawahiri"): a reference armed
	 * group whose every word the recogniser tags as a person's name, and whose first word begins people's names in the
	 * dictionary ("Ayman", not "Boko"), is read as that person (one entry per id in an article), so that "Ayman
	 * al-Zawahiri became the leader of al-Qaeda" is his membership.
	 */
	private void peopleListedAsGroups(List<CoreLabel> tokens, Map<Integer, Entry> actorAt, Map<String, Entry> people) {
		for (int t = 1; t <= tokens.size(); t++) {
			Entry entry = actorAt.get(t);
			if (entry == null || entry.kind() != ActorKind.ARMED_GROUP || this.gazetteer.referenceActor(entry.id()) == null) {
				continue;
			}
			int end = t;
			boolean named = true;
			while (end <= tokens.size() && actorAt.get(end) == entry) {
				String word = tokens.get(end - 1).word();
				named &= "PERSON".equals(tokens.get(end - 1).ner()) || word.equalsIgnoreCase("al") || word.equalsIgnoreCase("bin");
				end++;
			}
			if (named && end - t >= 2 && this.gazetteer.isGivenName(tokens.get(t - 1).word())) {
				Entry person = people.computeIfAbsent(entry.id(), id -> new Entry(id, entry.name(), ActorKind.PERSON));
				for (int k = t; k < end; k++) {
					actorAt.put(k, person);
				}
			}
			t = end - 1;
		}
	}

	Counted extractCounting(Article article) {
		return extractCounting(article, null);
	}

	/**
	 * The claims of an article, and, when {@code explain} is given, for each sentence the lines that say what the
	 * extractor saw in it: the actors named, the words that express a relationship, and the claims read off them.
	 */
	Counted extractCounting(Article article, Consumer<String> explain) {
		return extractCounting(article, explain, null);
	}

	/**
	 * The sentences of an article as the extractor's steps see them (parse, actors, context), each handed over just
	 * before its claims are read: for tests of one step at a time.
	 */
	List<Sentence> sentences(Article article) {
		List<Sentence> sentences = new ArrayList<>();
		extractCounting(article, null, sentences::add);
		return sentences;
	}

	private Counted extractCounting(Article article, Consumer<String> explain, Consumer<Sentence> parsedSentences) {
		String text = article.text();
		List<Mention> mentions = this.gazetteer.withSharedHeads(text, withoutVenues(text, this.gazetteer.find(text)));
		CoreDocument document = Nlp.annotate(parseable(text, mentions),
				article.publishedAt() == null ? null : article.publishedAt().first().toString());
		Map<String, ExtractedClaim> claims = new LinkedHashMap<>();
		Sentence.Context context = new Sentence.Context();
		int m = 0;
		List<CoreSentence> sentences = document.sentences();
		NewActors newActors = new NewActors(this.gazetteer, text, sentences, mentions);
		RecognitionTables tables = new RecognitionTables(text, sentences, mentions);
		int lastRowRead = -1;
		// a line that opens with a date ("April 2024 | Russia Lifts Sanctions on Taliban | Moscow signals ...") dates
		// every sentence on it
		Map<Integer, PartialDate[]> lineDates = new HashMap<>();
		Map<String, Entry> bodyByHead = new HashMap<>();
		Map<String, Entry> people = new HashMap<>();
		int paragraph = -1;
		Set<String> ledStated = new HashSet<>();
		PartialDate paragraphDate = null;
		for (int index = 0; index < sentences.size(); index++) {
			CoreSentence sentence = sentences.get(index);
			List<CoreLabel> tokens = sentence.tokens();
			// the sentence's own date, else the document's (a paragraph's earlier date is too loose: "Russia, as the
			// successor to the Soviet Union, ..." follows a sentence about 1989)
			PartialDate ownDate = ClaimDates.lastDate(tokens);
			PartialDate timeFrame = ownDate != null ? ownDate : article.publishedAt();
			Map<Integer, Entry> actorAt = new HashMap<>();
			Entry firstGroup = null;
			for (int t = 0; t < tokens.size(); t++) {
				CoreLabel token = tokens.get(t);
				while (m < mentions.size() && mentions.get(m).end() <= token.beginPosition()) {
					m++;
				}
				for (int k = m; k < mentions.size() && mentions.get(k).start() < token.endPosition(); k++) {
					Mention mention = mentions.get(k);
					if (mention.end() > token.beginPosition()) {
						actorAt.put(t + 1, inTime(mention, text, timeFrame));
						if (firstGroup == null && isGroup(mention.actor())) {
							firstGroup = mention.actor();
						}
					}
				}
			}
			newActors.map(tokens, actorAt);
			peopleListedAsGroups(tokens, actorAt, people);
			possessorsInsideNames(text, tokens, actorAt);
			bodiesNamedByTheirHead(tokens, actorAt, bodyByHead);
			Entry previousGroup = context.lastGroup;
			if (firstGroup != null && previousGroup == null) {
				context.lastGroup = firstGroup;
			}
			SemanticGraph graph = sentence.dependencyParse();
			ParseRepair.subjects(graph, actorAt);
			int start = sentence.charOffsets().first();
			int end = sentence.charOffsets().second();
			String quote = text.substring(start, end);
			int lineStart = text.lastIndexOf('\n', Math.max(0, start - 1)) + 1;
			if (lineStart == start) {
				lineDates.put(lineStart, ClaimDates.leadingDates(tokens));
			}
			PartialDate[] lineDate = lineDates.get(lineStart);
			if (lineStart != paragraph) {
				paragraph = lineStart;
				paragraphDate = null;
			}
			// a sentence that names no date of its own goes on in the time of the paragraph: "The Accords were
			// signed on 15 September 2020. ... both recognised Israel" (past tense only: a present-tense statement
			// is the writer's time)
			PartialDate[] inherited = ownDate == null && paragraphDate != null && ClaimDates.pastTense(tokens)
					? new PartialDate[] { paragraphDate, null } : null;
			Sentence parsed = new Sentence(tokens, graph, actorAt, context,
					this.gazetteer::lookup, this.gazetteer::organOf);
			if (explain != null) {
				explain.accept(explained(index, quote, parsed));
			}
			if (parsedSentences != null) {
				parsedSentences.accept(parsed);
			}
			for (Found extracted : this.rules.extract(parsed)) {
				if (!newActors.mayAppearIn(extracted)) {
					if (explain != null) {
						explain.accept("  not kept (a person the gazetteer does not know acts only as a member): "
								+ explained(extracted));
					}
					continue;
				}
				if (explain != null) {
					explain.accept("  claim: " + explained(extracted));
				}
				Found found = lineDate != null ? ClaimDates.dated(extracted, lineDate)
						// a succession in law is no act of the paragraph's time ("Russia, as the successor to the Soviet
						// Union, did not stay away" after a sentence about 1979)
						: inherited != null && extracted.type() != RelationshipType.SUCCESSOR_OF
								? ClaimDates.dated(extracted, inherited, "+paragraph-date") : extracted;
				if (ownDate == null && article.publishedAt() != null && ClaimDates.event(found)) {
					// "The United Kingdom condemns Iran's attack", "Militants killed eight soldiers": an act the
					// article reports without a date of its own happened when the article is dated
					found = ClaimDates.dated(found, new PartialDate[] { article.publishedAt(), null }, "+document-date");
				}
				ExtractedClaim claim = ExtractedClaim.of(article.name(), index, found, quote, start, end);
				claims.putIfAbsent(claim.key(), claim);
			}
			for (Entry named : new LinkedHashSet<>(actorAt.values())) {
				Entry leader = newActors.leaders().get(named.id());
				if (leader != null && ledStated.add(named.id())) {
					// "the Saudi-led coalition": its leader is a member of it
					ExtractedClaim member = ExtractedClaim.of(article.name(), index,
							new Found(leader, RelationshipType.MEMBER_OF, named, Polarity.ASSERTED,
									Modality.FACT, null, null, "member:leads-coalition", 0.7),
							quote, start, end);
					claims.putIfAbsent(member.key(), member);
				}
			}
			if (ownDate != null) {
				paragraphDate = ownDate;
			}
			if (lineStart != lastRowRead) {
				// the first sentence of a line (a table's cells are sentences of their own)
				lastRowRead = lineStart;
				ExtractedClaim row = tables.claim(article, lineStart, index, context.lastObject(RelationshipType.RECOGNISED));
				if (row != null) {
					claims.putIfAbsent(row.key(), row);
				}
			}
			// the group the sentence is about: the one it names most often, then the one nearest the root
			// ("the Islamic State-Khorasan Province (IS-K), an offshoot of ISIS" is about IS-K), then the one named
			// first (in text order: a hash order would change with the JVM's identity hashes of the actor kinds)
			Map<Entry, Integer> named = new LinkedHashMap<>();
			Map<Entry, Integer> depth = new LinkedHashMap<>();
			for (int t = 1; t <= tokens.size(); t++) {
				Entry entry = actorAt.get(t);
				var vertex = entry == null ? null : graph.getNodeByIndexSafe(t);
				if (vertex != null && isGroup(entry)) {
					if (actorAt.get(t + 1) != entry) {
						named.merge(entry, 1, Integer::sum);
					}
					var path = graph.getPathToRoot(vertex);
					depth.merge(entry, path == null ? Integer.MAX_VALUE : path.size(), Math::min);
				}
			}
			Entry lastGroup = named.keySet()
				.stream()
				.max(java.util.Comparator.<Entry>comparingInt(named::get).thenComparing(e -> -depth.get(e)))
				.orElse(null);
			context.lastGroup = lastGroup != null ? lastGroup : previousGroup;
			Entry subject = ActorResolver.mainClauseSubject(graph, actorAt, false);
			if (subject != null) {
				context.lastSubject = subject;
			}
			context.statesNamed(new java.util.TreeMap<>(actorAt).values());
		}
		List<ExtractedClaim> result = new ArrayList<>(claims.values());
		Set<String> named = new LinkedHashSet<>();
		result.forEach(c -> {
			named.add(c.subject().id());
			named.add(c.object().id());
		});
		List<ActorInput> introduced = new ArrayList<>(newActors.usedBy(named));
		for (String id : named) {
			ActorInput reference = this.gazetteer.referenceActor(id);
			if (reference != null) {
				introduced.add(reference);
			}
		}
		return new Counted(result, sentences.size(), introduced);
	}

	/** The actor a mention stands for at the sentence's time: "Moscow" in 1979 is the Soviet Union. */
	private Entry inTime(Mention mention, String text, PartialDate date) {
		String id = Periods.at(mention.actor().id(), text.substring(mention.start(), mention.end()), date);
		Entry instead = id.equals(mention.actor().id()) ? null : this.gazetteer.get(id);
		return instead != null ? instead : mention.actor();
	}

	/**
	 * A name that contains a possessive names its owner too: in "America's Central Intelligence Agency" the tokens
	 * "America" stand for the United States, the rest for the CIA, so the parse's possessive links the two.
	 */
	private void possessorsInsideNames(String text, List<CoreLabel> tokens, Map<Integer, Entry> actorAt) {
		for (int t = 1; t + 1 < tokens.size(); t++) {
			String word = tokens.get(t).word();
			Entry outer = actorAt.get(t + 1);
			if (outer == null || !(word.equals("'s") || word.equals("\u2019s")) || actorAt.get(t) != outer
					|| actorAt.get(t + 2) != outer) {
				continue;
			}
			int first = t;
			while (first > 1 && actorAt.get(first - 1) == outer) {
				first--;
			}
			String owner = text.substring(tokens.get(first - 1).beginPosition(), tokens.get(t - 1).endPosition());
			Entry possessor = this.gazetteer.lookup(owner);
			if (possessor != null && possessor != outer) {
				for (int k = first; k <= t; k++) {
					actorAt.put(k, possessor);
				}
				actorAt.remove(t + 1);
			}
		}
	}

	private static boolean isGroup(Entry entry) {
		return entry.kind() == ActorKind.MOVEMENT || entry.kind() == ActorKind.ARMED_GROUP;
	}

	/** A word of a headline in Title Case: a capital, then small letters. */
	private static final Pattern TITLE_WORD = Pattern.compile("\\p{Lu}\\p{Ll}+");

	/**
	 * A headline in Title Case ("Security Council Imposes Sanctions on Iran") is read by the tagger as a string of
	 * names. The parser sees it in sentence case instead: every capitalised word after the first that no actor's name
	 * covers is lower-cased. A line is a headline when it has no final stop and at least two thirds of its words of
	 * four letters or more are capitalised. Same length, so offsets are unchanged.
	 */
	static void headlinesInSentenceCase(String text, List<Mention> mentions, StringBuilder out) {
		BitSet named = new BitSet(text.length());
		mentions.forEach(m -> named.set(m.start(), m.end()));
		int start = 0;
		while (start < text.length()) {
			int end = text.indexOf('\n', start);
			end = end < 0 ? text.length() : end;
			String line = text.substring(start, end).strip();
			String[] words = line.split("\\s+");
			int longWords = 0;
			int capitalised = 0;
			for (String word : words) {
				if (word.length() >= 4) {
					longWords++;
					capitalised += Character.isUpperCase(word.charAt(0)) ? 1 : 0;
				}
			}
			if (words.length >= 4 && longWords >= 3 && capitalised * 3 >= longWords * 2 && !line.endsWith(".")) {
				Matcher word = TITLE_WORD.matcher(text).region(start, end);
				boolean first = true;
				while (word.find()) {
					int at = word.start();
					if (!first && !named.get(at)) {
						out.setCharAt(at, Character.toLowerCase(text.charAt(at)));
					}
					first = false;
				}
			}
			start = end + 1;
		}
	}

	/**
	 * The text the parser sees: acronyms of three or more capitals ("IS-K" read as the verb "is", "ISKP views" read
	 * as a noun compound) are written as names ("Is-k" → "Isak", "ISKP" → "Iskp"), which the tagger reads as proper
	 * nouns; the cells of a table row become lines of their own. Same length, so offsets stay those of the original
	 * text.
	 */
	static String parseable(String text, List<Mention> mentions) {
		// table cells ("April 2024 | Russia Lifts Sanctions on Taliban | Moscow signals ...") are read as sentences
		StringBuilder out = new StringBuilder(text.replace('|', '\n'));
		headlinesInSentenceCase(text, mentions, out);
		for (Mention mention : mentions) {
			String surface = text.substring(mention.start(), mention.end());
			if (surface.length() >= 3 && !surface.contains(" ") && !surface.contains(".")
					&& surface.equals(surface.toUpperCase(java.util.Locale.ROOT))) {
				StringBuilder name = new StringBuilder().append(surface.charAt(0));
				for (int i = 1; i < surface.length(); i++) {
					char c = surface.charAt(i);
					name.append(Character.isLetter(c) ? Character.toLowerCase(c) : 'a');
				}
				out.replace(mention.start(), mention.end(), name.toString());
			}
		}
		return out.toString();
	}

}
