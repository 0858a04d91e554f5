package org.crosscheck.server.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.ledger.ClaimFigure;
import org.crosscheck.ledger.Explanation;
import org.crosscheck.ledger.LedgerEvent;
import org.crosscheck.model.NameKey;
import org.crosscheck.server.view.EventView;

/**
 * What one event adds to the actors and places lists: its actors, its claimants (each once, by key) and its
 * place. Stored on the event's document, so that re-indexing the event can take its old share back. Immutable.
 */
record Shares(List<String> actors, List<String> claimants, Place place) {
    Shares {
        actors = List.copyOf(actors);
        claimants = List.copyOf(claimants);
    }

    /** A place of events: the list counts events per location, country and first-level division. */
    record Place(String location, String country, String admin1, String admin2, Double latitude, Double longitude) {
        String key() {
            return NameKey.of(location) + "|" + NameKey.of(country) + "|" + NameKey.of(admin1);
        }
    }

    static Shares of(Explanation why) {
        LedgerEvent e = why.event();
        Map<String, String> actors = new LinkedHashMap<>();
        for (String a : new String[] {e.actor1(), e.actor2()}) {
            if (a != null && !NameKey.of(a).isEmpty()) {
                actors.putIfAbsent(NameKey.of(a), a);
            }
        }
        Map<String, String> claimants = new LinkedHashMap<>();
        for (ClaimFigure f : EventView.figures(why.reconciliation())) {
            if (f.claimant() != null && !NameKey.of(f.claimant()).isEmpty()) {
                claimants.putIfAbsent(NameKey.of(f.claimant()), f.claimant());
            }
        }
        Place place = e.location() == null ? null : new Place(e.location(), e.country(), e.admin1(), e.admin2(),
                e.latitude(), e.longitude());
        return new Shares(List.copyOf(actors.values()), List.copyOf(claimants.values()), place);
    }
}
