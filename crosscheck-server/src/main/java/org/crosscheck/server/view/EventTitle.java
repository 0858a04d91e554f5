package org.crosscheck.server.view;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.ledger.ClaimFigure;
import org.crosscheck.model.NameKey;
import org.crosscheck.model.Outcome;

/**
 * An event's title, written only from its claims and attributed to their claimants: "Northern Front claims 12
 * soldiers killed in Tanjara; Army spokesman denies that soldiers were killed". Each claimant's most telling
 * casualty claim (deaths first, then the largest figure) is one clause; a second claimant is chosen from those
 * whose figure differs, so that a contradiction shows in the title. Nothing is stated as fact: without casualty
 * claims the title names the event type and place only. Stateless.
 */
public final class EventTitle {
    /** How many claimants the title names; the rest are counted. */
    static final int CLAIMANTS = 2;

    private EventTitle() {
    }

    /**
     * @param figures  the event's claim figures (casualty groups first, as {@link EventView#figures} gives them)
     * @param location where the event is placed, or null
     * @param type     what the event is when no claim tells (its sub-event or event type), or null
     */
    public static String of(List<ClaimFigure> figures, String location, String type) {
        Map<String, ClaimFigure> best = new LinkedHashMap<>();
        for (ClaimFigure f : figures) {
            if (!f.isCasualty()) {
                continue;
            }
            best.merge(NameKey.of(f.claimant()), f, (a, b) -> ORDER.compare(a, b) <= 0 ? a : b);
        }
        String in = location == null || location.isBlank() ? "" : " in " + location;
        if (best.isEmpty()) {
            return (type == null || type.isBlank() ? "Event" : type) + (in.isEmpty() ? ", place unknown" : in);
        }
        List<ClaimFigure> ranked = new ArrayList<>(best.values());
        ranked.sort(ORDER);
        List<ClaimFigure> shown = new ArrayList<>();
        shown.add(ranked.get(0));
        ranked.stream().skip(1).filter(f -> !sameFigure(f, ranked.get(0))).findFirst()
                .or(() -> ranked.stream().skip(1).findFirst()).ifPresent(shown::add);
        List<String> clauses = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            clauses.add(clause(shown.get(i)) + (i == 0 ? in : ""));
        }
        String title = capitalised(String.join("; ", clauses));
        int more = ranked.size() - shown.size();
        return more == 0 ? title : title + " (and " + more + " more claimant" + (more == 1 ? "" : "s") + ")";
    }

    /**
     * One claimant's clause: "X claims 12 soldiers killed", "residents claim a 16-year-old boy killed", "X claims no
     * civilians wounded", "X denies …". The verb agrees with the claimant ({@link Claimants}); a count of one is
     * written with the article, as English says it.
     */
    static String clause(ClaimFigure f) {
        String c = f.claimant();
        boolean named = f.victimsNamed() != null && !f.victimsNamed().isBlank();
        String victims = named ? f.victimsNamed() : "people";
        String outcome = (f.outcome() == null ? Outcome.HARMED : f.outcome()).toString();
        boolean one = !Boolean.TRUE.equals(f.vague()) && f.low() != null && f.low() == 1 && f.high() != null
                && f.high() == 1;
        if (f.denies()) {
            return c + " " + Claimants.verb(c, "denies", "deny") + " that "
                    + (one ? single(f.victimsNamed()) + " was " : victims + " were ") + outcome;
        }
        String claims = c + " " + Claimants.verb(c, "claims", "claim") + " ";
        if (Boolean.TRUE.equals(f.vague()) || f.low() == null) {
            String words = f.countText() == null || f.countText().isBlank() ? "" : " (\u201c" + f.countText() + "\u201d)";
            // Victims named in the singular are one person: "an 18 year-old girl wounded".
            boolean oneNamed = named && !Claimants.plural(victims) && Character.isLowerCase(victims.charAt(0))
                    || named && Character.isDigit(victims.charAt(0));
            return claims + (oneNamed ? single(victims) : victims) + " " + outcome + (oneNamed ? "" : words);
        }
        if (one) {
            return claims + single(f.victimsNamed()) + " " + outcome;
        }
        return claims + f.countPhrase() + " " + victims + " " + outcome;
    }

    /**
     * One victim as a noun phrase: "a 16-year-old boy", "an 80-year-old farmer", "one person"; a name as it is
     * ("Amina Yusuf"); one of a group as such ("one of the guards", "one from River Brigade").
     */
    static String single(String victims) {
        if (victims == null || victims.isBlank()) {
            return "one person";
        }
        String v = victims.strip();
        String lower = v.toLowerCase(Locale.ROOT);
        String last = v.substring(v.lastIndexOf(' ') + 1);
        if (DETERMINER.matcher(lower).matches()) {
            return v;
        }
        if (Claimants.plural(v)) {
            return (Character.isUpperCase(v.charAt(0)) ? "one from " : "one of the ") + v;
        }
        if (!last.isEmpty() && Character.isUpperCase(last.charAt(0))) {
            return Character.isUpperCase(v.charAt(0)) && v.indexOf(' ') < 0 ? "one from " + v : v;
        }
        return (anBefore(lower) ? "an " : "a ") + v;
    }

    /** "an" before a vowel sound: "an officer", "an 18-year-old", "an 8-year-old"; "a university student". */
    private static boolean anBefore(String lower) {
        Matcher digits = LEADING_NUMBER.matcher(lower);
        if (digits.find()) {
            // Numbers said with a vowel first: eight..., eleven, eighteen, eleven or eighteen thousand, million…
            String n = digits.group(1);
            return n.startsWith("8") || (n.length() % 3 == 2 && (n.startsWith("11") || n.startsWith("18")));
        }
        return VOWEL_SOUND.matcher(lower).lookingAt();
    }

    private static final Pattern LEADING_NUMBER = Pattern.compile("^(\\d+)");
    private static final Pattern VOWEL_SOUND = Pattern.compile("[aeio]|u(?!ni|se|su|ro|ti|kr)|hour|honest|heir");
    private static final Pattern DETERMINER = Pattern.compile("(a|an|the|one|his|her|their|its)\\s.*");

    private static String capitalised(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    private static boolean sameFigure(ClaimFigure a, ClaimFigure b) {
        return a.denies() == b.denies() && a.outcomeGroup() == b.outcomeGroup()
                && Objects.equals(a.low(), b.low()) && Objects.equals(a.high(), b.high());
    }

    /** Deaths before other outcomes, figures before denials and vague words, larger figures first. */
    private static final Comparator<ClaimFigure> ORDER = Comparator
            .comparing((ClaimFigure f) -> f.outcomeGroup() != Outcome.KILLED)
            .thenComparing(ClaimFigure::denies)
            .thenComparing(f -> f.low() == null || Boolean.TRUE.equals(f.vague()))
            .thenComparing(f -> -(f.high() != null ? f.high() : f.low() != null ? f.low() : 0));
}
