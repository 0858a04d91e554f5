package org.crosscheck.extract.claims.material;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.crosscheck.extract.actors.ActorTable;
import org.crosscheck.extract.attribution.Attributions;
import org.crosscheck.extract.claims.ClaimDraft;
import org.crosscheck.extract.input.ReportContext;
import org.crosscheck.extract.lexicon.Lexicon;
import org.crosscheck.extract.lexicon.MaterialLemma;
import org.crosscheck.extract.lexicon.WordClass;
import org.crosscheck.extract.lexicon.Words;
import org.crosscheck.model.ClaimKind;
import org.crosscheck.model.Count;
import org.crosscheck.model.Span;
import org.crosscheck.model.Stance;
import org.crosscheck.text.Dependency;
import org.crosscheck.text.DependencyPatterns;
import org.crosscheck.text.PatternMatch;
import org.crosscheck.text.Sentence;
import org.crosscheck.text.Token;

/**
 * Damage, seizure and control frames read from the dependency graph by the rules of
 * {@code material-frames.semgrex}. A rule names {@code verb} (its lemma's role in {@code material-lemmas.tsv}),
 * {@code object} (the head of what it was done to; the verb itself when absent: "no damage") and any other node
 * ({@code trigger}) that widens the evidence. Java resolves the kind from the role and the object — ground taken
 * is control, things taken are seizure, people make no claim here — the object's words (its subtree, without
 * relative clauses, and without conjuncts that carry their own count: "105 rifles, 2 machineguns" are two
 * claims), the count, a negation (zero), and the claimant. Stateless and thread-safe.
 */
final class MaterialFrames {
    /** Relations whose subtree is not part of the object's words. */
    private static final Set<String> OUTSIDE_OBJECT = Set.of("acl:relcl", "acl", "punct", "parataxis", "dep",
            "appos", "ref");
    private static final String HELD_RULE = "material.frame-held";
    private static final int NONE = -1;
    private static final int UNNEEDED = -2;
    private final DependencyPatterns rules;
    private final Lexicon lexicon = Lexicon.english();
    private final Set<String> heldPlaces = lexicon.words(WordClass.HELD_PLACES);
    private final Set<String> negations = lexicon.words(WordClass.NEGATIONS);
    private final Set<String> notObjects = lexicon.words(WordClass.MATERIAL_NON_OBJECTS);

    MaterialFrames(DependencyPatterns rules) {
        this.rules = rules;
    }

    /** The claims the rules find in sentence {@code s}: one per verb and object, in the rules' order. */
    List<ClaimDraft> read(ReportContext ctx, ActorTable actors, Attributions attributions, Sentence s) {
        List<ClaimDraft> out = new ArrayList<>();
        Set<Long> read = new HashSet<>();
        for (PatternMatch m : rules.match(s)) {
            int o = m.has("object") ? m.node("object") : m.node("verb");
            long pair = (long) m.node("verb") << 32 | o;
            if (o >= 0 && !read.contains(pair)) {
                Optional<ClaimDraft> d = frame(ctx, actors, attributions, s, m, o);
                // "targeted the depot, which was destroyed": one object, one claim of its kind
                if (d.isPresent() && out.stream().noneMatch(x -> x.kind() == d.get().kind()
                        && x.object().equals(d.get().object()))) {
                    read.add(pair);
                    out.add(d.get());
                }
            }
        }
        return out;
    }

    private Optional<ClaimDraft> frame(ReportContext ctx, ActorTable actors, Attributions attributions, Sentence s,
                                       PatternMatch m, int o) {
        List<Token> ts = s.tokens();
        int v = m.node("verb");
        // "rebel-held": the word after the hyphen, as printed, says it ("held" alone is the lemma "hold")
        Optional<MaterialLemma> lemma = m.rule().equals(HELD_RULE)
                ? lexicon.materialLemma(afterHyphen(Words.lower(ts.get(v))))
                : lexicon.materialLemma(Words.lemma(ts.get(v)));
        int particle = lemma.isEmpty() ? NONE : particle(s, v, lemma.get());
        if (lemma.isEmpty() || particle == NONE || notObjects.contains(Words.lemma(ts.get(o)))
                || ownedByEarlierConjunct(s, o)) {
            return Optional.empty();
        }
        ClaimKind kind = kind(ctx, actors, s, v, o, lemma.get());
        if (kind == null) {
            return Optional.empty();
        }
        int[] phrase = v == o ? new int[] {o, o} : objectPhrase(s, o, v);
        if (!adjacent(s, v, o, phrase)) {
            return Optional.empty();
        }
        String object = ctx.body().substring(ts.get(phrase[0]).start(), ts.get(phrase[1]).end());
        int first = Math.min(v, phrase[0]);
        int last = Math.max(v, phrase[1]);
        for (int k : new int[] {m.node("trigger"), particle}) {
            if (k >= 0) {
                first = Math.min(first, k);
                last = Math.max(last, k);
            }
        }
        int neg = negation(s, v, o);
        Count quantity;
        if (neg >= 0) {
            int a = Math.min(neg, v);
            int b = Math.max(neg, v);
            quantity = Count.exactly(0, ctx.body().substring(ts.get(a).start(), ts.get(b).end()));
            first = Math.min(first, neg);
            last = Math.max(last, neg);
        } else {
            quantity = MaterialClaimExtractor.quantity(ctx, ts, phrase[0]);
        }
        Span evidence = Span.of(ctx.body(), ts.get(first).start(), ts.get(last).end());
        return Optional.of(new ClaimDraft(s.index(), v, attributions.at(s.index(), v), Stance.ASSERTS, kind, null,
                null, null, object, quantity, evidence, null, m.rule()));
    }

    /** The kind of claim a role makes with this object, or {@code null} when it makes none. */
    private ClaimKind kind(ReportContext ctx, ActorTable actors, Sentence s, int v, int o, MaterialLemma lemma) {
        Token head = s.tokens().get(o);
        String word = Words.lower(head);
        boolean pronoun = head.pos().startsWith("PRP");
        boolean people = Words.PEOPLE_NOUNS.containsKey(word) || actors.at(s.index(), o).isPresent()
                || pronoun && !word.equals("it") || head.ner().equals("PERSON");
        if (people) {
            return null;
        }
        boolean named = head.pos().startsWith("NNP") || head.ner().equals("LOCATION")
                || ctx.placeAt(head.start()) != null;
        boolean ground = named || heldPlaces.contains(word) || pronoun;
        return switch (lemma.role()) {
            case DAMAGE -> ClaimKind.DAMAGE;
            case SEIZURE -> pronoun ? null : ClaimKind.SEIZURE;
            case CONTROL -> ClaimKind.CONTROL;
            case TAKING -> ground ? ClaimKind.CONTROL : ClaimKind.SEIZURE;
            case HOLDING -> ground ? ClaimKind.CONTROL : null;
            case STRIKING -> named || pronoun ? null : ClaimKind.DAMAGE;
        };
    }

    /**
     * "blew up", "shot down", "set ablaze": the particle's token when the lemma needs one, {@link #UNNEEDED} when
     * it needs none, {@link #NONE} when it needs one and has none.
     */
    private static int particle(Sentence s, int v, MaterialLemma lemma) {
        if (lemma.particles().isEmpty()) {
            return UNNEEDED;
        }
        return s.dependentsOf(v).stream().mapToInt(Dependency::dependent)
                .filter(d -> lemma.particles().contains(Words.lower(s.tokens().get(d)))).findFirst().orElse(NONE);
    }

    /**
     * A conjunct belongs to the first conjunct's phrase ("a market and a clinic" is one object) unless the list
     * counts its items ("105 rifles, 2 machineguns and a large amount of explosives": an object each).
     */
    private static boolean ownedByEarlierConjunct(Sentence s, int o) {
        for (Dependency d : s.governorsOf(o)) {
            if (d.relation().startsWith("conj") && d.governor() >= 0 && d.governor() < o) {
                return !counted(s, o) && !counted(s, d.governor());
            }
        }
        return false;
    }

    private static boolean counted(Sentence s, int o) {
        return s.dependentsOf(o).stream().anyMatch(d -> d.relation().equals("nummod"));
    }

    /** The first and last token of the object's phrase: its subtree, never reaching back into the verb. */
    private static int[] objectPhrase(Sentence s, int o, int v) {
        BitSet seen = new BitSet();
        seen.set(v);
        List<Integer> stack = new ArrayList<>(List.of(o));
        seen.set(o);
        int first = o;
        int last = o;
        while (!stack.isEmpty()) {
            int k = stack.remove(stack.size() - 1);
            for (Dependency d : s.dependentsOf(k)) {
                int c = d.dependent();
                if (seen.get(c) || OUTSIDE_OBJECT.contains(d.relation()) || k == o && (d.relation().equals("case") || d.relation().equals("cc"))
                        || (d.relation().startsWith("conj") || d.relation().equals("cc")) && (counted(s, c)
                        || counted(s, o))) {
                    continue;
                }
                seen.set(c);
                stack.add(c);
                first = Math.min(first, c);
                last = Math.max(last, c);
            }
        }
        // the phrase is contiguous words of the report: cut it where it would reach over the verb
        if (first < v && v < o) {
            first = v + 1;
        }
        if (o < v && v < last) {
            last = v - 1;
        }
        List<Token> ts = s.tokens();
        while (last > first && Words.isPunct(ts.get(last))) {
            last--;
        }
        while (first < last && Words.isPunct(ts.get(first))) {
            first++;
        }
        return new int[] {first, last};
    }

    /**
     * An object after its verb follows it without a comma or another verb between them, and does not start with
     * a verb: a parse that hangs a later clause on the verb ("overran the posts, inflicting ...") reads no object
     * there. A later item of a list ("seized 40 rifles, 2 mortars") stands after commas by nature.
     */
    private static boolean adjacent(Sentence s, int v, int o, int[] phrase) {
        List<Token> ts = s.tokens();
        if (ts.get(phrase[0]).pos().startsWith("VB")) {
            return false;
        }
        if (s.governorsOf(o).stream().anyMatch(d -> d.relation().startsWith("conj"))) {
            return true;
        }
        for (int k = v + 1; k < phrase[0]; k++) {
            if (Words.isPunct(ts.get(k)) || ts.get(k).pos().startsWith("VB")) {
                return false;
            }
        }
        return true;
    }

    /** The token that negates the frame ("was not damaged", "no damage"), or -1. */
    private int negation(Sentence s, int v, int o) {
        for (int k : new int[] {v, o}) {
            for (Dependency d : s.dependentsOf(k)) {
                if ((d.relation().equals("advmod") || d.relation().equals("det") || d.relation().equals("neg"))
                        && negations.contains(Words.lower(s.tokens().get(d.dependent())))) {
                    return d.dependent();
                }
            }
        }
        // "did not do any damage": the negation sits on the verb that governs the damage noun
        if (v == o) {
            for (Dependency g : s.governorsOf(v)) {
                if (g.governor() >= 0 && g.governor() != v) {
                    for (Dependency d : s.dependentsOf(g.governor())) {
                        if (d.relation().equals("advmod") && negations.contains(Words.lower(s.tokens()
                                .get(d.dependent())))) {
                            return d.dependent();
                        }
                    }
                }
            }
        }
        return -1;
    }

    private static String afterHyphen(String word) {
        int h = word.lastIndexOf('-');
        return h >= 0 ? word.substring(h + 1) : word;
    }
}
