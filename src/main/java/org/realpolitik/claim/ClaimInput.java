package org.realpolitik.claim;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;

/**
 * A claim as an importer hands it over: what a source says and where it says it.
 *
 * @param subject    actor id of the subject
 * @param object     actor id of the object
 * @param quote      the exact words of the source, when there are any
 * @param sentence   index of the sentence in the document (news), or the line of the record (curated files)
 * @param start      character offset of the quote in the document, when known
 * @param end        character offset just past the quote, when known
 * @param method     how the claim was obtained: importer and rule or code ({@code curated}, {@code news:passive-agent})
 * @param source     the source the claim cites, when it is not the document itself (a URL or a reference)
 * @param observedAt the date the source was written, when known
 * @param role       for MEMBER_OF, the role the subject holds (president, ambassador, director), when known
 * @param details    structured evidence of a record that has no sentence to quote (a sanction's programme, its
 *                   authority, the listing's reason, the source entity's id), by name
 */
public record ClaimInput(String subject, RelationshipType type, String object, Polarity polarity, Modality modality,
		PartialDate from, PartialDate until, String quote, Integer sentence, Integer start, Integer end, String method,
		double confidence, String source, LocalDate observedAt, String role, Map<String, String> details) {

	private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

	/** A claim without role or structured details, as quoted sources and curated records make them. */
	public ClaimInput(String subject, RelationshipType type, String object, Polarity polarity, Modality modality,
			PartialDate from, PartialDate until, String quote, Integer sentence, Integer start, Integer end,
			String method, double confidence, String source, LocalDate observedAt) {
		this(subject, type, object, polarity, modality, from, until, quote, sentence, start, end, method, confidence,
				source, observedAt, null, Map.of());
	}

	public ClaimInput {
		role = role == null || role.isBlank() ? null : role.strip();
		details = details == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(
				details.entrySet().stream().filter(e -> e.getKey() != null && e.getValue() != null && !e.getValue().isBlank())
					.collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue))));
		Objects.requireNonNull(subject, "subject");
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(object, "object");
		Objects.requireNonNull(polarity, "polarity");
		Objects.requireNonNull(modality, "modality");
		if (confidence < 0 || confidence > 1) {
			throw new IllegalArgumentException("confidence must be between 0 and 1, was " + confidence);
		}
	}

	/**
	 * The claim's business key: a hash of the document and of what the claim says there. The same statement made twice
	 * in one document (a repeated paragraph) is one claim.
	 */
	public String id(String documentId) {
		String key = String.join("\u001f", documentId, this.subject, this.type.name(), this.object,
				this.polarity.value(), this.modality.value(), text(this.from), text(this.until),
				this.quote == null ? "" : this.quote.strip().replaceAll("\\s+", " "));
		// role and details take part only when given, so the ids of claims without them stay as they were
		if (this.role != null) {
			key += "\u001frole=" + this.role;
		}
		if (!this.details.isEmpty()) {
			key += "\u001f" + detailsJson();
		}
		return hash(key);
	}

	/** The hex of the first 16 bytes of the SHA-256 of a business key: the form every claim id takes. */
	public static String hash(String key) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash, 0, 16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	Map<String, Object> properties() {
		Map<String, Object> p = new HashMap<>();
		p.put("pair", pair(this.subject, this.type, this.object));
		p.put("type", this.type.name());
		p.put("polarity", this.polarity.value());
		p.put("modality", this.modality.value());
		p.put("from", this.from == null ? null : this.from.text());
		p.put("fromDate", this.from == null ? null : this.from.first());
		p.put("until", this.until == null ? null : this.until.text());
		p.put("untilDate", this.until == null ? null : this.until.last());
		p.put("quote", this.quote);
		p.put("sentence", this.sentence);
		p.put("start", this.start);
		p.put("end", this.end);
		p.put("method", this.method);
		p.put("confidence", this.confidence);
		p.put("source", this.source);
		p.put("observedAt", this.observedAt);
		p.put("role", this.role);
		p.put("details", this.details.isEmpty() ? null : detailsJson());
		return p;
	}

	/**
	 * The key of the potential edge a claim is about, {@code subject|TYPE|object}: stored and indexed on every claim,
	 * so deriving an edge finds its claims by one index seek, however many claims its actors have.
	 */
	static String pair(String subject, RelationshipType type, String object) {
		return subject + "|" + type.name() + "|" + object;
	}

	/** The details as JSON text, keys sorted: how they are stored on the claim (a Neo4j property holds no map). */
	String detailsJson() {
		try {
			return JSON.writeValueAsString(this.details);
		}
		catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String text(PartialDate date) {
		return date == null ? "" : date.text();
	}

}
