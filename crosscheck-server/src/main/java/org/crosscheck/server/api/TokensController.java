package org.crosscheck.server.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.javalin.http.Context;
import org.crosscheck.server.http.Access;
import org.crosscheck.server.http.Routes;
import org.crosscheck.server.token.Role;
import org.crosscheck.server.token.TokenStore;

/** Whether the token a client holds is valid, whose it is and what it may do. */
public final class TokensController {
    private final boolean privateMode;

    public TokensController(boolean privateMode) {
        this.privateMode = privateMode;
    }

    /** What {@code /api/me} answers; name and role are null without a valid token. */
    record MeView(boolean authenticated, String name, Role role, @JsonProperty("private") boolean privateServer) {
    }

    public void routes(Routes r) {
        r.open("/api/me", "Whether the bearer token is valid and its role", this::me);
    }

    private void me(Context ctx) {
        TokenStore.Token t = Access.token(ctx).orElse(null);
        ctx.json(new MeView(t != null, t == null ? null : t.name(), t == null ? null : t.role(), privateMode));
    }
}
