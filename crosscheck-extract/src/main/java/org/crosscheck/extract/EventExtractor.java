package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
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
final class EventExtractor {
    /** An event word: what it makes, and whether it names an operation that holds other incidents. */
    private record Trigger(EventType type, String subType, boolean operation) {
    }

    private static final Trigger CLASH = new Trigger(EventType.BATTLES, "Armed clash", false);
    private static final Trigger AIR = new Trigger(EventType.EXPLOSIONS, "Air/drone strike", false);
    private static final Trigger SHELLING = new Trigger(EventType.EXPLOSIONS, "Shelling/artillery/missile attack",
            false);
    private static final Trigger IED = new Trigger(EventType.EXPLOSIONS, "Remote explosive/landmine/IED", false);
    private static final Trigger SUICIDE = new Trigger(EventType.EXPLOSIONS, "Suicide bomb", false);
    private static final Trigger GRENADE = new Trigger(EventType.EXPLOSIONS, "Grenade", false);
    private static final Trigger VIOLENCE = new Trigger(EventType.VIOLENCE_AGAINST_CIVILIANS, "Attack", false);
    private static final Trigger ABDUCTION = new Trigger(EventType.VIOLENCE_AGAINST_CIVILIANS,
            "Abduction/forced disappearance", false);
    private static final Trigger ARRESTS = new Trigger(EventType.STRATEGIC_DEVELOPMENTS, "Arrests", false);
    private static final Trigger DESTRUCTION = new Trigger(EventType.STRATEGIC_DEVELOPMENTS,
            "Looting/property destruction", false);
    private static final Trigger PROTEST = new Trigger(EventType.PROTESTS, "Peaceful protest", false);
    private static final Trigger RIOT = new Trigger(EventType.RIOTS, "Violent demonstration", false);

    private static final Map<String, Trigger> NOUNS = Map.ofEntries(
            Map.entry("operation", new Trigger(EventType.BATTLES, "Armed clash", true)),
            Map.entry("offensive", new Trigger(EventType.BATTLES, "Armed clash", true)),
            Map.entry("attacks", new Trigger(EventType.BATTLES, "Armed clash", true)),
            Map.entry("attack", CLASH), Map.entry("assault", CLASH), Map.entry("clash", CLASH),
            Map.entry("clashes", CLASH), Map.entry("fighting", CLASH), Map.entry("battle", CLASH),
            Map.entry("ambush", CLASH), Map.entry("raid", CLASH), Map.entry("firefight", CLASH),
            Map.entry("gunfight", CLASH), Map.entry("skirmish", CLASH), Map.entry("skirmishes", CLASH),
            Map.entry("airstrike", AIR), Map.entry("airstrikes", AIR), Map.entry("bombardment", AIR),
            Map.entry("shelling", SHELLING), Map.entry("artillery", SHELLING), Map.entry("missile", SHELLING),
            Map.entry("missiles", SHELLING), Map.entry("rocket", SHELLING), Map.entry("rockets", SHELLING),
            Map.entry("mortar", SHELLING), Map.entry("mortars", SHELLING), Map.entry("shells", SHELLING),
            Map.entry("ied", IED), Map.entry("explosion", IED), Map.entry("blast", IED), Map.entry("bombing", IED),
            Map.entry("landmine", IED), Map.entry("bomb", IED), Map.entry("bombs", IED), Map.entry("bombings", IED), Map.entry("grenade", GRENADE),
            Map.entry("grenades", GRENADE), Map.entry("massacre", VIOLENCE), Map.entry("executions", VIOLENCE),
            Map.entry("execution", VIOLENCE), Map.entry("beheadings", VIOLENCE), Map.entry("beheading", VIOLENCE),
            Map.entry("killings", VIOLENCE), Map.entry("abduction", ABDUCTION),
            Map.entry("kidnapping", ABDUCTION), Map.entry("protest", PROTEST), Map.entry("protests", PROTEST),
            Map.entry("demonstration", PROTEST), Map.entry("demonstrations", PROTEST), Map.entry("rally", PROTEST),
            Map.entry("riot", RIOT), Map.entry("riots", RIOT));
    private static final Map<String, Trigger> VERBS = Map.ofEntries(
            Map.entry("attacked", CLASH), Map.entry("ambushed", CLASH), Map.entry("engaged", CLASH),
            Map.entry("clashed", CLASH), Map.entry("stormed", CLASH), Map.entry("raided", CLASH),
            Map.entry("shelled", SHELLING), Map.entry("bombed", AIR), Map.entry("abducted", ABDUCTION),
            Map.entry("kidnapped", ABDUCTION), Map.entry("protested", PROTEST));
    private static final Set<String> PROPERTY = Set.of("bank", "house", "houses", "home", "homes", "building",
            "buildings", "school", "schools", "shop", "shops", "market", "mosque", "church", "hospital", "office",
            "offices", "infrastructure", "bridge", "tower", "property", "properties", "store", "stores");
    private static final Set<String> CIVILIAN_TARGETS = Set.of("civilians", "refugees", "camp", "school",
            "market", "hospital", "village", "villagers", "residents", "worshippers", "mosque", "church", "wedding",
            "children", "women");

    List<EventDraft> extract(ReportContext ctx, ActorTable actors, List<TimeMention> times) {
        List<EventDraft> events = new ArrayList<>();
        Map<EventDraft, EventDraft> continues = new java.util.HashMap<>();
        EventDraft operation = null;
        for (Sentence s : ctx.sentences()) {
            List<Token> ts = s.tokens();
            List<TimeMention> own = times.stream().filter(t -> t.sentence() == s.index()).toList();
            if (isBackground(ctx, own)) {
                continue;
            }
            Optional<int[]> found = firstTrigger(ctx, ts);
            if (found.isEmpty()) {
                continue;
            }
            int at = found.get()[0];
            Trigger trigger = refine(ctx, s, at, triggerAt(ts, at));
            String word = Words.lower(ts.get(at));
            // "the operation", "the attack", "this bombing": the incident already told
            if (Words.isNoun(ts.get(at)) && definite(ts, at)) {
                EventDraft told = trigger.operation() && operation != null ? operation
                        : lastCompatible(events, trigger, word);
                if (told != null) {
                    addSentence(ctx, actors, told, s, own);
                    if (told.place == null) {
                        told.place = specific(ctx, placeFor(ctx, s, at, null));
                    }
                    continue;
                }
            }
            EventDraft last = events.isEmpty() ? null : events.get(events.size() - 1);
            EventDraft e = new EventDraft(trigger.type(), trigger.subType(), word, trigger.operation());
            e.place = specific(ctx, placeFor(ctx, s, at, last));
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
            events.add(e);
        }
        for (EventDraft e : events) {
            if (!e.times.isEmpty()) {
                e.time = TimeRanges.rangeOf(e.times);
            } else if (continues.containsKey(e)) {
                e.time = TimeRanges.days(continues.get(e).time);
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
        return merge(events);
    }

    /** The last event told with the same kind of word ("the attack" after "attacked"), for a definite mention. */
    private static EventDraft lastCompatible(List<EventDraft> events, Trigger trigger, String word) {
        for (int k = events.size() - 1; k >= 0; k--) {
            EventDraft e = events.get(k);
            if (e.type == trigger.type() || stem(e.trigger).equals(stem(word))) {
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
            String key = a.side != null && party ? actors.resolve(a.side) : a.key;
            if (party && !e.actors.contains(key) && e.actors.size() < 3) {
                e.actors.add(key);
            }
        }
    }

    /** The first event word of a sentence, as [token index]. */
    private static Optional<int[]> firstTrigger(ReportContext ctx, List<Token> ts) {
        for (int i = 0; i < ts.size(); i++) {
            if (triggerAt(ts, i) != null) {
                return Optional.of(new int[] {i});
            }
        }
        return Optional.empty();
    }

    private static Trigger triggerAt(List<Token> ts, int i) {
        Token t = ts.get(i);
        String w = Words.lower(t);
        String next = i + 1 < ts.size() ? Words.lower(ts.get(i + 1)) : "";
        String prev = i > 0 ? Words.lower(ts.get(i - 1)) : "";
        if (Words.isNoun(t)) {
            if ((w.equals("strike") || w.equals("strikes") || w.equals("raid") || w.equals("raids"))
                    && Set.of("air", "drone", "aerial").contains(prev)) {
                return AIR;
            }
            if ((w.equals("bomber") || w.equals("bombing") || w.equals("attack")) && prev.equals("suicide")) {
                return SUICIDE;
            }
            if (w.equals("control") && i > 0 && Set.of("took", "seized", "taken", "gained", "seize", "take",
                    "taking", "seizing", "wrested").contains(prevVerb(ts, i))) {
                return new Trigger(EventType.BATTLES, "Non-state actor overtakes territory", false);
            }
            Trigger n = NOUNS.get(w);
            if (n != null && !next.equals("helicopters") && !next.equals("helicopter")) {
                return n;
            }
        }
        if (t.pos().startsWith("VB")) {
            if (w.equals("overran") || w.equals("overrun")) {
                return new Trigger(EventType.BATTLES, "Non-state actor overtakes territory", false);
            }
            if (Set.of("executed", "beheaded", "massacred", "decapitated").contains(w)
                    && Set.of("were", "was", "been").contains(auxBefore(ts, i))) {
                return VIOLENCE;
            }
            if (w.equals("fighting") && i > 0 && Words.isNoun(ts.get(i - 1))) {
                return CLASH; // "soldiers fighting in Mosul"
            }
            if ((w.equals("arrested") || w.equals("detained")) && Set.of("were", "was", "been").contains(prev)) {
                return ARRESTS;
            }
            if ((w.equals("destroyed") || w.equals("torched") || w.equals("looted") || w.equals("razed"))
                    && propertyNear(ts, i)) {
                return DESTRUCTION;
            }
            Trigger v = VERBS.get(w);
            if (v != null && !(w.equals("engaged") && next.equals("in"))) {
                return v;
            }
        }
        return null;
    }

    /** The word before {@code i} past adverbs ("had been publicly decapitated" → "been"). */
    private static String auxBefore(List<Token> ts, int i) {
        int k = i - 1;
        while (k >= 0 && ts.get(k).pos().equals("RB")) {
            k--;
        }
        return k >= 0 ? Words.lower(ts.get(k)) : "";
    }

    private static String prevVerb(List<Token> ts, int i) {
        int k = i - 1;
        while (k >= 0 && Set.of("full", "complete", "total", "temporary", "the", "effective", "partial")
                .contains(Words.lower(ts.get(k)))) {
            k--;
        }
        return k >= 0 ? Words.lower(ts.get(k)) : "";
    }

    private static boolean propertyNear(List<Token> ts, int i) {
        for (int k = Math.max(0, i - 8); k < Math.min(ts.size(), i + 6); k++) {
            if (PROPERTY.contains(Words.lower(ts.get(k)))) {
                return true;
            }
        }
        return false;
    }

    /** The sub-type the sentence around the event word supports. */
    private static Trigger refine(ReportContext ctx, Sentence sentence, int at, Trigger t) {
        List<Token> ts = sentence.tokens();
        boolean air = aerialAround(ctx, sentence.index());
        boolean civilianTarget = false;
        boolean withoutResistance = false;
        for (int k = 0; k < ts.size(); k++) {
            String w = Words.lower(ts.get(k));
            air |= AERIAL.contains(w) && Math.abs(k - at) < 12;
            civilianTarget |= CIVILIAN_TARGETS.contains(w) && k > at && k - at < 8;
            withoutResistance |= w.equals("without") && k + 1 < ts.size()
                    && Set.of("resistance", "a").contains(Words.lower(ts.get(k + 1))) && k > at;
        }
        if (t.type() == EventType.BATTLES && t.subType().startsWith("Non-state") && withoutResistance) {
            return new Trigger(EventType.STRATEGIC_DEVELOPMENTS, "Non-violent transfer of territory", false);
        }
        if ((t == IED || t == CLASH) && air && (Words.lower(ts.get(at)).startsWith("bomb")
                || Words.lower(ts.get(at)).equals("attack") || Words.lower(ts.get(at)).equals("attacked"))) {
            return AIR;
        }
        if (t == CLASH && civilianTarget && !Words.lower(ts.get(at)).startsWith("clash")
                && !Words.lower(ts.get(at)).equals("ambush")) {
            return new Trigger(air ? EventType.EXPLOSIONS : EventType.VIOLENCE_AGAINST_CIVILIANS,
                    air ? "Air/drone strike" : "Attack", false);
        }
        return t;
    }

    private static final Set<String> AERIAL = Set.of("plane", "planes", "aircraft", "jet", "jets", "warplane",
            "warplanes", "aerial", "antonov", "drone", "drones", "helicopter", "helicopters", "airstrike",
            "airstrikes", "bomber", "bombers");

    /** Whether the sentence or its neighbours in the paragraph speak of aircraft: an attack told there came from the air. */
    private static boolean aerialAround(ReportContext ctx, int sentence) {
        for (int k = Math.max(0, sentence - 1); k <= Math.min(ctx.sentences().size() - 1, sentence + 1); k++) {
            if (k != sentence && ctx.paragraph(k) != ctx.paragraph(sentence)) {
                continue;
            }
            for (Token t : ctx.tokens(k)) {
                String w = Words.lower(t);
                if (AERIAL.contains(w) && !(k != sentence && (w.equals("drone") || w.equals("drones")))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean definite(List<Token> ts, int at) {
        for (int k = at - 1; k >= Math.max(0, at - 3); k--) {
            String w = Words.lower(ts.get(k));
            if (Set.of("the", "this", "that", "its", "their").contains(w)) {
                return true;
            }
            if (Words.isPunct(ts.get(k)) || Set.of("a", "an", "another").contains(w)) {
                return false;
            }
        }
        return false;
    }

    /**
     * The place the sentence names (after the event word first, skipping a dateline), else the one place the
     * previous sentence of the paragraph named, else the place of the incident told last (the operation's, for
     * an incident inside it).
     */
    private static Place placeFor(ReportContext ctx, Sentence s, int at, EventDraft last) {
        List<ReportContext.PlaceMention> here = ctx.placesIn(s.index()).stream()
                .filter(p -> !isDateline(ctx, p) && !actorUse(s, p)).toList();
        int atOffset = s.tokens().get(at).start();
        Optional<ReportContext.PlaceMention> after = here.stream().filter(p -> p.start() > atOffset)
                .min((a, b) -> Integer.compare(a.place().precision() * 10000 + a.start() - atOffset,
                        b.place().precision() * 10000 + b.start() - atOffset));
        if (after.isPresent() && after.get().start() - atOffset < 120) {
            return innermost(here, after.get().place());
        }
        Optional<ReportContext.PlaceMention> before = here.stream().filter(p -> p.start() < atOffset)
                .max((a, b) -> Integer.compare(a.start() - a.place().precision() * 10000,
                        b.start() - b.place().precision() * 10000));
        if (before.isPresent()) {
            return innermost(here, before.get().place());
        }
        if (after.isPresent()) {
            return innermost(here, after.get().place());
        }
        if (s.index() > 0 && ctx.paragraph(s.index() - 1) == ctx.paragraph(s.index())) {
            List<Place> prev = ctx.placesIn(s.index() - 1).stream().filter(p -> !isDateline(ctx, p))
                    .map(ReportContext.PlaceMention::place).distinct().toList();
            if (prev.size() == 1) {
                return prev.get(0);
            }
        }
        if (last == null) {
            return null;
        }
        return last.parent != null ? last.parent.place : last.place;
    }

    /** "the Yida camp in Unity State, ... when it was bombed": the place inside {@code place} the sentence names. */
    private static Place innermost(List<ReportContext.PlaceMention> here, Place place) {
        Place cur = place;
        for (int depth = 0; depth < here.size(); depth++) {
            String id = cur.id();
            Optional<Place> inner = here.stream().map(ReportContext.PlaceMention::place)
                    .filter(p -> id.equals(p.within())).findFirst();
            if (inner.isEmpty()) {
                break;
            }
            cur = inner.get();
        }
        return cur;
    }

    /**
     * A country or province stands for the report's main town or camp inside it when the report has one (the
     * precision-1 place it names most): "attacked a refugee camp in South Sudan" in a report about Yida.
     */
    private static Place specific(ReportContext ctx, Place place) {
        if (place == null || place.precision() < 3) {
            return place;
        }
        Place main = null;
        for (Place p : ctx.places()) {
            boolean inside = place.country() != null && place.country().equals(p.country())
                    && (place.admin1() == null || place.admin1().equals(p.admin1()));
            if (p.precision() == 1 && inside && p.mentions().size() >= 2
                    && (main == null || p.mentions().size() > main.mentions().size())) {
                main = p;
            }
        }
        return main == null ? place : main;
    }

    /** "condemned Sudan", "attacked by Russia": a country or town named as a party, not where it happened. */
    private static boolean actorUse(Sentence s, ReportContext.PlaceMention p) {
        List<Token> ts = s.tokens();
        for (int k = 1; k < ts.size(); k++) {
            if (ts.get(k).start() == p.start()) {
                Token prev = ts.get(k - 1);
                return prev.pos().startsWith("VB") || Words.lower(prev).equals("by");
            }
        }
        return false;
    }

    private static boolean isDateline(ReportContext ctx, ReportContext.PlaceMention p) {
        String body = ctx.body();
        int lineStart = body.lastIndexOf('\n', Math.max(0, p.start() - 1)) + 1;
        return p.start() - lineStart < 3 && p.end() < body.length()
                && (body.charAt(p.end()) == ':' || body.startsWith(" :", p.end()) || body.startsWith(" —", p.end())
                    || body.startsWith(" -", p.end()) || body.startsWith(",", p.end())
                    && body.substring(p.end(), Math.min(body.length(), p.end() + 40)).matches("(?s),[^.\\n]{0,30}\\(.*"));
    }

    /** Candidates of one type on one day at one place (or without a place) are one event. */
    private static List<EventDraft> merge(List<EventDraft> events) {
        List<EventDraft> out = new ArrayList<>();
        for (EventDraft e : events) {
            // an incident told once without a place is the same-day incident of its kind told with one
            EventDraft same = out.stream().filter(o -> o.type == e.type && Objects.equals(o.day(), e.day())
                    && (o.place == null || e.place == null || o.place.id().equals(e.place.id())))
                    .findFirst().orElse(null);
            if (same == null) {
                out.add(e);
                continue;
            }
            if (same.place == null) {
                same.place = e.place;
            }
            for (int i = 0; i < e.sentences.size(); i++) {
                if (!same.sentences.contains(e.sentences.get(i))) {
                    same.sentences.add(e.sentences.get(i));
                    same.evidence.add(e.evidence.get(i));
                }
            }
            e.actors.stream().filter(a -> !same.actors.contains(a)).forEach(same.actors::add);
            for (EventDraft o : events) {
                if (o.parent == e) {
                    o.parent = same == o ? null : same;
                }
            }
        }
        return out;
    }
}
