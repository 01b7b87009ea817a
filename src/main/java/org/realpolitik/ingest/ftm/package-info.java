/**
 * The FollowTheMoney / OpenSanctions importer: FtM entity streams and delta files to actors and to SANCTIONED and
 * MEMBER_OF claims, one document per entity, so an entity's new version or its deletion replaces what it said.
 */
package org.realpolitik.ingest.ftm;
