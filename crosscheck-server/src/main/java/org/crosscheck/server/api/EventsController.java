package org.crosscheck.server.api;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.crosscheck.ledger.Explanation;
import org.crosscheck.ledger.Ledger;
import org.crosscheck.server.http.ApiException;
import org.crosscheck.server.http.Params;
import org.crosscheck.server.http.Routes;
import org.crosscheck.server.search.DeathsPolicy;
import org.crosscheck.server.search.EventOrder;
import org.crosscheck.server.search.PointColumns;
import org.crosscheck.server.search.Searcher;
import org.crosscheck.server.view.EventPageView;

/**
 * The events: the list, the map's points and the timeline (from the search index), one event's page and its
 * history (from the ledger). Thread-safety: as thread-safe as the ledger and the searcher.
 */
public final class EventsController {
    /** The largest page of a list, and the default. */
    public static final int MAX_PAGE = 500;
    public static final int DEFAULT_PAGE = 50;
    /** The most points the map asks for at once. */
    public static final int MAX_POINTS = 100_000;
    /** The filters of the list, the map and the timeline. */
    static final List<String> FILTERS = List.of("from", "to", "country", "admin1", "actor", "claimant", "type",
            "contested", "top");

    private final Ledger ledger;
    private final Searcher searcher;
    private final Filters filters;
    private final PointsCache points;

    public EventsController(Ledger ledger, Searcher searcher) {
        this.ledger = ledger;
        this.searcher = searcher;
        this.filters = new Filters(searcher);
        this.points = new PointsCache(searcher);
    }

    public void routes(Routes r) {
        r.get("/api/events", "Ledger events matching the filters, one page (limit ≤ " + MAX_PAGE + ", offset ≤ "
                + Searcher.MAX_OFFSET + "); sort one of " + EventOrder.names(), with(FILTERS, "sort", "limit", "offset"),
                this::list);
        r.get("/api/events/points", "Map points [id, lat, lon, deaths under the policy (acled or range), contested, "
                + "first day] of matching events", with(FILTERS, "max", "policy"), this::points);
        r.get("/api/events/points.bin", "The map points as little-endian columns: int32 count, int32 flags (1: "
                + "truncated), float64 ids, float32 latitudes, float32 longitudes, int32 deaths under the policy (-1: "
                + "none), int32 first days since 1970-01-01 (-2^31: undated), uint8 contested",
                with(FILTERS, "max", "policy"), this::pointColumns);
        r.get("/api/events/timeline", "Matching events per day: events, contested events, deaths under the policy "
                + "(acled or range)", with(FILTERS, "policy"), this::timeline);
        r.get("/api/events/{id}", "One event: claims side by side per victims' group, estimates under each policy, "
                + "contradictions in words, sources, matching decisions, history", List.of(), this::event);
        r.get("/api/events/{id}/history", "Every version of an event: extraction, matching, merges, splits, edits",
                List.of(), ctx -> history(ctx, "event:" + Params.id(ctx, "id")));
        r.get("/api/history", "History of a record: id is EVENT, event:ID, claim:REPORT/LOCAL or report:ID",
                List.of("id"), ctx -> history(ctx, Params.required(ctx, "id")));
    }

    static List<String> with(List<String> base, String... more) {
        List<String> out = new ArrayList<>(base);
        out.addAll(List.of(more));
        return out;
    }

    private void list(Context ctx) {
        Params.Page page = Params.page(ctx, DEFAULT_PAGE, MAX_PAGE, Searcher.MAX_OFFSET);
        EventOrder order = Params.given(ctx, "sort") ? Params.query(ctx, "sort", EventOrder.class).get()
                : EventOrder.DEFAULT;
        PageJson.write(ctx, "events", searcher.events(filters.read(ctx), order, page.limit(), page.offset()), page);
    }

    private void points(Context ctx) {
        ctx.json(PointsView.of(readPoints(ctx)));
    }

    private void pointColumns(Context ctx) {
        ctx.contentType("application/octet-stream").result(readPoints(ctx).encode());
    }

    private PointColumns readPoints(Context ctx) {
        int max = Params.integer(ctx, "max", 20_000, 1, MAX_POINTS);
        return points.get(filters.read(ctx), max, policy(ctx));
    }

    private void timeline(Context ctx) {
        DeathsPolicy policy = policy(ctx);
        ctx.json(new TimelineView(policy, searcher.timeline(filters.read(ctx), policy)));
    }

    /** The {@code policy} parameter: acled (the default) or range. */
    static DeathsPolicy policy(Context ctx) {
        return Params.given(ctx, "policy") ? Params.query(ctx, "policy", DeathsPolicy.class).get() : DeathsPolicy.ACLED;
    }

    private void event(Context ctx) {
        long id = Params.id(ctx, "id");
        Explanation why;
        try {
            why = ledger.why(id);
        } catch (NoSuchElementException e) {
            throw ApiException.notFound("no event " + id);
        }
        ctx.json(EventPageView.of(why, ledger.history("event:" + id), ledger.detached(id)));
    }

    private void history(Context ctx, String id) {
        try {
            ctx.json(ledger.history(id));
        } catch (NoSuchElementException e) {
            throw ApiException.notFound(e.getMessage());
        }
    }
}
