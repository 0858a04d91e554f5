package org.crosscheck.server.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Weight;
import org.crosscheck.server.search.Searcher.Hit;
import org.crosscheck.server.search.Searcher.HitKind;
import org.crosscheck.server.view.ActorSummary;
import org.crosscheck.server.view.EventView;
import org.crosscheck.server.view.PlaceSummary;
import org.crosscheck.server.view.ReportSummary;

/**
 * Full-text search over events (title, place, actors, claimants), claims, reports, actors and places: the number
 * of all matches, and the best hits, each with the date, place and title of the event it belongs to. Thread-safe:
 * every call works on its own acquired searcher.
 */
final class FullText {
    private final SearchIndex index;

    FullText(SearchIndex index) {
        this.index = index;
    }

    /** @throws IllegalArgumentException for a query beyond the bounds of {@link BoundedQueryParser} */
    Searcher.Found search(String text, Set<HitKind> kinds, int limit) {
        return index.withSearcher(s -> {
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            b.add(BoundedQueryParser.parse(index.analyzer, IndexSchema.TEXT, text), BooleanClause.Occur.MUST);
            BooleanQuery.Builder of = new BooleanQuery.Builder();
            kinds.forEach(k -> of.add(new TermQuery(k.doc.term()), BooleanClause.Occur.SHOULD));
            b.add(of.build(), BooleanClause.Occur.FILTER);
            try {
                Query q = s.rewrite(b.build());
                TopDocs top = s.search(q, limit);
                List<Hit> hits = hits(s, q, top, Snippets.pattern(Snippets.terms(index.analyzer, text)));
                return new Searcher.Found(s.count(q), hits);
            } catch (IndexSearcher.TooManyClauses e) {
                throw new IllegalArgumentException("the search expands to too many words; use fewer fuzzy (~) or "
                        + "prefix (*) terms, or longer prefixes");
            }
        });
    }

    private List<Hit> hits(IndexSearcher s, Query q, TopDocs top, Pattern words) throws IOException {
        Weight weight = null;
        List<LeafReaderContext> leaves = s.getIndexReader().leaves();
        StoredFields stored = s.storedFields();
        List<Hit> out = new ArrayList<>();
        for (ScoreDoc sd : top.scoreDocs) {
            Document d = stored.document(sd.doc);
            HitKind kind = HitKind.of(d.get(IndexSchema.KIND));
            switch (kind) {
                case CLAIM -> {
                    Snippets.Snippet sn = Snippets.snippet(d.get(IndexSchema.BODY), -1, words, Snippets.WIDTH);
                    long eventId = d.getField(IndexSchema.CLAIM_EVENT).numericValue().longValue();
                    out.add(hit(kind, d.get(IndexSchema.CLAIM_ID), event(s, eventId),
                            d.getField(IndexSchema.CLAIM_REPORT).numericValue().longValue(),
                            Snippets.shown(d.get(IndexSchema.TITLE)), sn, null));
                }
                case REPORT -> {
                    String body = d.get(IndexSchema.BODY);
                    int at = -1;
                    if (body.length() > Snippets.MAX_SCAN) {
                        // A long body: the index says where the first match is, instead of a scan through the
                        // text. The text field is the title, a line break, then the body; a match in the title
                        // shows the body's start.
                        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(sd.doc, leaves));
                        weight = weight != null ? weight : s.createWeight(q, ScoreMode.COMPLETE_NO_SCORES, 1f);
                        int first = firstMatch(weight, leaf, sd.doc - leaf.docBase);
                        at = first < 0 ? -1
                                : Math.max(0, first - d.getField(IndexSchema.BODY_AT).numericValue().intValue());
                    }
                    Snippets.Snippet sn = Snippets.snippet(body, at, words, Snippets.WIDTH);
                    long rid = index.documents.read(d.getBinaryValue(IndexSchema.JSON), ReportSummary.class).id();
                    Long eid = latestEvent(s, rid);
                    out.add(hit(kind, String.valueOf(rid), eid == null ? null : event(s, eid), rid,
                            Snippets.shown(d.get(IndexSchema.TITLE)), sn, null));
                }
                case EVENT -> {
                    EventView e = index.documents.read(d.getBinaryValue(IndexSchema.JSON), EventView.class);
                    Snippets.Snippet sn = Snippets.snippet(d.get(IndexSchema.BODY), -1, words, Snippets.WIDTH);
                    out.add(hit(kind, String.valueOf(e.id()), e, null, e.title(), sn, null));
                }
                case ACTOR -> {
                    ActorSummary a = index.documents.read(d.getBinaryValue(IndexSchema.JSON), ActorSummary.class);
                    Snippets.Snippet sn = Snippets.snippet(String.join("; ", a.aliases()), -1, words,
                            Snippets.WIDTH);
                    out.add(hit(kind, a.name(), null, null, a.name() + " (" + a.events() + " events)", sn, a.name()));
                }
                case PLACE -> {
                    PlaceSummary p = index.documents.read(d.getBinaryValue(IndexSchema.JSON), PlaceSummary.class);
                    String where = String.join(", ", nonNull(p.location(), p.admin2(), p.admin1(), p.country()));
                    Snippets.Snippet sn = Snippets.snippet(where, -1, words, Snippets.WIDTH);
                    out.add(new Hit(kind, where, null, null, where + " (" + p.events() + " events)", sn.text(),
                            sn.marks(), null, null, where, null));
                }
                default -> throw new IllegalStateException("a document of no kind in the index");
            }
        }
        return out;
    }

    private static Hit hit(HitKind kind, String id, EventView e, Long reportId, String title, Snippets.Snippet sn,
                           String name) {
        String place = e == null ? null : String.join(", ", nonNull(e.location(), e.admin1(), e.country()));
        return new Hit(kind, id, e == null ? null : e.id(), reportId, title, sn.text(), sn.marks(),
                e == null ? null : e.title(), e == null ? null : e.startDate(), place, name);
    }

    private static List<String> nonNull(String... parts) {
        List<String> out = new ArrayList<>();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                out.add(p);
            }
        }
        return out;
    }

    /** The list row of an event, or null when the index has none (an event being re-indexed). */
    private EventView event(IndexSearcher s, long id) throws IOException {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(new TermQuery(IndexSchema.Kind.EVENT.term()), BooleanClause.Occur.FILTER);
        b.add(new TermQuery(new Term(IndexSchema.EVENT_ID, Long.toString(id))), BooleanClause.Occur.FILTER);
        TopDocs top = s.search(b.build(), 1);
        if (top.scoreDocs.length == 0) {
            return null;
        }
        return index.documents.read(s.storedFields().document(top.scoreDocs[0].doc).getBinaryValue(IndexSchema.JSON),
                EventView.class);
    }

    /** Where in the text field the query's first match starts, from the offsets the index keeps; -1 if none. */
    private static int firstMatch(Weight weight, LeafReaderContext leaf, int doc) throws IOException {
        Matches m = weight.matches(leaf, doc);
        MatchesIterator it = m == null ? null : m.getMatches(IndexSchema.TEXT);
        return it != null && it.next() ? it.startOffset() : -1;
    }

    /** The newest event a report tells of, for a hit's link. */
    private static Long latestEvent(IndexSearcher s, long reportId) throws IOException {
        BooleanQuery.Builder ev = new BooleanQuery.Builder();
        ev.add(new TermQuery(IndexSchema.Kind.EVENT.term()), BooleanClause.Occur.FILTER);
        ev.add(new TermQuery(new Term(IndexSchema.REPORT_ID, Long.toString(reportId))), BooleanClause.Occur.FILTER);
        TopDocs first = s.search(ev.build(), 1, Searcher.sort(EventOrder.DEFAULT));
        if (first.scoreDocs.length == 0) {
            return null;
        }
        int doc = first.scoreDocs[0].doc;
        List<LeafReaderContext> leaves = s.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        NumericDocValues ids = leaf.reader().getNumericDocValues(IndexSchema.ID_DV);
        return ids != null && ids.advanceExact(doc - leaf.docBase) ? ids.longValue() : null;
    }
}
