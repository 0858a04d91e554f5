package org.crosscheck.server.api;

import io.javalin.http.Context;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.crosscheck.ledger.EventQuery;
import org.crosscheck.ledger.Ledger;
import org.crosscheck.ledger.LedgerEvent;
import org.crosscheck.server.http.ApiException;
import org.crosscheck.server.http.Params;
import org.crosscheck.server.http.Routes;
import org.crosscheck.server.view.ClaimantView;

/** One claimant's claims over time beside the other claimants' figures, and its track record in counts. */
public final class ClaimantsController {
    /** The most events a claimant page reads; the page says when there are more. */
    static final int MAX_EVENTS = 500;

    private final Ledger ledger;

    public ClaimantsController(Ledger ledger) {
        this.ledger = ledger;
    }

    public void routes(Routes r) {
        r.get("/api/claimants/{name}", "Every claim of one claimant (a name or alias), oldest event first, beside "
                + "the figures other claimants give for the same victims; counts of its figures that others' "
                + "contradict, give alike, or leave alone (at most " + MAX_EVENTS + " events)", List.of(),
                this::claimant);
    }

    private void claimant(Context ctx) {
        String name = ctx.pathParam("name").strip();
        if (name.isEmpty() || name.length() > 200) {
            throw ApiException.badRequest("a claimant's name is 1 to 200 characters");
        }
        Set<String> keys = ledger.partyKeys(name);
        List<LedgerEvent> events = ledger.events(new EventQuery(null, null, null, null, null, name, null,
                MAX_EVENTS + 1, 0));
        if (events.isEmpty()) {
            throw ApiException.notFound("no report in the ledger names the claimant '" + name + "'");
        }
        boolean truncated = events.size() > MAX_EVENTS;
        List<ClaimantView.Source> sources = events.stream().limit(MAX_EVENTS)
                .sorted(Comparator.comparing(LedgerEvent::startDate, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparingLong(LedgerEvent::id))
                .map(e -> new ClaimantView.Source(e, ledger.reconcile(e.id()))).toList();
        ctx.json(ClaimantView.of(name, keys, sources, truncated));
    }
}
