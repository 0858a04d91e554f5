package org.crosscheck.server;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads stored reports (metadata and body) from the ledger's {@code report} table, which the {@code Ledger} API
 * does not expose (it gives the extraction, whose offsets refer to this body). Read-only, bound parameters only.
 * In one JVM an embedded H2 store is shared with the open {@code Ledger}, so both see the same data.
 *
 * <p>Thread-safety: safe for concurrent use (a small connection pool).
 */
public final class ReportStore implements AutoCloseable {
    /** One stored report as the API shows it. */
    public record StoredReport(long id, String name, String title, String outlet, String url, LocalDate published,
                               String language, boolean current, Long duplicateOf, int version, String body) {
    }

    private final HikariDataSource ds;

    public ReportStore(String jdbcUrl) {
        HikariConfig hc = new HikariConfig();
        hc.setJdbcUrl(jdbcUrl);
        hc.setMaximumPoolSize(2);
        hc.setMinimumIdle(0);
        hc.setReadOnly(true);
        hc.setPoolName("crosscheck-server-reports");
        hc.setConnectionTimeout(10_000);
        this.ds = new HikariDataSource(hc);
    }

    /** Every stored report's id, in order. */
    public List<Long> ids() {
        try (Connection c = ds.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT id FROM report ORDER BY id");
             ResultSet rs = ps.executeQuery()) {
            List<Long> out = new ArrayList<>();
            while (rs.next()) {
                out.add(rs.getLong(1));
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot list reports: " + e.getMessage(), e);
        }
    }

    /** A report, or null when there is none with this id. */
    public StoredReport report(long id) {
        try (Connection c = ds.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT id, name, title, outlet, url, published, language, "
                     + "is_current, duplicate_of, url_version, body FROM report WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                Date p = rs.getDate(6);
                long dup = rs.getLong(9);
                Long dupOf = rs.wasNull() ? null : dup;
                return new StoredReport(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), p == null ? null : p.toLocalDate(), rs.getString(7), rs.getBoolean(8), dupOf,
                        rs.getInt(10), rs.getString(11));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read report " + id + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        ds.close();
    }
}
