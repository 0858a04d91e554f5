package org.crosscheck.ledger.store;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * How a set of name keys is kept in one column: joined by '|' with '|' at both ends, so that SQL and Java can
 * test membership of "|key|".
 */
public final class KeyList {
    private KeyList() {
    }

    public static String join(Collection<String> keys) {
        Set<String> clean = new LinkedHashSet<>();
        for (String k : keys) {
            if (k != null && !k.isBlank()) {
                clean.add(k.replace('|', ' '));
            }
        }
        return clean.isEmpty() ? "" : "|" + String.join("|", clean) + "|";
    }

    public static Set<String> split(String joined) {
        Set<String> out = new LinkedHashSet<>();
        if (joined != null) {
            for (String k : joined.split("\\|")) {
                if (!k.isBlank()) {
                    out.add(k);
                }
            }
        }
        return out;
    }
}
