package org.crosscheck.model;

import java.util.List;
import java.util.Objects;

/**
 * One incident, typed with ACLED's taxonomy; {@code parent} is the id of the operation it belongs to and
 * {@code actors} the sides involved, attacker first where known; {@code rule} the id of the extraction rule that
 * found it, or {@code null}. Immutable.
 */
public record Event(String id, EventType type, String subType, String parent, TimeRange time, String place,
                    List<String> actors, String summary, List<Span> evidence, String rule) {
    public Event {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        if (subType != null && !type.subTypes().contains(subType)) {
            throw new IllegalArgumentException("'" + subType + "' is not a sub-event type of " + type);
        }
        if (id.equals(parent)) {
            throw new IllegalArgumentException("event " + id + " cannot be its own parent");
        }
        actors = Lists.copy(actors);
        evidence = Lists.copy(evidence);
    }

    /** An event no rule is named for. */
    public Event(String id, EventType type, String subType, String parent, TimeRange time, String place,
                 List<String> actors, String summary, List<Span> evidence) {
        this(id, type, subType, parent, time, place, actors, summary, evidence, null);
    }
}
