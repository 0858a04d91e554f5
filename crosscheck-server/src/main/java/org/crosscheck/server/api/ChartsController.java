package org.crosscheck.server.api;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.crosscheck.ledger.Explanation;
import org.crosscheck.ledger.Ledger;
import org.crosscheck.server.http.Params;
import org.crosscheck.server.http.Routes;
import org.crosscheck.server.search.DeathsPolicy;
import org.crosscheck.server.search.Searcher;
import org.crosscheck.server.view.DeathsChartView;

/**
 * The charts page's data: deaths over time by claimant and by victims' side for the events list's filters, under
 * a policy. The events come from the index, their claims from the ledger. Thread-safety: as the ledger and searcher.
 */
public final class ChartsController {
    /** The most events one chart reads from the ledger; past it the chart says it is cut short. */
    public static final int MAX_EVENTS = 5_000;

    private final Ledger ledger;
    private final Searcher searcher;
    private final Filters filters;

    public ChartsController(Ledger ledger, Searcher searcher) {
        this.ledger = ledger;
        this.searcher = searcher;
        this.filters = new Filters(searcher);
    }

    public void routes(Routes r) {
        r.get("/api/charts/deaths", "Deaths over time by claimant and by victims' side for the matching events "
                + "(at most " + MAX_EVENTS + "), under a policy (acled or range); the largest 'series' (1-20, "
                + "default 8) series named, the rest summed", EventsController.with(EventsController.FILTERS,
                "policy", "series"), this::deaths);
    }

    private void deaths(Context ctx) {
        DeathsPolicy policy = EventsController.policy(ctx);
        int series = Params.integer(ctx, "series", 8, 1, 20);
        List<Long> ids = searcher.eventIds(filters.read(ctx), MAX_EVENTS + 1);
        boolean truncated = ids.size() > MAX_EVENTS;
        List<Explanation> events = new ArrayList<>();
        for (long id : truncated ? ids.subList(0, MAX_EVENTS) : ids) {
            try {
                events.add(ledger.why(id));
            } catch (NoSuchElementException e) {
                // Merged away since the index was read: its claims are counted under the event it joined.
            }
        }
        ctx.json(DeathsChartView.of(events, policy.policy, policy.code(), policy.description, series, truncated));
    }
}
