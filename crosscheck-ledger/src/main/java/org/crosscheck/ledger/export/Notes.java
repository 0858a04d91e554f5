package org.crosscheck.ledger.export;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.crosscheck.ledger.ClaimFigure;
import org.crosscheck.ledger.Reconciliation;
import org.crosscheck.ledger.VictimGroup;

/**
 * The {@code notes} of an export, written only from attributed claims: every figure names who gives it, the
 * verbs are the same for every claimant ("said", "denied"; "claimed control", "reported the destruction / the
 * seizure"), in the past tense so that they read right after any claimant ("officials said", "the army said"),
 * and nothing is added that no claimant said. Stateless; thread-safe.
 */
final class Notes {
    private Notes() {
    }

    static String phrase(ClaimFigure f) {
        String who = f.claimant() + (f.via() != null && !f.via().equals(f.claimant()) ? " (via " + f.via() + ")" : "");
        if (f.isCasualty()) {
            String outcome = f.outcome().toString();
            if (f.denies()) {
                return who + " denied " + (f.isZero() ? "any " : f.countPhrase() + " ") + f.victimsNamed() + " " + outcome;
            }
            if (Boolean.TRUE.equals(f.vague()) || f.low() == null) {
                return who + " said " + f.victimsNamed() + " " + outcome + " (\"" + f.countText() + "\")";
            }
            return who + " said " + f.countPhrase() + " " + f.victimsNamed() + " " + outcome;
        }
        String object = f.object() == null ? null : "\"" + f.object() + "\"";
        return switch (f.kind()) {
            case OCCURRENCE -> f.denies() ? who + " denied that the event took place" : null;
            case CONTROL -> object == null ? null : who + (f.denies() ? " denied" : " claimed") + " control of " + object;
            case DAMAGE -> object == null ? null
                    : who + (f.denies() ? " denied" : " reported") + " the destruction of " + object;
            case SEIZURE -> object == null ? null
                    : who + (f.denies() ? " denied" : " reported") + " the seizure of " + object;
            default -> f.denies() && f.evidence() != null ? who + " denied: \"" + f.evidence() + "\"" : null;
        };
    }

    static String write(Reconciliation r) {
        Set<String> parts = new LinkedHashSet<>();
        for (VictimGroup g : r.groups()) {
            for (ClaimFigure f : g.figures()) {
                parts.add(phrase(f));
            }
        }
        for (ClaimFigure f : r.otherClaims()) {
            String p = phrase(f);
            if (p != null) {
                parts.add(p);
            }
        }
        parts.remove(null);
        return String.join("; ", parts) + (parts.isEmpty() ? "" : ".");
    }

    static String write(List<Reconciliation> rs) {
        Set<String> parts = new LinkedHashSet<>();
        for (Reconciliation r : rs) {
            String n = write(r);
            if (!n.isEmpty()) {
                parts.add(n.substring(0, n.length() - 1));
            }
        }
        return parts.isEmpty() ? "" : String.join("; ", parts) + ".";
    }
}
