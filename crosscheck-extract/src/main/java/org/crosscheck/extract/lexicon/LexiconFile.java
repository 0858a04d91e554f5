package org.crosscheck.extract.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One resource file of the lexicon, read as lines of tab-separated fields: {@code #} starts a comment line, blank
 * lines are skipped, and a field of {@code -} stands for none. Problems name the file and line.
 */
public final class LexiconFile {
    /** A line's fields, with where it stands for messages. */
    public record Line(String file, int number, List<String> fields) {
        public String field(int i) {
            return i < fields.size() ? fields.get(i) : "";
        }

        /** Field {@code i}, or null for {@code -} or a missing field. */
        String optional(int i) {
            String f = field(i);
            return f.isEmpty() || f.equals("-") ? null : f;
        }

        List<String> flags(int i) {
            String f = field(i);
            return f.isBlank() ? List.of() : List.of(f.trim().split(" +"));
        }

        public IllegalStateException problem(String what) {
            return new IllegalStateException("resource file " + file + " line " + number + ": " + what);
        }
    }

    private LexiconFile() {
    }

    /** The lines of {@code file}, a resource next to this class, with at least {@code minFields} fields each. */
    static List<Line> read(String file, int minFields) {
        return read(LexiconFile.class, file, minFields);
    }

    /**
     * The lines of {@code file}, a resource next to {@code anchor}, with at least {@code minFields} fields each: the
     * one reader for every stage's data files, so that all share their comment syntax and their messages.
     */
    public static List<Line> read(Class<?> anchor, String file, int minFields) {
        InputStream in = anchor.getResourceAsStream(file);
        if (in == null) {
            throw new IllegalStateException("resource file " + file + " is missing from the class path");
        }
        List<Line> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String text;
            int n = 0;
            while ((text = r.readLine()) != null) {
                n++;
                if (text.isBlank() || text.startsWith("#")) {
                    continue;
                }
                Line line = new Line(file, n, List.of(text.split("\t", -1)));
                if (line.fields().size() < minFields || line.field(0).isBlank()) {
                    throw line.problem("expected " + minFields + " tab-separated fields");
                }
                out.add(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource file " + file, e);
        }
        return out;
    }

    /** An enum constant by its wire form ("state_forces", "at-least"), or a problem naming the line. */
    static <E extends Enum<E>> E constant(Line line, int field, Class<E> type) {
        String v = line.field(field).trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_');
        try {
            return Enum.valueOf(type, v);
        } catch (IllegalArgumentException e) {
            throw line.problem("'" + line.field(field) + "' is not a " + type.getSimpleName());
        }
    }
}
