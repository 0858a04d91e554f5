package org.crosscheck.ledger.match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The ledger events a report event might describe, in the order found: each with the report events it holds, the
 * operation it belongs to, and whether the report event's own report tells of it.
 */
public final class Candidates {
    private final long reportId;
    private final Map<Long, List<Matcher.Info>> byEvent = new LinkedHashMap<>();
    private final Map<Long, Long> parentOf = new HashMap<>();
    private final Set<Long> sameReport = new HashSet<>();

    /** Candidates for an event of report {@code reportId}. */
    public Candidates(long reportId) {
        this.reportId = reportId;
    }

    /**
     * Adds a report event of ledger event {@code eventId} (of operation {@code parentId}). A report event seen
     * before in that ledger event only adds the people it was found through.
     */
    public void add(long eventId, Long parentId, Matcher.Info row) {
        parentOf.put(eventId, parentId);
        if (row.reportId() == reportId) {
            sameReport.add(eventId);
        }
        List<Matcher.Info> rows = byEvent.computeIfAbsent(eventId, k -> new ArrayList<>());
        for (int i = 0; i < rows.size(); i++) {
            Matcher.Info seen = rows.get(i);
            if (!row.persons().isEmpty() && seen.reportId() == row.reportId() && seen.localId().equals(row.localId())) {
                rows.set(i, seen.withPersons(row.persons()));
                return;
            }
        }
        rows.add(row);
    }

    public boolean isEmpty() {
        return byEvent.isEmpty();
    }

    Map<Long, List<Matcher.Info>> byEvent() {
        return byEvent;
    }

    Long parentOf(long eventId) {
        return parentOf.get(eventId);
    }

    /** Whether the report being matched already tells of the event: one report's events are distinct incidents. */
    boolean fromSameReport(long eventId) {
        return sameReport.contains(eventId);
    }
}
