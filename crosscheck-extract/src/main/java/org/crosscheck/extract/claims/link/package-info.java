/**
 * Turns the claim drafts into the report's claims: one claim per repeated figure, denials linked to what they
 * refute, each claim tied to its event. Feeds claim ids, {@code refutes} and {@code event}.
 */
package org.crosscheck.extract.claims.link;
