package org.crosscheck.ledger.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * A batch insert bound by position on the handle's connection. The DAOs use it for the rows an ingest writes by the
 * dozen (claims, event parties, hash bands): binding each value by name through JDBI's argument resolution cost more
 * than the insert itself. Column order is the SQL's; values go through {@link #set}.
 */
final class Batch {
    /** Writes one row's values, in the SQL's column order. */
    @FunctionalInterface
    interface Binder<T> {
        void bind(T row, PreparedStatement ps) throws SQLException;
    }

    private Batch() {
    }

    static <T> void insert(Handle h, String sql, List<T> rows, Binder<T> binder) {
        if (rows.isEmpty()) {
            return;
        }
        Connection c = h.getConnection();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (T row : rows) {
                binder.bind(row, ps);
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw new UnableToExecuteStatementException(e, null);
        }
    }

    /** Binds one value by its Java type: wire codes for enums, SQL NULL of the right type for null. */
    static void set(PreparedStatement ps, int i, Object v, int sqlType) throws SQLException {
        if (v == null) {
            ps.setNull(i, sqlType);
        } else if (v instanceof Enum<?> e) {
            ps.setString(i, e.toString());
        } else if (v instanceof LocalDate d) {
            ps.setObject(i, d);
        } else {
            ps.setObject(i, v, sqlType);
        }
    }

    static final int TEXT = Types.VARCHAR;
    static final int BIGINT = Types.BIGINT;
    static final int INT = Types.INTEGER;
    static final int BOOL = Types.BOOLEAN;
}
