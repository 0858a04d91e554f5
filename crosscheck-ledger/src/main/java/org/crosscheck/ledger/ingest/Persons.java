package org.crosscheck.ledger.ingest;

import java.util.LinkedHashSet;
import java.util.Set;
import org.crosscheck.model.Actor;
import org.crosscheck.model.ActorKind;
import org.crosscheck.model.Extraction;
import org.crosscheck.model.NameKey;

/**
 * The people a report names in full ("Dana Reyes", not "Reyes" nor "a spokesman"). Two reports that name the same
 * person at the same place are evidence of one incident where a date is missing. Stateless; thread-safe.
 */
public final class Persons {
    /** Longer is no person's name, and would not fit the column. */
    private static final int MAX_KEY = 200;

    private Persons() {
    }

    /** Keys (see {@link NameKey}) of the report's person actors whose names have two words or more. */
    public static Set<String> keys(Extraction x) {
        Set<String> out = new LinkedHashSet<>();
        for (Actor a : x.actors()) {
            String k = NameKey.of(a.name());
            if (a.kind() == ActorKind.PERSON && k.indexOf(' ') > 0 && k.length() <= MAX_KEY) {
                out.add(k);
            }
        }
        return out;
    }
}
