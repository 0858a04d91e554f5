package org.crosscheck.server.view;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * How a claimant's name is written into a sentence: whether it names a group of people, which takes a plural verb
 * ("residents claim", "the ministry claims"). The head noun is the last word before a preposition ("Residents of
 * the camp"); it is plural when it is a listed group noun (group-nouns.txt) or a lower-case word ending in -s or
 * -men ("gunmen"). A capitalised head that is not listed ("Reuters"), and any claimant with two capitalised words
 * ("United Nations", "Rapid Response Forces"), is a name: singular. Stateless.
 */
final class Claimants {
    private static final Set<String> GROUP_NOUNS = load("group-nouns.txt");
    private static final Set<String> PREPOSITIONS = Set.of("of", "in", "at", "from", "for", "near", "on", "with",
            "across", "around", "inside", "outside");

    private Claimants() {
    }

    /** Whether the claimant names a group of people (takes a plural verb). */
    static boolean plural(String claimant) {
        if (claimant == null || claimant.isBlank()) {
            return false;
        }
        String head = null;
        int capitalised = 0;
        for (String w : claimant.strip().split("\\s+")) {
            if (head != null && PREPOSITIONS.contains(w)) {
                break;
            }
            head = w;
            capitalised += Character.isUpperCase(w.charAt(0)) ? 1 : 0;
        }
        // Two capitalised words make a name ("Northern Caravans", "City Radio headlines"): one party, singular.
        if (capitalised >= 2) {
            return false;
        }
        String word = head.replaceAll("[^\\p{L}'-]", "");
        String lower = word.toLowerCase(Locale.ROOT);
        if (GROUP_NOUNS.contains(lower)) {
            return true;
        }
        return !word.isEmpty() && Character.isLowerCase(word.charAt(0)) && (lower.endsWith("men")
                || lower.endsWith("s") && !lower.endsWith("ss") && !lower.endsWith("us") && !lower.endsWith("is"));
    }

    /** The verb after the claimant: "claims" or "claim", "denies" or "deny". */
    static String verb(String claimant, String singular, String plural) {
        return plural(claimant) ? plural : singular;
    }

    private static Set<String> load(String name) {
        Set<String> out = new HashSet<>();
        InputStream in = Claimants.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing resource " + name);
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                String w = line.strip();
                if (!w.isEmpty() && !w.startsWith("#")) {
                    out.add(w.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(out);
    }
}
