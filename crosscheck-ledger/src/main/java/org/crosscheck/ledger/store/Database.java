package org.crosscheck.ledger.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.crosscheck.ledger.LedgerException;
import org.crosscheck.ledger.LedgerInUseException;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.extension.Extensions;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/**
 * The ledger's database: a connection pool, the schema migrated by Flyway, and the two ways in — {@link #read}
 * on any pooled connection, {@link #write} as one transaction under the write lock. H2 (a file) or PostgreSQL.
 *
 * <p>Writes take one lock because matching reads the ledger and then creates or extends events: two interleaved
 * ingests could otherwise create one incident twice. On PostgreSQL each write transaction also takes an advisory
 * lock, so several processes may write to one database; an embedded H2 store is opened by one process at a time.
 * Thread-safe.
 */
public final class Database implements AutoCloseable {
    private static final long PG_LOCK_KEY = 0x43726f7373636bL;
    /** H2's "database may be already in use" (ErrorCode.DATABASE_ALREADY_OPEN_1): another process holds the file. */
    private static final int H2_ALREADY_OPEN = 90020;

    private final HikariDataSource ds;
    private final Jdbi jdbi;
    private final boolean postgres;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final CurrentHandle current;
    private final Map<Class<?>, Object> daos = new ConcurrentHashMap<>();

    private Database(HikariDataSource ds, boolean postgres) {
        this.ds = ds;
        this.postgres = postgres;
        this.jdbi = Jdbi.create(ds).installPlugin(new SqlObjectPlugin());
        WireCodes.register(jdbi);
        jdbi.registerRowMapper(new RecordMapper.Factory());
        this.current = new CurrentHandle(jdbi);
    }

    /** Opens (creating or migrating) the store at a JDBC URL ({@code jdbc:h2:…} or {@code jdbc:postgresql:…}). */
    public static Database open(String givenUrl) {
        String jdbcUrl = H2Files.durable(givenUrl);
        boolean pg = jdbcUrl.startsWith("jdbc:postgresql:");
        if (!pg && !jdbcUrl.startsWith("jdbc:h2:")) {
            throw new IllegalArgumentException("the ledger runs on H2 or PostgreSQL, not " + jdbcUrl.split(";|\\?")[0]);
        }
        if (jdbcUrl.startsWith("jdbc:h2:file:")) {
            H2Files.createAtomically(jdbcUrl);
        }
        HikariDataSource ds;
        try {
            ds = pool(jdbcUrl);
        } catch (RuntimeException e) {
            if (heldByAnotherProcess(e)) {
                throw new LedgerInUseException("the ledger at " + jdbcUrl.split(";")[0]
                        + " is in use by another process", e);
            }
            throw e;
        }
        try {
            flyway(ds).migrate();
        } catch (RuntimeException e) {
            ds.close();
            throw e;
        }
        return new Database(ds, pg);
    }

    /** Flyway logs through SLF4J, so that the command line's binding decides whether its lines are shown. */
    static Flyway flyway(javax.sql.DataSource ds) {
        return Flyway.configure().dataSource(ds).locations("classpath:db/ledger")
                .javaMigrations(new V3__ReportPerson(), new V5__NameKeys(), new V6__Admin1Keys())
                .loggers("slf4j").load();
    }

    static HikariDataSource pool(String jdbcUrl) {
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

    public boolean postgres() {
        return postgres;
    }

    /** The database product and version, e.g. "PostgreSQL 15.18". */
    public String serverVersion() {
        return read(() -> {
            try {
                DatabaseMetaData md = handle().getConnection().getMetaData();
                return md.getDatabaseProductName() + " " + md.getDatabaseProductVersion();
            } catch (SQLException e) {
                throw new LedgerException("cannot read the server version", e);
            }
        });
    }

    /**
     * The DAO of a table. DAOs are made once per database and run on the handle of the read or write in progress
     * on the calling thread, so they are used inside {@link #read}, {@link #write} or {@link #stream} only.
     */
    public <T> T dao(Class<T> type) {
        return type.cast(daos.computeIfAbsent(type, t -> jdbi.getConfig(Extensions.class).findFor(t, current)
                .orElseThrow(() -> new IllegalArgumentException("no DAO " + t.getName()))));
    }

    /** The handle of the read or write in progress on this thread, for SQL put together at run time. */
    public Handle handle() {
        return current.getHandle();
    }

    /** Work on a pooled connection, outside any transaction of ours. */
    public <T> T read(Supplier<T> work) {
        try {
            return jdbi.withHandle(h -> current.with(h, work));
        } catch (JdbiException e) {
            throw new LedgerException("ledger read failed: " + message(e), e);
        }
    }

    /** Work that writes to {@code out} while it reads. */
    @FunctionalInterface
    public interface Streaming {
        void run() throws IOException;
    }

    /**
     * Reads many rows on one read-only connection, for a writer: an export is one consistent read, streamed as it
     * goes.
     */
    public void stream(Streaming work) throws IOException {
        try (Handle h = jdbi.open()) {
            h.getConnection().setReadOnly(true);
            current.with(h, () -> {
                try {
                    work.run();
                    return null;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (SQLException | JdbiException e) {
            throw new LedgerException("export failed: " + message(e), e);
        }
    }

    /** One transaction under the write lock; rolled back on any failure, whose exception is thrown on. */
    public <T> T write(Supplier<T> work) {
        writeLock.lock();
        try {
            return jdbi.inTransaction(h -> {
                if (postgres) {
                    h.createQuery("SELECT pg_advisory_xact_lock(:key)").bind("key", PG_LOCK_KEY)
                            .map((rs, ctx) -> Boolean.TRUE).one();
                }
                return current.with(h, work);
            });
        } catch (JdbiException e) {
            throw new LedgerException("ledger write failed: " + message(e), e);
        } finally {
            writeLock.unlock();
        }
    }

    /** Whether opening failed because another process holds the embedded store. */
    static boolean heldByAnotherProcess(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof SQLException s && s.getErrorCode() == H2_ALREADY_OPEN) {
                return true;
            }
        }
        return false;
    }

    /** Whether a failed write broke a unique constraint (another process stored the same row first). */
    public static boolean isUniqueViolation(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof SQLException s) {
                return "23505".equals(s.getSQLState()) || "23001".equals(s.getSQLState());
            }
        }
        return false;
    }

    /** The database's own words: the SQL exception's message rather than JDBI's statement dump. */
    private static String message(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof SQLException s) {
                return s.getMessage();
            }
        }
        return e.getMessage();
    }

    @Override
    public void close() {
        ds.close();
    }
}
