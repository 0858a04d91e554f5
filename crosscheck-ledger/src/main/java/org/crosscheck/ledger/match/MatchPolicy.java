package org.crosscheck.ledger.match;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Decides, from the candidates, whether a report event joins a ledger event or starts a new one, and which other
 * events it proves to be the same incident. A pure function over what {@link CandidateFinder} found. Thread-safe.
 */
public final class MatchPolicy {
    private MatchPolicy() {
    }

    /** What matching decided for one report event. */
    public sealed interface Decision permits Join, Create {
        String reasons();
    }

    /**
     * The report event joins {@code eventId}, where it best matched {@code other}; with {@code adopt}, that event
     * becomes an incident of the report event's operation. {@code bridges} are other events it also matches, in
     * the order found, each with the report event it matched there.
     */
    public record Join(long eventId, Matcher.Info info, Matcher.Info other, Matcher.Score score, Long adoptInto,
                       Map<Long, Matcher.Info> bridges) implements Decision {
        @Override
        public String reasons() {
            String r = "matches report " + other.reportId() + " event " + other.localId() + ": "
                    + String.join("; ", score.reasons());
            return adoptInto == null ? r : r + "; becomes part of operation " + adoptInto;
        }

        /** Why the matcher merges a bridged event: this report event matches both. */
        public String bridgeReason(Matcher.Info bridged) {
            return "report " + info.reportId() + " event " + info.localId() + " matches both this and report "
                    + bridged.reportId() + " event " + bridged.localId();
        }
    }

    /** No ledger event is the same incident: a new one, and why not the closest. */
    public record Create(String reasons) implements Decision {
    }

    /**
     * @param ledgerParent    the ledger event of the report event's operation, or null
     * @param ancestors       that operation and the operations it belongs to: never candidates
     * @param operationsAmong which of the given ledger events have incidents of their own; asked at most once
     */
    public static Decision decide(Matcher.Info info, Candidates candidates, Long ledgerParent, Set<Long> ancestors,
                                  Function<Set<Long>, Set<Long>> operationsAmong) {
        Map<Long, List<Matcher.Score>> scored = new LinkedHashMap<>();
        Set<Long> free = new HashSet<>();
        for (Map.Entry<Long, List<Matcher.Info>> cand : candidates.byEvent().entrySet()) {
            long id = cand.getKey();
            // One report's own events are distinct incidents by the report's own account.
            if (candidates.fromSameReport(id) || ancestors.contains(id)) {
                continue;
            }
            Long p = candidates.parentOf(id);
            if (ledgerParent != null && p != null && !p.equals(ledgerParent)) {
                continue;
            }
            List<Matcher.Score> scores = new ArrayList<>();
            boolean relevant = false;
            for (Matcher.Info other : cand.getValue()) {
                Matcher.Score s = Matcher.score(info, other);
                scores.add(s);
                relevant |= s.matches() || s.compatible();
            }
            if (relevant) {
                scored.put(id, scores);
                if (ledgerParent != null && p == null) {
                    free.add(id);
                }
            }
        }
        // An incident of an operation may adopt a free-standing incident, never another operation: that made
        // operations children of operations, chain after chain, when incidents resembled a neighbour operation.
        // Asked only of candidates that would count, all at once (hundreds of candidates at 100,000 events).
        Set<Long> operations = free.isEmpty() ? Set.of() : operationsAmong.apply(free);
        long bestId = -1;
        Matcher.Score best = null;
        Matcher.Info bestOther = null;
        Matcher.Score closest = null;
        long closestId = -1;
        Map<Long, Matcher.Info> matching = new LinkedHashMap<>();
        for (Map.Entry<Long, List<Matcher.Score>> cand : scored.entrySet()) {
            long id = cand.getKey();
            if (operations.contains(id)) {
                continue;
            }
            List<Matcher.Info> others = candidates.byEvent().get(id);
            for (int i = 0; i < others.size(); i++) {
                Matcher.Info other = others.get(i);
                Matcher.Score s = cand.getValue().get(i);
                if (s.matches()) {
                    matching.putIfAbsent(id, other);
                }
                if (s.matches() && (best == null || s.total() > best.total())) {
                    best = s;
                    bestId = id;
                    bestOther = other;
                }
                if (s.compatible() && (closest == null || s.total() > closest.total())) {
                    closest = s;
                    closestId = id;
                }
            }
        }
        if (best != null) {
            Map<Long, Matcher.Info> bridges = new LinkedHashMap<>(matching);
            bridges.remove(bestId);
            Long adopt = ledgerParent != null && candidates.parentOf(bestId) == null ? ledgerParent : null;
            return new Join(bestId, info, bestOther, best, adopt, bridges);
        }
        String reasons = candidates.isEmpty() ? info.start() == null
                ? "no date, and no other report names the same people" : "no ledger event within the dates"
                : closest == null ? "no compatible ledger event within the dates"
                : String.format(Locale.ROOT, "closest was event %d, score %.1f below %.1f or place unproven: %s", closestId,
                closest.total(), Matcher.THRESHOLD, String.join("; ", closest.reasons()));
        return new Create(reasons);
    }
}
