package org.crosscheck.extract.claims.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import org.crosscheck.extract.claims.ClaimDraft;
import org.crosscheck.extract.events.EventDraft;
import org.crosscheck.model.Casualties;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimKind;
import org.crosscheck.model.Scope;
import org.crosscheck.model.Span;
import org.crosscheck.model.Stance;

/**
 * Turns claim drafts into the report's claims: a figure the same claimant repeats about the same victims is one
 * claim with several evidence spans; each denial refutes the claims it answers (those of the party it names, else
 * those about the same victims — the denier's losses, or the victims it denies harming —, else the first claim of
 * each other party about its incident, else the last claim of another party before it); each claim points at the event its sentence tells, else the event told last before it,
 * unless it is a background figure (a cumulative total, a rate, a war's toll: codebook "Scope"), which sits on no
 * event and says so ({@link Scope#BACKGROUND}), so the ledger keeps it off every incident. Stateless and thread-safe.
 */
public final class ClaimConsolidator {
    /** Where each draft's claim ended up, and the claims in text order. */
    public record Result(List<Claim> claims, Map<ClaimDraft, String> idOf) {
    }

    public Result consolidate(List<ClaimDraft> drafts, Map<String, String> actorIds, List<EventDraft> events,
                       Map<EventDraft, String> eventIds) {
        return consolidate(drafts, actorIds, events, eventIds, d -> false);
    }

    /** @param background whether a draft is a background figure, which no event holds */
    public Result consolidate(List<ClaimDraft> drafts, Map<String, String> actorIds, List<EventDraft> events,
                       Map<EventDraft, String> eventIds, Predicate<ClaimDraft> background) {
        List<ClaimDraft> ordered = new ArrayList<>(drafts);
        ordered.sort(Comparator.comparingInt((ClaimDraft d) -> d.evidence().start()));
        // one claim per (claimant, stance, kind, victims, outcome, figure)
        ordered = attributeEchoes(ordered, actorIds);
        Map<List<Object>, List<ClaimDraft>> groups = new LinkedHashMap<>();
        for (ClaimDraft d : ordered) {
            // the same words found twice are one claim, except the denial of each of several speakers
            // ("Damascus and Moscow have denied…")
            if (groups.values().stream().flatMap(List::stream).anyMatch(o -> o.evidence().equals(d.evidence())
                    && o.kind() == d.kind() && (d.stance() != Stance.DENIES
                        || Objects.equals(o.attribution().claimant(), d.attribution().claimant())))) {
                continue;
            }
            List<Object> key = d.isCasualty()
                    ? List.of(String.valueOf(id(actorIds, d.attribution().claimant())), d.stance(), d.kind(),
                        String.valueOf(actorIds.get(d.victims())), d.outcome(), String.valueOf(d.count().low()),
                        String.valueOf(d.count().high()), d.count().vague())
                    : List.of(d);
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(d);
        }
        Map<ClaimDraft, String> idOf = new LinkedHashMap<>();
        List<List<ClaimDraft>> claimGroups = new ArrayList<>(groups.values());
        for (int i = 0; i < claimGroups.size(); i++) {
            for (ClaimDraft d : claimGroups.get(i)) {
                idOf.put(d, "c" + (i + 1));
            }
        }
        List<Claim> claims = new ArrayList<>();
        for (int i = 0; i < claimGroups.size(); i++) {
            List<ClaimDraft> g = claimGroups.get(i);
            ClaimDraft d = g.get(0);
            List<Span> evidence = g.stream().map(ClaimDraft::evidence).distinct().toList();
            String claimant = id(actorIds, d.attribution().claimant());
            String via = d.attribution().via() == null ? null : actorIds.get(d.attribution().via());
            Casualties cas = d.isCasualty() ? new Casualties(d.outcome(), actorIds.get(d.victims()), d.count()) : null;
            boolean inBackground = g.stream().anyMatch(background);
            EventDraft event = inBackground ? null : eventOf(d, events);
            List<String> refutes = d.stance() == Stance.DENIES ? refuted(d, claimGroups, i, actorIds, events) : List.of();
            claims.add(new Claim("c" + (i + 1), claimant, Objects.equals(via, claimant) ? null : via,
                    d.attribution().cue(), d.stance(), d.kind(), event == null ? null : eventIds.get(event), cas,
                    d.object(), d.quantity(), refutes, evidence, d.rule(),
                    inBackground ? Scope.BACKGROUND : Scope.INCIDENT));
        }
        return new Result(claims, idOf);
    }

    /**
     * "Four deaths were reported in the region. … Serhiy Tyurin said four people were killed": a figure the report
     * gives without a source and, a few sentences away, in a named party's words is that party's claim.
     */
    private static List<ClaimDraft> attributeEchoes(List<ClaimDraft> drafts, Map<String, String> actorIds) {
        List<ClaimDraft> out = new ArrayList<>();
        for (ClaimDraft d : drafts) {
            ClaimDraft named = null;
            if (d.isCasualty() && d.attribution().isOutlet() && !d.count().vague()) {
                for (ClaimDraft o : drafts) {
                    if (o != d && o.isCasualty() && !o.attribution().isOutlet() && o.outcome() == d.outcome()
                            && Objects.equals(o.count().low(), d.count().low())
                            && Objects.equals(o.count().high(), d.count().high())
                            && Math.abs(o.sentence() - d.sentence()) <= 3) {
                        named = o;
                        break;
                    }
                }
            }
            out.add(named == null ? d : new ClaimDraft(d.sentence(), d.token(), named.attribution(), d.stance(),
                    d.kind(), d.outcome(), named.victims(), d.count(), d.object(), d.quantity(), d.evidence(),
                    d.answers(), d.rule()));
        }
        return out;
    }

    private static String id(Map<String, String> actorIds, String key) {
        return key == null ? Claim.OUTLET : actorIds.get(key);
    }

    private static List<String> refuted(ClaimDraft denial, List<List<ClaimDraft>> groups, int self,
                                        Map<String, String> actorIds, List<EventDraft> events) {
        String denier = id(actorIds, denial.attribution().claimant());
        List<String> out = new ArrayList<>();
        if (denial.answers() != null) {
            String named = actorIds.get(denial.answers());
            for (int i = 0; i < groups.size(); i++) {
                ClaimDraft d = groups.get(i).get(0);
                if (i != self && d.stance() == Stance.ASSERTS && named != null
                        && named.equals(id(actorIds, d.attribution().claimant()))) {
                    out.add("c" + (i + 1));
                }
            }
            if (!out.isEmpty()) {
                return out;
            }
        }
        // a denial of losses, or of doing harm to victims it names ("denied killing civilians"): the other parties'
        // figures about those victims (with that outcome, for the latter)
        if (denial.isCasualty() || denial.victims() != null) {
            String victims = actorIds.get(denial.victims());
            for (int i = 0; i < groups.size(); i++) {
                ClaimDraft d = groups.get(i).get(0);
                if (i != self && d.isCasualty() && d.stance() == Stance.ASSERTS
                        && !denier.equals(id(actorIds, d.attribution().claimant()))
                        && Objects.equals(victims, actorIds.get(d.victims()))
                        && (denial.isCasualty() || denial.outcome() == d.outcome())) {
                    out.add("c" + (i + 1));
                }
            }
            if (!out.isEmpty()) {
                return out;
            }
        }
        // else, when it names no party, what the other parties claim about the incident it denies ("denied the
        // attack occurred", "denied any involvement in the attack"): the first claim of each
        EventDraft event = eventOf(denial, events);
        if (denial.answers() == null && event != null) {
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (int i = 0; i < groups.size(); i++) {
                ClaimDraft d = groups.get(i).get(0);
                String claimant = id(actorIds, d.attribution().claimant());
                if (i != self && d.stance() == Stance.ASSERTS && !denier.equals(claimant)
                        && eventOf(d, events) == event && seen.add(claimant)) {
                    out.add("c" + (i + 1));
                }
            }
            if (!out.isEmpty()) {
                return out;
            }
        }
        // else the last claim of another party before it: a casualty figure only when it is in the same sentence
        for (int i = self - 1; i >= 0; i--) {
            ClaimDraft d = groups.get(i).get(0);
            boolean other = d.stance() == Stance.ASSERTS && !denier.equals(id(actorIds, d.attribution().claimant()));
            if (other && (d.kind() != ClaimKind.CASUALTIES || d.sentence() == denial.sentence())) {
                out.add("c" + (i + 1));
                break;
            }
        }
        return out;
    }

    /**
     * The event the claim's sentence tells, else the event told last before it: the one with the latest sentence
     * before the claim's, so that a report coming back to an earlier incident ("The attack on the camp…") brings
     * the figures after it back to that incident.
     */
    private static EventDraft eventOf(ClaimDraft d, List<EventDraft> events) {
        // of the incidents its own sentence tells, the one whose event word is nearest the figure, an incident
        // before the operation that holds it ("in the offensive, shells killed 12 at the market")
        Comparator<EventDraft> nearest = Comparator.comparing(EventDraft::operation)
                .thenComparingInt(e -> e.anchor(d.sentence()) < 0 ? Integer.MAX_VALUE
                        : Math.abs(e.anchor(d.sentence()) - d.token()));
        EventDraft own = events.stream().filter(e -> e.sentences().contains(d.sentence())).min(nearest).orElse(null);
        if (own != null) {
            return own;
        }
        EventDraft best = null;
        int bestAt = -1;
        for (EventDraft e : events) {
            for (int at : e.sentences()) {
                // of the incidents one sentence tells, the one told last in it: "the battle for X, where forces
                // attacked civilians" is followed by what is said about the attack
                if (at < d.sentence() && (at > bestAt || at == bestAt && e.anchor(at) > best.anchor(at))) {
                    best = e;
                    bestAt = at;
                }
            }
        }
        return best;
    }
}
