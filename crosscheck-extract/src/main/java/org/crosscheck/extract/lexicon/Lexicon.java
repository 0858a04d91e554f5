package org.crosscheck.extract.lexicon;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.crosscheck.extract.lexicon.LexiconFile.Line;
import org.crosscheck.model.ActorKind;
import org.crosscheck.model.EventType;
import org.crosscheck.model.Outcome;

/**
 * The English vocabulary of the rules, read from the resource files of this package (see its README): typed
 * tables (outcome words, people nouns, reporting verbs, event words, trigger lemmas, numbers, qualifiers) and
 * plain word lists ({@link WordClass}). Loaded once per process by {@link #english()}; immutable and
 * thread-safe. A file that does not parse stops the load with its name and line.
 */
public final class Lexicon {
    private final Map<String, OutcomeWord> outcomeWords = new LinkedHashMap<>();
    private final Map<String, PeopleNoun> peopleNouns = new LinkedHashMap<>();
    private final Map<String, CueRole> cueVerbs = new LinkedHashMap<>();
    private final Map<String, ActorKind> organisationKinds = new LinkedHashMap<>();
    private final Map<String, EventWord> eventNouns = new LinkedHashMap<>();
    private final Map<String, EventWord> eventVerbs = new LinkedHashMap<>();
    private final Map<String, TriggerLemma> triggers = new LinkedHashMap<>();
    private final Map<String, MaterialLemma> materialLemmas = new LinkedHashMap<>();
    private final Map<String, Integer> numberUnits = new LinkedHashMap<>();
    private final Map<String, Integer> multipliers = new LinkedHashMap<>();
    private final Map<String, QuantityBound> qualifiers = new LinkedHashMap<>();
    private final Map<String, Integer> weekdays = new LinkedHashMap<>();
    private final Map<String, Integer> timeNumbers = new LinkedHashMap<>();
    private final Map<WordClass, List<String>> classes = new EnumMap<>(WordClass.class);
    private final Map<WordClass, Set<String>> classSets = new EnumMap<>(WordClass.class);

    private static final class English {
        static final Lexicon LEXICON = new Lexicon();
    }

    /** The lexicon of this package's resource files, loaded on first use. */
    public static Lexicon english() {
        return English.LEXICON;
    }

    private Lexicon() {
        for (Line l : LexiconFile.read("outcome-words.tsv", 2)) {
            List<String> flags = checkedFlags(l, 2, "noun", "before-count");
            Outcome o = l.optional(1) == null ? null : LexiconFile.constant(l, 1, Outcome.class);
            put(outcomeWords, l, new OutcomeWord(l.field(0), o, flags.contains("noun"),
                    flags.contains("before-count")));
        }
        for (Line l : LexiconFile.read("people-nouns.tsv", 2)) {
            List<String> flags = checkedFlags(l, 2, "not-victim", "speaker");
            ActorKind k = l.optional(1) == null ? null : LexiconFile.constant(l, 1, ActorKind.class);
            put(peopleNouns, l, new PeopleNoun(l.field(0), k, flags.contains("not-victim"),
                    flags.contains("speaker")));
        }
        for (Line l : LexiconFile.read("cue-verbs.tsv", 2)) {
            put(cueVerbs, l, LexiconFile.constant(l, 1, CueRole.class));
        }
        for (Line l : LexiconFile.read("organisation-kind-words.tsv", 2)) {
            put(organisationKinds, l, LexiconFile.constant(l, 1, ActorKind.class));
        }
        for (Line l : LexiconFile.read("event-words.tsv", 4)) {
            boolean verb = switch (l.field(1)) {
                case "verb" -> true;
                case "noun" -> false;
                default -> throw l.problem("part of speech '" + l.field(1) + "' is neither noun nor verb");
            };
            List<String> flags = checkedFlags(l, 4, "operation", "generic");
            EventWord w = new EventWord(l.field(0), verb, eventType(l, 2), subType(l, 2, 3),
                    flags.contains("operation"), flags.contains("generic"));
            put(verb ? eventVerbs : eventNouns, l, w);
        }
        for (Line l : LexiconFile.read("trigger-lemmas.tsv", 4)) {
            Outcome o = l.optional(1) == null ? null : LexiconFile.constant(l, 1, Outcome.class);
            EventType t = l.optional(2) == null ? null : eventType(l, 2);
            put(triggers, l, new TriggerLemma(l.field(0), o, t, t == null ? null : subType(l, 2, 3),
                    checkedFlags(l, 4, "parse").contains("parse")));
        }
        for (Line l : LexiconFile.read("material-lemmas.tsv", 2)) {
            put(materialLemmas, l, new MaterialLemma(l.field(0), LexiconFile.constant(l, 1, MaterialRole.class),
                    l.optional(2) == null ? Set.of() : Set.copyOf(l.flags(2))));
        }
        for (Line l : LexiconFile.read("number-words.tsv", 3)) {
            switch (l.field(2)) {
                case "unit" -> put(numberUnits, l, number(l, 1));
                case "multiplier" -> put(multipliers, l, number(l, 1));
                default -> throw l.problem("role '" + l.field(2) + "' is neither unit nor multiplier");
            }
        }
        for (Line l : LexiconFile.read("quantity-qualifiers.tsv", 2)) {
            put(qualifiers, l, LexiconFile.constant(l, 1, QuantityBound.class));
        }
        for (Line l : LexiconFile.read("weekdays.tsv", 2)) {
            put(weekdays, l, number(l, 1));
        }
        for (Line l : LexiconFile.read("time-number-words.tsv", 2)) {
            put(timeNumbers, l, number(l, 1));
        }
        for (WordClass c : WordClass.values()) {
            List<String> words = LexiconFile.read(c.file(), 1).stream().map(l -> l.field(0)).toList();
            classes.put(c, words);
            classSets.put(c, Collections.unmodifiableSet(new LinkedHashSet<>(words)));
        }
    }

    public Optional<OutcomeWord> outcomeWord(String word) {
        return Optional.ofNullable(outcomeWords.get(word));
    }

    /** Every outcome word, in file order. */
    public Map<String, OutcomeWord> outcomeWords() {
        return Collections.unmodifiableMap(outcomeWords);
    }

    public Optional<PeopleNoun> peopleNoun(String word) {
        return Optional.ofNullable(peopleNouns.get(word));
    }

    /** Every people noun, in file order. */
    public Map<String, PeopleNoun> peopleNouns() {
        return Collections.unmodifiableMap(peopleNouns);
    }

    /** The role of a reporting verb, by lemma. */
    public Optional<CueRole> cueRole(String lemma) {
        return Optional.ofNullable(cueVerbs.get(lemma));
    }

    /** The lemmas of the reporting verbs with {@code role}. */
    public Set<String> cueLemmas(CueRole role) {
        return keys(cueVerbs, r -> r == role);
    }

    /** The kind of party a word in an organisation's name says it is. */
    public Map<String, ActorKind> organisationKinds() {
        return Collections.unmodifiableMap(organisationKinds);
    }

    public Optional<EventWord> eventNoun(String word) {
        return Optional.ofNullable(eventNouns.get(word));
    }

    public Optional<EventWord> eventVerb(String word) {
        return Optional.ofNullable(eventVerbs.get(word));
    }

    /** Every event word of one part of speech, in file order. */
    public Map<String, EventWord> eventWords(boolean verbs) {
        return Collections.unmodifiableMap(verbs ? eventVerbs : eventNouns);
    }

    public Optional<TriggerLemma> trigger(String lemma) {
        return Optional.ofNullable(triggers.get(lemma));
    }

    /** Whether a lemma makes its sentence worth a dependency parse (flagged {@code parse}, or a material lemma). */
    public boolean selectsParse(String lemma) {
        TriggerLemma t = triggers.get(lemma);
        return t != null && t.parse() || materialLemmas.containsKey(lemma)
                || materialLemmas.containsKey(lemma.substring(lemma.lastIndexOf('-') + 1));
    }

    /** A lemma of damage, seizure or control ({@code material-lemmas.tsv}). */
    public Optional<MaterialLemma> materialLemma(String lemma) {
        return Optional.ofNullable(materialLemmas.get(lemma));
    }

    /** Number words that stand alone ("twelve", "dozen"), with their value. */
    public Map<String, Integer> numberUnits() {
        return Collections.unmodifiableMap(numberUnits);
    }

    /** Number words that multiply the number before them ("hundred"), with their factor. */
    public Map<String, Integer> multipliers() {
        return Collections.unmodifiableMap(multipliers);
    }

    /** Phrases before a number and the bound they put on it ("at least" → at least). */
    public Map<String, QuantityBound> qualifiers() {
        return Collections.unmodifiableMap(qualifiers);
    }

    /** Weekday names with their ISO number (Monday 1). */
    public Map<String, Integer> weekdays() {
        return Collections.unmodifiableMap(weekdays);
    }

    /** Number words of time phrases ("two weeks", "a week"). */
    public Map<String, Integer> timeNumbers() {
        return Collections.unmodifiableMap(timeNumbers);
    }

    /** A plain word list, in file order. */
    public List<String> list(WordClass c) {
        return classes.get(c);
    }

    /** A plain word list as a set. */
    public Set<String> words(WordClass c) {
        return classSets.get(c);
    }

    private static <V> void put(Map<String, V> map, Line l, V value) {
        if (map.put(l.field(0), value) != null) {
            throw l.problem("'" + l.field(0) + "' is listed twice");
        }
    }

    private static <V> Set<String> keys(Map<String, V> map, Predicate<V> test) {
        Set<String> out = new LinkedHashSet<>();
        map.forEach((k, v) -> {
            if (test.test(v)) {
                out.add(k);
            }
        });
        return Collections.unmodifiableSet(out);
    }

    private static List<String> checkedFlags(Line l, int field, String... allowed) {
        List<String> flags = l.flags(field);
        for (String f : flags) {
            if (!List.of(allowed).contains(f)) {
                throw l.problem("unknown flag '" + f + "' (allowed: " + String.join(", ", allowed) + ")");
            }
        }
        return flags;
    }

    private static EventType eventType(Line l, int field) {
        try {
            return EventType.fromLabel(l.field(field));
        } catch (IllegalArgumentException e) {
            throw l.problem(e.getMessage());
        }
    }

    private static String subType(Line l, int typeField, int field) {
        String sub = l.optional(field);
        EventType t = eventType(l, typeField);
        if (sub != null && !t.subTypes().contains(sub)) {
            throw l.problem("'" + sub + "' is not a sub-event type of " + t);
        }
        return sub;
    }

    private static int number(Line l, int field) {
        try {
            return Integer.parseInt(l.field(field).trim());
        } catch (NumberFormatException e) {
            throw l.problem("'" + l.field(field) + "' is not a whole number");
        }
    }
}
