package org.crosscheck.ledger;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.model.ActorKind;
import org.crosscheck.model.ClaimKind;
import org.crosscheck.model.NameKey;
import org.crosscheck.model.Outcome;
import org.crosscheck.model.Stance;

/**
 * One stored claim as reconciliation sees it, analyst corrections applied. {@code claimId} is
 * {@code reportId/localId}; {@code party} tells whether the claimant (or whom it speaks for) is a party to the
 * event, {@code ownSide} whether it speaks for the victims' side; counts follow the model's {@code Count} (vague:
 * neither bound). {@code victims} is the side the victims are grouped under, {@code victimsNamed} the victims as the
 * claim names them (the side when not known): what the claimant said is written with the latter. {@code outcome}
 * and the victims are null for a claim that is not about casualties. {@code refutes} names the claims a denial
 * answers in its own report ({@code reportId/localId}), empty when it names none.
 */
public record ClaimFigure(String claimId, long reportId, String reportName, String reportUrl, String claimant,
                          String via, boolean party, boolean ownSide, Stance stance, ClaimKind kind, Outcome outcome,
                          String victims, String victimsNamed, String victimsKey, ActorKind victimsKind, Integer low,
                          Integer high, Boolean vague, String countText, String object, String evidence,
                          List<String> refutes) {
    public ClaimFigure {
        victimsNamed = victimsNamed == null ? victims : victimsNamed;
        refutes = refutes == null ? List.of() : List.copyOf(refutes);
    }

    /** A claim that refutes no other. */
    public ClaimFigure(String claimId, long reportId, String reportName, String reportUrl, String claimant,
                       String via, boolean party, boolean ownSide, Stance stance, ClaimKind kind, Outcome outcome,
                       String victims, String victimsNamed, String victimsKey, ActorKind victimsKind, Integer low,
                       Integer high, Boolean vague, String countText, String object, String evidence) {
        this(claimId, reportId, reportName, reportUrl, claimant, via, party, ownSide, stance, kind, outcome, victims,
                victimsNamed, victimsKey, victimsKind, low, high, vague, countText, object, evidence, List.of());
    }

    public boolean victimsSideClaim() {
        return ownSide;
    }

    /** The account it belongs to: what one claimant says in one report, the unit ACLED's figure weighs. */
    public String accountKey() {
        return reportId + "\u0000" + NameKey.of(claimant);
    }

    public boolean denies() {
        return stance == Stance.DENIES;
    }

    public boolean isZero() {
        return !Boolean.TRUE.equals(vague) && low != null && low == 0 && high != null && high == 0;
    }

    /** A count that says some people were affected: a positive number, or vague words. */
    public boolean isPositive() {
        return Boolean.TRUE.equals(vague) || (low != null && low > 0);
    }

    public boolean isCasualty() {
        return kind == ClaimKind.CASUALTIES && outcome != null;
    }

    /** Executions are deaths: the outcome figures are grouped and counted under. */
    public Outcome outcomeGroup() {
        return outcome == Outcome.EXECUTED ? Outcome.KILLED : outcome;
    }

    /**
     * The claim's own fields under the names both the JSON export and the API use (claimant, via, party, stance,
     * kind, outcome, victims, victims_side, low, high, vague, object, evidence), codes as text; each adds its own
     * around them.
     */
    public Map<String, Object> fields() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("claimant", claimant);
        m.put("via", via);
        m.put("party", party);
        m.put("stance", code(stance));
        m.put("kind", code(kind));
        m.put("outcome", code(outcome));
        m.put("victims", victimsNamed);
        m.put("victims_side", victims);
        m.put("low", low);
        m.put("high", high);
        m.put("vague", vague);
        m.put("object", object);
        m.put("evidence", evidence);
        return m;
    }

    private static String code(Enum<?> e) {
        return e == null ? null : e.toString();
    }

    /** The count as a figure: "12", "at least 12", "5 to 8", "0", or the report's words in quotes when vague. */
    public String figure() {
        if (Boolean.TRUE.equals(vague) || low == null) {
            return "\"" + countText + "\"";
        }
        if (high == null) {
            return "at least " + low;
        }
        return high.equals(low) ? String.valueOf(low) : low + " to " + high;
    }

    /** The count as a sentence says it: "no" for zero, else {@link #figure()}. */
    public String countPhrase() {
        return isZero() ? "no" : figure();
    }
}
