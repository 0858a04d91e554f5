package org.crosscheck.ledger.store;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jdbi.v3.core.config.ConfigRegistry;
import org.jdbi.v3.core.mapper.Nested;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.mapper.RowMapperFactory;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Maps a row to a record by name: each component reads the column of its name in snake case ({@code reportId} from
 * {@code report_id}), a {@link Nested} component the same row as a record of its own. What a record needs is worked
 * out once per type and the columns once per result set, so that a row costs a constructor call (JDBI's
 * ConstructorMapper re-reads the constructor's annotations for every result set, which cost more than the query).
 */
final class RecordMapper<T> implements RowMapper<T> {
    /** Every record of the ledger's, each type's mapper made once. Thread-safe. */
    static final class Factory implements RowMapperFactory {
        private final Map<Class<?>, RecordMapper<?>> mappers = new ConcurrentHashMap<>();

        @Override
        public Optional<RowMapper<?>> build(Type type, ConfigRegistry config) {
            if (!(type instanceof Class<?> c) || !c.isRecord() || !c.getName().startsWith("org.crosscheck.")) {
                return Optional.empty();
            }
            return Optional.of(mappers.computeIfAbsent(c, RecordMapper::new));
        }
    }

    /** How one component reads its column. */
    @FunctionalInterface
    private interface Reader {
        Object read(ResultSet rs, int column) throws SQLException;
    }

    /** Statement texts whose columns are remembered, at most (queries put together at run time vary). */
    private static final int MAX_STATEMENTS = 500;

    private final Class<T> type;
    private final Map<String, RowMapper<T>> bySql = new ConcurrentHashMap<>();
    private final Constructor<T> constructor;
    private final String[] columns;
    private final Reader[] readers;
    private final RecordMapper<?>[] nested;

    @SuppressWarnings("unchecked")
    private RecordMapper(Class<?> type) {
        this.type = (Class<T>) type;
        RecordComponent[] cs = type.getRecordComponents();
        Class<?>[] types = new Class<?>[cs.length];
        columns = new String[cs.length];
        readers = new Reader[cs.length];
        nested = new RecordMapper<?>[cs.length];
        for (int i = 0; i < cs.length; i++) {
            types[i] = cs[i].getType();
            if (nested(cs[i])) {
                nested[i] = new RecordMapper<>(types[i]);
            } else {
                columns[i] = snakeCase(cs[i].getName());
                readers[i] = reader(types[i]);
            }
        }
        try {
            constructor = (Constructor<T>) type.getDeclaredConstructor(types);
            constructor.setAccessible(true);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("no canonical constructor in " + type, e);
        }
    }

    /** Whether a component is marked {@link Nested} (the annotation lands on the record's field). */
    private static boolean nested(RecordComponent c) {
        try {
            return c.getDeclaringRecord().getDeclaredField(c.getName()).isAnnotationPresent(Nested.class);
        } catch (NoSuchFieldException e) {
            return false;
        }
    }

    @Override
    public T map(ResultSet rs, StatementContext ctx) throws SQLException {
        return specialize(rs, ctx).map(rs, ctx);
    }

    /**
     * Binds the columns once per statement text: a DAO's statement is one string whose columns never change, and
     * reading the result set's metadata for every query cost as much as the rows.
     */
    @Override
    public RowMapper<T> specialize(ResultSet rs, StatementContext ctx) throws SQLException {
        String sql = ctx.getRawSql();
        RowMapper<T> bound = sql == null ? null : bySql.get(sql);
        if (bound == null) {
            bound = bind(rs);
            if (sql != null) {
                if (bySql.size() > MAX_STATEMENTS) {
                    bySql.clear();
                }
                bySql.put(sql, bound);
            }
        }
        return bound;
    }

    private RowMapper<T> bind(ResultSet rs) throws SQLException {
        ResultSetMetaData md = rs.getMetaData();
        Map<String, Integer> byLabel = new HashMap<>();
        for (int i = md.getColumnCount(); i >= 1; i--) {
            byLabel.put(md.getColumnLabel(i).toLowerCase(Locale.ROOT), i);
        }
        return bind(byLabel);
    }

    /** This mapper with its columns found among {@code byLabel} (the first of a name wins). */
    private RowMapper<T> bind(Map<String, Integer> byLabel) {
        int[] index = new int[columns.length];
        RowMapper<?>[] inner = new RowMapper<?>[columns.length];
        for (int i = 0; i < columns.length; i++) {
            if (nested[i] != null) {
                inner[i] = nested[i].bind(byLabel);
            } else {
                Integer at = byLabel.get(columns[i]);
                if (at == null && constructor.getParameterTypes()[i].isPrimitive()) {
                    throw new IllegalStateException("no column " + columns[i] + " for " + type.getSimpleName());
                }
                index[i] = at == null ? -1 : at;
            }
        }
        return (rs, ctx) -> {
            Object[] args = new Object[index.length];
            for (int i = 0; i < index.length; i++) {
                args[i] = inner[i] != null ? inner[i].map(rs, ctx) : index[i] < 0 ? null : readers[i].read(rs, index[i]);
            }
            try {
                return constructor.newInstance(args);
            } catch (InvocationTargetException e) {
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot make a " + type.getSimpleName(), e);
            }
        };
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Reader reader(Class<?> t) {
        if (t == long.class) {
            return ResultSet::getLong;
        }
        if (t == int.class) {
            return ResultSet::getInt;
        }
        if (t == boolean.class) {
            return ResultSet::getBoolean;
        }
        if (t == double.class) {
            return ResultSet::getDouble;
        }
        if (t == Long.class) {
            return (rs, i) -> orNull(rs, rs.getLong(i));
        }
        if (t == Integer.class) {
            return (rs, i) -> orNull(rs, rs.getInt(i));
        }
        if (t == Boolean.class) {
            return (rs, i) -> orNull(rs, rs.getBoolean(i));
        }
        if (t == Double.class) {
            return (rs, i) -> orNull(rs, rs.getDouble(i));
        }
        if (t == String.class) {
            return ResultSet::getString;
        }
        if (t == LocalDate.class) {
            return (rs, i) -> rs.getObject(i, LocalDate.class);
        }
        if (t == Instant.class) {
            return (rs, i) -> {
                Timestamp ts = rs.getTimestamp(i);
                return ts == null ? null : ts.toInstant();
            };
        }
        if (t.isEnum() && WireCodes.handles(t)) {
            return (rs, i) -> WireCodes.parse((Class) t, rs.getString(i));
        }
        throw new IllegalArgumentException("a record component of type " + t.getName() + " has no column reader");
    }

    private static Object orNull(ResultSet rs, Object v) throws SQLException {
        return rs.wasNull() ? null : v;
    }

    /** {@code reportId} to {@code report_id}; digits stay with their word ({@code admin1}). */
    static String snakeCase(String name) {
        StringBuilder b = new StringBuilder(name.length() + 4);
        for (char c : name.toCharArray()) {
            if (Character.isUpperCase(c)) {
                b.append('_').append(Character.toLowerCase(c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
