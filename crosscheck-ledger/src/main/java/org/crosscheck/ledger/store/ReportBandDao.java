package org.crosscheck.ledger.store;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.sqlobject.SqlObject;

/** The {@code report_band} table: locality-sensitive hash bands of each report's MinHash, to find copies. */
public interface ReportBandDao extends SqlObject {
    /** A report's band hashes, band i's at index i, in one batch bound by position (see {@link Batch}). */
    default void insert(long reportId, List<Long> bandHashes) {
        List<Integer> bands = java.util.stream.IntStream.range(0, bandHashes.size()).boxed().toList();
        Batch.insert(getHandle(), "INSERT INTO report_band (band, hash, report_id) VALUES (?,?,?)", bands, (b, ps) -> {
            ps.setInt(1, b);
            ps.setLong(2, bandHashes.get(b));
            ps.setLong(3, reportId);
        });
    }

    /**
     * The reports sharing a band hash with {@code bandHashes} (band i's hash at index i), with their MinHash
     * signatures as stored. A UNION of point lookups: H2 does not use the primary key for an OR of (band, hash)
     * pairs.
     */
    default Map<Long, String> sharingABand(List<Long> bandHashes) {
        StringBuilder sql = new StringBuilder("SELECT r.id, r.minhash FROM report r WHERE r.id IN (");
        for (int b = 0; b < bandHashes.size(); b++) {
            sql.append(b == 0 ? "" : " UNION ")
                    .append("SELECT report_id FROM report_band WHERE band = :b").append(b).append(" AND hash = :h")
                    .append(b);
        }
        sql.append(")");
        Handle h = getHandle();
        Map<Long, String> out = new LinkedHashMap<>();
        try (Query q = h.createQuery(sql.toString())) {
            for (int b = 0; b < bandHashes.size(); b++) {
                q.bind("b" + b, b).bind("h" + b, bandHashes.get(b));
            }
            q.map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getString(2))).forEach(e -> out.put(e.getKey(), e.getValue()));
        }
        return out;
    }
}
