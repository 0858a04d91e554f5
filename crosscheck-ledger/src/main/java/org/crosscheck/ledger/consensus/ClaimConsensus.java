package org.crosscheck.ledger.consensus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.LongFunction;
import org.crosscheck.ledger.ClaimFigure;
import org.crosscheck.ledger.store.ClaimRow;
import org.crosscheck.ledger.store.EditRow;
import org.crosscheck.ledger.store.KeyList;
import org.crosscheck.ledger.store.ReportDao;
import org.crosscheck.ledger.store.WireCodes;
import org.crosscheck.model.NameKey;
import org.crosscheck.model.Outcome;
import org.crosscheck.model.Stance;

/**
 * An event's claims as reconciliation weighs them: each stored claim with its analysts' corrections applied, and
 * whether its claimant is a party to the event or speaks for the victims' side. A pure function. Thread-safe.
 */
public final class ClaimConsensus {
    /** The fields an analyst may correct, by their column names. */
    public static final SortedSet<String> EDITABLE = Collections.unmodifiableSortedSet(new TreeSet<>(Set.of(
            "claimant", "via", "stance", "outcome", "victims", "low_count", "high_count", "vague", "count_text")));

    private static final ObjectReader JSON = new ObjectMapper().reader();

    private ClaimConsensus() {
    }

    /**
     * The figures of an event's counted claims, by report and claim id. {@code edits} are the corrections of
     * these claims in the order they were made; {@code eventActorKeys} the keys of every actor in the event;
     * {@code cited} names a claim's report.
     */
    public static List<ClaimFigure> figures(List<ClaimRow> claims, List<EditRow> edits, Set<String> eventActorKeys,
                                            LongFunction<ReportDao.Cited> cited) {
        Map<String, Map<String, String>> byClaim = new HashMap<>();
        for (EditRow e : edits) {
            byClaim.computeIfAbsent(e.reportId() + "/" + e.localId(), k -> new HashMap<>())
                    .put(e.field(), e.newValue());
        }
        List<ClaimFigure> out = new ArrayList<>();
        for (ClaimRow c : claims) {
            String claimId = c.reportId() + "/" + c.localId();
            ReportDao.Cited report = cited.apply(c.reportId());
            out.add(figure(claimId, c, byClaim.getOrDefault(claimId, Map.of()), eventActorKeys, report));
        }
        out.sort(Comparator.comparingLong(ClaimFigure::reportId).thenComparing(ClaimFigure::claimId));
        return out;
    }

    private static ClaimFigure figure(String claimId, ClaimRow c, Map<String, String> ed, Set<String> eventActorKeys,
                                      ReportDao.Cited report) {
        String claimant = ed.containsKey("claimant") ? ed.get("claimant") : c.claimant();
        String via = ed.containsKey("via") ? ed.get("via") : c.via();
        Stance stance = ed.containsKey("stance") ? WireCodes.parse(Stance.class, ed.get("stance")) : c.stance();
        Outcome outcome = ed.containsKey("outcome") ? WireCodes.parse(Outcome.class, ed.get("outcome")) : c.outcome();
        String victims = ed.containsKey("victims") ? ed.get("victims") : c.victims();
        Integer low = ed.containsKey("low_count") ? integer(ed.get("low_count")) : c.lowCount();
        Integer high = ed.containsKey("high_count") ? integer(ed.get("high_count")) : c.highCount();
        Boolean vague = ed.containsKey("vague") ? bool(ed.get("vague")) : c.vague();
        String countText = ed.containsKey("count_text") ? ed.get("count_text") : c.countText();
        Set<String> claimantKeys = ed.containsKey("claimant") ? Set.of(NameKey.of(claimant))
                : KeyList.split(c.claimantKeys());
        String victimsKey = ed.containsKey("victims") ? NameKey.of(victims) : c.victimsKey();
        String victimsNamed = ed.containsKey("victims") ? victims : c.victimsNamed();
        boolean party = claimantKeys.stream().anyMatch(eventActorKeys::contains);
        boolean ownSide = victimsKey != null && claimantKeys.contains(victimsKey);
        return new ClaimFigure(claimId, c.reportId(), report == null ? null : report.name(),
                report == null ? null : report.url(), claimant, via, party, ownSide, stance, c.kind(), outcome,
                victims, victimsNamed, victimsKey, c.victimsKind(), low, high, vague, countText, c.objectText(),
                firstEvidence(c.evidence()), refuted(c));
    }

    /** The claims a claim refutes, as {@code reportId/localId}: its stored list names them in its own report. */
    private static List<String> refuted(ClaimRow c) {
        if (c.refutes() == null || c.refutes().isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(c.refutes().split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(local -> c.reportId() + "/" + local).toList();
    }

    private static Integer integer(String s) {
        return s == null ? null : Integer.valueOf(s);
    }

    private static Boolean bool(String s) {
        return s == null ? null : Boolean.valueOf(s);
    }

    /** The text of a claim's first evidence span (the JSON of its spans as stored). */
    private static String firstEvidence(String evidenceJson) {
        try {
            JsonNode node = JSON.readTree(evidenceJson);
            return node.size() == 0 ? null : node.get(0).get("text").asText();
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
