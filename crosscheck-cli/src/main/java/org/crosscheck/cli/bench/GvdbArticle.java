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

    /**
     * The text as a report body: GVDB's full text starts with the title run into the first sentence ("Man shot,
     * killed on west sideDETROIT (AP) - Police…"); set off as a paragraph of its own, the title is read as the
     * headline it is instead of one sentence with the lead.
     */
    public String body() {
        if (title == null || title.isBlank() || !text.startsWith(title) || text.length() == title.length()) {
            return text;
        }
        return title + "\n\n" + text.substring(title.length()).strip();
    }
}
