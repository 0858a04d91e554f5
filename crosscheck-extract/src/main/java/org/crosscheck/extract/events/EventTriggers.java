package org.crosscheck.extract.events;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.crosscheck.extract.input.ReportContext;
import org.crosscheck.extract.lexicon.Lexicon;
import org.crosscheck.extract.lexicon.WordClass;
import org.crosscheck.extract.lexicon.Words;
import org.crosscheck.model.EventType;
import org.crosscheck.text.Sentence;
import org.crosscheck.text.Token;

/**
 * The event words of a sentence and the ACLED type and sub-type each makes: nouns ("ambush", "shelling", "air
 * strike"), verbs ("stormed", "were executed"), and the sub-type the words around refine ("bombed" near aircraft is
 * an air strike, an attack on a camp of civilians is violence against civilians). Stateless.
 */
final class EventTriggers {
    private EventTriggers() {
    }

    /**
     * An event word: what it makes, whether it names an operation that holds other incidents, and whether it is
     * generic (names violence without its means: "attack").
     */
    record Trigger(EventType type, String subType, boolean operation, String rule, boolean generic) {
        Trigger(EventType type, String subType, boolean operation, String rule) {
            this(type, subType, operation, rule, false);
        }

        Trigger(EventType type, String subType, boolean operation) {
            this(type, subType, operation, null);
        }

        /** This trigger as found by the rule {@code id}. */
        Trigger as(String id) {
            return new Trigger(type, subType, operation, id, generic);
        }

        /** Whether {@code other} makes the same kind of event, whichever rule found it. */
        boolean sameKind(Trigger other) {
            return type == other.type && subType.equals(other.subType) && operation == other.operation;
        }
    }

    private static final Trigger CLASH = new Trigger(EventType.BATTLES, "Armed clash", false);
    private static final Trigger AIR = new Trigger(EventType.EXPLOSIONS, "Air/drone strike", false);
    private static final Trigger IED = new Trigger(EventType.EXPLOSIONS, "Remote explosive/landmine/IED", false);
    private static final Trigger SUICIDE = new Trigger(EventType.EXPLOSIONS, "Suicide bomb", false);
    private static final Trigger VIOLENCE = new Trigger(EventType.VIOLENCE_AGAINST_CIVILIANS, "Attack", false);
    private static final Trigger ARRESTS = new Trigger(EventType.STRATEGIC_DEVELOPMENTS, "Arrests", false);
    private static final Trigger DESTRUCTION = new Trigger(EventType.STRATEGIC_DEVELOPMENTS,
            "Looting/property destruction", false);
    private static final Map<String, Trigger> NOUNS = triggers(false);
    private static final Map<String, Trigger> VERBS = triggers(true);
    private static final Set<String> PROPERTY = Lexicon.english().words(WordClass.PROPERTY_NOUNS);
    private static final Set<String> CIVILIAN_TARGETS = Lexicon.english().words(WordClass.CIVILIAN_TARGETS);
    private static final EventMeans MEANS = EventMeans.load();

    /** The first event word of a sentence, as [token index]. */
    /** The event words of one part of speech as triggers. */
    private static Map<String, Trigger> triggers(boolean verbs) {
        Map<String, Trigger> out = new java.util.LinkedHashMap<>();
        Lexicon.english().eventWords(verbs).forEach((w, e) -> out.put(w, new Trigger(e.type(), e.subType(),
                e.operation(), null, e.generic())));
        return java.util.Collections.unmodifiableMap(out);
    }

    /** The token indices of the sentence's event words, in order. */
    static List<Integer> triggers(List<Token> ts) {
        List<Integer> out = new java.util.ArrayList<>();
        for (int i = 0; i < ts.size(); i++) {
            if (triggerAt(ts, i) != null) {
                out.add(i);
            }
        }
        return out;
    }

    static Optional<int[]> firstTrigger(ReportContext ctx, List<Token> ts) {
        for (int i = 0; i < ts.size(); i++) {
            if (triggerAt(ts, i) != null) {
                return Optional.of(new int[] {i});
            }
        }
        return Optional.empty();
    }

    static Trigger triggerAt(List<Token> ts, int i) {
        Token t = ts.get(i);
        String w = Words.lower(t);
        String next = i + 1 < ts.size() ? Words.lower(ts.get(i + 1)) : "";
        String prev = i > 0 ? Words.lower(ts.get(i - 1)) : "";
        if (Words.isNoun(t)) {
            if ((w.equals("strike") || w.equals("strikes") || w.equals("raid") || w.equals("raids"))
                    && Set.of("air", "drone", "aerial").contains(prev)) {
                return AIR.as("event.air-strike");
            }
            if ((w.equals("bomber") || w.equals("bombing") || w.equals("attack")) && prev.equals("suicide")) {
                return SUICIDE.as("event.suicide-attack");
            }
            if (w.equals("control") && i > 0 && Set.of("took", "seized", "taken", "gained", "seize", "take",
                    "taking", "seizing", "wrested").contains(prevVerb(ts, i))) {
                return new Trigger(EventType.BATTLES, "Non-state actor overtakes territory", false,
                        "event.control-taken");
            }
            Trigger n = NOUNS.get(w);
            if (n != null && !next.equals("helicopters") && !next.equals("helicopter")) {
                return n.as("event.noun");
            }
        }
        if (t.pos().startsWith("VB")) {
            if (w.equals("overran") || w.equals("overrun")) {
                return new Trigger(EventType.BATTLES, "Non-state actor overtakes territory", false,
                        "event.overran");
            }
            if (Set.of("executed", "beheaded", "massacred", "decapitated").contains(w)
                    && Set.of("were", "was", "been").contains(auxBefore(ts, i))) {
                return VIOLENCE.as("event.passive-execution");
            }
            if (w.equals("fighting") && i > 0 && Words.isNoun(ts.get(i - 1))) {
                return CLASH.as("event.fighting"); // "soldiers fighting in Mosul"
            }
            if ((w.equals("arrested") || w.equals("detained")) && Set.of("were", "was", "been").contains(prev)) {
                return ARRESTS.as("event.passive-arrest");
            }
            if ((w.equals("destroyed") || w.equals("torched") || w.equals("looted") || w.equals("razed"))
                    && propertyNear(ts, i)) {
                return DESTRUCTION.as("event.property-destroyed");
            }
            Trigger v = VERBS.get(w);
            if (v != null && !(w.equals("engaged") && next.equals("in"))) {
                return v.as("event.verb");
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
    static Trigger refine(ReportContext ctx, Sentence sentence, int at, Trigger t) {
        List<Token> ts = sentence.tokens();
        if (t.generic()) {
            // "drone attacks", "attacked the base with mortars": the means the words name type the incident
            Optional<Trigger> means = MEANS.of(sentence, at);
            if (means.isPresent()) {
                return means.get();
            }
        }
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
            return new Trigger(EventType.STRATEGIC_DEVELOPMENTS, "Non-violent transfer of territory", false,
                    t.rule());
        }
        if ((IED.sameKind(t) || CLASH.sameKind(t)) && air && (Words.lower(ts.get(at)).startsWith("bomb")
                || Words.lower(ts.get(at)).equals("attack") || Words.lower(ts.get(at)).equals("attacked"))) {
            return AIR.as(t.rule());
        }
        if (CLASH.sameKind(t) && civilianTarget && !Words.lower(ts.get(at)).startsWith("clash")
                && !Words.lower(ts.get(at)).equals("ambush")) {
            // the target, not the means, chose the kind: an "attack" on a school is still generic
            return new Trigger(air ? EventType.EXPLOSIONS : EventType.VIOLENCE_AGAINST_CIVILIANS,
                    air ? "Air/drone strike" : "Attack", false, t.rule(), t.generic() && !air);
        }
        return t;
    }

    private static final Set<String> AERIAL = Lexicon.english().words(WordClass.AERIAL_WORDS);

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

    static boolean definite(List<Token> ts, int at) {
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
}
