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
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.crosscheck.json.ReportJson;
import org.crosscheck.model.Hashing;
import org.crosscheck.server.files.OwnerOnly;

/**
 * API tokens, kept in one JSON file as SHA-256 hashes (the token itself is shown once, when created, and never
 * stored). A token has a {@link Role}. The file is re-read when it changes, so a token created while the server
 * runs works at once.
 *
 * <p>Thread-safety: all methods are synchronized; the file is replaced atomically, so a concurrent reader in
 * another process sees the old or the new list, never half of one.
 */
public final class TokenStore {
    private static final SecureRandom RANDOM = new SecureRandom();

    /** One stored token: who it was made for, its role, when, and the hash that is checked. */
    public record Token(String name, Role role, Instant created, String sha256) {
    }

    private final Path file;
    private final ObjectMapper json = new ReportJson().mapper();
    private List<Token> tokens = List.of();
    private long loadedStamp = -1;

    public TokenStore(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    /** Creates a token, stores its hash and returns the token's secret (shown to the user once). */
    public synchronized String create(Role role, String name) {
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new IllegalArgumentException("a token needs a name of 1 to 100 characters (who uses it)");
        }
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        String secret = "cct_" + Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        List<Token> next = new ArrayList<>(load());
        next.add(new Token(name.strip(), role, Instant.now(), Hashing.sha256Hex(secret)));
        save(next);
        return secret;
    }

    /** The token a secret belongs to, if any. */
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
        return Optional.ofNullable(found);
    }

    public synchronized List<Token> list() {
        return List.copyOf(load());
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
