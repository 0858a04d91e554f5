package org.crosscheck.server.view;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.ledger.ClaimFigure;
import org.crosscheck.ledger.StoredReport;
import org.crosscheck.model.Actor;
import org.crosscheck.model.Claim;
import org.crosscheck.model.Event;
import org.crosscheck.model.Extraction;
import org.crosscheck.model.Place;
import org.crosscheck.model.Span;

/**
 * A stored report as its page shows it: header fields (empty strings where the report gave none), the report it
 * copies, its body, the spans of its extraction, and its context: the background figures it ties to no incident
 * (a war's toll, a year's total), each as its claimant's clause, counted for no event. Immutable.
 */
public record ReportView(Header report, Long duplicateOf, String body, List<SpanView> spans, List<String> context) {
    public ReportView {
        spans = List.copyOf(spans);
        context = List.copyOf(context);
    }

    /** A report's header fields. */
    public record Header(long id, String name, String title, String outlet, String url, String published,
                         boolean current, int version) {
    }

    public static ReportView of(StoredReport r, Extraction x, List<ClaimFigure> background) {
        String body = r.body();
        List<SpanView> spans = new ArrayList<>();
        for (Claim c : x.claims()) {
            String ref = r.id() + "/" + c.id();
            c.evidence().forEach(s -> add(spans, body, s, SpanView.Kind.CLAIM, ref));
            if (c.cue() != null) {
                add(spans, body, c.cue(), SpanView.Kind.CUE, ref);
            }
        }
        for (Event e : x.events()) {
            e.evidence().forEach(s -> add(spans, body, s, SpanView.Kind.EVENT, e.id()));
        }
        for (Actor a : x.actors()) {
            a.mentions().forEach(s -> add(spans, body, s, SpanView.Kind.ACTOR, a.name()));
        }
        for (Place p : x.places()) {
            p.mentions().forEach(s -> add(spans, body, s, SpanView.Kind.PLACE, p.name()));
        }
        Header h = new Header(r.id(), r.name(), nz(r.title()), nz(r.outlet()), nz(r.url()),
                r.published() == null ? "" : r.published().toString(), r.current(), r.version());
        List<String> context = background.stream().map(f -> f.isCasualty() ? EventTitle.clause(f)
                : f.claimant() + ": " + (f.object() != null ? f.object() : f.figure())).toList();
        return new ReportView(h, r.duplicateOf(), body, spans, context);
    }

    /** Spans whose offsets do not fit the body are left out rather than trusted. */
    private static void add(List<SpanView> out, String body, Span s, SpanView.Kind kind, String ref) {
        if (s.start() >= 0 && s.end() <= body.length() && s.start() < s.end()) {
            out.add(new SpanView(s.start(), s.end(), kind, ref));
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
