package org.crosscheck.ledger.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.ledger.DatePrecision;
import org.crosscheck.ledger.store.ClaimRow;
import org.crosscheck.ledger.store.KeyList;
import org.crosscheck.ledger.store.ReportEventRow;
import org.crosscheck.model.Actor;
import org.crosscheck.model.Claim;
import org.crosscheck.model.Count;
import org.crosscheck.model.Event;
import org.crosscheck.model.Extraction;
import org.crosscheck.model.NameKey;
import org.crosscheck.model.Place;

/**
 * One extraction as the ledger's rows: its events with their dates as days and the name keys matching compares,
 * and its claims with the names their figures are grouped and filtered by. One instance per extraction.
 */
public final class ExtractionRows {
    private final long reportId;
    private final Extraction x;
    private final LocalDate published;
    private final Map<String, Actor> actors = new HashMap<>();
    private final Map<String, Place> places = new HashMap<>();

    /** {@code published} stands in for the date of an event the report does not date. */
    public ExtractionRows(long reportId, Extraction x, LocalDate published) {
        this.reportId = reportId;
        this.x = x;
        this.published = published;
        x.actors().forEach(a -> actors.put(a.id(), a));
        x.places().forEach(p -> places.put(p.id(), p));
    }

    /** A report event, not yet in a ledger event. */
    public ReportEventRow event(Event e) {
        LocalDate start = null;
        LocalDate end = null;
        DatePrecision precision = null;
        if (e.time() != null && e.time().start() != null) {
            start = LocalDate.parse(e.time().start().substring(0, 10));
            end = e.time().end() == null ? start : LocalDate.parse(e.time().end().substring(0, 10));
            precision = DatePrecision.of(e.time().precision());
        } else if (published != null) {
            // The report gives no date: the incident happened by the time it was published.
            start = published;
            end = published;
            precision = DatePrecision.PUBLISHED;
        }
        Place p = e.place() == null ? null : places.get(e.place());
        Set<String> placeKeys = new LinkedHashSet<>();
        if (p != null) {
            placeKeys.add(NameKey.of(p.name()));
            p.aliases().forEach(a -> placeKeys.add(NameKey.of(a)));
        }
        Set<String> actorKeys = new LinkedHashSet<>();
        List<String> names = new ArrayList<>();
        for (String id : e.actors()) {
            Actor a = actors.get(id);
            actorKeys.addAll(actorKeys(a));
            if (a != null) {
                names.add(a.name());
            }
        }
        return new ReportEventRow(reportId, e.id(), null, e.parent(), e.type(), e.subType(),
                e.time() == null ? null : e.time().start(), e.time() == null ? null : e.time().end(), start, end,
                precision, p == null ? null : p.name(), KeyList.join(placeKeys), p == null ? null : p.lat(),
                p == null ? null : p.lon(), p == null ? null : p.country(), p == null ? null : p.admin1(),
                p == null ? null : p.admin2(), p == null ? null : p.precision(), KeyList.join(names),
                KeyList.join(actorKeys));
    }

    /**
     * A claim, in ledger event {@code ledgerEventId} (null when its event has none); {@code counted} is false for
     * a copy's claims. A casualty claim's victims are grouped under the side they belong to.
     */
    public ClaimRow claim(Claim cl, Long ledgerEventId, boolean counted, ObjectMapper json) {
        String outlet = OutletName.of(x.report().outlet());
        Actor claimant = actors.get(cl.claimant());
        String claimantName = Claim.OUTLET.equals(cl.claimant()) ? outlet
                : claimant == null ? cl.claimant() : claimant.name();
        Set<String> claimantKeys = claimant == null ? Set.of(NameKey.of(claimantName)) : actorKeys(claimant);
        Actor via = cl.via() == null ? null : actors.get(cl.via());
        String victims = null;
        String victimsNamed = null;
        Actor victimsSide = null;
        Count count = cl.quantity();
        if (cl.casualties() != null) {
            Actor v = actors.get(cl.casualties().victims());
            Actor side = v != null && v.side() != null ? actors.get(v.side()) : null;
            victims = side != null ? side.name() : v == null ? cl.casualties().victims() : v.name();
            victimsNamed = v == null ? cl.casualties().victims() : v.name();
            victimsSide = v == null ? null : side != null ? side : v;
            count = cl.casualties().count();
        }
        return new ClaimRow(reportId, cl.id(), cl.event(), ledgerEventId, claimantName, NameKey.of(claimantName),
                KeyList.join(claimantKeys), claimant == null ? "outlet" : claimant.kind().toString(),
                via == null ? null : via.name(), cl.stance(), cl.kind(),
                cl.casualties() == null ? null : cl.casualties().outcome(), victims,
                victims == null ? null : NameKey.of(victims), victimsSide == null ? null : victimsSide.kind(),
                count == null ? null : count.low(), count == null ? null : count.high(),
                count == null ? null : count.vague(), count == null ? null : count.text(), cl.object(),
                String.join(",", cl.refutes()), evidence(cl, json), counted, victimsNamed);
    }

    /** Each alias a report gave an actor, with the actor's name: (alias key, name key) pairs. */
    public List<Map.Entry<String, String>> aliases() {
        Set<Map.Entry<String, String>> out = new LinkedHashSet<>();
        for (Actor a : x.actors()) {
            String name = cut(NameKey.of(a.name()));
            for (String alias : a.aliases()) {
                String k = cut(NameKey.of(alias));
                if (!k.isEmpty() && !k.equals(name)) {
                    out.add(Map.entry(k, name));
                }
            }
        }
        return new ArrayList<>(out);
    }

    /** An actor's name and aliases, and those of the force it sides with and the party it speaks for. */
    private Set<String> actorKeys(Actor a) {
        Set<String> keys = new LinkedHashSet<>();
        if (a == null) {
            return keys;
        }
        keys.add(NameKey.of(a.name()));
        a.aliases().forEach(s -> keys.add(NameKey.of(s)));
        for (String rel : new String[] {a.side(), a.speaksFor()}) {
            Actor r = rel == null ? null : actors.get(rel);
            if (r != null) {
                keys.add(NameKey.of(r.name()));
                r.aliases().forEach(s -> keys.add(NameKey.of(s)));
            }
        }
        keys.remove("");
        return keys;
    }

    private static String evidence(Claim cl, ObjectMapper json) {
        try {
            return json.writeValueAsString(cl.evidence());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String cut(String key) {
        return key.length() <= 500 ? key : key.substring(0, 500);
    }
}
