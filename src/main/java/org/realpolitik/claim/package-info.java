/**
 * Claims (what a source says: subject, type, object, polarity, modality, dates, evidence) and the typed edges derived
 * from them. The vocabulary of docs/data-model.md is the contract: {@link org.realpolitik.claim.RelationshipType} is
 * closed, and edges are only ever written by {@link org.realpolitik.claim.EdgeDerivation}.
 */
package org.realpolitik.claim;
