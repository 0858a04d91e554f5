package org.crosscheck.ledger.ingest;

import java.util.regex.Pattern;

/** A report's URL as an identity for versions. */
public final class ReportUrls {
    private static final Pattern ADDRESS = Pattern.compile("(?i)https?://[^\\s/]+\\S*");

    private ReportUrls() {
    }

    /**
     * Only an absolute web address ({@code http://…} or {@code https://…}) counts: another scheme
     * ({@code javascript://x/%0A…}, {@code file://}) would become a link in the exports and on the report's page.
     * Header values such as "unknown" or "n/a (corpus document 12)" are no address, and two reports carrying them
     * are not versions of one another; they are stored without a URL.
     */
    public static String usable(String url) {
        if (url == null) {
            return null;
        }
        String u = url.strip();
        return ADDRESS.matcher(u).matches() ? u : null;
    }
}
