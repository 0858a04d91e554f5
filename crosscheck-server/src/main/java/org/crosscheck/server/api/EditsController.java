package org.crosscheck.server.api;

import io.javalin.http.Context;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Supplier;
import org.crosscheck.ledger.Ledger;
import org.crosscheck.server.http.Access;
import org.crosscheck.server.http.ApiException;
import org.crosscheck.server.http.Bodies;
import org.crosscheck.server.http.Params;
import org.crosscheck.server.http.Routes;
import org.crosscheck.server.search.Indexer;
import org.crosscheck.server.token.TokenStore;
import org.crosscheck.server.view.EventView;

/**
 * Analysts' writes: a field of an event or of one of its claims, merges and splits, detached claims and analysts'
 * own figures. Each goes to the ledger, then
 * every event it may have changed is re-indexed, so that the lists agree with the store at once.
 *
 * <p>Thread-safety: as thread-safe as the ledger and the indexer.
 */
public final class EditsController {
    private final Ledger ledger;
    private final Indexer indexer;

    public EditsController(Ledger ledger, Indexer indexer) {
        this.ledger = ledger;
        this.indexer = indexer;
    }

    public void routes(Routes r) {
        r.post("/api/events/{id}/edits", "Change a field of the event (body: field, value, why); editor token",
                this::edit);
        r.post("/api/events/{id}/claim-edits", "Change a field of one of the event's claims (body: claim, field, "
                + "value, why); editor token", this::claimEdit);
        r.post("/api/events/{id}/merge", "Merge another event into this one (body: absorbed, why); editor token",
                this::merge);
        r.post("/api/events/{id}/split", "Split one report's event out (body: report_id, event_local, why); editor "
                + "token", this::split);
        r.post("/api/events/{id}/detach", "Take one of the event's claims out of it, into an event of its own or its "
                + "report's context (body: claim, to = own_event or context, why); editor token", this::detach);
        r.post("/api/events/{id}/reattach", "Return a claim detached onto or out of the event to the event its "
                + "report event is in, undoing the detach (body: claim, why); editor token", this::reattach);
        r.post("/api/events/{id}/analyst-figures", "Set an analyst's own figure for the event, shown as the "
                + "analyst's and counted only under the analyst policy (body: outcome, victims, figure, why); editor "
                + "token", this::analystFigure);
        r.post("/api/events/{id}/analyst-figures/{figure}/withdraw", "Withdraw an analyst's figure of the event, "
                + "undoing it; it stays in the history (body: why); editor token", this::withdraw);
    }

    private void edit(Context ctx) {
        long id = Params.id(ctx, "id");
        EditRequests.Edit body = Bodies.read(ctx, EditRequests.Edit.class);
        requireEvent(id);
        applyEdit(ctx, id, "event:" + id, body);
    }

    private void claimEdit(Context ctx) {
        long id = Params.id(ctx, "id");
        EditRequests.Edit body = Bodies.read(ctx, EditRequests.Edit.class);
        if (body.claim() == null || body.claim().isBlank()) {
            throw ApiException.badRequest("'claim' is required");
        }
        requireEvent(id);
        requireClaimOf(id, body.claim());
        applyEdit(ctx, id, "claim:" + body.claim(), body);
    }

    /** An edit of the event or of one of its claims ({@code target}), answered with the target's history. */
    private void applyEdit(Context ctx, long eventId, String target, EditRequests.Edit body) {
        write(List.of(eventId), () -> {
            ledger.edit(target, body.field(), body.value(), who(ctx), body.why());
            return null;
        });
        ctx.json(new EditRequests.Edited(target, ledger.history(target)));
    }

    private void merge(Context ctx) {
        long kept = Params.id(ctx, "id");
        EditRequests.Merge body = Bodies.read(ctx, EditRequests.Merge.class);
        requireEvent(kept);
        requireEvent(body.absorbed());
        write(List.of(kept, body.absorbed()), () -> {
            ledger.merge(kept, body.absorbed(), who(ctx), body.why());
            return null;
        });
        ctx.json(new EditRequests.Merged(kept, body.absorbed(), ledger.history("event:" + kept)));
    }

    private void split(Context ctx) {
        long id = Params.id(ctx, "id");
        EditRequests.Split body = Bodies.read(ctx, EditRequests.Split.class);
        requireEvent(id);
        long created = write(List.of(id), () -> ledger.split(id, body.reportId(), body.eventLocal(), who(ctx),
                body.why()));
        ctx.json(new EditRequests.SplitOff(id, created, ledger.history("event:" + id)));
    }

    private void detach(Context ctx) {
        long id = Params.id(ctx, "id");
        EditRequests.Detach body = Bodies.read(ctx, EditRequests.Detach.class);
        requireEvent(id);
        requireClaimOf(id, body.claim());
        Long created = write(List.of(id), () -> ledger.detach(body.claim(), body.ownEvent(), who(ctx), body.why()));
        ctx.json(new EditRequests.Detached(body.claim(), created, ledger.history("claim:" + body.claim())));
    }

    private void reattach(Context ctx) {
        long id = Params.id(ctx, "id");
        EditRequests.Reattach body = Bodies.read(ctx, EditRequests.Reattach.class);
        requireEvent(id);
        if (ledger.detached(id).stream().noneMatch(c -> c.claimId().equals(body.claim()))) {
            throw ApiException.badRequest("claim " + body.claim() + " was not detached onto or out of event " + id);
        }
        long home = write(List.of(id), () -> ledger.reattach(body.claim(), who(ctx), body.why()));
        ctx.json(new EditRequests.Detached(body.claim(), home, ledger.history("claim:" + body.claim())));
    }

    private void analystFigure(Context ctx) {
        long id = Params.id(ctx, "id");
        EditRequests.AnalystFigure body = Bodies.read(ctx, EditRequests.AnalystFigure.class);
        requireEvent(id);
        long figure = write(List.of(id), () -> ledger.setAnalystFigure(id, body.outcomeCode(), body.victims(),
                body.figure(), who(ctx), body.why()));
        ctx.json(new EditRequests.FigureSet(figure, id, ledger.history("event:" + id)));
    }

    private void withdraw(Context ctx) {
        long id = Params.id(ctx, "id");
        long figure = Params.id(ctx, "figure");
        EditRequests.Withdraw body = Bodies.read(ctx, EditRequests.Withdraw.class);
        requireEvent(id);
        if (ledger.reconcile(id).analystFigures().stream().noneMatch(f -> f.id() == figure)) {
            throw ApiException.notFound("event " + id + " has no analyst figure " + figure);
        }
        write(List.of(id), () -> ledger.withdrawAnalystFigure(figure, who(ctx), body.why()));
        ctx.json(new EditRequests.FigureSet(figure, id, ledger.history("event:" + id)));
    }

    private void requireClaimOf(long id, String claim) {
        boolean ofEvent = EventView.figures(ledger.reconcile(id)).stream().anyMatch(f -> f.claimId().equals(claim));
        if (!ofEvent) {
            throw ApiException.badRequest("claim " + claim + " is not a claim of event " + id);
        }
    }

    /**
     * Runs a write to {@code events}, then re-indexes them and the events around them before and after it (a
     * merge moves incidents to another parent); a write that returns an event id created that event.
     */
    private <T> T write(List<Long> events, Supplier<T> work) {
        Set<Long> touched = new LinkedHashSet<>();
        events.forEach(id -> touched.addAll(indexer.around(id)));
        T result;
        try {
            result = work.get();
        } catch (IllegalArgumentException | NoSuchElementException e) {
            throw ApiException.badRequest(e.getMessage());
        } catch (IllegalStateException e) {
            throw new ApiException(409, e.getMessage());
        }
        events.forEach(id -> touched.addAll(indexer.around(id)));
        if (result instanceof Long created) {
            touched.addAll(indexer.around(created));
        }
        indexer.update(touched);
        return result;
    }

    private void requireEvent(long id) {
        if (ledger.event(id) == null) {
            throw ApiException.notFound("no event " + id);
        }
    }

    private static String who(Context ctx) {
        return Access.token(ctx).map(TokenStore.Token::name)
                .orElseThrow(() -> new ApiException(401, "writing needs an editor token"));
    }
}
