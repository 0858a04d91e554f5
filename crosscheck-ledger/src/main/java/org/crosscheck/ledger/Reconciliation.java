package org.crosscheck.ledger;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.ledger.consensus.Accounts;
import org.crosscheck.model.Outcome;

/**
 * All claims about one ledger event side by side: casualty figures grouped by victims and outcome, denials and
 * other claims, and whether the event is contested (any group contested, or a party denies what another
 * asserts). {@code significant} feeds the {@code acled} policy's rule for unnumbered deaths. {@code analystFigures}
 * are the analysts' own figures for the event, withdrawn ones too, kept apart: they contest nothing and only
 * {@link EstimatePolicy#ANALYST} counts them.
 */
public record Reconciliation(long eventId, List<VictimGroup> groups, List<ClaimFigure> otherClaims,
                             boolean contested, List<String> contestReasons, boolean significant,
                             List<AnalystFigure> analystFigures) {
    /** The side key under which an analyst's figure for everyone killed in the event is counted. */
    public static final String WHOLE_EVENT = "";

    public Reconciliation {
        groups = List.copyOf(groups);
        otherClaims = List.copyOf(otherClaims);
        contestReasons = List.copyOf(contestReasons);
        analystFigures = analystFigures == null ? List.of() : List.copyOf(analystFigures);
    }

    /** The reported claims alone, with no analyst's figure. */
    public Reconciliation(long eventId, List<VictimGroup> groups, List<ClaimFigure> otherClaims, boolean contested,
                          List<String> contestReasons, boolean significant) {
        this(eventId, groups, otherClaims, contested, contestReasons, significant, List.of());
    }

    /** The same claims beside these analyst's figures. */
    public Reconciliation withAnalystFigures(List<AnalystFigure> figures) {
        return new Reconciliation(eventId, groups, otherClaims, contested, contestReasons, significant, figures);
    }

    /**
     * Deaths under a policy: under one that takes {@linkplain EstimatePolicy#oneAccount one account} (and no analyst's
     * figure counted), the most conservative account's ({@link Accounts}); else the sum over victims' sides of
     * each side's estimate.
     */
    public Estimate fatalities(EstimatePolicy policy) {
        if (takesOneAccount(policy)) {
            return Accounts.conservativeTotal(groups, significant);
        }
        Estimate total = Estimate.NONE;
        for (Estimate e : killedBySide(policy).values()) {
            total = total.plus(e);
        }
        return total;
    }

    /**
     * Whether the event's deaths under this policy are one account's figure: the policy says so and no active
     * analyst's figure of deaths stands for the reported ones.
     */
    public boolean takesOneAccount(EstimatePolicy policy) {
        return policy.oneAccount() && !(policy.countsAnalystFigures() && analystFigures.stream()
                .anyMatch(f -> f.active() && f.outcomeGroup() == Outcome.KILLED));
    }

    /**
     * Deaths under a policy per victims' side key. Under a policy that {@linkplain
     * EstimatePolicy#countsAnalystFigures counts analyst's figures}, an active analyst's figure for a side stands
     * for that side's reported figures (a side only the analyst names is added), and one for everyone killed
     * stands for the whole event, under {@link #WHOLE_EVENT}.
     */
    public Map<String, Estimate> killedBySide(EstimatePolicy policy) {
        Map<String, AnalystFigure> analyst = new LinkedHashMap<>();
        if (policy.countsAnalystFigures()) {
            for (AnalystFigure f : analystFigures) {
                if (f.active() && f.outcomeGroup() == Outcome.KILLED) {
                    analyst.put(f.victimsKey() == null ? WHOLE_EVENT : f.victimsKey(), f);
                }
            }
        }
        Map<String, Estimate> out = new LinkedHashMap<>();
        if (analyst.containsKey(WHOLE_EVENT)) {
            out.put(WHOLE_EVENT, analyst.get(WHOLE_EVENT).estimate());
            return out;
        }
        for (VictimGroup g : groups) {
            if (g.outcome() == Outcome.KILLED) {
                AnalystFigure own = analyst.remove(g.victimsKey());
                out.merge(g.victimsKey(), own != null ? own.estimate() : policy.estimate(g, significant),
                        Estimate::plus);
            }
        }
        analyst.forEach((side, f) -> out.merge(side, f.estimate(), Estimate::plus));
        return out;
    }
}
