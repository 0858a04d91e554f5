package org.crosscheck.extract.events;

import java.util.ArrayList;
import java.util.Collections;
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
public final class EventDraft {
    EventType type;
    String subType;
    final String trigger;
    final boolean operation;
    /** Whether the event word names violence without its means ("attack"): another word may give its kind. */
    boolean generic;
    final String rule;
    final List<Integer> sentences = new ArrayList<>();
    final List<Span> evidence = new ArrayList<>();
    final List<TimeMention> times = new ArrayList<>();
    final List<String> actors = new ArrayList<>();
    /** The token of the event word in each sentence that tells it by one. */
    final java.util.Map<Integer, Integer> anchors = new java.util.HashMap<>();
    Place place;
    TimeRange time;
    EventDraft parent;

    EventDraft(EventType type, String subType, String trigger, boolean operation, String rule) {
        this.type = type;
        this.subType = subType;
        this.trigger = trigger;
        this.operation = operation;
        this.rule = rule;
    }

    public EventType type() {
        return type;
    }

    /** The id of the rule that found the event's first event word. */
    public String rule() {
        return rule;
    }

    public String subType() {
        return subType;
    }

    /** The sentences that tell the event, in the order they joined it. */
    public List<Integer> sentences() {
        return Collections.unmodifiableList(sentences);
    }

    public List<Span> evidence() {
        return Collections.unmodifiableList(evidence);
    }

    /** The actor keys of the parties taking part, as the actor stage named them. */
    public List<String> actors() {
        return Collections.unmodifiableList(actors);
    }

    public Place place() {
        return place;
    }

    public TimeRange time() {
        return time;
    }

    /** The operation this incident happened in, or null. */
    public EventDraft parent() {
        return parent;
    }

    /** The token of the event word by which sentence {@code sentence} tells the event, or -1. */
    public int anchor(int sentence) {
        return anchors.getOrDefault(sentence, -1);
    }

    /** Whether the event is an operation that holds other incidents. */
    public boolean operation() {
        return operation;
    }

    public int firstSentence() {
        return sentences.get(0);
    }

    public String day() {
        return time == null || time.start() == null ? null : time.start().substring(0, 10);
    }
}
