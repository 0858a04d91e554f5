package org.crosscheck.ledger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import org.crosscheck.json.ReportJson;
import org.crosscheck.model.Actor;
import org.crosscheck.model.Claim;
import org.crosscheck.model.CrosscheckConfig;
import org.crosscheck.model.Event;
import org.crosscheck.model.Extraction;
import org.crosscheck.model.Place;
import org.crosscheck.model.ReportExtractor;
import org.crosscheck.model.ReportSource;
import org.crosscheck.model.Span;
import org.flywaydb.core.Flyway;

/**
 * The ledger across reports, stored in embedded H2 (a file in {@link CrosscheckConfig#ledgerDir()}) or in
 * PostgreSQL (when the config carries a JDBC URL). Open it, use it, close it.
 *
 * <p>Thread-safety: one instance may be shared by any number of threads. Reads run concurrently on a
 * connection pool; writes (ingest, edits, merges, splits) take one lock, because matching reads the ledger and
 * then creates or extends events, and two interleaved ingests could otherwise create one incident twice. On
 * PostgreSQL each write transaction also takes an advisory lock, so several processes may ingest into one
 * database. An embedded H2 store is opened by one process at a time.
 *
 * <p>Every write is one transaction: a report is stored whole (report, events, claims, matching decisions) or
 * not at all, so a killed process leaves a store that holds only whole reports, and a re-run completes it.
 */
public final class Ledger implements AutoCloseable {
    /** Events longer than this are not found as match candidates (keeps the candidate query on the index). */
    static final int MAX_EVENT_DAYS = 31;
    /** Two bodies at least this similar (estimated Jaccard of 4-word shingles) are copies of one story. */
    static final double DUPLICATE_SIMILARITY = 0.8;
    private static final long PG_LOCK_KEY = 0x43726f7373636bL;
    private static final Set<String> EVENT_FIELDS = Set.of("event_type", "sub_event_type", "start_date", "end_date",
            "country", "admin1", "admin2", "location", "latitude", "longitude", "geo_precision", "actor1", "actor2");
    private static final Set<String> CLAIM_FIELDS = Set.of("claimant", "via", "stance", "outcome", "victims",
            "low_count", "high_count", "vague", "count_text");

    private final HikariDataSource ds;
    private final boolean postgres;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final ReportJson json = new ReportJson();
    private final Clock clock;

    private Ledger(HikariDataSource ds, boolean postgres, Clock clock) {
        this.ds = ds;
        this.postgres = postgres;
        this.clock = clock;
    }

    /** Opens (creating or migrating) the ledger the config names. */
    public static Ledger open(CrosscheckConfig config) {
        if (config.jdbcUrl() != null && !config.jdbcUrl().isBlank()) {
            return open(config.jdbcUrl());
        }
        Path dir = config.ledgerDir().toAbsolutePath();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the ledger folder " + dir, e);
        }
        return open(h2Url(dir));
    }

    /** The JDBC URL of the embedded store in {@code dir}. */
    public static String h2Url(Path dir) {
        return "jdbc:h2:file:" + dir.toAbsolutePath().resolve("ledger");
    }

    /** Opens the ledger at a JDBC URL ({@code jdbc:h2:…} or {@code jdbc:postgresql:…}). */
    public static Ledger open(String jdbcUrl) {
        return open(jdbcUrl, Clock.systemUTC());
    }

    static Ledger open(String jdbcUrl, Clock clock) {
        boolean pg = jdbcUrl.startsWith("jdbc:postgresql:");
        if (!pg && !jdbcUrl.startsWith("jdbc:h2:")) {
            throw new IllegalArgumentException("the ledger runs on H2 or PostgreSQL, not " + jdbcUrl.split(";|\\?")[0]);
        }
        if (jdbcUrl.startsWith("jdbc:h2:file:")) {
            createH2Atomically(jdbcUrl);
        }
        HikariDataSource ds = pool(jdbcUrl);
        try {
            flyway(ds).migrate();
        } catch (RuntimeException e) {
            ds.close();
            throw e;
        }
        return new Ledger(ds, pg, clock);
    }

    /**
     * H2 commits each DDL statement on its own, so a process killed while creating the schema would leave a half
     * made store that no later run can migrate. A new store is therefore built under a temporary name and renamed
     * into place once whole; a store that exists is used as it is.
     */
    private static void createH2Atomically(String jdbcUrl) {
        String rest = jdbcUrl.substring("jdbc:h2:file:".length());
        int semi = rest.indexOf(';');
        String options = semi < 0 ? "" : rest.substring(semi);
        Path file = Path.of((semi < 0 ? rest : rest.substring(0, semi)) + ".mv.db");
        if (Files.exists(file)) {
            return;
        }
        Path dir = file.toAbsolutePath().getParent();
        String base = file.getFileName().toString().replace(".mv.db", "");
        try {
            Files.createDirectories(dir);
            try (var stale = Files.newDirectoryStream(dir, base + ".init-*.mv.db")) {
                for (Path p : stale) {
                    String pid = p.getFileName().toString().replaceAll(".*\\.init-(\\d+)\\.mv\\.db", "$1");
                    if (pid.matches("\\d+") && ProcessHandle.of(Long.parseLong(pid)).isEmpty()) {
                        Files.deleteIfExists(p);
                    }
                }
            }
            String tmpBase = dir.resolve(base + ".init-" + ProcessHandle.current().pid()).toString();
            Files.deleteIfExists(Path.of(tmpBase + ".mv.db"));
            try (HikariDataSource tmp = pool("jdbc:h2:file:" + tmpBase + options)) {
                flyway(tmp).migrate();
            }
            try {
                Files.move(Path.of(tmpBase + ".mv.db"), file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                // Another process created the store first: use its.
                Files.deleteIfExists(Path.of(tmpBase + ".mv.db"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the ledger store " + file, e);
        }
    }

    /** Flyway logs through SLF4J, so that the command line's binding decides whether its lines are shown. */
    private static Flyway flyway(javax.sql.DataSource ds) {
        return Flyway.configure().dataSource(ds).locations("classpath:db/ledger")
                .javaMigrations(new V3__ReportPerson()).loggers("slf4j").load();
    }

    private static HikariDataSource pool(String jdbcUrl) {
        HikariConfig hc = new HikariConfig();
        hc.setJdbcUrl(jdbcUrl);
        hc.setMaximumPoolSize(4);
        hc.setMinimumIdle(1);
        hc.setAutoCommit(true);
        hc.setPoolName("crosscheck-ledger");
        // Fail fast when the server is not there, instead of Hikari's default 30 s wait.
        hc.setConnectionTimeout(10_000);
        hc.setInitializationFailTimeout(10_000);
        return new HikariDataSource(hc);
    }

    /** The database product and version, e.g. "PostgreSQL 15.18": tests log it to prove which server ran. */
    public String serverVersion() {
        try (Connection c = ds.getConnection()) {
            DatabaseMetaData md = c.getMetaData();
            return md.getDatabaseProductName() + " " + md.getDatabaseProductVersion();
        } catch (SQLException e) {
            throw new LedgerException("cannot read the server version", e);
        }
    }

    public boolean isPostgres() {
        return postgres;
    }

    @Override
    public void close() {
        ds.close();
    }

    // ---------------------------------------------------------------- ingest

    /**
     * Extracts and stores a report, unless its body is already stored (then nothing is extracted or changed).
     *
     * @throws org.crosscheck.model.UnreadableReportException from the extractor
     */
    public IngestResult ingest(ReportSource source, ReportExtractor extractor) {
        String hash = sha256(source.body());
        Long existing = read(c -> findReport(c, hash));
        if (existing != null) {
            return new IngestResult(existing, IngestResult.Status.UNCHANGED, source.name(), null, null, null, List.of());
        }
        return ingest(extractor.extract(source), source);
    }

    /** Whether a report with exactly this body is stored (then ingesting it again changes nothing). */
    public boolean holds(String body) {
        String hash = sha256(body);
        return read(c -> findReport(c, hash)) != null;
    }

    /** Stores an extraction of {@code source} (whose body the extraction's offsets refer to). */
    public IngestResult ingest(Extraction extraction, ReportSource source) {
        String body = extraction.report().body() != null ? extraction.report().body() : source.body();
        String hash = sha256(body);
        try {
            return write(c -> doIngest(c, extraction, source, body, hash));
        } catch (LedgerException e) {
            // Another process stored the same body between our check and our insert: that is "unchanged".
            Long existing = read(c -> findReport(c, hash));
            if (existing != null && isUniqueViolation(e.getCause())) {
                return new IngestResult(existing, IngestResult.Status.UNCHANGED, source.name(), null, null, null,
                        List.of());
            }
            throw e;
        }
    }

    private IngestResult doIngest(Connection c, Extraction x, ReportSource src, String body, String hash)
            throws SQLException {
        Long existing = findReport(c, hash);
        if (existing != null) {
            return new IngestResult(existing, IngestResult.Status.UNCHANGED, src.name(), null, null, null, List.of());
        }
        Instant now = clock.instant();
        String url = usableUrl(firstNonNull(usableUrl(src.url()), x.report().url()));
        Long previous = null;
        int urlVersion = 1;
        if (url != null) {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id, url_version FROM report WHERE url = ? AND is_current = TRUE")) {
                ps.setString(1, url);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        previous = rs.getLong(1);
                        urlVersion = rs.getInt(2) + 1;
                    }
                }
            }
        }
        long[] sig = MinHash.signature(body);
        boolean hashable = sig[0] != Long.MAX_VALUE;
        Long duplicateOf = null;
        Double similarity = null;
        if (hashable) {
            double best = 0;
            for (Map.Entry<Long, long[]> cand : bandCandidates(c, sig).entrySet()) {
                double s = MinHash.similarity(sig, cand.getValue());
                if (s >= DUPLICATE_SIMILARITY && s > best && !cand.getKey().equals(previous)) {
                    best = s;
                    duplicateOf = cand.getKey();
                }
            }
            if (duplicateOf != null) {
                duplicateOf = rootOf(c, duplicateOf);
                similarity = best;
            }
        }
        long reportId;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO report (body_hash, name, title, outlet, url, "
                + "published, language, chars, url_version, supersedes, is_current, duplicate_of, duplicate_similarity, "
                + "minhash, ingested_at, body, extraction) VALUES (?,?,?,?,?,?,?,?,?,?,TRUE,?,?,?,?,?,?)",
                new String[] {"id"})) {
            ps.setString(1, hash);
            ps.setString(2, src.name());
            ps.setString(3, cut(firstNonNull(x.report().title(), src.title()), 4000));
            ps.setString(4, cut(firstNonNull(x.report().outlet(), src.outlet()), 1000));
            ps.setString(5, url);
            LocalDate published = firstNonNull(x.report().published(), src.published());
            ps.setObject(6, published == null ? null : Date.valueOf(published), Types.DATE);
            ps.setString(7, firstNonNull(x.report().language(), src.language()));
            ps.setInt(8, body.length());
            ps.setInt(9, urlVersion);
            setLong(ps, 10, previous);
            setLong(ps, 11, duplicateOf);
            ps.setObject(12, similarity, Types.DOUBLE);
            ps.setString(13, MinHash.encode(sig));
            ps.setTimestamp(14, Timestamp.from(now));
            ps.setString(15, body);
            ps.setString(16, json.write(x));
            ps.executeUpdate();
            reportId = generatedId(ps);
        }
        if (previous != null) {
            exec(c, "UPDATE report SET is_current = FALSE WHERE id = ?", previous);
            exec(c, "UPDATE claim SET counted = FALSE WHERE report_id = ?", previous);
        }
        if (hashable) {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO report_band (band, hash, report_id) VALUES (?,?,?)")) {
                for (int b = 0; b < MinHash.BANDS; b++) {
                    ps.setInt(1, b);
                    ps.setLong(2, MinHash.band(sig, b));
                    ps.setLong(3, reportId);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }

        Map<String, Actor> actors = new HashMap<>();
        x.actors().forEach(a -> actors.put(a.id(), a));
        Map<String, Place> places = new HashMap<>();
        x.places().forEach(p -> places.put(p.id(), p));
        LocalDate published = firstNonNull(x.report().published(), src.published());
        Set<String> persons = Persons.keys(x);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO report_person (name_key, report_id) VALUES (?,?)")) {
            Persons.addBatch(ps, reportId, persons);
            ps.executeBatch();
        }
        Map<String, Long> ledgerOf = new LinkedHashMap<>();
        Set<Long> touched = new LinkedHashSet<>();
        for (Event e : parentsFirst(x.events())) {
            Matcher.Info info = info(reportId, e, places, actors, published, persons);
            Long ledgerParent = e.parent() == null ? null : ledgerOf.get(e.parent());
            long ledgerId = match(c, info, ledgerParent, now);
            ledgerOf.put(e.id(), ledgerId);
            insertReportEvent(c, info, e, ledgerId, places.get(e.place()), actors);
            touched.add(ledgerId);
            if (ledgerParent != null) {
                touched.add(ledgerParent);
            }
        }
        insertClaims(c, reportId, x, actors, ledgerOf, duplicateOf == null);
        insertAliases(c, x.actors());
        if (previous != null) {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT DISTINCT ledger_event_id FROM report_event WHERE report_id = ? AND ledger_event_id IS NOT NULL")) {
                ps.setLong(1, previous);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        touched.add(rs.getLong(1));
                    }
                }
            }
        }
        for (long id : touched) {
            refresh(c, id, now);
        }
        IngestResult.Status status = duplicateOf != null ? IngestResult.Status.DUPLICATE
                : previous != null ? IngestResult.Status.NEW_VERSION : IngestResult.Status.STORED;
        return new IngestResult(reportId, status, src.name(), duplicateOf, similarity, previous,
                new ArrayList<>(new LinkedHashSet<>(ledgerOf.values())));
    }

    private static List<Event> parentsFirst(List<Event> events) {
        Map<String, Event> byId = new LinkedHashMap<>();
        events.forEach(e -> byId.put(e.id(), e));
        List<Event> out = new ArrayList<>();
        Set<String> done = new HashSet<>();
        for (Event e : events) {
            addWithParents(e, byId, done, out, 0);
        }
        return out;
    }

    private static void addWithParents(Event e, Map<String, Event> byId, Set<String> done, List<Event> out,
                                       int depth) {
        if (done.contains(e.id()) || depth > byId.size()) {
            return;
        }
        if (e.parent() != null && byId.containsKey(e.parent())) {
            addWithParents(byId.get(e.parent()), byId, done, out, depth + 1);
        }
        if (done.add(e.id())) {
            out.add(e);
        }
    }

    private Matcher.Info info(long reportId, Event e, Map<String, Place> places, Map<String, Actor> actors,
                              LocalDate published, Set<String> persons) {
        LocalDate start = null;
        LocalDate end = null;
        boolean fromPublication = false;
        if (e.time() != null && e.time().start() != null) {
            start = LocalDate.parse(e.time().start().substring(0, 10));
            end = e.time().end() == null ? start : LocalDate.parse(e.time().end().substring(0, 10));
        } else if (published != null) {
            // The report gives no date: the incident happened by the time it was published.
            start = published;
            end = published;
            fromPublication = true;
        }
        Place p = e.place() == null ? null : places.get(e.place());
        Set<String> placeKeys = new LinkedHashSet<>();
        if (p != null) {
            placeKeys.add(Keys.key(p.name()));
            p.aliases().forEach(a -> placeKeys.add(Keys.key(a)));
        }
        placeKeys.remove("");
        Set<String> actorKeys = new LinkedHashSet<>();
        for (String a : e.actors()) {
            actorKeys.addAll(actorKeys(actors.get(a), actors));
        }
        actorKeys.remove("");
        return new Matcher.Info(reportId, e.id(), e.type().toString(), e.subType(), start, end, fromPublication,
                p == null ? null : p.name(), placeKeys, p == null ? null : p.lat(), p == null ? null : p.lon(),
                p == null ? null : p.country(), p == null ? null : p.admin1(), p == null ? null : p.admin2(),
                p == null ? null : p.precision(), actorKeys, persons);
    }

    /** An actor's name and aliases, and those of the force it sides with and the party it speaks for. */
    private static Set<String> actorKeys(Actor a, Map<String, Actor> actors) {
        Set<String> keys = new LinkedHashSet<>();
        if (a == null) {
            return keys;
        }
        keys.add(Keys.key(a.name()));
        a.aliases().forEach(s -> keys.add(Keys.key(s)));
        for (String rel : new String[] {a.side(), a.speaksFor()}) {
            Actor r = rel == null ? null : actors.get(rel);
            if (r != null) {
                keys.add(Keys.key(r.name()));
                r.aliases().forEach(s -> keys.add(Keys.key(s)));
            }
        }
        keys.remove("");
        return keys;
    }

    /** Columns of a match candidate: a report event and its ledger event, read by {@link #readCandidates}. */
    private static final String CANDIDATE_SELECT = "SELECT re.report_id, re.local_id, re.event_type, "
            + "re.sub_event_type, re.start_date, re.end_date, re.time_precision, re.place_name, re.place_keys, "
            + "re.latitude, re.longitude, re.country, re.admin1, re.admin2, re.geo_precision, re.actor_keys, "
            + "le.id, le.parent_id";
    /** Undated candidates found through one name are capped: a name in thousands of reports proves little. */
    private static final int MAX_NAMED_CANDIDATES = 1000;

    /** Finds the ledger event this report event describes, or creates one; records why either way. */
    private long match(Connection c, Matcher.Info info, Long ledgerParent, Instant now) throws SQLException {
        Map<Long, List<Matcher.Info>> candidates = new LinkedHashMap<>();
        Map<Long, Long> parentOf = new HashMap<>();
        Set<Long> sameReport = new HashSet<>();
        if (info.start() != null) {
            try (PreparedStatement ps = c.prepareStatement(CANDIDATE_SELECT + " FROM ledger_event le "
                    + "JOIN report_event re ON re.ledger_event_id = le.id "
                    + "WHERE le.active = TRUE AND le.start_date BETWEEN ? AND ? AND le.end_date >= ?")) {
                ps.setDate(1, Date.valueOf(info.start().minusDays(MAX_EVENT_DAYS + 2L)));
                ps.setDate(2, Date.valueOf(info.end().plusDays(2)));
                ps.setDate(3, Date.valueOf(info.start().minusDays(2)));
                readCandidates(ps, false, info, candidates, parentOf, sameReport);
            }
        }
        if (!info.persons().isEmpty()) {
            // Where one side has no date, only a person named in both reports can tie the two (Matcher says when):
            // the events of reports naming this report's people; only the undated ones when this one has a date,
            // so that a name quoted in thousands of dated reports costs nothing.
            String in = String.join(",", Collections.nCopies(info.persons().size(), "?"));
            try (PreparedStatement ps = c.prepareStatement(CANDIDATE_SELECT + ", rp.name_key FROM ledger_event le "
                    + "JOIN report_event re ON re.ledger_event_id = le.id "
                    + "JOIN report_person rp ON rp.report_id = re.report_id WHERE le.active = TRUE "
                    + (info.start() != null ? "AND le.start_date IS NULL " : "")
                    + "AND rp.name_key IN (" + in + ") AND rp.report_id <> ? ORDER BY le.id DESC")) {
                int i = 1;
                for (String k : info.persons()) {
                    ps.setString(i++, k);
                }
                ps.setLong(i, info.reportId());
                ps.setMaxRows(MAX_NAMED_CANDIDATES);
                readCandidates(ps, true, info, candidates, parentOf, sameReport);
            }
        }
        Set<Long> ancestors = ancestors(c, ledgerParent);
        long bestId = -1;
        Matcher.Score best = null;
        Matcher.Info bestOther = null;
        Matcher.Score closest = null;
        long closestId = -1;
        Map<Long, Matcher.Info> matching = new LinkedHashMap<>();
        for (Map.Entry<Long, List<Matcher.Info>> cand : candidates.entrySet()) {
            long id = cand.getKey();
            // One report's own events are distinct incidents by the report's own account.
            if (sameReport.contains(id) || ancestors.contains(id)) {
                continue;
            }
            Long p = parentOf.get(id);
            if (ledgerParent != null && p != null && !p.equals(ledgerParent)) {
                continue;
            }
            // An incident of an operation may adopt a free-standing incident, never another operation: that made
            // operations children of operations, chain after chain, when incidents resembled a neighbour operation.
            if (ledgerParent != null && p == null && hasChildren(c, id)) {
                continue;
            }
            for (Matcher.Info other : cand.getValue()) {
                Matcher.Score s = Matcher.score(info, other);
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
            String reasons = "matches report " + bestOther.reportId() + " event " + bestOther.localId() + ": "
                    + String.join("; ", best.reasons());
            if (ledgerParent != null && parentOf.get(bestId) == null) {
                exec(c, "UPDATE ledger_event SET parent_id = ? WHERE id = ?", ledgerParent, bestId);
                reasons += "; becomes part of operation " + ledgerParent;
            }
            decision(c, bestId, info.reportId(), info.localId(), "matched", best.total(), reasons, "matcher", now);
            for (Map.Entry<Long, Matcher.Info> also : matching.entrySet()) {
                if (also.getKey() != bestId && bridgeable(c, bestId, also.getKey())) {
                    // Reports of one incident that arrived in an order that kept them apart: this report event
                    // matches both, so they are one incident.
                    String why = "report " + info.reportId() + " event " + info.localId() + " matches both this and "
                            + "report " + also.getValue().reportId() + " event " + also.getValue().localId();
                    absorb(c, bestId, also.getKey(), "matcher merged event " + also.getKey() + " into this: " + why,
                            "matcher merged this into event " + bestId + ": " + why, "matcher", now);
                }
            }
            return bestId;
        }
        long id;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO ledger_event (parent_id, event_type, "
                + "sub_event_type, start_date, end_date, contested, report_count, claim_count, active, created_at, "
                + "updated_at) VALUES (?,?,?,?,?,FALSE,0,0,TRUE,?,?)", new String[] {"id"})) {
            setLong(ps, 1, ledgerParent);
            ps.setString(2, info.eventType());
            ps.setString(3, info.subType());
            ps.setObject(4, info.start() == null ? null : Date.valueOf(info.start()), Types.DATE);
            ps.setObject(5, info.end() == null ? null : Date.valueOf(info.end()), Types.DATE);
            ps.setTimestamp(6, Timestamp.from(now));
            ps.setTimestamp(7, Timestamp.from(now));
            ps.executeUpdate();
            id = generatedId(ps);
        }
        String reasons = candidates.isEmpty() ? info.start() == null
                ? "no date, and no other report names the same people" : "no ledger event within the dates"
                : closest == null ? "no compatible ledger event within the dates"
                : String.format("closest was event %d, score %.1f below %.1f or place unproven: %s", closestId,
                closest.total(), Matcher.THRESHOLD, String.join("; ", closest.reasons()));
        decision(c, id, info.reportId(), info.localId(), "new", null, reasons, "matcher", now);
        return id;
    }

    /**
     * Reads candidate rows ({@link #CANDIDATE_SELECT}) into {@code candidates} by ledger event. With {@code named},
     * a 19th column is a person the row's report shares with this one: one row per name, gathered into the event's
     * {@code persons}.
     */
    private static void readCandidates(PreparedStatement ps, boolean named, Matcher.Info info,
                                       Map<Long, List<Matcher.Info>> candidates, Map<Long, Long> parentOf,
                                       Set<Long> sameReport) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long le = rs.getLong(17);
                long parent = rs.getLong(18);
                parentOf.put(le, rs.wasNull() ? null : parent);
                long report = rs.getLong(1);
                if (report == info.reportId()) {
                    sameReport.add(le);
                }
                List<Matcher.Info> rows = candidates.computeIfAbsent(le, k -> new ArrayList<>());
                String local = rs.getString(2);
                Set<String> persons = named ? Set.of(rs.getString(19)) : Set.of();
                int seen = -1;
                for (int i = 0; i < rows.size() && named; i++) {
                    if (rows.get(i).reportId() == report && rows.get(i).localId().equals(local)) {
                        seen = i;
                    }
                }
                if (seen >= 0) {
                    rows.set(seen, rows.get(seen).withPersons(persons));
                    continue;
                }
                Date s = rs.getDate(5);
                Date e = rs.getDate(6);
                LocalDate start = s == null ? null : s.toLocalDate();
                rows.add(new Matcher.Info(report, local, rs.getString(3), rs.getString(4), start,
                        e == null ? start : e.toLocalDate(), "published".equals(rs.getString(7)), rs.getString(8),
                        Keys.split(rs.getString(9)), doubleOrNull(rs, 10), doubleOrNull(rs, 11), rs.getString(12),
                        rs.getString(13), rs.getString(14), intOrNull(rs, 15), Keys.split(rs.getString(16)),
                        persons));
            }
        }
    }

    private Set<Long> ancestors(Connection c, Long id) throws SQLException {
        Set<Long> out = new HashSet<>();
        Long cur = id;
        while (cur != null && out.add(cur)) {
            try (PreparedStatement ps = c.prepareStatement("SELECT parent_id FROM ledger_event WHERE id = ?")) {
                ps.setLong(1, cur);
                try (ResultSet rs = ps.executeQuery()) {
                    cur = rs.next() ? (Long) rs.getObject(1, Long.class) : null;
                }
            }
        }
        return out;
    }

    private void insertReportEvent(Connection c, Matcher.Info info, Event e, long ledgerId, Place p,
                                   Map<String, Actor> actors) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO report_event (report_id, local_id, "
                + "ledger_event_id, parent_local, event_type, sub_event_type, time_start, time_end, start_date, "
                + "end_date, time_precision, place_name, place_keys, latitude, longitude, country, admin1, admin2, "
                + "geo_precision, actor_names, actor_keys) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            ps.setLong(1, info.reportId());
            ps.setString(2, e.id());
            ps.setLong(3, ledgerId);
            ps.setString(4, e.parent());
            ps.setString(5, info.eventType());
            ps.setString(6, info.subType());
            ps.setString(7, e.time() == null ? null : e.time().start());
            ps.setString(8, e.time() == null ? null : e.time().end());
            ps.setObject(9, info.start() == null ? null : Date.valueOf(info.start()), Types.DATE);
            ps.setObject(10, info.end() == null ? null : Date.valueOf(info.end()), Types.DATE);
            ps.setString(11, info.dateFromPublication() ? "published"
                    : e.time() == null || e.time().precision() == null ? null : e.time().precision().toString());
            ps.setString(12, cut(info.placeName(), 500));
            ps.setString(13, cut(Keys.join(info.placeKeys()), 4000));
            ps.setObject(14, info.lat(), Types.DOUBLE);
            ps.setObject(15, info.lon(), Types.DOUBLE);
            ps.setString(16, info.country());
            ps.setString(17, cut(info.admin1(), 300));
            ps.setString(18, cut(info.admin2(), 300));
            ps.setObject(19, p == null ? null : p.precision(), Types.INTEGER);
            List<String> names = new ArrayList<>();
            for (String a : e.actors()) {
                Actor act = actors.get(a);
                if (act != null) {
                    names.add(act.name());
                }
            }
            ps.setString(20, cut(Keys.join(names), 4000));
            ps.setString(21, cut(Keys.join(info.actorKeys()), 8000));
            ps.executeUpdate();
        }
    }

    private void insertClaims(Connection c, long reportId, Extraction x, Map<String, Actor> actors,
                              Map<String, Long> ledgerOf, boolean counted) throws SQLException {
        String outletName = x.report().outlet() != null ? x.report().outlet() : "the outlet";
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO claim (report_id, local_id, event_local, "
                + "ledger_event_id, claimant, claimant_key, claimant_keys, claimant_kind, via, stance, kind, outcome, "
                + "victims, victims_key, victims_kind, low_count, high_count, vague, count_text, object_text, refutes, "
                + "evidence, counted, victims_named) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            for (Claim cl : x.claims()) {
                Actor claimant = actors.get(cl.claimant());
                String claimantName = Claim.OUTLET.equals(cl.claimant()) ? outletName
                        : claimant == null ? cl.claimant() : claimant.name();
                Set<String> claimantKeys = claimant == null ? new LinkedHashSet<>(Set.of(Keys.key(claimantName)))
                        : actorKeys(claimant, actors);
                ps.setLong(1, reportId);
                ps.setString(2, cl.id());
                ps.setString(3, cl.event());
                Long le = cl.event() == null ? null : ledgerOf.get(cl.event());
                setLong(ps, 4, le);
                ps.setString(5, cut(claimantName, 500));
                ps.setString(6, cut(Keys.key(claimantName), 500));
                ps.setString(7, cut(Keys.join(claimantKeys), 4000));
                ps.setString(8, claimant == null ? "outlet" : claimant.kind().toString());
                Actor via = cl.via() == null ? null : actors.get(cl.via());
                ps.setString(9, via == null ? null : cut(via.name(), 500));
                ps.setString(10, cl.stance().toString());
                ps.setString(11, cl.kind().toString());
                if (cl.casualties() != null) {
                    Actor v = actors.get(cl.casualties().victims());
                    Actor side = v != null && v.side() != null ? actors.get(v.side()) : null;
                    String victims = side != null ? side.name() : v == null ? cl.casualties().victims() : v.name();
                    ps.setString(12, cl.casualties().outcome().toString());
                    ps.setString(13, cut(victims, 500));
                    ps.setString(14, cut(Keys.key(victims), 500));
                    ps.setString(15, v == null ? null : (side != null ? side : v).kind().toString());
                    ps.setObject(16, cl.casualties().count().low(), Types.INTEGER);
                    ps.setObject(17, cl.casualties().count().high(), Types.INTEGER);
                    ps.setBoolean(18, cl.casualties().count().vague());
                    ps.setString(19, cut(cl.casualties().count().text(), 1000));
                    ps.setString(24, cut(v == null ? cl.casualties().victims() : v.name(), 500));
                } else {
                    for (int i = 12; i <= 15; i++) {
                        ps.setNull(i, Types.VARCHAR);
                    }
                    ps.setNull(24, Types.VARCHAR);
                    ps.setObject(16, cl.quantity() == null ? null : cl.quantity().low(), Types.INTEGER);
                    ps.setObject(17, cl.quantity() == null ? null : cl.quantity().high(), Types.INTEGER);
                    ps.setObject(18, cl.quantity() == null ? null : cl.quantity().vague(), Types.BOOLEAN);
                    ps.setString(19, cl.quantity() == null ? null : cut(cl.quantity().text(), 1000));
                }
                ps.setString(20, cut(cl.object(), 2000));
                ps.setString(21, cut(String.join(",", cl.refutes()), 1000));
                ps.setString(22, evidenceJson(cl.evidence()));
                ps.setBoolean(23, counted);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void insertAliases(Connection c, List<Actor> actors) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO actor_alias (alias_key, name_key) SELECT ?, ? "
                + "WHERE NOT EXISTS (SELECT 1 FROM actor_alias WHERE alias_key = ? AND name_key = ?)")) {
            Set<String> done = new HashSet<>();
            for (Actor a : actors) {
                String name = cut(Keys.key(a.name()), 500);
                for (String alias : a.aliases()) {
                    String k = cut(Keys.key(alias), 500);
                    if (!k.isEmpty() && !k.equals(name) && done.add(k + "|" + name)) {
                        ps.setString(1, k);
                        ps.setString(2, name);
                        ps.setString(3, k);
                        ps.setString(4, name);
                        ps.executeUpdate();
                    }
                }
            }
        }
    }

    private String evidenceJson(List<Span> spans) {
        try {
            return json.mapper().writeValueAsString(spans);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<Long, long[]> bandCandidates(Connection c, long[] sig) throws SQLException {
        // A UNION of point lookups: H2 does not use the primary key for an OR of (band, hash) pairs.
        StringBuilder sql = new StringBuilder("SELECT r.id, r.minhash FROM report r WHERE r.id IN (");
        for (int b = 0; b < MinHash.BANDS; b++) {
            sql.append(b == 0 ? "" : " UNION ").append("SELECT report_id FROM report_band WHERE band = ? AND hash = ?");
        }
        sql.append(")");
        Map<Long, long[]> out = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            for (int b = 0; b < MinHash.BANDS; b++) {
                ps.setInt(2 * b + 1, b);
                ps.setLong(2 * b + 2, MinHash.band(sig, b));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getLong(1), MinHash.decode(rs.getString(2)));
                }
            }
        }
        return out;
    }

    private long rootOf(Connection c, long reportId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT duplicate_of FROM report WHERE id = ?")) {
            ps.setLong(1, reportId);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    long d = rs.getLong(1);
                    return rs.wasNull() ? reportId : d;
                }
            }
        }
        return reportId;
    }

    /**
     * A report's URL as an identity for versions: only an absolute URL ({@code scheme://…}) counts. Header values
     * such as "unknown" or "n/a (corpus document 12)" are no address, and two reports carrying them are not
     * versions of one another; they are stored without a URL.
     */
    static String usableUrl(String url) {
        if (url == null) {
            return null;
        }
        String u = url.strip();
        return u.matches("(?i)[a-z][a-z0-9+.-]*://[^\\s/]+\\S*") ? u : null;
    }

    private static Long findReport(Connection c, String hash) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM report WHERE body_hash = ?")) {
            ps.setString(1, hash);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    private void decision(Connection c, long ledgerId, Long reportId, String local, String decision, Double score,
                          String reasons, String who, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO match_decision (ledger_event_id, report_id, "
                + "event_local, decision, score, reasons, decided_by, decided_at) VALUES (?,?,?,?,?,?,?,?)")) {
            ps.setLong(1, ledgerId);
            setLong(ps, 2, reportId);
            ps.setString(3, local);
            ps.setString(4, decision);
            ps.setObject(5, score, Types.DOUBLE);
            ps.setString(6, cut(reasons, 8000));
            ps.setString(7, cut(who, 200));
            ps.setTimestamp(8, Timestamp.from(now));
            ps.executeUpdate();
        }
    }

    // ---------------------------------------------------------------- derived columns of a ledger event

    /** Recomputes what a ledger event shows from its reports, claims and analyst edits. */
    private void refresh(Connection c, long id, Instant now) throws SQLException {
        record Row(long reportId, String type, String subType, LocalDate start, LocalDate end, String precision,
                   String place, Double lat, Double lon, String country, String admin1, String admin2,
                   Integer geoPrecision, List<String> actors, Set<String> actorKeys, boolean current,
                   boolean duplicate, String localId) {
        }
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT re.report_id, re.event_type, re.sub_event_type, "
                + "re.start_date, re.end_date, re.time_precision, re.place_name, re.latitude, re.longitude, "
                + "re.country, re.admin1, re.admin2, re.geo_precision, re.actor_names, re.actor_keys, r.is_current, "
                + "r.duplicate_of, re.local_id FROM report_event re JOIN report r ON r.id = re.report_id "
                + "WHERE re.ledger_event_id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Date s = rs.getDate(4);
                    Date e = rs.getDate(5);
                    rs.getLong(17);
                    boolean dup = !rs.wasNull();
                    rows.add(new Row(rs.getLong(1), rs.getString(2), rs.getString(3),
                            s == null ? null : s.toLocalDate(), e == null ? null : e.toLocalDate(), rs.getString(6),
                            rs.getString(7), doubleOrNull(rs, 8), doubleOrNull(rs, 9), rs.getString(10),
                            rs.getString(11), rs.getString(12), intOrNull(rs, 13),
                            new ArrayList<>(Keys.split(rs.getString(14))), Keys.split(rs.getString(15)),
                            rs.getBoolean(16), dup, rs.getString(18)));
                }
            }
        }
        // Sorted here, not in SQL: an ORDER BY on the primary key's columns leads H2 to walk that whole index.
        rows.sort(Comparator.comparingLong(Row::reportId).thenComparing(Row::localId));
        exec(c, "DELETE FROM event_party WHERE ledger_event_id = ?", id);
        if (rows.isEmpty()) {
            exec(c, "UPDATE ledger_event SET active = FALSE, report_count = 0, claim_count = 0, updated_at = ? "
                    + "WHERE id = ?", Timestamp.from(now), id);
            return;
        }
        List<Row> use = rows.stream().filter(Row::current).toList();
        if (use.isEmpty()) {
            use = rows;
        }
        Row place = use.stream().min(Comparator
                .comparing((Row r) -> r.place() == null ? 1 : 0)
                .thenComparing(r -> r.geoPrecision() == null ? 9 : r.geoPrecision())
                .thenComparing(r -> r.lat() == null ? 1 : 0)
                .thenComparing(r -> r.duplicate() ? 1 : 0)).orElseThrow();
        String type = mode(use.stream().map(Row::type).toList());
        String subType = mode(use.stream().filter(r -> type.equals(r.type())).map(Row::subType)
                .filter(s -> s != null).toList());
        LocalDate start = mode(use.stream().map(Row::start).filter(d -> d != null).toList());
        LocalDate end = mode(use.stream().filter(r -> r.start() != null && r.start().equals(start))
                .map(Row::end).filter(d -> d != null).toList());
        if (end == null || start != null && end.isBefore(start)) {
            end = start;
        }
        String precision = finest(use.stream().filter(r -> r.start() != null && r.start().equals(start))
                .map(Row::precision).toList());
        Map<String, Integer> first = new LinkedHashMap<>();
        Map<String, Integer> any = new LinkedHashMap<>();
        for (Row r : use) {
            for (int i = 0; i < r.actors().size(); i++) {
                if (i == 0) {
                    first.merge(r.actors().get(0), 1, Integer::sum);
                }
                any.merge(r.actors().get(i), 1, Integer::sum);
            }
        }
        String actor1 = first.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElse(null);
        String actor2 = any.entrySet().stream().filter(e -> !e.getKey().equals(actor1))
                .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        Map<String, String> f = new HashMap<>();
        f.put("event_type", type);
        f.put("sub_event_type", subType);
        f.put("start_date", start == null ? null : start.toString());
        f.put("end_date", end == null ? null : end.toString());
        f.put("country", place.country());
        f.put("admin1", place.admin1());
        f.put("admin2", place.admin2());
        f.put("location", place.place());
        f.put("latitude", place.lat() == null ? null : place.lat().toString());
        f.put("longitude", place.lon() == null ? null : place.lon().toString());
        f.put("geo_precision", place.geoPrecision() == null ? null : place.geoPrecision().toString());
        f.put("actor1", actor1);
        f.put("actor2", actor2);
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT field, new_value FROM edit WHERE target = ? ORDER BY id")) {
            ps.setString(1, "event:" + id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    f.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        Set<String> eventActorKeys = new LinkedHashSet<>();
        rows.forEach(r -> eventActorKeys.addAll(r.actorKeys()));
        List<ClaimFigure> claims = claimFigures(c, id, eventActorKeys);
        Reconciliation rec = Reconciler.reconcile(id, claims, hasChildren(c, id));
        int reportCount = (int) rows.stream().filter(r -> r.current() && !r.duplicate()).map(Row::reportId)
                .distinct().count();
        try (PreparedStatement ps = c.prepareStatement("UPDATE ledger_event SET event_type = ?, sub_event_type = ?, "
                + "start_date = ?, end_date = ?, time_precision = ?, country = ?, admin1 = ?, admin2 = ?, location = ?, "
                + "latitude = ?, longitude = ?, geo_precision = ?, actor1 = ?, actor2 = ?, contested = ?, "
                + "report_count = ?, claim_count = ?, updated_at = ? WHERE id = ?")) {
            ps.setString(1, f.get("event_type"));
            ps.setString(2, f.get("sub_event_type"));
            ps.setObject(3, f.get("start_date") == null ? null : Date.valueOf(f.get("start_date")), Types.DATE);
            ps.setObject(4, f.get("end_date") == null ? null : Date.valueOf(f.get("end_date")), Types.DATE);
            ps.setString(5, precision);
            ps.setString(6, f.get("country") == null ? null : f.get("country").strip().toUpperCase(java.util.Locale.ROOT));
            ps.setString(7, cut(f.get("admin1"), 300));
            ps.setString(8, cut(f.get("admin2"), 300));
            ps.setString(9, cut(f.get("location"), 500));
            ps.setObject(10, f.get("latitude") == null ? null : Double.valueOf(f.get("latitude")), Types.DOUBLE);
            ps.setObject(11, f.get("longitude") == null ? null : Double.valueOf(f.get("longitude")), Types.DOUBLE);
            ps.setObject(12, f.get("geo_precision") == null ? null : Integer.valueOf(f.get("geo_precision")),
                    Types.INTEGER);
            ps.setString(13, cut(f.get("actor1"), 500));
            ps.setString(14, cut(f.get("actor2"), 500));
            ps.setBoolean(15, rec.contested());
            ps.setInt(16, reportCount);
            ps.setInt(17, claims.size());
            ps.setTimestamp(18, Timestamp.from(now));
            ps.setLong(19, id);
            ps.executeUpdate();
        }
        Set<String> actorParty = new LinkedHashSet<>(eventActorKeys);
        for (String a : new String[] {f.get("actor1"), f.get("actor2")}) {
            if (a != null) {
                actorParty.add(Keys.key(a));
            }
        }
        Set<String> claimantParty = new LinkedHashSet<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT DISTINCT claimant_keys FROM claim WHERE ledger_event_id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    claimantParty.addAll(Keys.split(rs.getString(1)));
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO event_party (ledger_event_id, role, name_key) VALUES (?,?,?)")) {
            for (String k : actorParty) {
                if (!k.isBlank()) {
                    ps.setLong(1, id);
                    ps.setString(2, "actor");
                    ps.setString(3, cut(k, 500));
                    ps.addBatch();
                }
            }
            for (String k : claimantParty) {
                if (!k.isBlank()) {
                    ps.setLong(1, id);
                    ps.setString(2, "claimant");
                    ps.setString(3, cut(k, 500));
                    ps.addBatch();
                }
            }
            ps.executeBatch();
        }
    }

    private static boolean hasChildren(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT 1 FROM ledger_event WHERE parent_id = ? AND active = TRUE")) {
            ps.setLong(1, id);
            ps.setMaxRows(1);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** The counted claims of one ledger event, with analyst corrections applied. */
    private List<ClaimFigure> claimFigures(Connection c, long id, Set<String> eventActorKeys) throws SQLException {
        Map<String, Map<String, String>> edits = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT e.report_id, e.local_id, e.field, e.new_value "
                + "FROM edit e JOIN claim c ON c.report_id = e.report_id AND c.local_id = e.local_id "
                + "WHERE c.ledger_event_id = ? ORDER BY e.id")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    edits.computeIfAbsent(rs.getLong(1) + "/" + rs.getString(2), k -> new HashMap<>())
                            .put(rs.getString(3), rs.getString(4));
                }
            }
        }
        List<ClaimFigure> out = new ArrayList<>();
        // No join with report here: H2's planner, lacking statistics, may drive such a join from the report
        // table and scan it whole. Report names are looked up by primary key instead.
        Map<Long, String[]> names = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT c.report_id, c.local_id, NULL, NULL, c.claimant, "
                + "c.via, c.claimant_keys, c.stance, c.kind, c.outcome, c.victims, c.victims_key, c.victims_kind, "
                + "c.low_count, c.high_count, c.vague, c.count_text, c.object_text, c.evidence, c.victims_named "
                + "FROM claim c "
                + "WHERE c.ledger_event_id = ? AND c.counted = TRUE");
             PreparedStatement nameOf = c.prepareStatement("SELECT name, url FROM report WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String claimId = rs.getLong(1) + "/" + rs.getString(2);
                    Map<String, String> v = new HashMap<>();
                    v.put("claimant", rs.getString(5));
                    v.put("via", rs.getString(6));
                    v.put("stance", rs.getString(8));
                    v.put("outcome", rs.getString(10));
                    v.put("victims", rs.getString(11));
                    v.put("low_count", str(rs.getObject(14)));
                    v.put("high_count", str(rs.getObject(15)));
                    v.put("vague", str(rs.getObject(16)));
                    v.put("count_text", rs.getString(17));
                    Map<String, String> ed = edits.getOrDefault(claimId, Map.of());
                    v.putAll(ed);
                    Set<String> claimantKeys = Keys.split(rs.getString(7));
                    if (ed.containsKey("claimant")) {
                        claimantKeys = Set.of(Keys.key(v.get("claimant")));
                    }
                    String victimsKey = ed.containsKey("victims") ? Keys.key(v.get("victims")) : rs.getString(12);
                    String victimsNamed = ed.containsKey("victims") ? v.get("victims") : rs.getString(20);
                    boolean party = claimantKeys.stream().anyMatch(eventActorKeys::contains);
                    boolean ownSide = victimsKey != null && claimantKeys.contains(victimsKey);
                    String[] nu = names.get(rs.getLong(1));
                    if (nu == null) {
                        nameOf.setLong(1, rs.getLong(1));
                        try (ResultSet n = nameOf.executeQuery()) {
                            nu = n.next() ? new String[] {n.getString(1), n.getString(2)} : new String[2];
                        }
                        names.put(rs.getLong(1), nu);
                    }
                    out.add(new ClaimFigure(claimId, rs.getLong(1), nu[0], nu[1],
                            v.get("claimant"), v.get("via"), party, ownSide, v.get("stance"), rs.getString(9),
                            v.get("outcome"), v.get("victims"), victimsNamed, victimsKey, rs.getString(13),
                            integer(v.get("low_count")), integer(v.get("high_count")),
                            v.get("vague") == null ? null : Boolean.valueOf(v.get("vague")), v.get("count_text"),
                            rs.getString(18), firstEvidence(rs.getString(19))));
                }
            }
        }
        out.sort(Comparator.comparingLong(ClaimFigure::reportId).thenComparing(ClaimFigure::claimId));
        return out;
    }

    private String firstEvidence(String evidenceJson) {
        try {
            var node = json.mapper().readTree(evidenceJson);
            return node.size() == 0 ? null : node.get(0).get("text").asText();
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    // ---------------------------------------------------------------- queries

    /** The query's date, country, province and contested filters, as conditions on {@code le} with their arguments. */
    private static void placeDateFilters(EventQuery q, StringBuilder sql, List<Object> args) {
        if (q.from() != null) {
            sql.append(" AND le.end_date >= ?");
            args.add(Date.valueOf(q.from()));
        }
        if (q.to() != null) {
            sql.append(" AND le.start_date <= ?");
            args.add(Date.valueOf(q.to()));
        }
        if (q.country() != null) {
            // Stored country codes are ISO 3166 upper case; comparing the bare column keeps its index usable.
            sql.append(" AND le.country = ?");
            args.add(q.country().strip().toUpperCase(java.util.Locale.ROOT));
        }
        if (q.admin1() != null) {
            sql.append(" AND le.admin1 = ?");
            args.add(q.admin1());
        }
        if (q.contested() != null) {
            sql.append(" AND le.contested = ?");
            args.add(q.contested());
        }
    }

    /** Ledger events matching the query, newest first. */
    public List<LedgerEvent> events(EventQuery q) {
        return read(c -> {
            StringBuilder sql = new StringBuilder("SELECT " + EVENT_COLUMNS + " FROM ledger_event le WHERE le.active = TRUE");
            List<Object> args = new ArrayList<>();
            placeDateFilters(q, sql, args);
            if (q.from() != null) {
                // Bound the other side too, so the date index is range-scanned from both ends.
                sql.append(" AND le.start_date >= ?");
                args.add(Date.valueOf(q.from().minusDays(MAX_EVENT_DAYS)));
            }
            if (q.actor() != null) {
                partyFilter(c, "actor", q.actor(), sql, args);
            }
            if (q.claimant() != null) {
                partyFilter(c, "claimant", q.claimant(), sql, args);
            }
            // Newest first. A column held equal by a filter leads the ORDER BY (it changes no order): H2 then reads
            // that column's index, already in date order, and stops at the page, where it otherwise read and sorted
            // every matching event (an admin1 held by all 100,000 events took 0.4-1.4 s).
            String lead = q.admin1() != null ? "le.admin1 DESC, " : q.country() != null ? "le.country DESC, "
                    : q.contested() != null && q.from() == null && q.to() == null ? "le.contested DESC, " : "";
            sql.append(" ORDER BY ").append(lead).append("le.start_date DESC, le.id DESC LIMIT ? OFFSET ?");
            args.add(q.limit());
            args.add(q.offset());
            List<LedgerEvent> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                for (int i = 0; i < args.size(); i++) {
                    ps.setObject(i + 1, args.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(event(rs));
                    }
                }
            }
            return out;
        });
    }

    /**
     * Above this many events with a name, a name filter is checked per event in date order instead of first.
     * Not final so that a test can take each plan on small data.
     */
    static int selectivePartyRows = 5_000;

    /**
     * Adds an {@code --actor} or {@code --claimant} condition: the name's key and the canonical names it is an
     * alias of, looked up first (an OR over the alias table kept the index out and scanned every party row). A
     * name held by few events is resolved first ({@code id IN}, index on role and name); a name held by many is
     * checked per event ({@code EXISTS} on the primary key) while the events are read in date order, so that the
     * first page is found without collecting every event of a common name.
     */
    private static void partyFilter(Connection c, String role, String name, StringBuilder sql, List<Object> args)
            throws SQLException {
        Set<String> keys = partyKeys(c, name);
        String in = String.join(",", Collections.nCopies(keys.size(), "?"));
        int rows = 0;
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM (SELECT 1 FROM event_party p "
                + "WHERE p.role = ? AND p.name_key IN (" + in + ") LIMIT " + (selectivePartyRows + 1) + ") t")) {
            ps.setString(1, role);
            int i = 2;
            for (String k : keys) {
                ps.setString(i++, k);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rows = rs.next() ? rs.getInt(1) : 0;
            }
        }
        if (rows <= selectivePartyRows) {
            sql.append(" AND le.id IN (SELECT p.ledger_event_id FROM event_party p WHERE p.role = ? AND p.name_key IN (")
                    .append(in).append("))");
        } else {
            sql.append(" AND EXISTS (SELECT 1 FROM event_party p WHERE p.ledger_event_id = le.id AND p.role = ? "
                    + "AND p.name_key IN (").append(in).append("))");
        }
        args.add(role);
        args.addAll(keys);
    }

    /** The name's key and the keys of the canonical names it is an alias of: what the party filter looks for. */
    private static Set<String> partyKeys(Connection c, String name) throws SQLException {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(Keys.key(name));
        try (PreparedStatement ps = c.prepareStatement("SELECT name_key FROM actor_alias WHERE alias_key = ?")) {
            ps.setString(1, Keys.key(name));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    keys.add(rs.getString(1));
                }
            }
        }
        return keys;
    }

    /** The keys {@code --actor NAME} and {@code --claimant NAME} look for (the search index's filter uses them). */
    public Set<String> partyKeys(String name) {
        return read(c -> partyKeys(c, name));
    }

    /** The keys an event is found by under {@code --actor} and {@code --claimant}. */
    public EventParties parties(long eventId) {
        return read(c -> {
            Set<String> actors = new LinkedHashSet<>();
            Set<String> claimants = new LinkedHashSet<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT role, name_key FROM event_party WHERE ledger_event_id = ?")) {
                ps.setLong(1, eventId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ("actor".equals(rs.getString(1)) ? actors : claimants).add(rs.getString(2));
                    }
                }
            }
            return new EventParties(actors, claimants);
        });
    }

    static final String EVENT_COLUMNS = "le.id, le.parent_id, le.event_type, le.sub_event_type, le.start_date, "
            + "le.end_date, le.time_precision, le.country, le.admin1, le.admin2, le.location, le.latitude, "
            + "le.longitude, le.geo_precision, le.actor1, le.actor2, le.contested, le.report_count, le.claim_count";

    static LedgerEvent event(ResultSet rs) throws SQLException {
        Date s = rs.getDate(5);
        Date e = rs.getDate(6);
        long parent = rs.getLong(2);
        Long parentId = rs.wasNull() ? null : parent;
        return new LedgerEvent(rs.getLong(1), parentId, rs.getString(3), rs.getString(4),
                s == null ? null : s.toLocalDate(), e == null ? null : e.toLocalDate(), rs.getString(7),
                rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11), doubleOrNull(rs, 12),
                doubleOrNull(rs, 13), intOrNull(rs, 14), rs.getString(15), rs.getString(16), rs.getBoolean(17),
                rs.getInt(18), rs.getInt(19));
    }

    /** One ledger event, or null; also an inactive one (merged into another). */
    public LedgerEvent event(long id) {
        return read(c -> loadEvent(c, id));
    }

    private static LedgerEvent loadEvent(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + EVENT_COLUMNS + " FROM ledger_event le WHERE le.id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? event(rs) : null;
            }
        }
    }

    /** Whether an event is one of the ledger's own: false when it was merged into another or emptied by a split. */
    public boolean isActive(long eventId) {
        return read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT active FROM ledger_event WHERE id = ?")) {
                ps.setLong(1, eventId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() && rs.getBoolean(1);
                }
            }
        });
    }

    /** Every claim of an event side by side, contested or not, and why. */
    public Reconciliation reconcile(long eventId) {
        return read(c -> reconcile(c, eventId));
    }

    private Reconciliation reconcile(Connection c, long eventId) throws SQLException {
        Set<String> keys = new LinkedHashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT actor_keys FROM report_event WHERE ledger_event_id = ?")) {
            ps.setLong(1, eventId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    keys.addAll(Keys.split(rs.getString(1)));
                }
            }
        }
        return Reconciler.reconcile(eventId, claimFigures(c, eventId, keys), hasChildren(c, eventId));
    }

    /** Why a ledger event holds what it holds: every report event in it, with the matcher's or analyst's reasons. */
    public Explanation why(long eventId) {
        return read(c -> {
            LedgerEvent e = loadEvent(c, eventId);
            if (e == null) {
                throw new NoSuchElementException("no ledger event " + eventId);
            }
            List<MatchDecision> ds = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT d.id, d.ledger_event_id, d.report_id, r.name, "
                    + "r.url, d.event_local, d.decision, d.score, d.reasons, d.decided_by, d.decided_at "
                    + "FROM match_decision d LEFT JOIN report r ON r.id = d.report_id WHERE d.ledger_event_id = ?")) {
                ps.setLong(1, eventId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long rid = rs.getLong(3);
                        Long reportId = rs.wasNull() ? null : rid;
                        double score = rs.getDouble(8);
                        Double sc = rs.wasNull() ? null : score;
                        ds.add(new MatchDecision(rs.getLong(1), rs.getLong(2), reportId, rs.getString(4),
                                rs.getString(5), rs.getString(6), rs.getString(7), sc, rs.getString(9),
                                rs.getString(10), rs.getTimestamp(11).toInstant()));
                    }
                }
            }
            ds.sort(Comparator.comparingLong(MatchDecision::id));
            List<ReportRef> reports = reports(c, List.of(eventId));
            return new Explanation(e, ds, reports, children(c, eventId), reconcile(c, eventId));
        });
    }

    private static List<Long> children(Connection c, long id) throws SQLException {
        List<Long> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id FROM ledger_event WHERE parent_id = ? AND active = TRUE")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
        }
        out.sort(null);
        return out;
    }

    /** The reports whose events are evidence for these ledger events. */
    private static List<ReportRef> reports(Connection c, List<Long> eventIds) throws SQLException {
        Map<Long, ReportRef> out = new LinkedHashMap<>();
        for (long id : eventIds) {
            try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT r.id, r.name, r.url, r.outlet, "
                    + "r.published, r.duplicate_of, r.is_current, r.url_version FROM report_event re JOIN report r "
                    + "ON r.id = re.report_id WHERE re.ledger_event_id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long dup = rs.getLong(6);
                        Long dupOf = rs.wasNull() ? null : dup;
                        Date p = rs.getDate(5);
                        out.putIfAbsent(rs.getLong(1), new ReportRef(rs.getLong(1), rs.getString(2), rs.getString(3),
                                rs.getString(4), p == null ? null : p.toLocalDate(), dupOf, rs.getBoolean(7),
                                rs.getInt(8)));
                    }
                }
            }
        }
        List<ReportRef> refs = new ArrayList<>(out.values());
        refs.sort(Comparator.comparingLong(ReportRef::id));
        return refs;
    }

    /** The extraction of a stored report exactly as it was ingested (never changed by edits). */
    public Extraction extraction(long reportId) {
        return read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT extraction FROM report WHERE id = ?")) {
                ps.setLong(1, reportId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new NoSuchElementException("no report " + reportId);
                    }
                    return json.read(rs.getString(1));
                }
            }
        });
    }

    /** A stored report as it was read (name, header fields, body), so that it can be ingested elsewhere again. */
    public ReportSource source(long reportId) {
        StoredReport r = report(reportId);
        if (r == null) {
            throw new NoSuchElementException("no report " + reportId);
        }
        return r.source();
    }

    /** A stored report with its body, or null when there is none with this id. */
    public StoredReport report(long reportId) {
        return read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT id, name, title, outlet, url, published, language, "
                    + "is_current, duplicate_of, url_version, body FROM report WHERE id = ?")) {
                ps.setLong(1, reportId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return null;
                    }
                    Date p = rs.getDate(6);
                    long dup = rs.getLong(9);
                    Long dupOf = rs.wasNull() ? null : dup;
                    return new StoredReport(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), p == null ? null : p.toLocalDate(), rs.getString(7), rs.getBoolean(8),
                            dupOf, rs.getInt(10), rs.getString(11));
                }
            }
        });
    }

    /** Every stored report's id, in order. */
    public List<Long> reportIds() {
        return read(c -> {
            List<Long> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM report ORDER BY id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
            return out;
        });
    }

    /** Counts of what the store holds, for tests, benchmarks and the crash check. */
    public Stats stats() {
        return read(c -> {
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT (SELECT COUNT(*) FROM report), (SELECT COUNT(*) FROM "
                         + "report_event), (SELECT COUNT(*) FROM claim), (SELECT COUNT(*) FROM ledger_event WHERE "
                         + "active = TRUE), (SELECT COUNT(DISTINCT body_hash) FROM report)")) {
                rs.next();
                return new Stats(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5));
            }
        });
    }

    /** What the store holds: reports, report events, claims, active ledger events, distinct bodies. */
    public record Stats(long reports, long reportEvents, long claims, long ledgerEvents, long distinctBodies) {
    }

    // ---------------------------------------------------------------- analyst edits, merges, splits

    /**
     * Corrects one field of a ledger event ({@code event:ID}, fields {@code event_type}, {@code start_date},
     * {@code location}…) or of a claim ({@code claim:REPORT/LOCAL}, fields {@code claimant}, {@code victims},
     * {@code low_count}…). The extracted value stays; the correction is a new version with who, when and why.
     */
    public void edit(String target, String field, String newValue, String who, String why) {
        requireAuthor(who, why);
        Target t = Target.parse(target);
        if (t.kind().equals("event") && !EVENT_FIELDS.contains(field)) {
            throw new IllegalArgumentException("an event's editable fields are " + new java.util.TreeSet<>(EVENT_FIELDS));
        }
        if (t.kind().equals("claim") && !CLAIM_FIELDS.contains(field)) {
            throw new IllegalArgumentException("a claim's editable fields are " + new java.util.TreeSet<>(CLAIM_FIELDS));
        }
        if (t.kind().equals("report")) {
            throw new IllegalArgumentException("a report is not edited; edit its events or claims");
        }
        validateValue(field, newValue);
        write(c -> {
            Instant now = clock.instant();
            long eventId;
            String old;
            if (t.kind().equals("event")) {
                LedgerEvent e = loadEvent(c, t.id());
                if (e == null) {
                    throw new NoSuchElementException("no ledger event " + t.id());
                }
                eventId = e.id();
                old = fieldOf(e, field);
            } else {
                try (PreparedStatement ps = c.prepareStatement("SELECT ledger_event_id, " + field
                        + " FROM claim WHERE report_id = ? AND local_id = ?")) {
                    ps.setLong(1, t.id());
                    ps.setString(2, t.local());
                    try (ResultSet rs = ps.executeQuery()) {
                        if (!rs.next()) {
                            throw new NoSuchElementException("no claim " + t.id() + "/" + t.local());
                        }
                        eventId = rs.getLong(1);
                        eventId = rs.wasNull() ? -1 : eventId;
                        old = str(rs.getObject(2));
                    }
                }
                String last = lastEdit(c, target(t), field);
                old = last != null ? last : old;
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO edit (target, report_id, local_id, field, "
                    + "old_value, new_value, who, why, edited_at) VALUES (?,?,?,?,?,?,?,?,?)")) {
                ps.setString(1, target(t));
                setLong(ps, 2, t.kind().equals("claim") ? t.id() : null);
                ps.setString(3, t.local());
                ps.setString(4, field);
                ps.setString(5, cut(old, 4000));
                ps.setString(6, cut(newValue, 4000));
                ps.setString(7, cut(who, 200));
                ps.setString(8, cut(why, 4000));
                ps.setTimestamp(9, Timestamp.from(now));
                ps.executeUpdate();
            }
            if (eventId >= 0) {
                refresh(c, eventId, now);
            }
            return null;
        });
    }

    private static String lastEdit(Connection c, String target, String field) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT new_value FROM edit WHERE target = ? AND field = ? ORDER BY id DESC")) {
            ps.setString(1, target);
            ps.setString(2, field);
            ps.setMaxRows(1);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static void validateValue(String field, String v) {
        if (v == null) {
            return;
        }
        try {
            switch (field) {
                case "start_date", "end_date" -> LocalDate.parse(v);
                case "latitude", "longitude" -> Double.parseDouble(v);
                case "geo_precision", "low_count", "high_count" -> Integer.parseInt(v);
                case "event_type" -> org.crosscheck.model.EventType.fromLabel(v);
                case "stance" -> {
                    if (!v.equals("asserts") && !v.equals("denies")) {
                        throw new IllegalArgumentException("stance is asserts or denies");
                    }
                }
                default -> {
                }
            }
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("'" + v + "' is not a valid " + field + ": " + e.getMessage(), e);
        }
    }

    private static String fieldOf(LedgerEvent e, String field) {
        return switch (field) {
            case "event_type" -> e.eventType();
            case "sub_event_type" -> e.subEventType();
            case "start_date" -> str(e.startDate());
            case "end_date" -> str(e.endDate());
            case "country" -> e.country();
            case "admin1" -> e.admin1();
            case "admin2" -> e.admin2();
            case "location" -> e.location();
            case "latitude" -> str(e.latitude());
            case "longitude" -> str(e.longitude());
            case "geo_precision" -> str(e.geoPrecision());
            case "actor1" -> e.actor1();
            case "actor2" -> e.actor2();
            default -> null;
        };
    }

    /** Merges {@code absorbed} into {@code kept}: its reports, claims and child incidents move; it stays as a record. */
    public void merge(long kept, long absorbed, String who, String why) {
        requireAuthor(who, why);
        if (kept == absorbed) {
            throw new IllegalArgumentException("cannot merge an event into itself");
        }
        write(c -> {
            Instant now = clock.instant();
            LedgerEvent k = loadEvent(c, kept);
            LedgerEvent a = loadEvent(c, absorbed);
            if (k == null || a == null) {
                throw new NoSuchElementException("no ledger event " + (k == null ? kept : absorbed));
            }
            absorb(c, kept, absorbed, "analyst merged event " + absorbed + " into this: " + why,
                    "analyst merged this into event " + kept + ": " + why, who, now);
            refresh(c, kept, now);
            if (k.parentId() != null) {
                refresh(c, k.parentId(), now);
            }
            return null;
        });
    }

    /** Moves everything of {@code absorbed} into {@code kept} and retires it, noting why on both. */
    private void absorb(Connection c, long kept, long absorbed, String keptReason, String absorbedReason, String who,
                        Instant now) throws SQLException {
        if (ancestors(c, kept).contains(absorbed)) {
            exec(c, "UPDATE ledger_event SET parent_id = (SELECT parent_id FROM ledger_event WHERE id = ?) WHERE id = ?",
                    absorbed, kept);
        }
        exec(c, "UPDATE report_event SET ledger_event_id = ? WHERE ledger_event_id = ?", kept, absorbed);
        exec(c, "UPDATE claim SET ledger_event_id = ? WHERE ledger_event_id = ?", kept, absorbed);
        exec(c, "UPDATE ledger_event SET parent_id = ? WHERE parent_id = ? AND id <> ?", kept, absorbed, kept);
        exec(c, "UPDATE ledger_event SET active = FALSE, merged_into = ?, updated_at = ? WHERE id = ?", kept,
                Timestamp.from(now), absorbed);
        exec(c, "DELETE FROM event_party WHERE ledger_event_id = ?", absorbed);
        decision(c, kept, null, null, "merge", null, keptReason, who, now);
        decision(c, absorbed, null, null, "merge", null, absorbedReason, who, now);
    }

    /**
     * Whether the matcher may join two ledger events that one report event matches: they are parts of the same
     * operation (or of none), no report tells of both (a report's own events are distinct incidents), and no
     * analyst has split, merged or edited either (an analyst's decision stands).
     */
    private static boolean bridgeable(Connection c, long a, long b) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM ledger_event x JOIN ledger_event y "
                + "ON (x.parent_id = y.parent_id OR x.parent_id IS NULL AND y.parent_id IS NULL) "
                + "WHERE x.id = ? AND y.id = ? AND x.active = TRUE AND y.active = TRUE "
                + "AND NOT EXISTS (SELECT 1 FROM report_event ra JOIN report_event rb ON ra.report_id = rb.report_id "
                + "WHERE ra.ledger_event_id = x.id AND rb.ledger_event_id = y.id) "
                + "AND NOT EXISTS (SELECT 1 FROM match_decision d WHERE d.ledger_event_id IN (x.id, y.id) "
                + "AND d.decided_by <> 'matcher') AND NOT EXISTS (SELECT 1 FROM edit e WHERE e.target IN (?, ?))")) {
            ps.setLong(1, a);
            ps.setLong(2, b);
            ps.setString(3, "event:" + a);
            ps.setString(4, "event:" + b);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getLong(1) > 0;
            }
        }
    }

    /**
     * Takes one report's events out of a ledger event into a new one (an analyst's judgement that the report
     * describes another incident). {@code eventLocal} null takes all of that report's events in it.
     *
     * @return the new ledger event's id
     */
    public long split(long eventId, long reportId, String eventLocal, String who, String why) {
        requireAuthor(who, why);
        return write(c -> {
            Instant now = clock.instant();
            LedgerEvent e = loadEvent(c, eventId);
            if (e == null) {
                throw new NoSuchElementException("no ledger event " + eventId);
            }
            List<String> locals = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT local_id FROM report_event WHERE ledger_event_id = ? AND report_id = ?")) {
                ps.setLong(1, eventId);
                ps.setLong(2, reportId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        if (eventLocal == null || eventLocal.equals(rs.getString(1))) {
                            locals.add(rs.getString(1));
                        }
                    }
                }
            }
            if (locals.isEmpty()) {
                throw new NoSuchElementException("report " + reportId + " has no event "
                        + (eventLocal == null ? "" : eventLocal + " ") + "in ledger event " + eventId);
            }
            long id;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO ledger_event (parent_id, event_type, "
                    + "sub_event_type, start_date, end_date, contested, report_count, claim_count, active, created_at, "
                    + "updated_at) VALUES (?,?,?,?,?,FALSE,0,0,TRUE,?,?)", new String[] {"id"})) {
                setLong(ps, 1, e.parentId());
                ps.setString(2, e.eventType());
                ps.setString(3, e.subEventType());
                ps.setObject(4, e.startDate() == null ? null : Date.valueOf(e.startDate()), Types.DATE);
                ps.setObject(5, e.endDate() == null ? null : Date.valueOf(e.endDate()), Types.DATE);
                ps.setTimestamp(6, Timestamp.from(now));
                ps.setTimestamp(7, Timestamp.from(now));
                ps.executeUpdate();
                id = generatedId(ps);
            }
            for (String local : locals) {
                exec(c, "UPDATE report_event SET ledger_event_id = ? WHERE report_id = ? AND local_id = ?", id,
                        reportId, local);
                exec(c, "UPDATE claim SET ledger_event_id = ? WHERE report_id = ? AND event_local = ?", id, reportId,
                        local);
                decision(c, id, reportId, local, "split", null,
                        "analyst split report " + reportId + " event " + local + " out of event " + eventId + ": " + why,
                        who, now);
                decision(c, eventId, reportId, local, "split", null,
                        "analyst split report " + reportId + " event " + local + " into new event " + id + ": " + why,
                        who, now);
            }
            refresh(c, eventId, now);
            refresh(c, id, now);
            return id;
        });
    }

    /**
     * Every version of a record, oldest first: for an event ({@code ID} or {@code event:ID}) its creation,
     * matches, merges, splits and edits; for a claim ({@code REPORT/LOCAL} or {@code claim:REPORT/LOCAL}) the
     * extraction and each correction; for a report ({@code report:ID}) every version stored at its URL.
     */
    public List<HistoryEntry> history(String id) {
        Target t = Target.parse(id);
        return read(c -> {
            List<HistoryEntry> out = new ArrayList<>();
            switch (t.kind()) {
                case "event" -> {
                    if (loadEvent(c, t.id()) == null) {
                        throw new NoSuchElementException("no ledger event " + t.id());
                    }
                    List<HistoryEntry> raw = new ArrayList<>();
                    java.util.TreeMap<Long, HistoryEntry> decisions = new java.util.TreeMap<>();
                    try (PreparedStatement ps = c.prepareStatement("SELECT decided_at, decided_by, decision, "
                            + "report_id, event_local, reasons, id FROM match_decision WHERE ledger_event_id = ?")) {
                        ps.setLong(1, t.id());
                        try (ResultSet rs = ps.executeQuery()) {
                            while (rs.next()) {
                                String what = switch (rs.getString(3)) {
                                    case "new" -> "created from report " + rs.getLong(4) + " event " + rs.getString(5);
                                    case "matched" -> "added report " + rs.getLong(4) + " event " + rs.getString(5);
                                    default -> rs.getString(3);
                                };
                                String why = rs.getString(6);
                                decisions.put(rs.getLong(7),
                                        new HistoryEntry(0, rs.getTimestamp(1).toInstant(), rs.getString(2), what, why));
                            }
                        }
                    }
                    raw.addAll(decisions.values());
                    raw.addAll(edits(c, target(t)));
                    raw.sort(Comparator.comparing(HistoryEntry::at));
                    for (HistoryEntry h : raw) {
                        out.add(new HistoryEntry(out.size() + 1, h.at(), h.who(), h.what(), h.why()));
                    }
                }
                case "claim" -> {
                    try (PreparedStatement ps = c.prepareStatement("SELECT r.ingested_at, r.name, c.claimant, "
                            + "c.stance, c.outcome, c.victims, c.count_text, c.kind FROM claim c JOIN report r "
                            + "ON r.id = c.report_id WHERE c.report_id = ? AND c.local_id = ?")) {
                        ps.setLong(1, t.id());
                        ps.setString(2, t.local());
                        try (ResultSet rs = ps.executeQuery()) {
                            if (!rs.next()) {
                                throw new NoSuchElementException("no claim " + t.id() + "/" + t.local());
                            }
                            out.add(new HistoryEntry(1, rs.getTimestamp(1).toInstant(), "extractor",
                                    "extracted from " + rs.getString(2) + ": " + rs.getString(3) + " " + rs.getString(4)
                                            + " " + (rs.getString(5) == null ? rs.getString(8)
                                            : rs.getString(5) + " " + rs.getString(6) + " \"" + rs.getString(7) + "\""),
                                    "original extraction"));
                        }
                    }
                    for (HistoryEntry h : edits(c, target(t))) {
                        out.add(new HistoryEntry(out.size() + 1, h.at(), h.who(), h.what(), h.why()));
                    }
                }
                default -> {
                    try (PreparedStatement ps = c.prepareStatement("SELECT r2.id, r2.ingested_at, r2.url_version, "
                            + "r2.name, r2.body_hash, r2.duplicate_of FROM report r JOIN report r2 ON r2.id = r.id OR "
                            + "(r.url IS NOT NULL AND r2.url = r.url) WHERE r.id = ? ORDER BY r2.url_version, r2.id")) {
                        ps.setLong(1, t.id());
                        try (ResultSet rs = ps.executeQuery()) {
                            while (rs.next()) {
                                long dup = rs.getLong(6);
                                String dupText = rs.wasNull() ? "" : "; a copy of report " + dup;
                                out.add(new HistoryEntry(out.size() + 1, rs.getTimestamp(2).toInstant(), "ingest",
                                        "report " + rs.getLong(1) + " (" + rs.getString(4) + "), version "
                                                + rs.getInt(3) + ", body " + rs.getString(5).substring(0, 12) + dupText,
                                        "ingested"));
                            }
                        }
                    }
                    if (out.isEmpty()) {
                        throw new NoSuchElementException("no report " + t.id());
                    }
                }
            }
            return out;
        });
    }

    private static List<HistoryEntry> edits(Connection c, String target) throws SQLException {
        List<HistoryEntry> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT edited_at, who, field, old_value, new_value, why "
                + "FROM edit WHERE target = ? ORDER BY id")) {
            ps.setString(1, target);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new HistoryEntry(0, rs.getTimestamp(1).toInstant(), rs.getString(2),
                            rs.getString(3) + ": " + rs.getString(4) + " -> " + rs.getString(5), rs.getString(6)));
                }
            }
        }
        return out;
    }

    private static String target(Target t) {
        return t.kind() + ":" + t.id() + (t.local() == null ? "" : "/" + t.local());
    }

    /** A record named on the command line: {@code 42}, {@code event:42}, {@code 7/c3}, {@code claim:7/c3}, {@code report:7}. */
    record Target(String kind, long id, String local) {
        static Target parse(String s) {
            String k = "event";
            String rest = s.trim();
            int colon = rest.indexOf(':');
            if (colon > 0) {
                k = rest.substring(0, colon);
                rest = rest.substring(colon + 1);
            }
            int slash = rest.indexOf('/');
            if (slash > 0) {
                k = colon > 0 ? k : "claim";
            }
            if (!Set.of("event", "claim", "report").contains(k)) {
                throw new IllegalArgumentException("'" + s + "' names no event, claim or report");
            }
            try {
                long id = Long.parseLong(slash > 0 ? rest.substring(0, slash) : rest);
                String local = slash > 0 ? rest.substring(slash + 1) : null;
                if (k.equals("claim") && local == null) {
                    throw new IllegalArgumentException("a claim is named REPORT/LOCAL, e.g. 7/c3");
                }
                return new Target(k, id, local);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + s + "' names no event, claim or report");
            }
        }
    }

    private static void requireAuthor(String who, String why) {
        if (who == null || who.isBlank() || why == null || why.isBlank()) {
            throw new IllegalArgumentException("an analyst's change needs who and why");
        }
    }

    // ---------------------------------------------------------------- export

    /**
     * Writes every top-level ledger event matching {@code query} (limit and offset ignored) in a format, with
     * figures under a policy. An operation's child incidents are folded into its row: their claims appear in the
     * notes and claimants, and fatalities per victims' side are the larger of the operation's own figure and
     * the sum of its incidents'.
     */
    public void export(ExportFormat format, EstimatePolicy policy, EventQuery query, Writer out) throws IOException {
        try (Connection c = ds.getConnection()) {
            c.setReadOnly(true);
            Exporter exporter = new Exporter(format, policy, out, json.mapper());
            exporter.begin();
            List<Long> ids = new ArrayList<>();
            EventQuery q = query == null ? EventQuery.all() : query;
            StringBuilder sql = new StringBuilder("SELECT le.id FROM ledger_event le WHERE le.active = TRUE "
                    + "AND le.parent_id IS NULL");
            List<Object> args = new ArrayList<>();
            placeDateFilters(q, sql, args);
            sql.append(" ORDER BY le.start_date, le.id");
            try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                for (int i = 0; i < args.size(); i++) {
                    ps.setObject(i + 1, args.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
            }
            for (long id : ids) {
                LedgerEvent e = loadEvent(c, id);
                List<Long> family = new ArrayList<>();
                family.add(id);
                for (int i = 0; i < family.size() && family.size() < 1000; i++) {
                    family.addAll(children(c, family.get(i)));
                }
                Reconciliation own = reconcile(c, id);
                List<Reconciliation> kids = new ArrayList<>();
                for (long k : family.subList(1, family.size())) {
                    kids.add(reconcile(c, k));
                }
                if (q.actor() != null || q.claimant() != null) {
                    if (!familyHas(c, family, q)) {
                        continue;
                    }
                }
                exporter.row(e, own, kids, family.subList(1, family.size()), reports(c, family));
            }
            exporter.end();
        } catch (SQLException e) {
            throw new LedgerException("export failed: " + e.getMessage(), e);
        }
    }

    private static boolean familyHas(Connection c, List<Long> family, EventQuery q) throws SQLException {
        for (long id : family) {
            boolean ok = true;
            for (String[] f : new String[][] {{"actor", q.actor()}, {"claimant", q.claimant()}}) {
                if (f[1] == null) {
                    continue;
                }
                try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM event_party WHERE ledger_event_id = ? "
                        + "AND role = ? AND name_key = ?")) {
                    ps.setLong(1, id);
                    ps.setString(2, f[0]);
                    ps.setString(3, Keys.key(f[1]));
                    try (ResultSet rs = ps.executeQuery()) {
                        ok &= rs.next();
                    }
                }
            }
            if (ok) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- plumbing

    @FunctionalInterface
    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private <T> T read(Work<T> work) {
        try (Connection c = ds.getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new LedgerException("ledger read failed: " + e.getMessage(), e);
        }
    }

    /** One transaction under the write lock; rolled back on any failure. */
    private <T> T write(Work<T> work) {
        writeLock.lock();
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            try {
                if (postgres) {
                    try (PreparedStatement ps = c.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
                        ps.setLong(1, PG_LOCK_KEY);
                        ps.execute();
                    }
                }
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new LedgerException("ledger write failed: " + e.getMessage(), e);
        } finally {
            writeLock.unlock();
        }
    }

    private static boolean isUniqueViolation(Throwable t) {
        return t instanceof SQLException s && ("23505".equals(s.getSQLState()) || "23001".equals(s.getSQLState()));
    }

    private static void exec(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                if (args[i] == null) {
                    ps.setNull(i + 1, Types.BIGINT);
                } else {
                    ps.setObject(i + 1, args[i]);
                }
            }
            ps.executeUpdate();
        }
    }

    private static long generatedId(PreparedStatement ps) throws SQLException {
        try (ResultSet keys = ps.getGeneratedKeys()) {
            if (!keys.next()) {
                throw new SQLException("no generated id");
            }
            return keys.getLong(1);
        }
    }

    private static void setLong(PreparedStatement ps, int i, Long v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.BIGINT);
        } else {
            ps.setLong(i, v);
        }
    }

    private static Double doubleOrNull(ResultSet rs, int i) throws SQLException {
        double v = rs.getDouble(i);
        return rs.wasNull() ? null : v;
    }

    private static Integer intOrNull(ResultSet rs, int i) throws SQLException {
        int v = rs.getInt(i);
        return rs.wasNull() ? null : v;
    }

    private static Integer integer(String s) {
        return s == null ? null : Integer.valueOf(s);
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    @SafeVarargs
    private static <T> T firstNonNull(T... values) {
        for (T v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** The most frequent value; ties go to the first seen (reports in the order they were stored). */
    private static <T> T mode(List<T> values) {
        Map<T, Integer> counts = new LinkedHashMap<>();
        values.forEach(v -> counts.merge(v, 1, Integer::sum));
        T best = null;
        int n = 0;
        for (Map.Entry<T, Integer> e : counts.entrySet()) {
            if (e.getValue() > n) {
                best = e.getKey();
                n = e.getValue();
            }
        }
        return best;
    }

    private static final List<String> PRECISIONS = List.of("minute", "hour", "day", "week", "month", "year",
            "published");

    private static String finest(List<String> precisions) {
        String best = null;
        for (String p : precisions) {
            if (p != null && (best == null || PRECISIONS.indexOf(p) < PRECISIONS.indexOf(best))) {
                best = p;
            }
        }
        return best;
    }

    static String sha256(String body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(body.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
