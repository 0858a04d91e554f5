package org.crosscheck.server.api;

import io.javalin.http.Context;
import java.time.LocalDate;
import org.crosscheck.ledger.Countries;
import org.crosscheck.model.EventType;
import org.crosscheck.model.NameKey;
import org.crosscheck.server.http.ApiException;
import org.crosscheck.server.http.Params;
import org.crosscheck.server.search.EventFilter;
import org.crosscheck.server.search.Searcher;

/**
 * The filters of the events list, the map, the timeline and the exports, read from a request. A country is given
 * by name, ISO-2 or ISO-3 code and filtered by its ISO-2 code; a value that can match nothing because nobody
 * knows it (a country that is none, a type that ACLED does not have, a name no report gives) is refused with a
 * message saying so, instead of an empty list. Thread-safe.
 */
final class Filters {
    private final Searcher searcher;

    Filters(Searcher searcher) {
        this.searcher = searcher;
    }

    EventFilter read(Context ctx) {
        LocalDate from = Params.date(ctx, "from");
        LocalDate to = Params.date(ctx, "to");
        if (from != null && to != null && to.isBefore(from)) {
            throw ApiException.badRequest("'to' " + to + " is before 'from' " + from);
        }
        String country = Params.text(ctx, "country");
        if (country != null) {
            String given = country;
            country = Countries.iso2(given).orElseThrow(() -> ApiException.badRequest("country '" + given
                    + "' is not a country name or an ISO code (e.g. Sudan, SD or SDN)"));
        }
        String type = Params.text(ctx, "type");
        if (type != null && !isType(type)) {
            throw ApiException.badRequest("type '" + type + "' is not an ACLED event type: one of "
                    + java.util.Arrays.toString(EventType.values()));
        }
        EventFilter f = new EventFilter(from, to, country, Params.text(ctx, "admin1"), Params.text(ctx, "actor"),
                Params.text(ctx, "claimant"), type, Params.bool(ctx, "contested"), Params.bool(ctx, "top"));
        String unknown = searcher.unknownValue(f);
        if (unknown != null) {
            throw ApiException.badRequest(unknown);
        }
        return f;
    }

    private static boolean isType(String given) {
        for (EventType t : EventType.values()) {
            if (NameKey.same(t.toString(), given)) {
                return true;
            }
        }
        return false;
    }
}
