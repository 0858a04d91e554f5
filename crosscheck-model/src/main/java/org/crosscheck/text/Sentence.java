package org.crosscheck.text;

import java.util.List;

/**
 * A sentence: its offsets in the text, its tokens in order, and its dependency graph — empty unless a
 * {@link DependencyParser} parsed it (a parsed sentence always has its root arc). Immutable.
 */
public record Sentence(int index, int start, int end, List<Token> tokens, List<Dependency> dependencies) {
    public Sentence {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad sentence offsets " + start + ".." + end);
        }
        tokens = List.copyOf(tokens);
        dependencies = List.copyOf(dependencies);
        for (Dependency d : dependencies) {
            if (d.dependent() >= tokens.size() || d.governor() >= tokens.size()) {
                throw new IllegalArgumentException("sentence " + index + ": dependency " + d + " points past its "
                        + tokens.size() + " tokens");
            }
        }
    }

    /** An unparsed sentence. */
    public Sentence(int index, int start, int end, List<Token> tokens) {
        this(index, start, end, tokens, List.of());
    }

    public boolean contains(int offset) {
        return start <= offset && offset < end;
    }

    public boolean isParsed() {
        return !dependencies.isEmpty();
    }

    /** This sentence with {@code parse} as its dependency graph. */
    public Sentence withDependencies(List<Dependency> parse) {
        return new Sentence(index, start, end, tokens, parse);
    }

    /** The arcs whose governor is token {@code token}, in order. */
    public List<Dependency> dependentsOf(int token) {
        return dependencies.stream().filter(d -> d.governor() == token).toList();
    }

    /** The arcs that govern token {@code token} (several in an enhanced graph). */
    public List<Dependency> governorsOf(int token) {
        return dependencies.stream().filter(d -> d.dependent() == token).toList();
    }
}
