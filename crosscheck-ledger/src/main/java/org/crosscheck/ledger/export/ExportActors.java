package org.crosscheck.ledger.export;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.ledger.Reconciliation;
import org.crosscheck.ledger.VictimGroup;
import org.crosscheck.model.ActorKind;
import org.crosscheck.model.NameKey;

/**
 * What an exported event's claims tell of its actors: the kind the reports give each side its figures count
 * (by name key), and whether civilians are among the harmed. Immutable.
 */
record ExportActors(Map<String, ActorKind> kinds, boolean civiliansHarmed) {
    static ExportActors of(List<Reconciliation> all) {
        Map<String, ActorKind> kinds = new HashMap<>();
        boolean civilians = false;
        for (Reconciliation r : all) {
            for (VictimGroup g : r.groups()) {
                if (g.victimsKey() != null && g.victimsKind() != null) {
                    kinds.putIfAbsent(g.victimsKey(), g.victimsKind());
                }
                civilians |= g.victimsKind() == ActorKind.CIVILIANS
                        && g.figures().stream().anyMatch(f -> f.isPositive() && !f.denies());
            }
        }
        return new ExportActors(Map.copyOf(kinds), civilians);
    }

    /** The kind of the actor of this name, when a figure counts its people; else null. */
    ActorKind kindOf(String actor) {
        return actor == null ? null : kinds.get(NameKey.of(actor));
    }
}
