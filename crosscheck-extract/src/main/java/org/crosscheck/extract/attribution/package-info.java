/**
 * Whose account each stretch of text is: the reporting cues ("X said", "according to X", "X denied") and the
 * rule that carries an account across sentences. Feeds each claim's {@code claimant}, {@code via} and
 * {@code cue}.
 */
package org.crosscheck.extract.attribution;
