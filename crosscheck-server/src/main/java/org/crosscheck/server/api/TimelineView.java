package org.crosscheck.server.api;

import java.util.List;
import org.crosscheck.server.search.DeathsPolicy;
import org.crosscheck.server.search.Searcher;

/** The timeline as rows of {@link #FIELDS}, one per day with matching events, oldest first. Immutable. */
record TimelineView(List<String> fields, String policy, List<Searcher.Day> days) {
    static final List<String> FIELDS = List.of("date", "events", "contested", "fatalities");

    TimelineView(DeathsPolicy policy, List<Searcher.Day> days) {
        this(FIELDS, policy.code(), days);
    }
}
