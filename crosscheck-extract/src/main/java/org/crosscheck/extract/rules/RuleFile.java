package org.crosscheck.extract.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.crosscheck.text.PatternRule;

/**
 * Reads a file of construction rules: each rule is a header line {@code [id]} followed by its pattern, which may
 * run over several lines (joined with spaces) up to the next header; lines starting with {@code #} are comments.
 * Ids are lower case, dotted by stage ({@code casualty.left-dead}) and unique in the file. Problems name the
 * file and line.
 */
public final class RuleFile {
    private static final Pattern ID = Pattern.compile("[a-z]+(\\.[a-z0-9]+(-[a-z0-9]+)*)+");

    private RuleFile() {
    }

    /** The rules of {@code resource}, a resource path relative to {@code anchor}'s package. */
    public static List<PatternRule> load(Class<?> anchor, String resource) {
        InputStream in = anchor.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("rule file " + resource + " is missing from the class path");
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return parse(resource, r.lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rule file " + resource, e);
        }
    }

    /** The rules of a file's lines; {@code name} is only for messages. */
    public static List<PatternRule> parse(String name, List<String> lines) {
        List<PatternRule> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        String id = null;
        int idLine = 0;
        StringBuilder pattern = new StringBuilder();
        for (int n = 1; n <= lines.size(); n++) {
            String line = lines.get(n - 1).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                add(name, id, idLine, pattern, out);
                id = line.substring(1, line.length() - 1).strip();
                idLine = n;
                if (!ID.matcher(id).matches()) {
                    throw problem(name, n, "'" + id + "' is not a rule id (lower case, dotted: casualty.left-dead)");
                }
                if (!ids.add(id)) {
                    throw problem(name, n, "rule " + id + " is defined twice");
                }
                pattern.setLength(0);
            } else if (id == null) {
                throw problem(name, n, "a pattern before the first [rule.id]");
            } else {
                pattern.append(pattern.length() > 0 ? " " : "").append(line);
            }
        }
        add(name, id, idLine, pattern, out);
        return List.copyOf(out);
    }

    private static void add(String name, String id, int line, StringBuilder pattern, List<PatternRule> out) {
        if (id == null) {
            return;
        }
        if (pattern.length() == 0) {
            throw problem(name, line, "rule " + id + " has no pattern");
        }
        out.add(new PatternRule(id, pattern.toString()));
    }

    private static IllegalStateException problem(String file, int line, String what) {
        return new IllegalStateException("rule file " + file + " line " + line + ": " + what);
    }
}
