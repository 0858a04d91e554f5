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
 * Analysts' writes: a field of an event or of one of its claims, merges and splits. Each goes to the ledger, then
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
        boolean ofEvent = EventView.figures(ledger.reconcile(id)).stream()
                .anyMatch(f -> f.claimId().equals(body.claim()));
        if (!ofEvent) {
            throw ApiException.badRequest("claim " + body.claim() + " is not a claim of event " + id);
        }
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
