package org.crosscheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code crosscheck token create|list|revoke}. */
class TokenCommandTest {
    @TempDir
    Path data;

    CliRun run(String... args) {
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--data";
        all[args.length + 1] = data.toString();
        return CliRun.run(new FakeExtractor().factory(), all);
    }

    @Test
    void aTokenIsCreatedListedAndRevoked() {
        CliRun created = run("token", "create", "--role", "editor", "--name", "desk analyst", "--days", "7");
        assertEquals(0, created.exit(), created.err());
        String secret = created.out().strip();
        assertTrue(secret.startsWith("cct_"), secret);
        assertTrue(created.err().contains("valid for 7 days"), created.err());

        CliRun listed = run("token", "list");
        assertEquals(0, listed.exit(), listed.err());
        String[] lines = listed.out().strip().split("\n");
        assertEquals(2, lines.length, listed.out());
        String[] row = lines[1].split("\t");
        assertEquals("editor", row[1]);
        assertEquals("desk analyst", row[2]);
        assertFalse(listed.out().contains(secret), "the secret is never shown again");

        CliRun revoked = run("token", "revoke", row[0]);
        assertEquals(0, revoked.exit(), revoked.err());
        assertEquals(1, run("token", "list").out().strip().split("\n").length);
        CliRun again = run("token", "revoke", row[0]);
        assertEquals(2, again.exit());
        assertTrue(again.err().startsWith("crosscheck: no token with id " + row[0]), again.err());
        CliRun bad = run("token", "create", "--role", "editor", "--days", "0");
        assertEquals(2, bad.exit());
        assertTrue(bad.err().startsWith("crosscheck: a token is valid for 1 to 3650 days"), bad.err());
    }
}
