package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.extract.time.TimeMention;
import org.crosscheck.model.EventType;
import org.crosscheck.model.Place;
import org.crosscheck.model.Span;
import org.crosscheck.model.TimeRange;

/**
 * An event as {@link EventExtractor} assembles it from the sentences that tell it. Mutable while the stage
 * builds it, then read once into the model's {@code Event}; not shared between threads.
 */
final class EventDraft {
    final EventType type;
    final String subType;
    final String trigger;
    final boolean operation;
    final List<Integer> sentences = new ArrayList<>();
    final List<Span> evidence = new ArrayList<>();
    final List<TimeMention> times = new ArrayList<>();
    final List<String> actors = new ArrayList<>();
    Place place;
    TimeRange time;
    EventDraft parent;

    EventDraft(EventType type, String subType, String trigger, boolean operation) {
        this.type = type;
        this.subType = subType;
        this.trigger = trigger;
        this.operation = operation;
    }

    int firstSentence() {
        return sentences.get(0);
    }

    String day() {
        return time == null || time.start() == null ? null : time.start().substring(0, 10);
    }
}
