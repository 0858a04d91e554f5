package org.crosscheck.extract.time;

import java.util.List;
import org.crosscheck.text.AnnotatedText;

/**
 * The time stage: finds the expressions of a text that say when something happened and resolves them to
 * calendar periods. Implementations are stateless and thread-safe.
 */
public interface TimeResolver {
    /**
     * @return the time mentions of {@code text}, in text order. Durations, recurrences ("every day") and
     *     references to the present are left out. A relative expression that cannot be resolved because
     *     {@link AnnotatedText#anchor()} is {@code null} is kept, unresolved ({@link TimeMention#isResolved()}
     *     false), so that its words can still be reported.
     */
    List<TimeMention> resolve(AnnotatedText text);
}
