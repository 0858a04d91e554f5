package org.crosscheck.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generated report texts for the property tests: an optional header, then sentences drawn from templates of
 * conflict reporting (casualty counts, damage, seizure and control, attributions and denials, dates and places)
 * with their slots filled from word pools that mix the ordinary ("at least 12", "the army") with the hostile
 * (counts past {@code Long.MAX_VALUE}, negative and multiplied numbers, impossible dates, control and direction
 * characters), and runs of loose words. jqwik shrinks a failing text to a small one.
 */
final class ReportTexts {
    private static final Pattern SLOT = Pattern.compile("\\{([A-Z])}");
    private static final List<String> TEMPLATES = List.of(
            "{N} {V} were {K} {L} {D}.", "{P} said {N} {V} were {K} {L}.", "{P} {K} {N} {V} {L} {D}.",
            "{N} {O} were {M} {L}.", "{P} {M} {N} {O} {L} {D}.", "{P} took control of {L}.", "{L} fell to {P} {D}.",
            "{P} overran {N} {O}.", "{L} remained under {P} control.", "The attack caused damage to {N} {O}.",
            "According to {P}, {N} {V} were {K} and {N} {O} were {M}.", "{P} denied the claims, {P} said.",
            "{P} claimed responsibility for the attack {L}.", "The {O} {L} were {M} by {P}, {P} told reporters.",
            "{N} of them {V}.", "\"{N} {V} {K},\" {P} said {D}.", "{W} {W} {W} {W} {W}", "{W} {N} {W} {K} {W} {L}.");
    private static final String[] PARTIES = {"the army", "rebels", "the Liberation Front", "police", "witnesses",
        "the Northern Armed Forces", "a spokesman for the Ministry of Defence", "militants", "the government",
        "officials", "they", "both sides", "he"};
    private static final String[] VICTIMS = {"civilians", "soldiers", "people", "fighters", "a man", "children",
        "members of one family", "of the attackers", "policemen", "villagers", ""};
    private static final String[] HARM = {"killed", "wounded", "injured", "abducted", "arrested", "shot dead",
        "executed", "missing", "killed or wounded", "beheaded", "taken hostage"};
    private static final String[] MATERIAL = {"destroyed", "damaged", "burnt", "razed", "looted", "seized",
        "captured", "set ablaze", "shot down", "recovered", "flattened", "taken"};
    private static final String[] OBJECTS = {"houses", "vehicles", "weapons", "tanks", "a bank", "trucks",
        "rifles and ammunition", "shops", "a helicopter", "the police station", "a cache of weapons", "homes", ""};
    private static final String[] PLACES = {"in Tora", "near the town of Ansongo", "at the Nile market",
        "in Southern Province", "in the north", "", "in Amal County, Upper State", "at a checkpoint near Wadi",
        "the town", "the base"};
    private static final String[] DATES = {"on Monday", "on 3 March", "yesterday", "last week", "", "at 25:61 GMT",
        "on 31 February", "in the year 99999", "since the war began in 2011", "on 0000-01-01", "at noon"};
    private static final String[] COUNTS = {"two", "a", "at least 12", "dozens of", "more than 300", "no", "both",
        "between 5 and 2", "nearly 40", "one", "some 2 million", "hundreds of", "", "1,200", "about 30"};
    private static final String[] WORDS = {"killed", "the", ",", "said", "of", "(", ")", "\"", "control", "and",
        "seized", "-", "'s", ";", ":", "\u202e", "\u200b", "\ud83d\udca5", "\u00a0", "\n", "\n\n", "died", "dead",
        "destroyed", "took", "fell", "under", "claimed", "denied", "not", "who", "which", "by", "100", "%"};
    private static final String[] HEADERS = {"", "published: 2024-03-02\n\n", "title: Clashes\noutlet: Daily\n"
        + "published: 2023-11-30\n\n", "published: 9999-12-31\n\n", "published: 0001-01-01\n\n",
        "language: en\n\n"};

    private ReportTexts() {
    }

    /** A whole report: a header, then one to eight sentences. */
    static Arbitrary<String> reports() {
        return Combinators.combine(Arbitraries.of(HEADERS), sentence().list().ofMinSize(1).ofMaxSize(8))
                .as((header, sentences) -> header + String.join(" ", sentences));
    }

    /** One sentence: a template with its slots filled. */
    static Arbitrary<String> sentence() {
        return Arbitraries.of(TEMPLATES).flatMap(ReportTexts::fill);
    }

    private static Arbitrary<String> fill(String template) {
        List<Arbitrary<String>> parts = new ArrayList<>();
        Matcher m = SLOT.matcher(template);
        int end = 0;
        while (m.find()) {
            parts.add(Arbitraries.just(template.substring(end, m.start())));
            parts.add(slot(m.group(1).charAt(0)));
            end = m.end();
        }
        parts.add(Arbitraries.just(template.substring(end)));
        return Combinators.combine(parts).as(ps -> String.join("", ps));
    }

    private static Arbitrary<String> slot(char name) {
        return switch (name) {
            case 'P' -> Arbitraries.of(PARTIES);
            case 'V' -> Arbitraries.of(VICTIMS);
            case 'K' -> Arbitraries.of(HARM);
            case 'M' -> Arbitraries.of(MATERIAL);
            case 'O' -> Arbitraries.of(OBJECTS);
            case 'L' -> Arbitraries.of(PLACES);
            case 'D' -> Arbitraries.of(DATES);
            case 'N' -> Arbitraries.frequencyOf(
                    net.jqwik.api.Tuple.of(5, Arbitraries.of(COUNTS)),
                    net.jqwik.api.Tuple.of(2, Arbitraries.longs().between(-20, 20_000_000).map(String::valueOf)),
                    net.jqwik.api.Tuple.of(1, Arbitraries.of(ReportMutator.NUMBERS)));
            default -> Arbitraries.of(WORDS);
        };
    }
}
