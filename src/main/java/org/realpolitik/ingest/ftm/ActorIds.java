package org.realpolitik.ingest.ftm;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

import org.realpolitik.actor.ActorInput;
import org.realpolitik.claim.ClaimInput;

/** Readable actor ids for new FtM actors: a slug of the name, or of the first alias that has Latin letters. Pure. */
final class ActorIds {

	static final int MAX_LENGTH = 60;

	private ActorIds() {
	}

	/** {@code Vitaly Yurievich KUZMENKO} → {@code vitaly-yurievich-kuzmenko}; null when no name has Latin letters. */
	static String slug(String name, List<String> aliases) {
		String slug = slug(name);
		for (int i = 0; slug == null && i < aliases.size(); i++) {
			slug = slug(aliases.get(i));
		}
		return slug;
	}

	static String slug(String name) {
		if (name == null) {
			return null;
		}
		String ascii = Normalizer.normalize(name, Normalizer.Form.NFD)
			.replaceAll("\\p{M}+", "")
			.replace("ß", "ss")
			.replace("ø", "o")
			.replace("Ø", "o")
			.replace("æ", "ae")
			.replace("ł", "l")
			.replace("Ł", "l")
			.toLowerCase(Locale.ROOT);
		String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
		if (slug.length() > MAX_LENGTH) {
			slug = slug.substring(0, MAX_LENGTH);
			int cut = slug.lastIndexOf('-');
			slug = (cut > 20 ? slug.substring(0, cut) : slug).replaceAll("-+$", "");
		}
		// a name of digits and few letters from another script would make an id like "163"
		if (slug.isEmpty() || !slug.matches(".*[a-z].*") || !ActorInput.ID.matcher(slug).matches()) {
			return null;
		}
		return slug;
	}

	/** A short hash of the FtM id, {@code length} hex digits: the suffix that tells two entities of one name apart. */
	static String hash(String ftmId, int length) {
		return ClaimInput.hash("ftm\u001f" + ftmId).substring(0, length);
	}

	/** The id for an entity whose slug is taken: the slug (or "ftm") and a short hash of the FtM id. */
	static String suffixed(String slug, String ftmId, int length) {
		return (slug == null ? "ftm" : slug) + "-" + hash(ftmId, length);
	}

}
