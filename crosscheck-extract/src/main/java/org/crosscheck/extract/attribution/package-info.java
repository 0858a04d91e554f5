/**
 * Whose account each stretch of text is: the reporting cues ("X said", "according to X", "X denied"), their
 * speakers read from the parse by the rules of {@code reporting-speakers.semgrex} (else from the words), and the
 * rule that carries an account across sentences. Feeds each claim's {@code claimant}, {@code via} and
 * {@code cue}.
 */
package org.crosscheck.extract.attribution;
