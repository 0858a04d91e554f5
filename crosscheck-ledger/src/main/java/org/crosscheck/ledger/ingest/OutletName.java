package org.crosscheck.ledger.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The name an outlet's own voice is shown under, from the report header's outlet field, which often carries a
 * cataloguer's notes: "Daily Record (text as republished by a blog)" is "Daily Record", "probably City Radio" is
 * "City Radio", "Agence X (Lima), translation" is "Agence X". Without a name ("unknown (regional outlet)", none) the
 * voice is the report's. The notes' words are data ({@code outlet-notes.tsv}, with examples). Stateless.
 */
final class OutletName {
    /** The claimant of what a report says in its own voice when its outlet is not known. */
    static final String REPORT = "the report";
    static final String NOTES = "outlet-notes.tsv";

    /** One line of the notes file: its kind, word and example. */
    record Note(String kind, String word, String example, String shown) {
    }

    private static final List<Note> ALL = load();
    private static final List<String> HEDGES = words("hedge");
    private static final Set<String> UNNAMED = Set.copyOf(words("unnamed"));

    private OutletName() {
    }

    static String of(String outlet) {
        if (outlet == null) {
            return REPORT;
        }
        String name = outlet.strip();
        for (String hedge : HEDGES) {
            if (name.toLowerCase(Locale.ROOT).startsWith(hedge + " ")) {
                name = name.substring(hedge.length()).strip();
            }
        }
        int cut = name.length();
        for (char c : new char[] {'(', ',', ';'}) {
            int at = name.indexOf(c);
            if (at >= 0 && at < cut) {
                cut = at;
            }
        }
        name = name.substring(0, cut).strip();
        return name.isEmpty() || UNNAMED.contains(name.toLowerCase(Locale.ROOT)) ? REPORT : name;
    }

    /** The notes file's lines, for its examples' test. */
    static List<Note> notes() {
        return ALL;
    }

    private static List<String> words(String kind) {
        return ALL.stream().filter(n -> n.kind().equals(kind)).map(Note::word).toList();
    }

    private static List<Note> load() {
        InputStream in = OutletName.class.getResourceAsStream(NOTES);
        if (in == null) {
            throw new IllegalStateException("resource file " + NOTES + " is missing from the class path");
        }
        List<Note> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length != 4 || !Set.of("hedge", "unnamed").contains(f[0])) {
                    throw new IllegalStateException("resource file " + NOTES + " line " + n
                            + ": expected hedge or unnamed, a word, an example and the name shown, tab-separated");
                }
                out.add(new Note(f[0], f[1].strip().toLowerCase(Locale.ROOT), f[2], f[3]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource file " + NOTES, e);
        }
        return List.copyOf(out);
    }
}
