package org.crosscheck.server.search;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DirectoryReader;
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
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.Weight;
import org.crosscheck.model.NameKey;
import org.crosscheck.server.view.ReportSummary;

/**
 * Reads the {@link SearchIndex}: pages of the events, reports, actors and places lists (the rows' JSON as
 * stored, so that a page is served without touching the database), the map's points, the timeline, and
 * full-text search over reports and claims. Thread-safe: every call works on its own acquired searcher.
 */
public final class Searcher {
    /** The deepest page the lists serve; past it, narrower filters are the way on. */
    public static final int MAX_OFFSET = 10_000;

    private final SearchIndex index;
    private final Function<String, Set<String>> partyKeys;

    /**
     * @param partyKeys the keys a name stands for under the ledger's party filter (its own and those of the names
     *                  it is an alias of), so that the list finds what {@code crosscheck events --actor} finds
     */
    public Searcher(SearchIndex index, Function<String, Set<String>> partyKeys) {
        this.index = index;
        this.partyKeys = partyKeys;
    }

    /** One page of a list: how many rows match in all, and the page's rows as JSON. */
    public record Page(long total, List<byte[]> rows) {
    }

    /** One day of the timeline: matching events, contested ones among them, deaths under the asked policy. */
    @JsonFormat(shape = JsonFormat.Shape.ARRAY)
    public record Day(LocalDate date, long events, long contested, long fatalities) {
    }

    /** A matched stretch of a snippet, as UTF-16 offsets into it; written as {@code [start, end]}. */
    @JsonFormat(shape = JsonFormat.Shape.ARRAY)
    public record Mark(int start, int end) {
    }

    /** What a search hit is, and the kind of document it is found in. */
    public enum HitKind {
        EVENT(IndexSchema.Kind.EVENT), CLAIM(IndexSchema.Kind.CLAIM), REPORT(IndexSchema.Kind.REPORT),
        ACTOR(IndexSchema.Kind.ACTOR), PLACE(IndexSchema.Kind.PLACE);

        final IndexSchema.Kind doc;

        HitKind(IndexSchema.Kind doc) {
            this.doc = doc;
        }

        static HitKind of(String code) {
            for (HitKind k : values()) {
                if (k.doc.code().equals(code)) {
                    return k;
                }
            }
            throw new IllegalArgumentException("no hit kind " + code);
        }

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * One search hit: what it is, its id, the event it belongs to (with that event's title, first date and
     * place), a snippet and the matched stretches in it; {@code name} is an actor hit's name.
     */
    public record Hit(HitKind kind, String id, Long eventId, Long reportId, String title, String snippet,
                      List<Mark> marks, String eventTitle, LocalDate date, String place, String name) {
    }

    /** How many documents match a search in all, and the best of them. */
    public record Found(long total, List<Hit> hits) {
    }

    Query eventQuery(EventFilter f) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(new TermQuery(IndexSchema.Kind.EVENT.term()), BooleanClause.Occur.FILTER);
        if (f.from() != null) {
            b.add(LongPoint.newRangeQuery(IndexSchema.END, f.from().toEpochDay(), Long.MAX_VALUE),
                    BooleanClause.Occur.FILTER);
        }
        if (f.to() != null) {
            b.add(LongPoint.newRangeQuery(IndexSchema.START, Long.MIN_VALUE, f.to().toEpochDay()),
                    BooleanClause.Occur.FILTER);
        }
        keyword(b, IndexSchema.COUNTRY, f.country());
        keyword(b, IndexSchema.ADMIN1, f.admin1());
        party(b, IndexSchema.ACTOR, f.actor());
        party(b, IndexSchema.CLAIMANT, f.claimant());
        keyword(b, IndexSchema.TYPE, f.type());
        if (f.contested() != null) {
            b.add(new TermQuery(new Term(IndexSchema.CONTESTED, f.contested().toString())), BooleanClause.Occur.FILTER);
        }
        if (f.topLevel() != null) {
            b.add(new TermQuery(new Term(IndexSchema.TOP, f.topLevel().toString())), BooleanClause.Occur.FILTER);
        }
        return b.build();
    }

    private static void keyword(BooleanQuery.Builder b, String field, String value) {
        if (value != null) {
            b.add(new TermQuery(new Term(field, NameKey.of(value))), BooleanClause.Occur.FILTER);
        }
    }

    private void party(BooleanQuery.Builder b, String field, String name) {
        if (name != null) {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            partyKeys.apply(name).forEach(k -> any.add(new TermQuery(new Term(field, k)), BooleanClause.Occur.SHOULD));
            b.add(any.build(), BooleanClause.Occur.FILTER);
        }
    }

    /**
     * Why a filter can match nothing because a value is unknown to the ledger (an admin1 no event is in, a name
     * no report gives an actor or claimant), or null when every value is known. Country and type are checked
     * where they are read, against the lists of codes and types.
     */
    public String unknownValue(EventFilter f) {
        return index.withSearcher(s -> {
            if (f.admin1() != null && s.getIndexReader().docFreq(new Term(IndexSchema.ADMIN1, NameKey.of(f.admin1()))) == 0) {
                return "no event in the ledger is in the province or region '" + f.admin1() + "'";
            }
            for (String[] p : new String[][] {{"actor", f.actor()}, {"claimant", f.claimant()}}) {
                if (p[1] != null && !knownParty(s, p[1])) {
                    return "no report in the ledger names the " + p[0] + " '" + p[1] + "'";
                }
            }
            return null;
        });
    }

    /** Whether a name is an actor or a claimant of any event (either role: a claimant may be asked as an actor). */
    private boolean knownParty(IndexSearcher s, String name) throws IOException {
        for (String k : partyKeys.apply(name)) {
            if (s.getIndexReader().docFreq(new Term(IndexSchema.ACTOR, k)) > 0
                    || s.getIndexReader().docFreq(new Term(IndexSchema.CLAIMANT, k)) > 0) {
                return true;
            }
        }
        return false;
    }

    static Sort sort(EventOrder order) {
        SortField main = new SortField(order.key().field, SortField.Type.LONG, order.descending());
        main.setMissingValue(order.descending() ? Long.MIN_VALUE : Long.MAX_VALUE);
        return new Sort(main, new SortField(IndexSchema.ID_DV, SortField.Type.LONG, order.descending()));
    }

    /** One page of the events list. */
    public Page events(EventFilter f, EventOrder order, int limit, int offset) {
        return index.withSearcher(s -> {
            Query q = eventQuery(f);
            TopDocs top = s.search(q, offset + limit, sort(order));
            long total = top.totalHits.relation == TotalHits.Relation.EQUAL_TO ? top.totalHits.value : s.count(q);
            return new Page(total, rows(s, top, offset));
        });
    }

    private static List<byte[]> rows(IndexSearcher s, TopDocs top, int offset) throws IOException {
        List<byte[]> out = new ArrayList<>();
        StoredFields stored = s.storedFields();
        for (int i = offset; i < top.scoreDocs.length; i++) {
            out.add(stored.document(top.scoreDocs[i].doc).getBinaryValue(IndexSchema.JSON).bytes);
        }
        return out;
    }

    /** The index version a search made now would read: what {@link PointColumns#version()} is compared with. */
    public long version() {
        return index.withSearcher(s -> ((DirectoryReader) s.getIndexReader()).getVersion());
    }

    /**
     * The points of every matching event that has coordinates, at most {@code max}: an event's deaths under the
     * asked policy and its first day (null when undated).
     */
    public PointColumns points(EventFilter f, int max, DeathsPolicy policy) {
        return index.withSearcher(s -> {
            PointColumns.Builder out = new PointColumns.Builder();
            s.search(eventQuery(f), new PointCollector(out, max, policy.field));
            return out.build(((DirectoryReader) s.getIndexReader()).getVersion(), out.size() >= max);
        });
    }

    /** The ids of matching events, newest first, at most {@code max}. */
    public List<Long> eventIds(EventFilter f, int max) {
        return index.withSearcher(s -> {
            TopDocs top = s.search(eventQuery(f), max, sort(EventOrder.DEFAULT));
            List<Long> out = new ArrayList<>();
            for (ScoreDoc sd : top.scoreDocs) {
                Long id = docId(s, sd.doc);
                if (id != null) {
                    out.add(id);
                }
            }
            return out;
        });
    }

    /** Matching events per day, oldest first. */
    public List<Day> timeline(EventFilter f, DeathsPolicy policy) {
        return index.withSearcher(s -> {
            Map<Long, long[]> days = new TreeMap<>();
            s.search(eventQuery(f), new SimpleCollector() {
                NumericDocValues start;
                NumericDocValues contested;
                NumericDocValues fatal;

                @Override
                protected void doSetNextReader(LeafReaderContext ctx) throws IOException {
                    start = ctx.reader().getNumericDocValues(IndexSchema.START_DV);
                    contested = ctx.reader().getNumericDocValues(IndexSchema.CONTESTED_DV);
                    fatal = ctx.reader().getNumericDocValues(policy.field);
                }

                @Override
                public void collect(int doc) throws IOException {
                    if (start == null || !start.advanceExact(doc)) {
                        return;
                    }
                    long[] c = days.computeIfAbsent(start.longValue(), k -> new long[3]);
                    c[0]++;
                    if (contested != null && contested.advanceExact(doc) && contested.longValue() == 1) {
                        c[1]++;
                    }
                    if (fatal != null && fatal.advanceExact(doc) && fatal.longValue() > 0) {
                        c[2] += fatal.longValue();
                    }
                }

                @Override
                public ScoreMode scoreMode() {
                    return ScoreMode.COMPLETE_NO_SCORES;
                }
            });
            List<Day> out = new ArrayList<>();
            days.forEach((k, v) -> out.add(new Day(LocalDate.ofEpochDay(k), v[0], v[1], v[2])));
            return out;
        });
    }

    /** Full-text search over reports and claims ({@code kind} null for both): the best hits. */
    public List<Hit> search(String text, HitKind kind, int limit) {
        return find(text, kind == null ? Set.of(HitKind.REPORT, HitKind.CLAIM) : Set.of(kind), limit).hits();
    }

    /**
     * Full-text search over documents of the given kinds: how many match in all, and the best {@code limit}.
     *
     * @throws IllegalArgumentException for a query beyond the bounds of {@link BoundedQueryParser}
     */
    public Found find(String text, Set<HitKind> kinds, int limit) {
        return new FullText(index).search(text, kinds, limit);
    }

    private Query parse(String text) {
        return BoundedQueryParser.parse(index.analyzer, IndexSchema.TEXT, text);
    }

    /** A document's id (doc values), null if it has none. */
    private static Long docId(IndexSearcher s, int doc) throws IOException {
        List<LeafReaderContext> leaves = s.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        NumericDocValues ids = leaf.reader().getNumericDocValues(IndexSchema.ID_DV);
        return ids != null && ids.advanceExact(doc - leaf.docBase) ? ids.longValue() : null;
    }

    /** A page of the actors or places list, most events first, optionally matching words. */
    public Page list(ListKind kind, String text, int limit, int offset) {
        return index.withSearcher(s -> {
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            b.add(new TermQuery(kind.kind.term()), BooleanClause.Occur.FILTER);
            if (text != null && !text.isBlank()) {
                b.add(parse(text), BooleanClause.Occur.FILTER);
            }
            Query q = b.build();
            TopDocs top = s.search(q, offset + limit, new Sort(new SortField(IndexSchema.EVENTS_DV,
                    SortField.Type.LONG, true)));
            return new Page(s.count(q), rows(s, top, offset));
        });
    }

    /** The two lists of names. */
    public enum ListKind {
        ACTORS(IndexSchema.Kind.ACTOR), PLACES(IndexSchema.Kind.PLACE);

        final IndexSchema.Kind kind;

        ListKind(IndexSchema.Kind kind) {
            this.kind = kind;
        }
    }

    /** A page of reports, newest publication first. */
    public Page reports(int limit, int offset) {
        return index.withSearcher(s -> {
            Query q = new TermQuery(IndexSchema.Kind.REPORT.term());
            TopDocs top = s.search(q, offset + limit, new Sort(
                    new SortField(IndexSchema.PUBLISHED_DV, SortField.Type.LONG, true),
                    new SortField(IndexSchema.ID_DV, SortField.Type.LONG, true)));
            return new Page(s.count(q), rows(s, top, offset));
        });
    }

    private static final class PointCollector extends SimpleCollector {
        private final PointColumns.Builder out;
        private final int max;
        private final String fatalField;
        private NumericDocValues id;
        private NumericDocValues lat;
        private NumericDocValues lon;
        private NumericDocValues fatal;
        private NumericDocValues contested;
        private NumericDocValues start;

        PointCollector(PointColumns.Builder out, int max, String fatalField) {
            this.out = out;
            this.max = max;
            this.fatalField = fatalField;
        }

        @Override
        protected void doSetNextReader(LeafReaderContext ctx) throws IOException {
            id = ctx.reader().getNumericDocValues(IndexSchema.ID_DV);
            lat = ctx.reader().getNumericDocValues(IndexSchema.LAT_DV);
            lon = ctx.reader().getNumericDocValues(IndexSchema.LON_DV);
            fatal = ctx.reader().getNumericDocValues(fatalField);
            contested = ctx.reader().getNumericDocValues(IndexSchema.CONTESTED_DV);
            start = ctx.reader().getNumericDocValues(IndexSchema.START_DV);
        }

        @Override
        public void collect(int doc) throws IOException {
            if (out.size() >= max || lat == null || lon == null || !lat.advanceExact(doc) || !lon.advanceExact(doc)
                    || !id.advanceExact(doc)) {
                return;
            }
            int f = fatal != null && fatal.advanceExact(doc) && fatal.longValue() >= 0
                    ? (int) Math.min(Integer.MAX_VALUE, fatal.longValue()) : PointColumns.NO_FIGURE;
            boolean c = contested != null && contested.advanceExact(doc) && contested.longValue() == 1;
            int day = start != null && start.advanceExact(doc) ? Math.toIntExact(start.longValue()) : PointColumns.NO_DAY;
            out.add(id.longValue(), Double.longBitsToDouble(lat.longValue()), Double.longBitsToDouble(lon.longValue()),
                    f, day, c);
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
