package org.crosscheck.ledger.consensus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.crosscheck.ledger.ClaimFigure;
import org.crosscheck.model.ClaimKind;

/**
 * What a denial stands against (issue 11, "a denial contests only the claim it refutes"): a denial that the event
 * took place, every other party's account of the event; any other denial, the claims of its kind it refutes when
 * it names any (a denial of losses: the counts of the same victims it refutes); else a denial of losses, every
 * other party's positive count of the same victims; and a denial of anything else (that a government backs a
 * group), nothing: it answers a claim the ledger does not hold. A pure function. Thread-safe.
 */
final class Denials {
    private Denials() {
    }

    /** "X denies that the event took place; Y claims 12 people killed", or null when it contests nothing. */
    static String reason(ClaimFigure d, List<ClaimFigure> claims) {
        Map<String, List<String>> against = new LinkedHashMap<>();
        for (boolean figures : new boolean[] {true, false}) {
            for (ClaimFigure a : claims) {
                if (a.isCasualty() == figures && contests(d, a)) {
                    List<String> fs = against.computeIfAbsent(a.claimant(), k -> new ArrayList<>());
                    fs.add(a.isCasualty() ? a.countPhrase() + " " + a.victimsNamed() + " " + a.outcomeGroup()
                            : what(a));
                }
            }
        }
        if (against.isEmpty()) {
            return null;
        }
        List<String> who = new ArrayList<>();
        against.forEach((claimant, fs) -> {
            String said = String.join(", ", new LinkedHashSet<>(fs.stream().filter(f -> !f.isEmpty()).toList()));
            who.add(claimant + (said.isEmpty() ? " claims otherwise" : " claims " + said));
        });
        String what = d.isCasualty() ? " losses among " + d.victimsNamed()
                : d.kind() == ClaimKind.OCCURRENCE ? " that the event took place" : " " + what(d);
        return d.claimant() + " denies" + what + "; " + String.join("; ", who);
    }

    /** Whether denial {@code d} stands against claim {@code a}. */
    static boolean contests(ClaimFigure d, ClaimFigure a) {
        if (a.denies() || a.claimant().equals(d.claimant())) {
            return false;
        }
        if (d.kind() == ClaimKind.OCCURRENCE) {
            // Denying that the event took place stands against every other party's account of it.
            return !a.isCasualty() || a.isPositive();
        }
        boolean sameVictims = a.isCasualty() && d.isCasualty() && a.victimsKey().equals(d.victimsKey());
        if (!d.refutes().isEmpty()) {
            // A denial naming what it refutes answers that claim: one of its kind, or a count of its victims.
            return d.refutes().contains(a.claimId()) && (d.isCasualty() ? sameVictims : a.kind() == d.kind());
        }
        // A denial of losses answers every count of the same victims; a denial of anything else names nothing here.
        return sameVictims && a.isPositive();
    }

    private static String what(ClaimFigure f) {
        String w = f.object() != null ? f.object() : f.evidence();
        return w == null ? "" : "\"" + w + "\"";
    }
}
