package org.crosscheck.text;

import java.util.function.IntPredicate;

/**
 * The parsing stage, run after {@link TextAnalyzer} on the sentences the caller picks: parsing every sentence
 * of every report costs more than the few that hold a construction worth reading. Implementations reuse the
 * tokens, tags and lemmas of the analysed text (no re-tagging), load their models once, and are thread-safe.
 */
public interface DependencyParser {
    /** A parser that parses nothing: every sentence stays as it was. */
    DependencyParser NONE = (text, sentences) -> text;

    /**
     * @param sentences which sentences to parse, by {@link Sentence#index()}
     * @return {@code text} with those sentences' {@link Sentence#dependencies()} filled in and the others as they
     *     were
     */
    AnnotatedText parse(AnnotatedText text, IntPredicate sentences);
}
