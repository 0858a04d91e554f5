package org.crosscheck.server.view;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
        String title = String.join("; ", clauses);
        int more = ranked.size() - shown.size();
        return more == 0 ? title : title + " (and " + more + " more claimant" + (more == 1 ? "" : "s") + ")";
    }

    /** One claimant's clause: "X claims 12 soldiers killed", "X claims no civilians wounded", "X denies …". */
    static String clause(ClaimFigure f) {
        String victims = f.victimsNamed() == null || f.victimsNamed().isBlank() ? "people" : f.victimsNamed();
        String outcome = (f.outcome() == null ? Outcome.HARMED : f.outcome()).toString();
        if (f.denies()) {
            return f.claimant() + " denies that " + victims + " were " + outcome;
        }
        if (Boolean.TRUE.equals(f.vague()) || f.low() == null) {
            String words = f.countText() == null || f.countText().isBlank() ? "" : " (\u201c" + f.countText() + "\u201d)";
            return f.claimant() + " claims " + victims + " " + outcome + words;
        }
        return f.claimant() + " claims " + f.countPhrase() + " " + victims + " " + outcome;
    }

    private static boolean sameFigure(ClaimFigure a, ClaimFigure b) {
        return a.denies() == b.denies() && a.outcomeGroup() == b.outcomeGroup()
                && java.util.Objects.equals(a.low(), b.low()) && java.util.Objects.equals(a.high(), b.high());
    }

    /** Deaths before other outcomes, figures before denials and vague words, larger figures first. */
    private static final Comparator<ClaimFigure> ORDER = Comparator
            .comparing((ClaimFigure f) -> f.outcomeGroup() != Outcome.KILLED)
            .thenComparing(ClaimFigure::denies)
            .thenComparing(f -> f.low() == null || Boolean.TRUE.equals(f.vague()))
            .thenComparing(f -> -(f.high() != null ? f.high() : f.low() != null ? f.low() : 0));
}
