package org.crosscheck.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.crosscheck.model.Hashing;
import org.crosscheck.server.files.OwnerOnly;
import org.crosscheck.server.token.Role;
import org.crosscheck.server.token.TokenStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tokens expire, are listed without their secrets and can be revoked, also while the server runs (issue 14). */
class TokensTest extends ServerTestBase {
    @TempDir
    Path tmp;

    /** A clock the test moves. */
    static final class TestClock extends Clock {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    @Test
    void aTokenWorksUntilItExpires() {
        TestClock clock = new TestClock();
        TokenStore store = new TokenStore(tmp.resolve("tokens.json"), clock);
        String secret = store.create(Role.EDITOR, "analyst", Duration.ofDays(30));
        assertTrue(store.check(secret).isPresent());
        clock.now = clock.now.plus(Duration.ofDays(30)).minusSeconds(1);
        assertTrue(store.check(secret).isPresent());
        clock.now = clock.now.plusSeconds(1);
        assertTrue(store.check(secret).isEmpty(), "expired");
        String plain = store.create(Role.READER, "reader");
        assertEquals(clock.now.plus(TokenStore.DEFAULT_VALIDITY), store.check(plain).orElseThrow().expires());
        assertThrows(IllegalArgumentException.class, () -> store.create(Role.EDITOR, "x", Duration.ofHours(1)));
        assertThrows(IllegalArgumentException.class, () -> store.create(Role.EDITOR, "x", Duration.ofDays(4000)));
    }

    @Test
    void tokensAreListedByIdWithoutTheirSecretsAndRevoked() throws Exception {
        Path file = tmp.resolve("tokens.json");
        TokenStore store = new TokenStore(file);
        String a = store.create(Role.EDITOR, "first analyst");
        String b = store.create(Role.READER, "a reader");
        List<TokenStore.Token> listed = store.list();
        assertEquals(List.of("first analyst", "a reader"), listed.stream().map(TokenStore.Token::name).toList());
        assertEquals(List.of(Role.EDITOR, Role.READER), listed.stream().map(TokenStore.Token::role).toList());
        String text = Files.readString(file);
        assertFalse(text.contains(a) || text.contains(b), "only hashes are stored");
        assertEquals(OwnerOnly.FILE, Files.getPosixFilePermissions(file));
        String id = listed.get(0).id();
        assertTrue(id.matches("[0-9a-f]{12}"), id);
        // Another process (the command line) revokes it; this store reads the change.
        assertTrue(new TokenStore(file).revoke(id));
        assertTrue(store.check(a).isEmpty());
        assertTrue(store.check(b).isPresent());
        assertFalse(store.revoke(id), "already revoked");
        assertThrows(IllegalArgumentException.class, () -> store.revoke("first analyst"));
    }

    @Test
    void tokensStoredBeforeExpiryGetAnIdAndTheDefaultValidity() throws Exception {
        Path file = tmp.resolve("tokens.json");
        String hash = Hashing.sha256Hex("cct_old");
        Files.writeString(file, "[{\"name\":\"old\",\"role\":\"editor\",\"created\":\"2026-01-01T00:00:00Z\","
                + "\"sha256\":\"" + hash + "\"}]");
        TestClock clock = new TestClock();
        TokenStore store = new TokenStore(file, clock);
        TokenStore.Token t = store.check("cct_old").orElseThrow();
        assertEquals(hash.substring(0, 12), t.id());
        assertEquals(Instant.parse("2026-01-01T00:00:00Z").plus(TokenStore.DEFAULT_VALIDITY), t.expires());
        clock.now = t.expires();
        assertTrue(store.check("cct_old").isEmpty());
    }

    @Test
    void aRevokedTokenCannotWriteToARunningServer() throws Exception {
        TokenStore tokens = new TokenStore(CrosscheckServer.tokenFile(config));
        String secret = tokens.create(Role.EDITOR, "revoked analyst");
        assertEquals("revoked analyst", http.get("/api/me", secret).json().get("name").asText());
        String id = tokens.list().stream().filter(t -> t.name().equals("revoked analyst")).findFirst().orElseThrow()
                .id();
        assertTrue(tokens.revoke(id));
        assertFalse(http.get("/api/me", secret).json().get("authenticated").asBoolean());
        long panjgur = eventAt("Panjgur");
        assertEquals(401, http.post("/api/events/" + panjgur + "/edits", secret, "application/json",
                "{\"field\":\"admin2\",\"value\":\"x\",\"why\":\"revoked\"}").status());
    }
}
