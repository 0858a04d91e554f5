package org.crosscheck.text;

import java.time.LocalDate;

/**
 * The NLP stage: splits a text into sentences and tokens and labels them (part of speech, lemma, named
 * entities, normalised numbers and dates). Implementations load their models once, when built, and are
 * thread-safe: one instance serves a whole process.
 */
public interface TextAnalyzer {
    /**
     * @param text   the report body; offsets in the result refer to it
     * @param anchor the date relative dates resolve against, or {@code null} when unknown
     */
    AnnotatedText analyze(String text, LocalDate anchor);
}
