/**
 * The extraction pipeline ({@link org.crosscheck.extract.RuleBasedExtractor}): one package per stage, in the
 * order a report passes them — {@code input}, {@code actors}, {@code attribution}, {@code claims.*},
 * {@code events} (with {@code time}) — and {@code claims.link}, which numbers the claims and ties them to events.
 */
package org.crosscheck.extract;
