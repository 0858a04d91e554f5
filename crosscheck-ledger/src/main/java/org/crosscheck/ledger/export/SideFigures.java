package org.crosscheck.ledger.export;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.ledger.Estimate;
import org.crosscheck.ledger.EstimatePolicy;
import org.crosscheck.ledger.LedgerEvent;
import org.crosscheck.ledger.Reconciliation;
import org.crosscheck.ledger.VictimGroup;
import org.crosscheck.model.ActorKind;
import org.crosscheck.model.NameKey;

/**
 * Deaths of an exported row under a policy, in total and per side as UCDP counts them: side a (actor1), side b
 * (actor2), civilians, unknown. An operation's figure per victims' side is the larger of its own and the sum of its
 * incidents'. Under a policy taking {@linkplain EstimatePolicy#oneAccount one account} (ACLED's) the total is that
 * account's figure, not the sum of the sides. Under the {@code analyst} policy an analyst's figure for a side it names is counted as that side's (a
 * side only the analyst names, or an analyst's figure for the whole event, as unknown).
 */
record SideFigures(Estimate total, Estimate sideA, Estimate sideB, Estimate civilians, Estimate unknown) {
    static SideFigures of(LedgerEvent e, Reconciliation own, List<Reconciliation> children, EstimatePolicy policy) {
        Map<String, Estimate> ownBySide = own.killedBySide(policy);
        Map<String, Estimate> kidsBySide = new LinkedHashMap<>();
        Map<String, ActorKind> kindOf = new LinkedHashMap<>();
        kinds(own, kindOf);
        for (Reconciliation r : children) {
            kinds(r, kindOf);
            r.killedBySide(policy).forEach((k, v) -> kidsBySide.merge(k, v, Estimate::plus));
        }
        Set<String> sides = new LinkedHashSet<>(ownBySide.keySet());
        sides.addAll(kidsBySide.keySet());
        String a = NameKey.of(e.actor1());
        String b = NameKey.of(e.actor2());
        Estimate total = Estimate.NONE;
        Estimate sa = Estimate.NONE;
        Estimate sb = Estimate.NONE;
        Estimate civ = Estimate.NONE;
        Estimate unk = Estimate.NONE;
        for (String side : sides) {
            Estimate est = ownBySide.getOrDefault(side, Estimate.NONE).max(kidsBySide.getOrDefault(side, Estimate.NONE));
            total = total.plus(est);
            if (!a.isEmpty() && side.equals(a)) {
                sa = sa.plus(est);
            } else if (!b.isEmpty() && side.equals(b)) {
                sb = sb.plus(est);
            } else if (kindOf.get(side) == ActorKind.CIVILIANS) {
                civ = civ.plus(est);
            } else {
                unk = unk.plus(est);
            }
        }
        if (own.takesOneAccount(policy) && children.stream().allMatch(r -> r.takesOneAccount(policy))) {
            // One figure a report states for the incident, not a sum over sides of different claimants' figures;
            // an operation's the larger of its own and the sum of its incidents'.
            Estimate kids = Estimate.NONE;
            for (Reconciliation r : children) {
                kids = kids.plus(r.fatalities(policy));
            }
            total = own.fatalities(policy).max(kids);
        }
        return new SideFigures(total, sa, sb, civ, unk);
    }

    private static void kinds(Reconciliation r, Map<String, ActorKind> kindOf) {
        for (VictimGroup g : r.groups()) {
            kindOf.putIfAbsent(g.victimsKey(), g.victimsKind());
        }
    }
}
