package org.crosscheck.ledger.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.mapper.Nested;

/**
 * One report's account of a ledger event: its report event (the columns {@link ReportEventDao#SHOWN}), and whether
 * that report counts (the current version at its URL, and no copy of another report).
 */
public record EventAccount(@Nested ReportEventRow row, boolean isCurrent, Long duplicateOf) {
    public boolean duplicate() {
        return duplicateOf != null;
    }

    /** The actors' names in the report's order, the first being the one that acted. */
    public List<String> actors() {
        return new ArrayList<>(KeyList.split(row.actorNames()));
    }

    public Set<String> actorKeys() {
        return KeyList.split(row.actorKeys());
    }
}
