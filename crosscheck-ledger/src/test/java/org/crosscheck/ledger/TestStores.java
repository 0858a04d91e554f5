package org.crosscheck.ledger;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The stores every ledger test runs on: H2 always, PostgreSQL too when CROSSCHECK_TEST_PG_URL names a server
 * (.ci/postgres.sh prints one). Each PostgreSQL test gets a schema of its own, so tests do not see each other.
 */
final class TestStores {
    static final String PG_ENV = "CROSSCHECK_TEST_PG_URL";

    private TestStores() {
    }

    static List<String> names() {
        List<String> out = new ArrayList<>(List.of("h2"));
        if (pgUrl() != null) {
            out.add("postgresql");
        }
        return out;
    }

    static String pgUrl() {
        String u = System.getenv(PG_ENV);
        return u == null || u.isBlank() ? null : u;
    }

    /** A fresh, empty store's JDBC URL. */
    static String freshUrl(String store, Path tmp) throws SQLException {
        if (store.equals("h2")) {
            return Ledger.h2Url(tmp.resolve("ledger-" + UUID.randomUUID()));
        }
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection c = DriverManager.getConnection(pgUrl()); Statement st = c.createStatement()) {
            st.execute("CREATE SCHEMA " + schema);
        }
        return pgUrl() + (pgUrl().contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }
}
