package org.crosscheck.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import org.crosscheck.ledger.ClaimFigure;
import org.crosscheck.ledger.EstimatePolicy;
import org.crosscheck.ledger.EventQuery;
import org.crosscheck.ledger.Explanation;
import org.crosscheck.ledger.ExportFormat;
import org.crosscheck.ledger.Ledger;
import org.crosscheck.ledger.StoredReport;
import org.crosscheck.ledger.Reconciliation;
import org.crosscheck.ledger.VictimGroup;
import org.crosscheck.model.Actor;
import org.crosscheck.model.Claim;
import org.crosscheck.model.Event;
import org.crosscheck.model.Extraction;
import org.crosscheck.model.Place;
import org.crosscheck.model.Span;

/**
 * What the API answers, independent of HTTP: reads come from the {@link Catalog} (lists, search) or the
 * {@link Ledger} (one event, history, exports), writes go to the ledger and then re-index the event.
 *
 * <p>Thread-safety: as thread-safe as its parts (the ledger, the catalog and the report store all are).
 */
public final class LedgerApi {
    private final Ledger ledger;
    private final Catalog catalog;

    public LedgerApi(Ledger ledger, Catalog catalog) {
        this.ledger = ledger;
        this.catalog = catalog;
    }

    public Ledger ledger() {
        return ledger;
    }

    public Catalog catalog() {
        return catalog;
    }

    /** One event with everything its page shows. */
    public Map<String, Object> event(long id) {
        Explanation why;
        try {
            why = ledger.why(id);
        } catch (NoSuchElementException e) {
            throw ApiException.notFound("no event " + id);
        }
        Reconciliation r = why.reconciliation();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("event", EventSummary.of(why.event(), r));
        out.put("contested", r.contested() || why.event().contested());
        out.put("explanation", Explain.sentences(r));
        out.put("contest_reasons", r.contestReasons());
        List<Map<String, Object>> groups = new ArrayList<>();
        for (VictimGroup g : r.groups()) {
            Map<String, Object> gm = new LinkedHashMap<>();
            gm.put("victims", g.victims());
            gm.put("victims_kind", Objects.toString(g.victimsKind(), null));
            gm.put("outcome", Objects.toString(g.outcome(), null));
            gm.put("contested", g.contested());
            gm.put("contest_reasons", g.contestReasons());
            gm.put("estimates", Map.of("acled", EstimatePolicy.ACLED.estimate(g, r.significant()),
                    "range", EstimatePolicy.RANGE.estimate(g, r.significant())));
            List<Map<String, Object>> figs = new ArrayList<>();
            for (ClaimFigure f : g.figures()) {
                figs.add(figure(f, g));
            }
            gm.put("figures", figs);
            groups.add(gm);
        }
        out.put("groups", groups);
        List<Map<String, Object>> others = new ArrayList<>();
        for (ClaimFigure f : r.otherClaims()) {
            others.add(figure(f, null));
        }
        out.put("other_claims", others);
        out.put("estimates", Map.of("acled", r.fatalities(EstimatePolicy.ACLED),
                "range", r.fatalities(EstimatePolicy.RANGE)));
        out.put("reports", why.reports());
        out.put("children", why.children());
        out.put("decisions", why.decisions());
        out.put("history", ledger.history("event:" + id));
        return out;
    }

    private static Map<String, Object> figure(ClaimFigure f, VictimGroup g) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("claim_id", f.claimId());
        m.put("report_id", f.reportId());
        m.put("report_name", f.reportName());
        m.putAll(f.fields());
        m.put("own_side", f.ownSide());
        m.put("count_text", f.countText());
        m.put("statement", g == null ? Explain.other(f) : Explain.figure(f, g));
        return m;
    }

    /** A stored report: its metadata, body and the spans of its extraction (offsets into the body). */
    public Map<String, Object> report(long id) {
        StoredReport r = ledger.report(id);
        if (r == null) {
            throw ApiException.notFound("no report " + id);
        }
        Extraction x = ledger.extraction(id);
        String body = r.body();
        List<Map<String, Object>> spans = new ArrayList<>();
        for (Claim c : x.claims()) {
            for (Span s : c.evidence()) {
                span(spans, body, s, "claim", id + "/" + c.id());
            }
            if (c.cue() != null) {
                span(spans, body, c.cue(), "cue", id + "/" + c.id());
            }
        }
        for (Event e : x.events()) {
            for (Span s : e.evidence()) {
                span(spans, body, s, "event", e.id());
            }
        }
        for (Actor a : x.actors()) {
            for (Span s : a.mentions()) {
                span(spans, body, s, "actor", a.name());
            }
        }
        for (Place p : x.places()) {
            for (Span s : p.mentions()) {
                span(spans, body, s, "place", p.name());
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("report", Map.of("id", r.id(), "name", r.name(), "title", nz(r.title()), "outlet", nz(r.outlet()),
                "url", nz(r.url()), "published", r.published() == null ? "" : r.published().toString(),
                "current", r.current(), "version", r.version()));
        out.put("duplicate_of", r.duplicateOf());
        out.put("body", body);
        out.put("spans", spans);
        return out;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** Spans whose offsets do not fit the body are left out rather than trusted. */
    private static void span(List<Map<String, Object>> out, String body, Span s, String kind, String ref) {
        if (s.start() < 0 || s.end() > body.length() || s.start() >= s.end()) {
            return;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("start", s.start());
        m.put("end", s.end());
        m.put("kind", kind);
        m.put("ref", ref);
        out.add(m);
    }

    /** An analyst's change to a field of the event, or of one of its claims; re-indexes the event. */
    public Map<String, Object> edit(long eventId, String claimId, JsonNode body, String who) {
        String field = text(body, "field", true, 64);
        String value = text(body, "value", false, 4000);
        String why = text(body, "why", true, 4000);
        if (ledger.event(eventId) == null) {
            throw ApiException.notFound("no event " + eventId);
        }
        String target;
        if (claimId != null) {
            boolean ofEvent = EventSummary.figures(ledger.reconcile(eventId)).stream()
                    .anyMatch(f -> f.claimId().equals(claimId));
            if (!ofEvent) {
                throw ApiException.badRequest("claim " + claimId + " is not a claim of event " + eventId);
            }
            target = "claim:" + claimId;
        } else {
            target = "event:" + eventId;
        }
        try {
            ledger.edit(target, field, value, who, why);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
        catalog.update(ledger, eventId);
        return Map.of("target", target, "history", ledger.history(target));
    }

    /** Merges {@code absorbed} into {@code kept}. */
    public Map<String, Object> merge(long kept, JsonNode body, String who) {
        long absorbed = number(body, "absorbed");
        String why = text(body, "why", true, 4000);
        requireEvent(kept);
        requireEvent(absorbed);
        try {
            ledger.merge(kept, absorbed, who, why);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
        catalog.remove(ledger, absorbed);
        catalog.update(ledger, kept);
        return Map.of("kept", kept, "absorbed", absorbed, "history", ledger.history("event:" + kept));
    }

    /** Splits one report's event out of an event into a new one. */
    public Map<String, Object> split(long eventId, JsonNode body, String who) {
        long reportId = number(body, "report_id");
        String local = body.hasNonNull("event_local") ? text(body, "event_local", true, 64) : null;
        String why = text(body, "why", true, 4000);
        requireEvent(eventId);
        long created;
        try {
            created = ledger.split(eventId, reportId, local, who, why);
        } catch (IllegalArgumentException | NoSuchElementException e) {
            throw ApiException.badRequest(e.getMessage());
        }
        catalog.update(ledger, eventId);
        catalog.update(ledger, created);
        return Map.of("event", eventId, "new_event", created, "history", ledger.history("event:" + eventId));
    }

    public Object history(String id) {
        try {
            return ledger.history(id);
        } catch (NoSuchElementException e) {
            throw ApiException.notFound(e.getMessage());
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
    }

    public void export(ExportFormat format, EstimatePolicy policy, EventQuery q, Writer out) throws IOException {
        ledger.export(format, policy, q, out);
    }

    private void requireEvent(long id) {
        if (ledger.event(id) == null) {
            throw ApiException.notFound("no event " + id);
        }
    }

    static String text(JsonNode body, String name, boolean required, int max) {
        JsonNode n = body.get(name);
        if (n == null || n.isNull()) {
            if (required) {
                throw ApiException.badRequest("'" + name + "' is required");
            }
            return null;
        }
        if (!n.isTextual() && !n.isNumber() && !n.isBoolean()) {
            throw ApiException.badRequest("'" + name + "' must be a string");
        }
        String s = n.asText();
        if (required && s.isBlank()) {
            throw ApiException.badRequest("'" + name + "' must not be empty");
        }
        if (s.length() > max) {
            throw ApiException.badRequest("'" + name + "' is longer than " + max + " characters");
        }
        return s;
    }

    static long number(JsonNode body, String name) {
        JsonNode n = body.get(name);
        if (n == null || !(n.canConvertToLong() || n.isTextual() && n.asText().matches("\\d{1,18}"))) {
            throw ApiException.badRequest("'" + name + "' must be an id (a whole number)");
        }
        return n.isTextual() ? Long.parseLong(n.asText()) : n.asLong();
    }
}
