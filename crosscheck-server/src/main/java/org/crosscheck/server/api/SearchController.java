package org.crosscheck.server.api;

import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;
import org.crosscheck.server.http.ApiException;
import org.crosscheck.server.http.Params;
import org.crosscheck.server.http.Routes;
import org.crosscheck.server.search.Searcher;

/** Full-text search over reports and claims, and the actors and places lists. */
public final class SearchController {
    static final int MAX_HITS = 100;

    private final Searcher searcher;

    public SearchController(Searcher searcher) {
        this.searcher = searcher;
    }

    /** What a search answers: the query as read and the hits, best first. */
    record SearchView(String query, List<Searcher.Hit> hits) {
    }

    public void routes(Routes r) {
        r.get("/api/search", "Full-text search over reports and claims (words, \"phrases\", -not, a|b)",
                List.of("q", "kind", "limit"), this::search);
        r.get("/api/actors", "Actors and claimants, most events first", List.of("q", "limit", "offset"),
                ctx -> list(ctx, Searcher.ListKind.ACTORS));
        r.get("/api/places", "Places of events, most events first", List.of("q", "limit", "offset"),
                ctx -> list(ctx, Searcher.ListKind.PLACES));
    }

    private void search(Context ctx) {
        String q = Params.required(ctx, "q");
        Searcher.HitKind kind = null;
        String k = Params.text(ctx, "kind");
        if (k != null) {
            kind = switch (k) {
                case "report" -> Searcher.HitKind.REPORT;
                case "claim" -> Searcher.HitKind.CLAIM;
                default -> throw ApiException.badRequest("kind is report or claim, not '" + k + "'");
            };
        }
        int limit = Params.integer(ctx, "limit", 20, 1, MAX_HITS);
        ctx.json(new SearchView(q, searcher.search(q, kind, limit)));
    }

    private void list(Context ctx, Searcher.ListKind kind) {
        Params.Page page = Params.page(ctx, EventsController.DEFAULT_PAGE, EventsController.MAX_PAGE,
                Searcher.MAX_OFFSET);
        PageJson.write(ctx, kind.name().toLowerCase(Locale.ROOT), searcher.list(kind, Params.text(ctx, "q"),
                page.limit(), page.offset()), page);
    }
}
