package org.crosscheck.server.api;

import io.javalin.http.Context;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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

    /** What a search answers: the query as read, how many documents match in all, and the best hits. */
    record SearchView(String query, long total, List<Searcher.Hit> hits) {
    }

    public void routes(Routes r) {
        r.get("/api/search", "Full-text search over events, claims, reports, actors and places (words, \"phrases\", "
                + "-not, a|b); kind: any of event, claim, report, actor, place, comma-separated (default all); total "
                + "counts every match", List.of("q", "kind", "limit"), this::search);
        r.get("/api/actors", "Actors and claimants, most events first", List.of("q", "limit", "offset"),
                ctx -> list(ctx, Searcher.ListKind.ACTORS));
        r.get("/api/places", "Places of events, most events first", List.of("q", "limit", "offset"),
                ctx -> list(ctx, Searcher.ListKind.PLACES));
    }

    private void search(Context ctx) {
        String q = Params.required(ctx, "q");
        Set<Searcher.HitKind> kinds = EnumSet.allOf(Searcher.HitKind.class);
        String k = Params.text(ctx, "kind");
        if (k != null) {
            kinds = EnumSet.noneOf(Searcher.HitKind.class);
            for (String one : k.split(",")) {
                kinds.add(kind(one.strip()));
            }
        }
        int limit = Params.integer(ctx, "limit", 20, 1, MAX_HITS);
        Searcher.Found found = searcher.find(q, kinds, limit);
        ctx.json(new SearchView(q, found.total(), found.hits()));
    }

    private static Searcher.HitKind kind(String given) {
        for (Searcher.HitKind h : Searcher.HitKind.values()) {
            if (h.toString().equals(given)) {
                return h;
            }
        }
        throw ApiException.badRequest("kind is event, claim, report, actor or place, not '" + given + "'");
    }

    private void list(Context ctx, Searcher.ListKind kind) {
        Params.Page page = Params.page(ctx, EventsController.DEFAULT_PAGE, EventsController.MAX_PAGE,
                Searcher.MAX_OFFSET);
        PageJson.write(ctx, kind.name().toLowerCase(Locale.ROOT), searcher.list(kind, Params.text(ctx, "q"),
                page.limit(), page.offset()), page);
    }
}
