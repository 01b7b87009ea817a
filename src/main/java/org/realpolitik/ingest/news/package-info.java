/**
 * The news importer: article text (plain, Markdown, HTML) to dated, evidence-backed claims, through a Stanford
 * CoreNLP pipeline (loaded lazily, once), the actor gazetteer and a lexicon of triggers read off the dependency parse.
 */
package org.realpolitik.ingest.news;
