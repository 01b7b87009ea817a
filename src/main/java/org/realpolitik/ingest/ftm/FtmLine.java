package org.realpolitik.ingest.ftm;

/**
 * A good line of an FtM file: an entity to store (a plain entity line, a delta {@code ADD} or {@code MOD}) or an id
 * to delete (a delta {@code DEL}).
 *
 * @param entity the entity; for a deletion only its {@link FtmEntity#id()} is set
 */
record FtmLine(int line, Op op, FtmEntity entity) {

	enum Op {

		UPSERT, DELETE

	}

	String id() {
		return this.entity.id();
	}

}
