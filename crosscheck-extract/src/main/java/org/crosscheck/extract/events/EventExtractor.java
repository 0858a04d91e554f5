package org.crosscheck.extract.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.crosscheck.extract.actors.ActorTable;
import org.crosscheck.extract.input.ReportContext;
import org.crosscheck.extract.lexicon.Words;
import org.crosscheck.extract.scope.BackgroundScope;
import org.crosscheck.extract.time.TimeMention;
import org.crosscheck.extract.time.TimeRanges;
import org.crosscheck.model.ActorKind;
import org.crosscheck.model.EventType;
import org.crosscheck.model.Place;
import org.crosscheck.model.Span;
import org.crosscheck.model.TimePrecision;
import org.crosscheck.model.TimeRange;
import org.crosscheck.text.Sentence;
import org.crosscheck.text.Token;

/**
 * Finds the incidents a report tells and types them with ACLED's taxonomy: one candidate per sentence from its
 * first event word (an operation, an attack, a clash, an air strike, shelling, a bomb, a seizure of ground, the
 * destruction of property, arrests, abductions, protests), placed at the place the sentence names (else the place
 * the paragraph was just at, else the last incident's place) and dated by its time words (else the incident it
 * continues). "The operation" refers back to the operation already told; an incident told during an operation,
 * with no date of its own, is a child of it. Candidates of one type on one day at one place are one event.
 * Stateless and thread-safe.
 */
public final class EventExtractor {
    private final BackgroundScope scope;
    private final FledViolence fled = FledViolence.load();
    private final NamedSites sites = NamedSites.load();

    /** An extractor with its own scope reader (stage tests). */
    public EventExtractor() {
        this(new BackgroundScope());
    }

    /** An extractor sharing the pipeline's scope reader, so the cue files are read once. */
    public EventExtractor(BackgroundScope scope) {
        this.scope = java.util.Objects.requireNonNull(scope);
    }

    public List<EventDraft> extract(ReportContext ctx, ActorTable actors, List<TimeMention> times) {
        List<EventDraft> events = new ArrayList<>();
        Map<EventDraft, EventDraft> continues = new java.util.HashMap<>();
        EventDraft operation = null;
        Specificity places = new Specificity(ctx.places());
        for (Sentence s : ctx.sentences()) {
            List<Token> ts = s.tokens();
            // "since the war began on May 3" starts a cumulative period: it does not date an incident
            List<TimeMention> own = times.stream().filter(t -> t.sentence() == s.index())
                    .filter(t -> !inBackground(s, t) && !inDateline(ctx.body(), t)).toList();
            if (isBackground(ctx, own)) {
                continue;
            }
            List<EventTriggers.Trigger> made = new ArrayList<>();
            EventDraft genericHere = null; // the incident a generic word of this sentence started
            for (int at : EventTriggers.triggers(ts)) {
            if (s.isParsed() && scope.cue(s, at).isPresent()) {
                continue; // "the attacks have killed 700 since 2015": a campaign's toll, not an incident
            }
            if (fled.fled(s, at)) {
                continue; // "families who fled the fighting": violence fled, not an incident told
            }
            EventTriggers.Trigger trigger = EventTriggers.refine(ctx, s, at, EventTriggers.triggerAt(ts, at));
            // a second event word of the sentence tells another incident only when it is of another kind
            // ("clashes continued in the north and airstrikes hit the coast"); after an operation's word, the
            // others are its parts ("an offensive, which included air strikes")
            if (made.stream().anyMatch(m -> m.type() == trigger.type() || m.operation())
                    || !made.isEmpty() && trigger.operation()) {
                continue;
            }
            // "militants attacked the post with mortars", "attacked the town and shelled its market": a generic
            // word and the means told beside it in one sentence are one incident, of the means' kind
            if (trigger.generic() && made.stream().anyMatch(m -> m.type() == EventType.EXPLOSIONS)) {
                continue;
            }
            if (trigger.type() == EventType.EXPLOSIONS && genericHere != null) {
                genericHere.type = trigger.type();
                genericHere.subType = trigger.subType();
                genericHere.generic = false;
                made.add(trigger);
                genericHere = null;
                continue;
            }
            // "Six houses were destroyed": destruction told after an attack, with no date or place of its own, is
            // that attack's damage; ACLED codes property destruction as an event only where no other violence is
            // told ("a bank in X was destroyed by explosives" stays an incident of its own)
            EventDraft struck = trigger.type() == EventType.STRATEGIC_DEVELOPMENTS
                    && trigger.subType().startsWith("Looting") && own.isEmpty()
                    && EventPlaces.own(ctx, s, at) == null ? lastViolent(events) : null;
            if (struck != null) {
                made.add(trigger);
                addSentence(ctx, actors, struck, s, own);
                struck.anchors.putIfAbsent(s.index(), at);
                continue;
            }
            made.add(trigger);
            String word = Words.lower(ts.get(at));
            // "the operation", "the attack", "this bombing": the incident already told
            if (Words.isNoun(ts.get(at)) && EventTriggers.definite(ts, at)) {
                EventDraft told = trigger.operation() && operation != null ? operation
                        : lastCompatible(events, trigger, word);
                if (told != null) {
                    addSentence(ctx, actors, told, s, own);
                    told.anchors.putIfAbsent(s.index(), at);
                    Place here = placeOf(ctx, s, at, null);
                    // "The attack targeted a base in X": a place inside the one the incident was told at
                    if (told.place == null || here != null && places.nested(told.place, here)) {
                        told.place = told.place == null ? here : places.inner(told.place, here);
                    }
                    continue;
                }
            }
            EventDraft last = events.isEmpty() ? null : events.get(events.size() - 1);
            EventDraft e = new EventDraft(trigger.type(), trigger.subType(), word, trigger.operation(),
                    trigger.rule());
            e.generic = trigger.generic();
            e.anchors.put(s.index(), at);
            e.place = placeOf(ctx, s, at, last);
            addSentence(ctx, actors, e, s, own);
            if (own.isEmpty() && last != null) {
                // no date of its own: it continues the incident told last, inside that incident's operation
                continues.put(e, last);
                EventDraft op = last.operation ? last : last.parent;
                if (op != null && !e.operation) {
                    e.parent = op;
                }
            }
            if (e.operation && operation == null) {
                operation = e;
            }
            if (e.generic && !e.operation) {
                genericHere = e;
            }
            events.add(e);
            }
            Optional<Integer> toll = made.isEmpty() ? TollPlaces.outcomeWord(s) : Optional.empty();
            if (toll.isPresent() && !(s.isParsed() && scope.cue(s, toll.get()).isPresent())) {
                EventDraft last = events.isEmpty() ? null : events.get(events.size() - 1);
                Optional<EventDraft> e = TollPlaces.incident(ctx, s, toll.get(), last, places);
                if (e.isPresent()) {
                    addSentence(ctx, actors, e.get(), s, own);
                    e.get().anchors.put(s.index(), toll.get());
                    if (own.isEmpty()) {
                        continues.put(e.get(), last);
                    }
                    events.add(e.get());
                }
            }
        }
        for (EventDraft e : events) {
            if (!e.times.isEmpty()) {
                e.time = TimeRanges.rangeOf(e.times);
            } else if (continues.containsKey(e)) {
                e.time = TimeRanges.days(continues.get(e).time);
            } else {
                datedRetelling(e, events, places).ifPresent(o -> e.time = TimeRanges.rangeOf(o.times));
            }
            if (e.time == null) {
                e.time = newsPeg(ctx, times);
            }
            if (e.parent != null && e.parent.time != null && e.time.precision() != null
                    && e.time.precision().compareTo(TimePrecision.DAY) < 0
                    && Objects.equals(e.time.start(), e.parent.time.start())) {
                e.time = TimeRanges.days(e.time);
            }
        }
        return merge(events, places);
    }

    /**
     * Where the incident of event word {@code at} happened: the site the report names for a site noun of its clause
     * ("bombed a refugee camp in the north") unless the sentence places it in a town (or a place that the
     * gazetteer puts in a province), else the place the sentence or its context names, a country standing for the report's
     * main town.
     */
    private Place placeOf(ReportContext ctx, Sentence s, int at, EventDraft last) {
        Place told = EventPlaces.placeFor(ctx, s, at, last);
        Place site = sites.site(ctx, s, at);
        boolean region = told == null || told.precision() == 3 || told.precision() == 2 && told.admin1() == null;
        if (site != null && region) {
            return site;
        }
        return EventPlaces.specific(ctx, s, at, told);
    }

    /**
     * "Rebels ambushed a patrol near X. … The patrol was ambushed on 22 November": a lead told without a date is
     * the incident of its kind that the next sentences tell again with one, at the same place or one nested in
     * it (or none), rather than one of the day the news was filed.
     */
    private static Optional<EventDraft> datedRetelling(EventDraft lead, List<EventDraft> events,
                                                       Specificity places) {
        int from = lead.sentences.get(0);
        return events.stream().filter(o -> o != lead && !o.times.isEmpty() && o.type == lead.type
                        && o.sentences.get(0) > from && o.sentences.get(0) - from <= RETELLING_SENTENCES
                        && (o.place == null || lead.place == null || places.nested(o.place, lead.place)))
                .findFirst();
    }

    /** How far after an undated lead its retelling with a date may come, in sentences. */
    private static final int RETELLING_SENTENCES = 3;

    /** The violent incident (a battle, an explosion, violence against civilians) told last, or null. */
    private static EventDraft lastViolent(List<EventDraft> events) {
        EventDraft best = null;
        int bestAt = -1;
        for (EventDraft e : events) {
            int at = java.util.Collections.max(e.sentences);
            if (e.type != EventType.STRATEGIC_DEVELOPMENTS && e.type != EventType.PROTESTS
                    && e.type != EventType.RIOTS && at > bestAt) {
                best = e;
                bestAt = at;
            }
        }
        return best;
    }

    /** The last event told with the same kind of word ("the attack" after "attacked"), for a definite mention. */
    private static EventDraft lastCompatible(List<EventDraft> events, EventTriggers.Trigger trigger, String word) {
        for (int k = events.size() - 1; k >= 0; k--) {
            EventDraft e = events.get(k);
            // "the attack" names the incident told last, whatever its means
            if (e.type == trigger.type() || stem(e.trigger).equals(stem(word)) || trigger.generic() && !e.operation) {
                return e;
            }
        }
        return null;
    }

    private static String stem(String w) {
        return w.length() > 5 ? w.substring(0, 5) : w;
    }

    /**
     * The time of an incident the report tells without dating it: the first day the report names within two weeks
     * before publication — news tells what is recent, and its first such date is the incident's ("arrived at the
     * camp at about 12:00 GMT on Thursday") — else some time up to publication.
     */
    private static TimeRange newsPeg(ReportContext ctx, List<TimeMention> times) {
        java.time.LocalDate published = ctx.source().published();
        if (published != null) {
            for (TimeMention t : times) {
                if (t.isResolved() && t.precision().compareTo(TimePrecision.DAY) <= 0
                        && !t.date().isAfter(published) && t.date().isAfter(published.minusDays(14))) {
                    return TimeRanges.days(TimeRanges.rangeOf(List.of(t)));
                }
            }
        }
        return TimeRanges.notAfter(published);
    }

    /**
     * "Lima, 2 Dec 88 (EFE) --", "KABUL, March 3 (Reuters) -": the date of a dateline is the day the report was
     * filed, not the day of the incident its lead tells.
     */
    static boolean inDateline(String body, TimeMention t) {
        int lineStart = body.lastIndexOf('\n', Math.max(0, t.span().start() - 1)) + 1;
        if (t.span().start() - lineStart > DATELINE_CHARS) {
            return false;
        }
        String before = body.substring(lineStart, t.span().start());
        String after = body.substring(t.span().end(), Math.min(body.length(), t.span().end() + DATELINE_CHARS));
        return before.matches("[^.!?]*,\\s*") && after.matches("(?s)[^.!?\n]*?(--|—|–|\\(|:).*");
    }

    /** How far a dateline's date stands from the start of its line, and its end from the dash or agency. */
    private static final int DATELINE_CHARS = 40;

    /** Whether time mention {@code t} stands in a clause that a background cue scopes ("since May 3"). */
    private boolean inBackground(Sentence s, TimeMention t) {
        if (!s.isParsed()) {
            return false;
        }
        List<Token> ts = s.tokens();
        for (int i = 0; i < ts.size(); i++) {
            if (ts.get(i).start() >= t.span().start() && ts.get(i).end() <= t.span().end()) {
                return scope.cue(s, i).isPresent();
            }
        }
        return false;
    }

    /** Sentences dated only by years long past ("operations since 2012") tell background, not incidents. */
    private static boolean isBackground(ReportContext ctx, List<TimeMention> own) {
        if (own.isEmpty() || ctx.source().published() == null) {
            return false;
        }
        return own.stream().allMatch(t -> t.isResolved() && t.precision().compareTo(TimePrecision.MONTH) >= 0
                && t.lastDate().isBefore(ctx.source().published().minusYears(1)));
    }

    private static void addSentence(ReportContext ctx, ActorTable actors, EventDraft e, Sentence s,
                                    List<TimeMention> own) {
        if (!e.sentences.contains(s.index())) {
            e.sentences.add(s.index());
            e.evidence.add(Span.of(ctx.body(), s.start(), s.end()));
            e.times.addAll(own);
        }
        for (ActorTable.Mention m : actors.in(s.index())) {
            ActorTable.Entry a = actors.entry(m.key());
            boolean party = a.kind() == ActorKind.ARMED_GROUP || a.kind() == ActorKind.STATE_FORCES
                    || a.kind() == ActorKind.POLICE;
            String key = a.side() != null && party ? actors.resolve(a.side()) : a.key();
            if (party && !e.actors.contains(key) && e.actors.size() < 3) {
                e.actors.add(key);
            }
        }
    }

    /**
     * Candidates of one type on one day at one place (or without a place) are one event; so is a candidate told by
     * a generic word ("the attack") and one of another kind told with its means ("shells hit the school") on the
     * same known day at the same place or one inside the other, which takes the kind of the means.
     */
    private static List<EventDraft> merge(List<EventDraft> events, Specificity places) {
        List<EventDraft> out = new ArrayList<>();
        for (EventDraft e : events) {
            EventDraft same = out.stream().filter(o -> sameIncident(o, e, places)).findFirst().orElse(null);
            if (same == null) {
                out.add(e);
                continue;
            }
            if (same.place == null || e.place != null && places.nested(same.place, e.place)) {
                same.place = same.place == null ? e.place : places.inner(same.place, e.place);
            }
            if (same.generic && !e.generic) {
                same.type = e.type;
                same.subType = e.subType;
                same.generic = false;
            }
            for (int i = 0; i < e.sentences.size(); i++) {
                if (!same.sentences.contains(e.sentences.get(i))) {
                    same.sentences.add(e.sentences.get(i));
                    same.evidence.add(e.evidence.get(i));
                }
            }
            e.actors.stream().filter(a -> !same.actors.contains(a)).forEach(same.actors::add);
            e.anchors.forEach(same.anchors::putIfAbsent);
            for (EventDraft o : events) {
                if (o.parent == e) {
                    o.parent = same == o ? null : same;
                }
            }
        }
        return out;
    }

    private static boolean sameIncident(EventDraft o, EventDraft e, Specificity places) {
        if (!Objects.equals(o.day(), e.day())) {
            return false;
        }
        if (o.type == e.type) {
            return o.place == null || e.place == null || o.place.id().equals(e.place.id());
        }
        // across kinds only what is known to coincide: a dated day and places that nest
        return (o.generic || e.generic) && !o.operation && !e.operation && o.day() != null
                && o.place != null && e.place != null && places.nested(o.place, e.place);
    }
}
