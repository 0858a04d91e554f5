package org.crosscheck.server.view;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.ledger.ClaimFigure;
import org.crosscheck.ledger.Reconciliation;
import org.crosscheck.ledger.VictimGroup;
import org.crosscheck.model.Outcome;

/**
 * Puts an event's contradictions into plain sentences built only from the claims: every claimant gets the same
 * verbs ("says", "denies"), each figure is attributed, and no adjective of ours is added. Stateless.
 */
public final class Explain {
    private Explain() {
    }

    /** One sentence per contested group of figures, then the ledger's own reasons for any other contest. */
    public static List<String> sentences(Reconciliation r) {
        List<String> out = new ArrayList<>();
        for (VictimGroup g : r.groups()) {
            if (!g.contested()) {
                continue;
            }
            List<String> parts = new ArrayList<>();
            for (ClaimFigure f : g.figures()) {
                parts.add(figure(f, g));
            }
            out.add("The figures for " + subject(g) + " cannot all be true: " + String.join("; ", parts) + ".");
        }
        // The contests no group holds (a denial, "no one was harmed" against a count): the ledger's own words.
        List<String> inGroups = r.groups().stream().flatMap(g -> g.contestReasons().stream()).toList();
        r.contestReasons().stream().filter(reason -> !inGroups.contains(reason)).forEach(out::add);
        return out;
    }

    /** "Baloch Liberation Army (via Azad Baloch) says at least 25" / "… denies any". */
    public static String figure(ClaimFigure f, VictimGroup g) {
        String who = f.claimant() + (f.via() == null || f.via().isBlank() ? "" : " (via " + f.via() + ")");
        if (f.denies()) {
            return who + " denies that any were " + outcome(g.outcome());
        }
        return who + " says " + f.figure();
    }

    /** A claim that is not a casualty figure: "X says (control): the city of Kalat", "X denies (other): …". */
    public static String other(ClaimFigure f) {
        String who = f.claimant() + (f.via() == null || f.via().isBlank() ? "" : " (via " + f.via() + ")");
        String what = f.object() != null ? f.object() : f.evidence();
        return who + (f.denies() ? " denies" : " says") + " (" + f.kind() + ")" + (what == null ? "" : ": " + what);
    }

    static String subject(VictimGroup g) {
        return (g.victims() == null ? "people" : g.victims()) + " " + outcome(g.outcome());
    }

    static String outcome(Outcome o) {
        return o == null ? "harmed" : o.toString();
    }
}
