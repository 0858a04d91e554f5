package org.crosscheck.ledger;

import java.text.Normalizer;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/** Comparison keys for names across reports: case, accents, punctuation and a leading article do not count. */
final class Keys {
    private Keys() {
    }

    static String key(String name) {
        if (name == null) {
            return "";
        }
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
        if (s.startsWith("the ")) {
            s = s.substring(4);
        }
        return s;
    }

    /** Keys joined by '|' with '|' at both ends, so that SQL and Java can test membership of "|key|". */
    static String join(Collection<String> keys) {
        Set<String> clean = new LinkedHashSet<>();
        for (String k : keys) {
            if (k != null && !k.isBlank()) {
                clean.add(k.replace('|', ' '));
            }
        }
        return clean.isEmpty() ? "" : "|" + String.join("|", clean) + "|";
    }

    static Set<String> split(String joined) {
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
