package org.crosscheck.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoubleDocValuesField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.crosscheck.ledger.ClaimFigure;
import org.crosscheck.ledger.EventQuery;
import org.crosscheck.ledger.Explanation;
import org.crosscheck.ledger.Ledger;
import org.crosscheck.ledger.StoredReport;
import org.crosscheck.ledger.LedgerEvent;
import org.crosscheck.ledger.ReportRef;
import org.crosscheck.model.Actor;
import org.crosscheck.model.Extraction;

/**
 * The server's Lucene index, kept beside the ledger: one document per ledger event (every filter of the events
 * list, sort keys and the list's JSON, so that a page is served without touching the database), per claim and
 * per report (full-text search), per actor and per place (the lists). It is derived data: built from the
 * ledger when missing or when the ledger's counts differ from those it was built from, and updated per event
 * after each analyst edit made through the server.
 *
 * <p>Thread-safety: searches run concurrently (a {@link SearcherManager}); updates go through Lucene's
 * thread-safe {@link IndexWriter} and a refresh, so a search sees an event before or after an update.
 */
public final class Catalog implements AutoCloseable {
    static final String FINGERPRINT = "crosscheck.fingerprint";
    static final String FORMAT = "crosscheck.catalog.format";
    static final String FORMAT_VERSION = "2";
    public static final int MAX_OFFSET = 10_000;

    private final FSDirectory dir;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Analyzer analyzer = new StandardAnalyzer();
    /** Every alias a report gave each actor (by key), for the actor and claimant filters; loaded lazily. */
    private volatile Map<String, Set<String>> aliases;

    /** One page of events: how many match in all, and the page's summaries as JSON. */
    public record EventPage(long total, List<byte[]> events) {
    }

    /** One search hit: what it is, its id, the event it belongs to, a snippet and the matched stretches in it. */
    public record Hit(String kind, String id, Long eventId, Long reportId, String title, String snippet,
                      List<int[]> marks) {
    }

    /** An event's point on the map. */
    public record Point(long id, double lat, double lon, Integer fatalities, boolean contested) {
    }

    /** The filters of the events list (null does not filter); {@code type} is an ACLED event type. */
    public record Filter(LocalDate from, LocalDate to, String country, String admin1, String actor, String claimant,
                         String type, Boolean contested, Boolean topLevel) {
        public static Filter none() {
            return new Filter(null, null, null, null, null, null, null, null, null);
        }
    }

    public Catalog(Path path) {
        try {
            this.dir = FSDirectory.open(path);
            IndexWriterConfig cfg = new IndexWriterConfig(analyzer);
            cfg.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
            cfg.setRAMBufferSizeMB(64);
            this.writer = new IndexWriter(dir, cfg);
            this.searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index " + path + ": " + e.getMessage(), e);
        }
    }

    /** The fingerprint the index was last built for, or null. */
    public String fingerprint() {
        Map<String, String> data = new HashMap<>();
        writer.getLiveCommitData().forEach(e -> data.put(e.getKey(), e.getValue()));
        return FORMAT_VERSION.equals(data.get(FORMAT)) ? data.get(FINGERPRINT) : null;
    }

    /** What identifies the state of a ledger: its counts (analyst edits through the server update the index). */
    public static String fingerprintOf(Ledger ledger) {
        return ledger.stats().toString();
    }

    /** Rebuilds the index from the ledger when it was built from another state; returns whether it did. */
    public boolean ensureFresh(Ledger ledger, Consumer<String> progress) {
        String fp = fingerprintOf(ledger);
        if (fp.equals(fingerprint())) {
            return false;
        }
        rebuild(ledger, progress);
        return true;
    }

    /** Rebuilds every document from the ledger (reports, events, claims, actors, places). */
    public synchronized void rebuild(Ledger ledger, Consumer<String> progress) {
        try {
            String fp = fingerprintOf(ledger);
            writer.deleteAll();
            Map<String, ActorAgg> actors = new ConcurrentHashMap<>();
            Map<String, Set<String>> aliases = new HashMap<>();
            List<Long> reportIds = ledger.reportIds();
            int n = 0;
            for (long rid : reportIds) {
                StoredReport r = ledger.report(rid);
                Extraction x = ledger.extraction(rid);
                for (Actor a : x.actors()) {
                    Set<String> al = aliases.computeIfAbsent(key(a.name()), k -> new LinkedHashSet<>());
                    al.add(a.name());
                    al.addAll(a.aliases());
                    actors.computeIfAbsent(key(a.name()), k -> new ActorAgg(a.name(), a.kind().toString()
                            .toLowerCase(Locale.ROOT)));
                }
                writer.addDocument(reportDoc(r));
                if (++n % 5000 == 0) {
                    progress.accept("indexed " + n + " of " + reportIds.size() + " reports");
                }
            }
            List<Long> eventIds = new ArrayList<>();
            int page = 2000;
            for (int offset = 0; ; offset += page) {
                List<LedgerEvent> es = ledger.events(new EventQuery(null, null, null, null, null, null, null, page,
                        offset));
                es.forEach(e -> eventIds.add(e.id()));
                if (es.size() < page) {
                    break;
                }
            }
            Map<String, PlaceAgg> places = new ConcurrentHashMap<>();
            AtomicLong done = new AtomicLong();
            int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<Future<?>> fs = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    int first = t;
                    fs.add(pool.submit(() -> {
                        for (int i = first; i < eventIds.size(); i += threads) {
                            Explanation why = ledger.why(eventIds.get(i));
                            addEvent(why, aliases, actors, places);
                            long d = done.incrementAndGet();
                            if (d % 10_000 == 0) {
                                progress.accept("indexed " + d + " of " + eventIds.size() + " events");
                            }
                        }
                        return null;
                    }));
                }
                for (Future<?> f : fs) {
                    f.get();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while indexing", e);
            } catch (java.util.concurrent.ExecutionException e) {
                throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
            } finally {
                pool.shutdown();
            }
            for (ActorAgg a : actors.values()) {
                writer.addDocument(actorDoc(a, aliases.getOrDefault(key(a.name), Set.of())));
            }
            for (PlaceAgg p : places.values()) {
                writer.addDocument(placeDoc(p));
            }
            writer.setLiveCommitData(Map.of(FINGERPRINT, fp, FORMAT, FORMAT_VERSION).entrySet());
            writer.commit();
            searchers.maybeRefreshBlocking();
            this.aliases = aliases;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the search index: " + e.getMessage(), e);
        }
    }

    /** Re-indexes one event (and its claims) after a change, and records the ledger's new fingerprint. */
    public synchronized void update(Ledger ledger, long eventId) {
        try {
            writer.deleteDocuments(new Term("eid", Long.toString(eventId)));
            if (ledger.event(eventId) != null) {
                addEvent(ledger.why(eventId), aliases(), null, null);
            }
            writer.setLiveCommitData(Map.of(FINGERPRINT, fingerprintOf(ledger), FORMAT, FORMAT_VERSION).entrySet());
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot update the search index: " + ex.getMessage(), ex);
        }
    }

    /** Removes an event that is no longer one of the ledger's own (merged into another). */
    public synchronized void remove(Ledger ledger, long eventId) {
        try {
            writer.deleteDocuments(new Term("eid", Long.toString(eventId)));
            writer.setLiveCommitData(Map.of(FINGERPRINT, fingerprintOf(ledger), FORMAT, FORMAT_VERSION).entrySet());
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot update the search index: " + ex.getMessage(), ex);
        }
    }

    private void addEvent(Explanation why, Map<String, Set<String>> aliases, Map<String, ActorAgg> actors,
                          Map<String, PlaceAgg> places) throws IOException {
        LedgerEvent e = why.event();
        EventSummary s = EventSummary.of(e, why.reconciliation());
        String eid = Long.toString(e.id());
        Document d = new Document();
        d.add(new StringField("kind", "event", Field.Store.NO));
        d.add(new StringField("eid", eid, Field.Store.NO));
        d.add(new NumericDocValuesField("id_dv", e.id()));
        if (e.startDate() != null) {
            long start = e.startDate().toEpochDay();
            long end = e.endDate() == null ? start : e.endDate().toEpochDay();
            d.add(new LongPoint("start", start));
            d.add(new LongPoint("end", end));
            d.add(new NumericDocValuesField("start_dv", start));
        }
        keyword(d, "country", e.country());
        keyword(d, "admin1", e.admin1());
        for (ReportRef r : why.reports()) {
            d.add(new StringField("rid", Long.toString(r.id()), Field.Store.NO));
        }
        keyword(d, "type", e.eventType().toString());
        d.add(new StringField("contested", Boolean.toString(s.contested()), Field.Store.NO));
        d.add(new NumericDocValuesField("contested_dv", s.contested() ? 1 : 0));
        d.add(new StringField("top", Boolean.toString(e.parentId() == null), Field.Store.NO));
        d.add(new NumericDocValuesField("fatal_dv", s.fatalities() == null ? -1 : s.fatalities()));
        d.add(new NumericDocValuesField("reports_dv", e.reportCount()));
        if (e.latitude() != null && e.longitude() != null) {
            d.add(new DoubleDocValuesField("lat_dv", e.latitude()));
            d.add(new DoubleDocValuesField("lon_dv", e.longitude()));
        }
        Set<String> actorKeys = new LinkedHashSet<>();
        for (String a : new String[] {e.actor1(), e.actor2()}) {
            names(a, aliases).forEach(x -> actorKeys.add(key(x)));
            if (a != null && actors != null) {
                actors.computeIfAbsent(key(a), k -> new ActorAgg(a, null)).asActor.incrementAndGet();
            }
        }
        Set<String> claimantKeys = new LinkedHashSet<>();
        Set<String> claimantNames = new LinkedHashSet<>();
        for (ClaimFigure f : EventSummary.figures(why.reconciliation())) {
            names(f.claimant(), aliases).forEach(x -> claimantKeys.add(key(x)));
            names(f.via(), aliases).forEach(x -> claimantKeys.add(key(x)));
            if (f.victims() != null) {
                names(f.victims(), aliases).forEach(x -> actorKeys.add(key(x)));
            }
            claimantNames.add(f.claimant());
            writer.addDocument(claimDoc(e.id(), f));
        }
        if (actors != null) {
            for (String c : claimantNames) {
                actors.computeIfAbsent(key(c), k -> new ActorAgg(c, null)).asClaimant.incrementAndGet();
            }
        }
        actorKeys.remove("");
        claimantKeys.remove("");
        actorKeys.forEach(k -> d.add(new StringField("actor", k, Field.Store.NO)));
        claimantKeys.forEach(k -> d.add(new StringField("claimant", k, Field.Store.NO)));
        d.add(new StoredField("json", Json.bytes(s)));
        writer.addDocument(d);
        if (places != null && e.location() != null) {
            String pk = key(e.location()) + "|" + key(e.country()) + "|" + key(e.admin1());
            places.computeIfAbsent(pk, k -> new PlaceAgg(e.location(), e.country(), e.admin1(), e.admin2(),
                    e.latitude(), e.longitude())).events.incrementAndGet();
        }
    }

    /** The aliases the actor documents hold (after a restart that did not rebuild the index). */
    private Map<String, Set<String>> aliases() {
        Map<String, Set<String>> a = aliases;
        if (a != null) {
            return a;
        }
        Map<String, Set<String>> loaded = new HashMap<>();
        withSearcher(s -> {
            TopDocs all = s.search(new TermQuery(new Term("kind", "actor")), Integer.MAX_VALUE / 2);
            StoredFields stored = s.storedFields();
            for (ScoreDoc sd : all.scoreDocs) {
                JsonNodeHolder.read(stored.document(sd.doc).getBinaryValue("json").bytes, loaded);
            }
            return null;
        });
        aliases = loaded;
        return loaded;
    }

    private static final class JsonNodeHolder {
        static void read(byte[] json, Map<String, Set<String>> into) throws IOException {
            com.fasterxml.jackson.databind.JsonNode n = Json.MAPPER.readTree(json);
            Set<String> al = into.computeIfAbsent(key(n.get("name").asText()), k -> new LinkedHashSet<>());
            al.add(n.get("name").asText());
            n.get("aliases").forEach(x -> al.add(x.asText()));
        }
    }

    private static List<String> names(String name, Map<String, Set<String>> aliases) {
        if (name == null || name.isBlank()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        out.add(name);
        out.addAll(aliases.getOrDefault(key(name), Set.of()));
        return out;
    }

    private static void keyword(Document d, String field, String value) {
        if (value != null && !value.isBlank()) {
            d.add(new StringField(field, key(value), Field.Store.NO));
        }
    }

    private static Document reportDoc(StoredReport r) {
        Document d = new Document();
        d.add(new StringField("kind", "report", Field.Store.NO));
        d.add(new StringField("rid", Long.toString(r.id()), Field.Store.NO));
        d.add(new NumericDocValuesField("id_dv", r.id()));
        d.add(new NumericDocValuesField("published_dv", r.published() == null ? Long.MIN_VALUE
                : r.published().toEpochDay()));
        String title = r.title() == null ? r.name() : r.title();
        d.add(new TextField("text", title + "\n" + r.body(), Field.Store.NO));
        d.add(new StoredField("title", title));
        d.add(new StoredField("body", r.body()));
        Map<String, Object> meta = new java.util.LinkedHashMap<>();
        meta.put("id", r.id());
        meta.put("name", r.name());
        meta.put("title", r.title());
        meta.put("outlet", r.outlet());
        meta.put("url", r.url());
        meta.put("published", r.published());
        meta.put("current", r.current());
        meta.put("duplicate_of", r.duplicateOf());
        meta.put("chars", r.body().length());
        d.add(new StoredField("json", Json.bytes(meta)));
        return d;
    }

    private static Document claimDoc(long eventId, ClaimFigure f) {
        Document d = new Document();
        d.add(new StringField("kind", "claim", Field.Store.NO));
        d.add(new StringField("eid", Long.toString(eventId), Field.Store.NO));
        StringBuilder text = new StringBuilder();
        for (String s : new String[] {f.claimant(), f.via(), f.victims(), f.countText(), f.object(), f.evidence()}) {
            if (s != null) {
                text.append(s).append('\n');
            }
        }
        d.add(new TextField("text", text.toString(), Field.Store.NO));
        d.add(new StoredField("title", f.claimant() + (f.via() == null ? "" : " (via " + f.via() + ")")));
        d.add(new StoredField("body", f.evidence() == null ? "" : f.evidence()));
        d.add(new StoredField("cid", f.claimId()));
        d.add(new StoredField("event", eventId));
        d.add(new StoredField("report", f.reportId()));
        return d;
    }

    private static Document actorDoc(ActorAgg a, Set<String> aliases) {
        Document d = new Document();
        d.add(new StringField("kind", "actor", Field.Store.NO));
        Set<String> all = new LinkedHashSet<>(aliases);
        all.add(a.name);
        d.add(new TextField("text", String.join("\n", all), Field.Store.NO));
        d.add(new NumericDocValuesField("events_dv", a.asActor.get() + a.asClaimant.get()));
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("name", a.name);
        m.put("kind", a.kind);
        m.put("aliases", new ArrayList<>(aliases));
        m.put("events_as_actor", a.asActor.get());
        m.put("events_as_claimant", a.asClaimant.get());
        d.add(new StoredField("json", Json.bytes(m)));
        return d;
    }

    private static Document placeDoc(PlaceAgg p) {
        Document d = new Document();
        d.add(new StringField("kind", "place", Field.Store.NO));
        d.add(new TextField("text", String.join("\n", nonNull(p.location, p.admin2, p.admin1, p.country)),
                Field.Store.NO));
        d.add(new NumericDocValuesField("events_dv", p.events.get()));
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("location", p.location);
        m.put("country", p.country);
        m.put("admin1", p.admin1);
        m.put("admin2", p.admin2);
        m.put("latitude", p.lat);
        m.put("longitude", p.lon);
        m.put("events", p.events.get());
        d.add(new StoredField("json", Json.bytes(m)));
        return d;
    }

    private static List<String> nonNull(String... s) {
        List<String> out = new ArrayList<>();
        for (String x : s) {
            if (x != null) {
                out.add(x);
            }
        }
        return out;
    }

    private static final class ActorAgg {
        final String name;
        final String kind;
        final AtomicLong asActor = new AtomicLong();
        final AtomicLong asClaimant = new AtomicLong();

        ActorAgg(String name, String kind) {
            this.name = name;
            this.kind = kind;
        }
    }

    private static final class PlaceAgg {
        final String location;
        final String country;
        final String admin1;
        final String admin2;
        final Double lat;
        final Double lon;
        final AtomicLong events = new AtomicLong();

        PlaceAgg(String location, String country, String admin1, String admin2, Double lat, Double lon) {
            this.location = location;
            this.country = country;
            this.admin1 = admin1;
            this.admin2 = admin2;
            this.lat = lat;
            this.lon = lon;
        }
    }

    // ------------------------------------------------------------------ queries

    /** A name as the filters compare it: Unicode-normalised, lower case, punctuation and spacing ignored. */
    public static String key(String s) {
        if (s == null) {
            return "";
        }
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return n.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    Query eventQuery(Filter f) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(new TermQuery(new Term("kind", "event")), BooleanClause.Occur.FILTER);
        if (f.from() != null) {
            b.add(LongPoint.newRangeQuery("end", f.from().toEpochDay(), Long.MAX_VALUE), BooleanClause.Occur.FILTER);
        }
        if (f.to() != null) {
            b.add(LongPoint.newRangeQuery("start", Long.MIN_VALUE, f.to().toEpochDay()), BooleanClause.Occur.FILTER);
        }
        term(b, "country", f.country());
        term(b, "admin1", f.admin1());
        term(b, "actor", f.actor());
        term(b, "claimant", f.claimant());
        term(b, "type", f.type());
        if (f.contested() != null) {
            b.add(new TermQuery(new Term("contested", f.contested().toString())), BooleanClause.Occur.FILTER);
        }
        if (f.topLevel() != null) {
            b.add(new TermQuery(new Term("top", f.topLevel().toString())), BooleanClause.Occur.FILTER);
        }
        return b.build();
    }

    private static void term(BooleanQuery.Builder b, String field, String value) {
        if (value != null) {
            b.add(new TermQuery(new Term(field, key(value))), BooleanClause.Occur.FILTER);
        }
    }

    /** Sort keys of the events list: {@code date}, {@code fatalities}, {@code reports}, {@code id}; '-' for descending. */
    public static final List<String> SORTS = List.of("-date", "date", "-fatalities", "fatalities", "-reports",
            "reports", "-id", "id");

    static Sort sort(String sort) {
        String s = sort == null ? "-date" : sort;
        if (!SORTS.contains(s)) {
            throw ApiException.badRequest("unknown sort '" + s + "' (one of " + String.join(", ", SORTS) + ")");
        }
        boolean desc = s.startsWith("-");
        String field = switch (desc ? s.substring(1) : s) {
            case "date" -> "start_dv";
            case "fatalities" -> "fatal_dv";
            case "reports" -> "reports_dv";
            default -> "id_dv";
        };
        SortField main = new SortField(field, SortField.Type.LONG, desc);
        main.setMissingValue(desc ? Long.MIN_VALUE : Long.MAX_VALUE);
        return new Sort(main, new SortField("id_dv", SortField.Type.LONG, desc));
    }

    /** One page of the events list. */
    public EventPage events(Filter f, String sort, int limit, int offset) {
        if (offset > MAX_OFFSET) {
            throw ApiException.badRequest("offset " + offset + " is past " + MAX_OFFSET + "; narrow the filters");
        }
        return withSearcher(s -> {
            Query q = eventQuery(f);
            TopDocs top = s.search(q, offset + limit, sort(sort));
            List<byte[]> out = new ArrayList<>();
            StoredFields stored = s.storedFields();
            for (int i = offset; i < top.scoreDocs.length; i++) {
                out.add(stored.document(top.scoreDocs[i].doc).getBinaryValue("json").bytes);
            }
            long total = top.totalHits.relation == org.apache.lucene.search.TotalHits.Relation.EQUAL_TO
                    ? top.totalHits.value : s.count(q);
            return new EventPage(total, out);
        });
    }

    /** The points of every matching event that has coordinates, at most {@code max}. */
    public List<Point> points(Filter f, int max) {
        return withSearcher(s -> {
            List<Point> out = new ArrayList<>();
            s.search(eventQuery(f), new DocValuesCollector(out, max));
            return out;
        });
    }

    /** Matching events per day: [events, contested events, conservative deaths]. */
    public Map<LocalDate, long[]> timeline(Filter f) {
        return withSearcher(s -> {
            Map<Long, long[]> days = new TreeMap<>();
            s.search(eventQuery(f), new SimpleCollector() {
                NumericDocValues start;
                NumericDocValues contested;
                NumericDocValues fatal;

                @Override
                protected void doSetNextReader(LeafReaderContext ctx) throws IOException {
                    start = ctx.reader().getNumericDocValues("start_dv");
                    contested = ctx.reader().getNumericDocValues("contested_dv");
                    fatal = ctx.reader().getNumericDocValues("fatal_dv");
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
            Map<LocalDate, long[]> out = new java.util.LinkedHashMap<>();
            days.forEach((k, v) -> out.put(LocalDate.ofEpochDay(k), v));
            return out;
        });
    }

    /** Full-text search over reports and claims ({@code kind} report, claim or null for both). */
    public List<Hit> search(String text, String kind, int limit) {
        return withSearcher(s -> {
            SimpleQueryParser p = new SimpleQueryParser(analyzer, "text");
            p.setDefaultOperator(BooleanClause.Occur.MUST);
            Query parsed = p.parse(text);
            if (parsed == null) {
                parsed = new MatchNoDocsQuery();
            }
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            b.add(parsed, BooleanClause.Occur.MUST);
            if (kind != null) {
                b.add(new TermQuery(new Term("kind", kind)), BooleanClause.Occur.FILTER);
            } else {
                BooleanQuery.Builder k = new BooleanQuery.Builder();
                k.add(new TermQuery(new Term("kind", "report")), BooleanClause.Occur.SHOULD);
                k.add(new TermQuery(new Term("kind", "claim")), BooleanClause.Occur.SHOULD);
                b.add(k.build(), BooleanClause.Occur.FILTER);
            }
            TopDocs top = s.search(b.build(), limit);
            List<String> terms = Snippets.terms(analyzer, text);
            StoredFields stored = s.storedFields();
            List<Hit> out = new ArrayList<>();
            for (ScoreDoc sd : top.scoreDocs) {
                Document d = stored.document(sd.doc);
                Snippets.Snippet sn = Snippets.snippet(d.get("body"), terms, 240);
                if (d.get("cid") != null) {
                    out.add(new Hit("claim", d.get("cid"), d.getField("event").numericValue().longValue(),
                            d.getField("report").numericValue().longValue(), d.get("title"), sn.text(), sn.marks()));
                } else {
                    Map<?, ?> meta = Json.MAPPER.readValue(d.getBinaryValue("json").bytes, Map.class);
                    long rid = ((Number) meta.get("id")).longValue();
                    BooleanQuery.Builder ev = new BooleanQuery.Builder();
                    ev.add(new TermQuery(new Term("kind", "event")), BooleanClause.Occur.FILTER);
                    ev.add(new TermQuery(new Term("rid", Long.toString(rid))), BooleanClause.Occur.FILTER);
                    TopDocs first = s.search(ev.build(), 1, sort("-date"));
                    Long eventId = null;
                    if (first.scoreDocs.length > 0) {
                        eventId = Json.MAPPER.readTree(stored.document(first.scoreDocs[0].doc).getBinaryValue("json")
                                .bytes).get("id").asLong();
                    }
                    out.add(new Hit("report", String.valueOf(rid), eventId, rid, d.get("title"), sn.text(),
                            sn.marks()));
                }
            }
            return out;
        });
    }

    /** A page of the actors or places list, most events first, optionally matching words. */
    public EventPage list(String kind, String text, int limit, int offset) {
        return withSearcher(s -> {
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            b.add(new TermQuery(new Term("kind", kind)), BooleanClause.Occur.FILTER);
            if (text != null && !text.isBlank()) {
                SimpleQueryParser p = new SimpleQueryParser(analyzer, "text");
                p.setDefaultOperator(BooleanClause.Occur.MUST);
                Query parsed = p.parse(text);
                b.add(parsed == null ? new MatchNoDocsQuery() : parsed, BooleanClause.Occur.FILTER);
            }
            Query q = b.build();
            TopDocs top = s.search(q, offset + limit, new Sort(new SortField("events_dv", SortField.Type.LONG, true)));
            List<byte[]> out = new ArrayList<>();
            StoredFields stored = s.storedFields();
            for (int i = offset; i < top.scoreDocs.length; i++) {
                out.add(stored.document(top.scoreDocs[i].doc).getBinaryValue("json").bytes);
            }
            return new EventPage(s.count(q), out);
        });
    }

    /** The stored JSON of the report list entries with these ids (those the index has). */
    public Map<Long, byte[]> reportMeta(Collection<Long> ids) {
        return withSearcher(s -> {
            Map<Long, byte[]> out = new java.util.LinkedHashMap<>();
            StoredFields stored = s.storedFields();
            for (long id : ids) {
                TopDocs t = s.search(new TermQuery(new Term("rid", Long.toString(id))), 1);
                if (t.scoreDocs.length > 0) {
                    out.put(id, stored.document(t.scoreDocs[0].doc).getBinaryValue("json").bytes);
                }
            }
            return out;
        });
    }

    /** A page of reports, newest publication first. */
    public EventPage reports(int limit, int offset) {
        return withSearcher(s -> {
            Query q = new TermQuery(new Term("kind", "report"));
            TopDocs top = s.search(q, offset + limit, new Sort(new SortField("published_dv", SortField.Type.LONG, true),
                    new SortField("id_dv", SortField.Type.LONG, true)));
            List<byte[]> out = new ArrayList<>();
            StoredFields stored = s.storedFields();
            for (int i = offset; i < top.scoreDocs.length; i++) {
                out.add(stored.document(top.scoreDocs[i].doc).getBinaryValue("json").bytes);
            }
            return new EventPage(s.count(q), out);
        });
    }

    @FunctionalInterface
    private interface SearchWork<T> {
        T run(IndexSearcher s) throws IOException;
    }

    private <T> T withSearcher(SearchWork<T> work) {
        try {
            IndexSearcher s = searchers.acquire();
            try {
                return work.run(s);
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("search failed: " + e.getMessage(), e);
        }
    }

    private static final class DocValuesCollector extends SimpleCollector {
        private final List<Point> out;
        private final int max;
        private NumericDocValues id;
        private NumericDocValues lat;
        private NumericDocValues lon;
        private NumericDocValues fatal;
        private NumericDocValues contested;

        DocValuesCollector(List<Point> out, int max) {
            this.out = out;
            this.max = max;
        }

        @Override
        protected void doSetNextReader(LeafReaderContext ctx) throws IOException {
            id = ctx.reader().getNumericDocValues("id_dv");
            lat = ctx.reader().getNumericDocValues("lat_dv");
            lon = ctx.reader().getNumericDocValues("lon_dv");
            fatal = ctx.reader().getNumericDocValues("fatal_dv");
            contested = ctx.reader().getNumericDocValues("contested_dv");
        }

        @Override
        public void collect(int doc) throws IOException {
            if (out.size() >= max || lat == null || lon == null || !lat.advanceExact(doc) || !lon.advanceExact(doc)
                    || !id.advanceExact(doc)) {
                return;
            }
            Integer f = fatal != null && fatal.advanceExact(doc) && fatal.longValue() >= 0 ? (int) fatal.longValue()
                    : null;
            boolean c = contested != null && contested.advanceExact(doc) && contested.longValue() == 1;
            out.add(new Point(id.longValue(), Double.longBitsToDouble(lat.longValue()),
                    Double.longBitsToDouble(lon.longValue()), f, c));
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
            dir.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
