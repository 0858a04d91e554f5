package org.crosscheck.extract.actors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.crosscheck.model.Actor;
import org.crosscheck.model.ActorKind;
import org.crosscheck.model.Place;
import org.crosscheck.model.Span;

/**
 * The parties of one report as the stages find them: each actor under a stable key, with its aliases and
 * mentions, and the mentions in text order so a stage can ask who stands at a token. Built by
 * {@link ActorRecognizer}, then consulted (and, for parties named only as speakers or victims, extended) by later
 * stages of the same extraction. Not thread-safe: it belongs to one extraction.
 */
public final class ActorTable {
    /** One mention of an actor: the tokens {@code first..last} of a sentence. */
    public record Mention(String key, int sentence, int first, int last, Span span) {
    }

    /**
     * One actor while the stages find it. Its identity and kind are set by {@link ActorRecognizer} (this package);
     * later stages read it and may only mark it named.
     */
    public static final class Entry {
        final String key;
        String name;
        ActorKind kind;
        String side;
        String speaksFor;
        final Set<String> aliases = new LinkedHashSet<>();
        final List<Span> spans = new ArrayList<>();
        /** Whether the name came from a named entity rather than a common noun, so it makes a better canonical name. */
        boolean named;

        Entry(String key, String name, ActorKind kind) {
            this.key = key;
            this.name = name;
            this.kind = kind;
        }

        public Set<String> aliases() {
            return java.util.Collections.unmodifiableSet(aliases);
        }

        public String key() {
            return key;
        }

        public String name() {
            return name;
        }

        public ActorKind kind() {
            return kind;
        }

        /** The key of the party this actor sides with, or null. */
        public String side() {
            return side;
        }

        /** The key of the organisation this actor speaks for, or null. */
        public String speaksFor() {
            return speaksFor;
        }

        public boolean named() {
            return named;
        }

        public List<Span> spans() {
            return java.util.Collections.unmodifiableList(spans);
        }

        public void markNamed() {
            named = true;
        }
    }

    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private final List<Mention> mentions = new ArrayList<>();
    private final Map<String, String> merged = new LinkedHashMap<>();

    /** The actor under {@code key}, created with {@code name} and {@code kind} if new. */
    public Entry actor(String key, String name, ActorKind kind) {
        String k = resolve(key);
        return entries.computeIfAbsent(k, x -> new Entry(x, name, kind));
    }

    public Optional<Entry> get(String key) {
        return Optional.ofNullable(entries.get(resolve(key)));
    }

    public boolean has(String key) {
        return entries.containsKey(resolve(key));
    }

    /** Follows merges: the key an actor now lives under. */
    public String resolve(String key) {
        String k = key;
        while (merged.containsKey(k)) {
            k = merged.get(k);
        }
        return k;
    }

    public void mention(String key, int sentence, int first, int last, Span span, String alias) {
        Entry e = entries.get(resolve(key));
        mentions.add(new Mention(e.key, sentence, first, last, span));
        e.spans.add(span);
        if (alias != null && !alias.isBlank()) {
            e.aliases.add(alias);
        }
    }

    /** Folds actor {@code from} into {@code into}: aliases, mentions, and every reference follow. */
    public void merge(String from, String into) {
        String f = resolve(from);
        String t = resolve(into);
        if (f.equals(t)) {
            return;
        }
        Entry src = entries.remove(f);
        Entry dst = entries.get(t);
        dst.aliases.add(src.name);
        dst.aliases.addAll(src.aliases);
        dst.spans.addAll(src.spans);
        if (!dst.named && src.named) {
            dst.name = src.name;
            dst.named = true;
        }
        merged.put(f, t);
        for (Entry e : entries.values()) {
            if (f.equals(e.side)) {
                e.side = t;
            }
            if (f.equals(e.speaksFor)) {
                e.speaksFor = t;
            }
        }
        mentions.replaceAll(m -> m.key.equals(f) ? new Mention(t, m.sentence, m.first, m.last, m.span) : m);
    }

    /** The mention covering token {@code token} of sentence {@code sentence}, the longest when nested. */
    public Optional<Mention> at(int sentence, int token) {
        return mentions.stream().filter(m -> m.sentence == sentence && m.first <= token && token <= m.last)
                .max(Comparator.comparingInt(m -> m.last - m.first));
    }

    public List<Mention> in(int sentence) {
        return mentions.stream().filter(m -> m.sentence == sentence)
                .sorted(Comparator.comparingInt(Mention::first)).toList();
    }

    /** The last mention before token {@code token} of sentence {@code sentence} whose actor passes the test. */
    public Optional<Mention> lastBefore(int sentence, int token, Predicate<Entry> test) {
        Mention best = null;
        for (Mention m : mentions) {
            boolean before = m.sentence < sentence || m.sentence == sentence && m.last < token;
            if (before && test.test(entries.get(resolve(m.key)))
                    && (best == null || m.sentence > best.sentence
                        || m.sentence == best.sentence && m.first > best.first)) {
                best = m;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The actor of {@code kind} mentioned most often under a proper name, or empty. */
    public Optional<Entry> dominant(ActorKind kind) {
        return entries.values().stream().filter(e -> e.kind == kind && e.named)
                .max(Comparator.comparingInt((Entry e) -> e.spans.size())
                        .thenComparing(e -> -firstOffset(e)));
    }

    private static int firstOffset(Entry e) {
        return e.spans.stream().mapToInt(Span::start).min().orElse(Integer.MAX_VALUE);
    }

    public java.util.Collection<Entry> entries() {
        return entries.values();
    }

    public Entry entry(String key) {
        return entries.get(resolve(key));
    }

    /** The actors as the model's records, numbered {@code a1, a2…} in order of first mention; keys map to ids. */
    public List<Actor> toActors(Map<String, String> idsByKey, Set<String> referenced, List<Place> places) {
        List<Entry> ordered = entries.values().stream()
                .filter(e -> !e.spans.isEmpty() || referenced.contains(e.key))
                .sorted(Comparator.comparingInt(ActorTable::firstOffset)).toList();
        int n = 0;
        for (Entry e : ordered) {
            idsByKey.put(e.key, "a" + ++n);
        }
        merged.forEach((from, to) -> {
            String id = idsByKey.get(resolve(to));
            if (id != null) {
                idsByKey.put(from, id);
            }
        });
        List<Actor> out = new ArrayList<>();
        for (Entry e : ordered) {
            String id = idsByKey.get(e.key);
            String side = e.side == null ? null : idsByKey.get(resolve(e.side));
            String speaks = e.speaksFor == null ? null : idsByKey.get(resolve(e.speaksFor));
            List<String> aliases = new ArrayList<>(e.aliases);
            aliases.remove(e.name);
            List<Span> spans = e.spans.stream().distinct().sorted(Comparator.comparingInt(Span::start)).toList();
            out.add(new Actor(id, e.name, aliases, e.kind, country(e, places, new java.util.HashSet<>()),
                    id.equals(side) ? null : side,
                    id.equals(speaks) ? null : speaks, spans));
        }
        return out;
    }

    /**
     * The country an actor belongs to, when the report says so: a country or demonym in its name or its key
     * ("Pakistani forces", "Pakistan Army"), the government of a place ("Islamabad"), else the country of the
     * party it speaks for or sides with. Null when nothing in the report tells.
     */
    private String country(Entry e, List<Place> places, Set<String> seen) {
        if (!seen.add(e.key)) {
            return null;
        }
        List<String> names = new ArrayList<>(e.aliases);
        names.add(e.name);
        for (Place p : places) {
            if (p.country() == null || p.precision() != 3 || p.admin1() != null) {
                continue; // countries only: a province's name in an actor's name says less
            }
            String stem = CommonNounRecognizer.stem(p.name());
            for (String n : names) {
                for (String w : n.split("[\\s-]+")) {
                    if (Character.isUpperCase(w.isEmpty() ? 'a' : w.charAt(0)) && CommonNounRecognizer.stem(w).equals(stem)) {
                        return p.country();
                    }
                }
            }
        }
        if (e.key.startsWith("gov:")) {
            for (Place p : places) {
                if (("gov:" + norm(p.name())).equals(e.key) && p.country() != null) {
                    return p.country();
                }
            }
        }
        String up = e.speaksFor != null ? e.speaksFor : e.side;
        return up == null || entry(up) == null ? null : country(entry(up), places, seen);
    }

    public static String norm(String s) {
        String x = s.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("'s\\b", "")
                .replaceAll("[^\\p{L}\\p{N}' ]+", " ").trim();
        x = x.replaceAll("^(the|a|an)\\s+", "");
        return String.join(" ", x.split("\\s+"));
    }
}
