package org.crosscheck.server.http;

import io.javalin.http.Context;
import io.javalin.security.RouteRole;
import java.util.Optional;
import org.crosscheck.server.token.Role;
import org.crosscheck.server.token.TokenStore;

/**
 * Who may call a route, as a Javalin route role, and the check that runs before every matched route: reading is
 * open unless the server is private, writing needs an {@code editor} token in an {@code Authorization: Bearer}
 * header (never a cookie, so a page of another site cannot make a browser write: CSRF-safe). The token a request
 * carries is kept on the context for the handler.
 *
 * <p>Thread-safety: {@link Check} holds only thread-safe state.
 */
public enum Access implements RouteRole {
    /** Anyone, even on a private server: pages, the API description, whether a token is valid. */
    OPEN,
    /** Anyone on a public server, a token holder on a private one. */
    READ,
    /** An editor. */
    WRITE;

    private static final String TOKEN = "crosscheck.token";

    /** The token the request carried and that is valid, if any. */
    public static Optional<TokenStore.Token> token(Context ctx) {
        return Optional.ofNullable(ctx.attribute(TOKEN));
    }

    /** The before-matched check of every route with an {@link Access} role. */
    public record Check(TokenStore tokens, boolean privateMode) {
        public void handle(Context ctx) {
            Access access = ctx.routeRoles().stream().filter(Access.class::isInstance).map(Access.class::cast)
                    .findFirst().orElse(OPEN);
            Optional<TokenStore.Token> t = bearer(ctx);
            t.ifPresent(tok -> ctx.attribute(TOKEN, tok));
            boolean needed = access == WRITE || access == READ && privateMode;
            if (needed && t.isEmpty()) {
                ctx.header("WWW-Authenticate", "Bearer");
                throw new ApiException(401, access == WRITE ? "writing needs an editor token (Authorization: Bearer "
                        + "TOKEN; create one with 'crosscheck token create --role editor')"
                        : "this server is private: reading needs a token (Authorization: Bearer TOKEN)");
            }
            if (access == WRITE && t.get().role() != Role.EDITOR) {
                throw new ApiException(403, "a " + t.get().role() + " token cannot write; an editor token can");
            }
        }

        private Optional<TokenStore.Token> bearer(Context ctx) {
            String h = ctx.header("Authorization");
            if (h == null || !h.regionMatches(true, 0, "Bearer ", 0, 7)) {
                return Optional.empty();
            }
            return tokens.check(h.substring(7).strip());
        }
    }
}
