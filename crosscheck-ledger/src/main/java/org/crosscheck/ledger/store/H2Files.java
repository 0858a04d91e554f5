package org.crosscheck.ledger.store;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.nio.file.StandardCopyOption;

/** The embedded store's file: where it is, and how a new one comes into being whole. */
public final class H2Files {
    private H2Files() {
    }

    /** The JDBC URL of the embedded store in {@code dir}. */
    public static String url(Path dir) {
        return "jdbc:h2:file:" + dir.toAbsolutePath().resolve("ledger");
    }

    /**
     * The URL with {@code WRITE_DELAY=0} unless it sets one: H2 otherwise writes a commit to its file up to 500 ms
     * later, so a process killed after reporting a report stored could lose it (the crash drill saw 2 of 38 go).
     * Other URLs are returned as they are.
     */
    public static String durable(String jdbcUrl) {
        if (!jdbcUrl.startsWith("jdbc:h2:file:") || jdbcUrl.toUpperCase(Locale.ROOT).contains(";WRITE_DELAY=")) {
            return jdbcUrl;
        }
        return jdbcUrl + ";WRITE_DELAY=0";
    }

    /**
     * H2 commits each DDL statement on its own, so a process killed while creating the schema would leave a half
     * made store that no later run can migrate. A new store is therefore built under a temporary name and renamed
     * into place once whole; a store that exists is used as it is.
     */
    static void createAtomically(String jdbcUrl) {
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
            try (HikariDataSource tmp = Database.pool("jdbc:h2:file:" + tmpBase + options)) {
                Database.flyway(tmp).migrate();
            }
            try {
                Files.move(Path.of(tmpBase + ".mv.db"), file, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException e) {
                // Another process created the store first: use its.
                Files.deleteIfExists(Path.of(tmpBase + ".mv.db"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the ledger store " + file, e);
        }
    }
}
