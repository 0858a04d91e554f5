package org.crosscheck.ledger.edit;

import java.util.Locale;
import org.crosscheck.ledger.store.EditRow;

/**
 * A record named on the command line or in the API: {@code 42} or {@code event:42}, {@code 7/c3} or
 * {@code claim:7/c3}, {@code report:7}.
 */
public record Target(Kind kind, long id, String local) {
    /** What kind of record is named. */
    public enum Kind {
        EVENT, CLAIM, REPORT
    }

    public static Target parse(String s) {
        Kind k = Kind.EVENT;
        String rest = s.trim();
        int colon = rest.indexOf(':');
        try {
            if (colon > 0) {
                k = Kind.valueOf(rest.substring(0, colon).toUpperCase(Locale.ROOT));
                rest = rest.substring(colon + 1);
            }
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + s + "' names no event, claim or report");
        }
        int slash = rest.indexOf('/');
        if (slash > 0 && colon <= 0) {
            k = Kind.CLAIM;
        }
        try {
            long id = Long.parseLong(slash > 0 ? rest.substring(0, slash) : rest);
            String local = slash > 0 ? rest.substring(slash + 1) : null;
            if (k == Kind.CLAIM && local == null) {
                throw new IllegalArgumentException("a claim is named REPORT/LOCAL, e.g. 7/c3");
            }
            return new Target(k, id, local);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + s + "' names no event, claim or report");
        }
    }

    /** The target as an edit row stores it. */
    public String stored() {
        return switch (kind) {
            case EVENT -> EditRow.eventTarget(id);
            case CLAIM -> EditRow.claimTarget(id, local);
            case REPORT -> "report:" + id + (local == null ? "" : "/" + local);
        };
    }
}
