package org.crosscheck.ledger;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Proves which servers the suite ran on. With CROSSCHECK_TEST_PG_URL set, the PostgreSQL server must answer (a
 * URL that points nowhere fails here rather than silently testing H2 alone) and its version is logged; with
 * CROSSCHECK_REQUIRE_PG=true (as CI sets it), a missing URL fails too.
 */
class PostgresServerTest {
    @TempDir
    Path tmp;

    @Test
    void postgresqlAnswersWhenConfigured() throws Exception {
        boolean required = "true".equalsIgnoreCase(System.getenv("CROSSCHECK_REQUIRE_PG"));
        if (required) {
            assertNotNull(TestStores.pgUrl(), "CROSSCHECK_REQUIRE_PG is set but CROSSCHECK_TEST_PG_URL is not");
        }
        assumeTrue(TestStores.pgUrl() != null, "no PostgreSQL configured: the suite ran on H2 only");
        try (Ledger l = Ledger.open(TestStores.freshUrl("postgresql", tmp))) {
            String version = l.serverVersion();
            System.out.println("ledger tests ran on " + version);
            assertTrue(l.isPostgres());
            assertTrue(version.startsWith("PostgreSQL"), version);
        }
    }

    @Test
    void h2IsTheEmbeddedStore() throws Exception {
        try (Ledger l = Ledger.open(TestStores.freshUrl("h2", tmp))) {
            System.out.println("ledger tests ran on " + l.serverVersion());
            assertTrue(l.serverVersion().startsWith("H2"));
        }
    }
}
