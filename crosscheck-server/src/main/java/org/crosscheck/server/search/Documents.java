package org.crosscheck.server.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoubleDocValuesField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.util.BytesRef;
import org.crosscheck.ledger.ClaimFigure;
import org.crosscheck.ledger.Countries;
import org.crosscheck.ledger.EventParties;
import org.crosscheck.ledger.Explanation;
import org.crosscheck.ledger.LedgerEvent;
import org.crosscheck.ledger.ReportRef;
import org.crosscheck.ledger.StoredReport;
import org.crosscheck.model.NameKey;
import org.crosscheck.server.view.ActorSummary;
import org.crosscheck.server.view.EventView;
import org.crosscheck.server.view.PlaceSummary;
import org.crosscheck.server.view.ReportSummary;

/**
 * How ledger records become documents of the {@link IndexSchema}, and how stored JSON is read back. Thread-safe:
 * the mapper is configured before it is given here and only used.
 */
final class Documents {
    private final ObjectMapper json;

    Documents(ObjectMapper json) {
        this.json = json;
    }

    /**
     * An event's document (filters, sort keys, its list row and its shares), followed by its claims'. The actor
     * and claimant filters find it by the keys the ledger's party filter knows it by.
     */
    List<Document> event(Explanation why, EventParties parties) {
        LedgerEvent e = why.event();
        EventView view = EventView.of(e, why.reconciliation());
        Document d = new Document();
        d.add(new StringField(IndexSchema.KIND, IndexSchema.Kind.EVENT.code(), Field.Store.YES));
        d.add(new StringField(IndexSchema.EVENT_ID, Long.toString(e.id()), Field.Store.NO));
        d.add(new NumericDocValuesField(IndexSchema.ID_DV, e.id()));
        if (e.startDate() != null) {
            long start = e.startDate().toEpochDay();
            long end = e.endDate() == null ? start : e.endDate().toEpochDay();
            d.add(new LongPoint(IndexSchema.START, start));
            d.add(new LongPoint(IndexSchema.END, end));
            d.add(new NumericDocValuesField(IndexSchema.START_DV, start));
        }
        keyword(d, IndexSchema.COUNTRY, e.country());
        keyword(d, IndexSchema.ADMIN1, e.admin1());
        keyword(d, IndexSchema.TYPE, Objects.toString(e.eventType(), null));
        for (ReportRef r : why.reports()) {
            d.add(new StringField(IndexSchema.REPORT_ID, Long.toString(r.id()), Field.Store.NO));
        }
        d.add(new StringField(IndexSchema.CONTESTED, Boolean.toString(view.contested()), Field.Store.NO));
        d.add(new NumericDocValuesField(IndexSchema.CONTESTED_DV, view.contested() ? 1 : 0));
        d.add(new StringField(IndexSchema.TOP, Boolean.toString(e.parentId() == null), Field.Store.NO));
        d.add(new NumericDocValuesField(IndexSchema.FATALITIES_DV, view.fatalities() == null ? -1 : view.fatalities()));
        Integer rangeBest = view.fatalitiesRange() == null ? null : view.fatalitiesRange().best();
        d.add(new NumericDocValuesField(IndexSchema.FATALITIES_RANGE_DV, rangeBest == null ? -1 : rangeBest));
        d.add(new NumericDocValuesField(IndexSchema.REPORTS_DV, e.reportCount()));
        // A point that is not a finite coordinate would make the points list invalid JSON: it is left off the map.
        if (finite(e.latitude()) && finite(e.longitude())) {
            d.add(new DoubleDocValuesField(IndexSchema.LAT_DV, e.latitude()));
            d.add(new DoubleDocValuesField(IndexSchema.LON_DV, e.longitude()));
        }
        parties.actors().forEach(k -> d.add(new StringField(IndexSchema.ACTOR, k, Field.Store.NO)));
        parties.claimants().forEach(k -> d.add(new StringField(IndexSchema.CLAIMANT, k, Field.Store.NO)));
        List<Document> claims = new ArrayList<>();
        for (ClaimFigure f : EventView.figures(why.reconciliation())) {
            claims.add(claim(e.id(), f));
        }
        d.add(new StoredField(IndexSchema.JSON, write(view)));
        d.add(new StoredField(IndexSchema.SHARES, write(Shares.of(why))));
        // What search finds an event by: its title (the claims), place with the country's name, actors, claimants.
        List<String> words = new ArrayList<>();
        for (String w : new String[] {view.title(), e.location(), e.admin2(), e.admin1(),
                Countries.name(e.country()), e.actor1(), e.actor2(), String.join("; ", view.claimants())}) {
            if (w != null && !w.isBlank()) {
                words.add(w);
            }
        }
        String text = String.join("\n", words);
        d.add(new Field(IndexSchema.TEXT, text, IndexSchema.TEXT_WITH_OFFSETS));
        d.add(new StoredField(IndexSchema.BODY, text));
        List<Document> out = new ArrayList<>();
        out.add(d);
        out.addAll(claims);
        return out;
    }

    private static Document claim(long eventId, ClaimFigure f) {
        Document d = new Document();
        d.add(new StringField(IndexSchema.KIND, IndexSchema.Kind.CLAIM.code(), Field.Store.YES));
        d.add(new StringField(IndexSchema.EVENT_ID, Long.toString(eventId), Field.Store.NO));
        StringBuilder text = new StringBuilder();
        for (String s : new String[] {f.claimant(), f.via(), f.victims(), f.countText(), f.object(), f.evidence()}) {
            if (s != null) {
                text.append(s).append('\n');
            }
        }
        d.add(new Field(IndexSchema.TEXT, text.toString(), IndexSchema.TEXT_WITH_OFFSETS));
        d.add(new StoredField(IndexSchema.TITLE, f.claimant() + (f.via() == null ? "" : " (via " + f.via() + ")")));
        d.add(new StoredField(IndexSchema.BODY, f.evidence() == null ? "" : f.evidence()));
        d.add(new StoredField(IndexSchema.CLAIM_ID, f.claimId()));
        d.add(new StoredField(IndexSchema.CLAIM_EVENT, eventId));
        d.add(new StoredField(IndexSchema.CLAIM_REPORT, f.reportId()));
        return d;
    }

    Document report(StoredReport r) {
        Document d = new Document();
        d.add(new StringField(IndexSchema.KIND, IndexSchema.Kind.REPORT.code(), Field.Store.YES));
        d.add(new StringField(IndexSchema.REPORT_ID, Long.toString(r.id()), Field.Store.NO));
        d.add(new NumericDocValuesField(IndexSchema.ID_DV, r.id()));
        d.add(new NumericDocValuesField(IndexSchema.PUBLISHED_DV, r.published() == null ? Long.MIN_VALUE
                : r.published().toEpochDay()));
        String title = r.title() == null ? r.name() : r.title();
        d.add(new Field(IndexSchema.TEXT, title + "\n" + r.body(), IndexSchema.TEXT_WITH_OFFSETS));
        d.add(new StoredField(IndexSchema.TITLE, title));
        d.add(new StoredField(IndexSchema.BODY, r.body()));
        d.add(new StoredField(IndexSchema.BODY_AT, title.length() + 1));
        d.add(new StoredField(IndexSchema.JSON, write(ReportSummary.of(r))));
        return d;
    }

    Document actor(ActorSummary a) {
        Document d = new Document();
        d.add(new StringField(IndexSchema.KIND, IndexSchema.Kind.ACTOR.code(), Field.Store.YES));
        d.add(new StringField(IndexSchema.LIST_KEY, actorKey(a.name()), Field.Store.NO));
        Set<String> all = new LinkedHashSet<>(a.aliases());
        all.add(a.name());
        d.add(new Field(IndexSchema.TEXT, String.join("\n", all), IndexSchema.TEXT_WITH_OFFSETS));
        d.add(new NumericDocValuesField(IndexSchema.EVENTS_DV, a.events()));
        d.add(new StoredField(IndexSchema.JSON, write(a)));
        return d;
    }

    Document place(PlaceSummary p) {
        Document d = new Document();
        d.add(new StringField(IndexSchema.KIND, IndexSchema.Kind.PLACE.code(), Field.Store.YES));
        d.add(new StringField(IndexSchema.LIST_KEY, placeKey(new Shares.Place(p.location(), p.country(), p.admin1(),
                p.admin2(), p.latitude(), p.longitude())), Field.Store.NO));
        List<String> words = new ArrayList<>();
        for (String s : new String[] {p.location(), p.admin2(), p.admin1(), p.country()}) {
            if (s != null) {
                words.add(s);
            }
        }
        d.add(new Field(IndexSchema.TEXT, String.join("\n", words), IndexSchema.TEXT_WITH_OFFSETS));
        d.add(new NumericDocValuesField(IndexSchema.EVENTS_DV, p.events()));
        d.add(new StoredField(IndexSchema.JSON, write(p)));
        return d;
    }

    static String actorKey(String name) {
        return "actor:" + NameKey.of(name);
    }

    static String placeKey(Shares.Place p) {
        return "place:" + p.key();
    }

    byte[] write(Object o) {
        try {
            return json.writeValueAsBytes(o);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    <T> T read(BytesRef bytes, Class<T> type) {
        try {
            return json.readValue(bytes.bytes, bytes.offset, bytes.length, type);
        } catch (IOException e) {
            throw new UncheckedIOException("the search index holds a document it cannot read: " + e.getMessage(), e);
        }
    }

    private static void keyword(Document d, String field, String value) {
        if (value != null && !NameKey.of(value).isEmpty()) {
            d.add(new StringField(field, NameKey.of(value), Field.Store.NO));
        }
    }

    private static boolean finite(Double d) {
        return d != null && Double.isFinite(d);
    }
}
