package org.crosscheck.ledger.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.ledger.ReportRef;
import org.crosscheck.ledger.StoredReport;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The {@code report} table: stored reports, their versions at one URL and their copies. */
public interface ReportDao {
    /** The current report at a URL and its version number. */
    record Version(long id, int urlVersion, String minhash) {
    }

    /** How a claim cites its report. */
    record Cited(long id, String name, String url) {
    }

    /** One version of a report as its history lists it. */
    record Stored(long id, Instant ingestedAt, int urlVersion, String name, String bodyHash, Long duplicateOf) {
    }

    @SqlQuery("SELECT id FROM report WHERE body_hash = :hash")
    List<Long> withBody(@Bind("hash") String bodyHash);

    @SqlQuery("SELECT id, url_version, minhash FROM report WHERE url = :url AND is_current = TRUE")
    List<Version> currentAt(@Bind("url") String url);

    @SqlUpdate("""
            INSERT INTO report (body_hash, name, title, outlet, url, published, language, chars, url_version, supersedes,
                is_current, duplicate_of, duplicate_similarity, minhash, ingested_at, body, extraction)
            VALUES (:bodyHash, :name, :title, :outlet, :url, :published, :language, :chars, :urlVersion, :supersedes,
                TRUE, :duplicateOf, :duplicateSimilarity, :minhash, :ingestedAt, :body, :extraction)""")
    @GetGeneratedKeys("id")
    long insert(@BindMethods ReportRow row);

    /** A newer version of the report is stored. */
    @SqlUpdate("UPDATE report SET is_current = FALSE WHERE id = :id")
    void supersede(@Bind("id") long id);

    /** The report a copy was first stored as (the report itself when it is no copy). */
    @SqlQuery("SELECT COALESCE(duplicate_of, id) FROM report WHERE id = :id")
    List<Long> original(@Bind("id") long id);

    @SqlQuery("""
            SELECT id, name, title, outlet, url, published, language, is_current AS current, duplicate_of,
                url_version AS version, body
            FROM report WHERE id = :id""")
    List<StoredReport> find(@Bind("id") long id);

    @SqlQuery("SELECT extraction FROM report WHERE id = :id")
    List<String> extraction(@Bind("id") long id);

    /** How claims cite a report. */
    @SqlQuery("SELECT id, name, url FROM report WHERE id = :id")
    List<Cited> cited(@Bind("id") long id);

    @SqlQuery("SELECT id FROM report ORDER BY id")
    List<Long> ids();

    /** The reports whose events are evidence for any of these ledger events, by id. */
    default List<ReportRef> citedBy(List<Long> ledgerEventIds) {
        Map<Long, ReportRef> out = new LinkedHashMap<>();
        for (long id : ledgerEventIds) {
            citedBy(id).forEach(r -> out.putIfAbsent(r.id(), r));
        }
        List<ReportRef> refs = new ArrayList<>(out.values());
        refs.sort(Comparator.comparingLong(ReportRef::id));
        return refs;
    }

    /** The reports whose events are evidence for a ledger event, and those of claims an analyst detached onto it. */
    @SqlQuery("""
            SELECT r.id, r.name, r.url, r.outlet, r.published, r.duplicate_of, r.is_current AS current,
                r.url_version AS version
            FROM report_event re JOIN report r ON r.id = re.report_id WHERE re.ledger_event_id = :event
            UNION
            SELECT r.id, r.name, r.url, r.outlet, r.published, r.duplicate_of, r.is_current AS current,
                r.url_version AS version
            FROM claim c JOIN report r ON r.id = c.report_id WHERE c.ledger_event_id = :event AND c.detached = TRUE""")
    List<ReportRef> citedBy(@Bind("event") long ledgerEventId);

    /** Every version stored at the report's URL (the report alone when it has none), oldest first. */
    @SqlQuery("""
            SELECT r2.id, r2.ingested_at, r2.url_version, r2.name, r2.body_hash, r2.duplicate_of
            FROM report r JOIN report r2 ON r2.id = r.id OR (r.url IS NOT NULL AND r2.url = r.url)
            WHERE r.id = :id ORDER BY r2.url_version, r2.id""")
    List<Stored> versions(@Bind("id") long id);
}
