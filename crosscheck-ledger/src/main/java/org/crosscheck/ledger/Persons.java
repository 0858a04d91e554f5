package org.crosscheck.ledger;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.Set;
import org.crosscheck.model.Actor;
import org.crosscheck.model.ActorKind;
import org.crosscheck.model.Extraction;

/**
 * The people a report names in full ("Erik Kurilla", not "Kurilla" nor "a spokesman"). Two reports that name the same
 * person at the same place are evidence of one incident where a date is missing. Stateless; thread-safe.
 */
final class Persons {
    /** Longer is no person's name, and would not fit the column. */
    private static final int MAX_KEY = 200;

    private Persons() {
    }

    /** Keys (see {@link Keys}) of the report's person actors whose names have two words or more. */
    static Set<String> keys(Extraction x) {
        Set<String> out = new LinkedHashSet<>();
        for (Actor a : x.actors()) {
            String k = Keys.key(a.name());
            if (a.kind() == ActorKind.PERSON && k.indexOf(' ') > 0 && k.length() <= MAX_KEY) {
                out.add(k);
            }
        }
        return out;
    }

    /** Adds one {@code report_person} row per key to {@code insert} (name_key, report_id) as a batch. */
    static void addBatch(PreparedStatement insert, long reportId, Set<String> keys) throws SQLException {
        for (String k : keys) {
            insert.setString(1, k);
            insert.setLong(2, reportId);
            insert.addBatch();
        }
    }
}
