package org.crosscheck.cli.bench;

import java.util.Objects;

/**
 * One article of the Gun Violence Database with its coders' counts: {@code killed} the victims marked killed,
 * {@code injured} those marked injured or hospitalized and not killed. Immutable.
 */
public record GvdbArticle(String id, String url, String title, String text, int killed, int injured) {
    public GvdbArticle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
    }
}
