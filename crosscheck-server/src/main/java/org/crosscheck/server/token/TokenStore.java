package org.crosscheck.server.token;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.crosscheck.json.ReportJson;
import org.crosscheck.model.Hashing;
import org.crosscheck.server.files.OwnerOnly;

/**
 * API tokens, kept in one JSON file (its owner's alone) as SHA-256 hashes: the token itself is shown once, when
 * created, and never stored. A token has a {@link Role} and an expiry; it can be listed by its id (the start of
 * its hash, which tells nothing of the token) and revoked. The file is re-read when it changes, so a token
 * created or revoked while the server runs counts at once.
 *
 * <p>Thread-safety: all methods are synchronized; the file is replaced atomically, so a concurrent reader in
 * another process sees the old or the new list, never half of one.
 */
public final class TokenStore {
    /** How long a token is valid unless its creator says otherwise, and the longest it may be. */
    public static final Duration DEFAULT_VALIDITY = Duration.ofDays(90);
    public static final Duration MAX_VALIDITY = Duration.ofDays(3650);
    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * One stored token: its id, who it was made for, its role, when it was made and until when it is valid, and
     * the hash that is checked. A token stored before tokens expired gets an id and the default validity.
     */
    public record Token(String id, String name, Role role, Instant created, Instant expires, String sha256) {
        public Token {
            id = id == null ? sha256.substring(0, 12) : id;
            expires = expires == null ? created.plus(DEFAULT_VALIDITY) : expires;
        }

        public boolean expired(Instant now) {
            return !now.isBefore(expires);
        }
    }

    private final Path file;
    private final Clock clock;
    private final ObjectMapper json = new ReportJson().mapper();
    private List<Token> tokens = List.of();
    private long loadedStamp = -1;

    public TokenStore(Path file) {
        this(file, Clock.systemUTC());
    }

    public TokenStore(Path file, Clock clock) {
        this.file = file;
        this.clock = clock;
    }

    public Path file() {
        return file;
    }

    /** Creates a token valid for {@link #DEFAULT_VALIDITY}; see {@link #create(Role, String, Duration)}. */
    public String create(Role role, String name) {
        return create(role, name, DEFAULT_VALIDITY);
    }

    /** Creates a token, stores its hash and returns the token's secret (shown to the user once). */
    public synchronized String create(Role role, String name, Duration validFor) {
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new IllegalArgumentException("a token needs a name of 1 to 100 characters (who uses it)");
        }
        if (validFor.compareTo(Duration.ofDays(1)) < 0 || validFor.compareTo(MAX_VALIDITY) > 0) {
            throw new IllegalArgumentException("a token is valid for 1 to " + MAX_VALIDITY.toDays() + " days");
        }
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        String secret = "cct_" + Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        String hash = Hashing.sha256Hex(secret);
        Instant now = clock.instant();
        List<Token> next = new ArrayList<>(load());
        next.add(new Token(hash.substring(0, 12), name.strip(), role, now, now.plus(validFor), hash));
        save(next);
        return secret;
    }

    /** The token a secret belongs to, if any and not expired. */
    public synchronized Optional<Token> check(String secret) {
        if (secret == null || secret.isBlank() || secret.length() > 200) {
            return Optional.empty();
        }
        byte[] h = Hashing.sha256Hex(secret).getBytes(StandardCharsets.US_ASCII);
        Token found = null;
        for (Token t : load()) {
            // Compare every stored hash in constant time, so timing tells nothing about near misses.
            if (MessageDigest.isEqual(h, t.sha256().getBytes(StandardCharsets.US_ASCII))) {
                found = t;
            }
        }
        return found == null || found.expired(clock.instant()) ? Optional.empty() : Optional.of(found);
    }

    /** Every stored token, expired ones included, oldest first. */
    public synchronized List<Token> list() {
        return List.copyOf(load());
    }

    /**
     * Revokes the token with this id; returns whether there was one.
     *
     * @throws IllegalArgumentException when the id is not a token id
     */
    public synchronized boolean revoke(String id) {
        if (id == null || !id.matches("[0-9a-f]{12}")) {
            throw new IllegalArgumentException("a token id is 12 hexadecimal digits (see 'crosscheck token list'), "
                    + "not '" + id + "'");
        }
        List<Token> next = new ArrayList<>(load());
        boolean removed = next.removeIf(t -> t.id().equals(id));
        if (removed) {
            save(next);
        }
        return removed;
    }

    private List<Token> load() {
        try {
            if (!Files.exists(file)) {
                tokens = List.of();
                loadedStamp = -1;
                return tokens;
            }
            long stamp = Files.getLastModifiedTime(file).toMillis() ^ Files.size(file);
            if (stamp != loadedStamp) {
                tokens = List.copyOf(json.readValue(file.toFile(), new TypeReference<List<Token>>() { }));
                loadedStamp = stamp;
            }
            return tokens;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the token file " + file + ": " + e.getMessage(), e);
        }
    }

    private void save(List<Token> next) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            OwnerOnly.write(tmp, json.writerWithDefaultPrettyPrinter().writeValueAsBytes(next));
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            tokens = List.copyOf(next);
            loadedStamp = Files.getLastModifiedTime(file).toMillis() ^ Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the token file " + file + ": " + e.getMessage(), e);
        }
    }
}
