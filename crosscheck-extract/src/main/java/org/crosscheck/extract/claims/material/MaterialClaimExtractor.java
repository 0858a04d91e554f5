package org.crosscheck.extract.claims.material;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.crosscheck.extract.actors.ActorTable;
import org.crosscheck.extract.attribution.Attributions;
import org.crosscheck.extract.claims.ClaimDraft;
import org.crosscheck.extract.claims.ClaimExtractor;
import org.crosscheck.extract.claims.QuantityReader;
import org.crosscheck.extract.input.ReportContext;
import org.crosscheck.extract.lexicon.Lexicon;
import org.crosscheck.extract.lexicon.WordClass;
import org.crosscheck.extract.lexicon.Words;
import org.crosscheck.model.ClaimKind;
import org.crosscheck.model.Count;
import org.crosscheck.model.Span;
import org.crosscheck.model.Stance;
import org.crosscheck.text.DependencyPatterns;
import org.crosscheck.text.PatternEngine;
import org.crosscheck.text.Sentence;
import org.crosscheck.text.Token;

/**
 * Finds claims about things rather than people: damage ("two armoured tanks were destroyed", "a bank, which was
 * destroyed by explosives"), seizure ("seized the weapons from the van", "the seizure of a large cache of
 * weapons") and control ("took full control of the town", "seized control of a checkpoint", "remained under BLA
 * control"), with the object in the report's words. Stateless and thread-safe.
 */
public final class MaterialClaimExtractor implements ClaimExtractor {
    private static final Set<String> DAMAGE = Lexicon.english().words(WordClass.DAMAGE_WORDS);
    private static final Set<String> SEIZE = Lexicon.english().words(WordClass.SEIZURE_WORDS);
    private static final Set<String> CONTROL_VERBS = Lexicon.english().words(WordClass.CONTROL_VERBS);
    private static final Set<String> HELD_PLACES = Lexicon.english().words(WordClass.HELD_PLACES);
    private static final Set<String> AUX = Lexicon.english().words(WordClass.MATERIAL_AUX);

    /** The rule file of the frames read from dependency parses, next to this class. */
    public static final String FRAME_RULES = "material-frames.semgrex";
    private static final QuantityReader QUANTITIES = new QuantityReader();

    private final MaterialFrames frames;

    /** @param frameRules the compiled rules of {@link #FRAME_RULES} */
    public MaterialClaimExtractor(DependencyPatterns frameRules) {
        this.frames = new MaterialFrames(frameRules);
    }

    /** Token rules only, no frames: for stage tests on unparsed text. */
    public MaterialClaimExtractor() {
        this(PatternEngine.NONE.compile(List.of()));
    }

    @Override
    public List<ClaimDraft> extract(ReportContext ctx, ActorTable actors, Attributions attributions) {
        List<ClaimDraft> out = tokenRules(ctx, attributions);
        addFrames(ctx, actors, attributions, out);
        out.sort(java.util.Comparator.comparingInt(ClaimDraft::sentence).thenComparingInt(ClaimDraft::token));
        return out;
    }

    /**
     * The frames' claims beside the token rules': a frame claim that overlaps a token rule's claim of the same
     * kind in its sentence reads the same words and is left out, unless several frames split that claim into
     * objects of their own ("105 rifles, 2 machineguns"), which then replace it. A frame that reads the words
     * as another kind replaces the token rule's claim: the frame knows what was acted on ("captured the city"
     * is control, not seizure). Frames alone add the rest.
     */
    private void addFrames(ReportContext ctx, ActorTable actors, Attributions attributions, List<ClaimDraft> out) {
        List<ClaimDraft> fromTokens = List.copyOf(out);
        for (Sentence s : ctx.sentences()) {
            if (!s.isParsed()) {
                continue;
            }
            List<ClaimDraft> found = frames.read(ctx, actors, attributions, s);
            List<ClaimDraft> kept = new ArrayList<>(found);
            for (ClaimDraft t : fromTokens) {
                if (t.sentence() != s.index()) {
                    continue;
                }
                List<ClaimDraft> over = found.stream().filter(f -> overlap(f, t)).toList();
                List<ClaimDraft> same = over.stream().filter(f -> f.kind() == t.kind()).toList();
                if (same.size() >= 2 || !over.isEmpty() && same.isEmpty()) {
                    out.remove(t);
                } else {
                    kept.removeAll(same);
                }
            }
            out.addAll(kept);
        }
    }

    private static boolean overlap(ClaimDraft a, ClaimDraft b) {
        return a.evidence().start() < b.evidence().end() && b.evidence().start() < a.evidence().end();
    }

    /** The claims of the rules that walk tokens. */
    private List<ClaimDraft> tokenRules(ReportContext ctx, Attributions attributions) {
        List<ClaimDraft> out = new ArrayList<>();
        for (Sentence s : ctx.sentences()) {
            List<Token> ts = s.tokens();
            for (int i = 0; i < ts.size(); i++) {
                String w = Words.lower(ts.get(i));
                Optional<ClaimDraft> d = Optional.empty();
                if (w.equals("control") && i > 0) {
                    d = control(ctx, attributions, s, i);
                } else if (DAMAGE.contains(w) && (!w.equals("down") || i > 0
                        && Words.lower(ts.get(i - 1)).equals("shot"))) {
                    d = damage(ctx, attributions, s, i);
                } else if (w.equals("damage")) {
                    d = damageTo(ctx, attributions, s, i);
                } else if (Set.of("controls", "annexed", "holds").contains(w) && ts.get(i).pos().startsWith("VB")) {
                    d = heldPlace(ctx, attributions, s, i);
                } else if (SEIZE.contains(w)) {
                    d = seizure(ctx, attributions, s, i);
                } else if (Set.of("overran", "overrun", "occupied", "captured").contains(w)) {
                    d = heldPlace(ctx, attributions, s, i);
                }
                d.ifPresent(out::add);
            }
        }
        return out;
    }

    private Optional<ClaimDraft> control(ReportContext ctx, Attributions attributions, Sentence s, int i) {
        List<Token> ts = s.tokens();
        int v = i - 1;
        while (v >= 0 && Set.of("full", "complete", "total", "temporary", "the", "effective", "partial")
                .contains(Words.lower(ts.get(v)))) {
            v--;
        }
        if (v >= 0 && CONTROL_VERBS.contains(Words.lower(ts.get(v))) && i + 2 < ts.size()
                && Words.lower(ts.get(i + 1)).equals("of") && objectEnd(ts, i + 2) >= i + 2) {
            int end = objectEnd(ts, i + 2);
            String object = ctx.body().substring(ts.get(i + 2).start(), ts.get(end).end());
            int start = v;
            // "the BLA took full control": the party belongs to the evidence
            if (v > 0 && ts.get(v - 1).isEntity()) {
                start = v - 1;
                while (start > 0 && ts.get(start - 1).ner().equals(ts.get(v - 1).ner())) {
                    start--;
                }
                if (start > 0 && Words.lower(ts.get(start - 1)).equals("the")) {
                    start--;
                }
            }
            return Optional.of(draft("material.control-taken", ctx,
                    attributions, s, v, ClaimKind.CONTROL, object, null, start, end));
        }
        if (v >= 0 && Words.lower(ts.get(v)).equals("the") && v > 0 && Words.lower(ts.get(v - 1)).equals("of")
                && v > 1 && ts.get(v - 2).pos().startsWith("JJ") || v >= 0 && Words.lower(ts.get(v)).equals("temporary")) {
            // "resulted in the temporary control of the city"
            int start = Math.max(0, v - 3);
            if (i + 2 < ts.size() && Words.lower(ts.get(i + 1)).equals("of") && objectEnd(ts, i + 2) >= i + 2) {
                int end = objectEnd(ts, i + 2);
                String object = ctx.body().substring(ts.get(i + 2).start(), ts.get(end).end());
                return Optional.of(draft("material.control-of", ctx,
                        attributions, s, i, ClaimKind.CONTROL, object, null, start, end));
            }
        }
        if (i + 2 < ts.size() && Words.lower(ts.get(i + 1)).equals("of") && objectEnd(ts, i + 2) >= i + 2 && i >= 2
                && Words.lower(ts.get(i - 1)).equals("the")
                && Set.of("in", "resulted").contains(Words.lower(ts.get(i - 2)))) {
            int end = objectEnd(ts, i + 2);
            String object = ctx.body().substring(ts.get(i + 2).start(), ts.get(end).end());
            return Optional.of(draft("material.control-of", ctx,
                    attributions, s, i, ClaimKind.CONTROL, object, null, i - 2, end));
        }
        // "remained under BLA control"
        int u = i - 1;
        while (u >= 0 && (ts.get(u).isEntity() || ts.get(u).pos().startsWith("JJ"))) {
            u--;
        }
        if (u >= 0 && Words.lower(ts.get(u)).equals("under") && u < i - 1) {
            int subjEnd = u - 1;
            while (subjEnd >= 0 && (ts.get(subjEnd).pos().startsWith("VB") || ts.get(subjEnd).pos().equals("RB"))) {
                subjEnd--;
            }
            int subjStart = subjEnd;
            while (subjStart > 0 && !Words.isPunct(ts.get(subjStart - 1))
                    && !ts.get(subjStart - 1).pos().startsWith("VB")) {
                subjStart--;
            }
            if (subjEnd >= 0 && subjStart <= subjEnd) {
                String object = ctx.body().substring(ts.get(subjStart).start(), ts.get(subjEnd).end());
                return Optional.of(draft("material.under-control", ctx,
                        attributions, s, i, ClaimKind.CONTROL, object, null, subjStart, i));
            }
        }
        return Optional.empty();
    }

    private Optional<ClaimDraft> damage(ReportContext ctx, Attributions attributions, Sentence s, int i) {
        List<Token> ts = s.tokens();
        Optional<ClaimDraft> passive = passive(ctx, attributions, s, i, ClaimKind.DAMAGE);
        if (passive.isPresent() || Words.lower(ts.get(i)).equals("hit")) {
            return passive;
        }
        if (i + 1 < ts.size() && (ts.get(i).pos().equals("VBD") || ts.get(i).pos().equals("VBG"))) {
            int end = objectEnd(ts, i + 1);
            if (end > i) {
                String object = ctx.body().substring(ts.get(i + 1).start(), ts.get(end).end());
                return Optional.of(draft("material.damage", ctx, attributions, s, i, ClaimKind.DAMAGE, object,
                        quantity(ctx, ts, i + 1), i, end));
            }
        }
        return Optional.empty();
    }

    /** "damage to residential buildings", "collateral damage to a health centre". */
    private Optional<ClaimDraft> damageTo(ReportContext ctx, Attributions attributions, Sentence s, int i) {
        List<Token> ts = s.tokens();
        if (i + 2 >= ts.size() || !Words.lower(ts.get(i + 1)).equals("to")) {
            return Optional.empty();
        }
        int end = objectEnd(ts, i + 2);
        if (end < i + 2) {
            return Optional.empty();
        }
        int start = i > 0 && ts.get(i - 1).pos().startsWith("JJ") ? i - 1 : i;
        String object = ctx.body().substring(ts.get(i + 2).start(), ts.get(end).end());
        return Optional.of(draft("material.damage-to", ctx,
                attributions, s, i, ClaimKind.DAMAGE, object, quantity(ctx, ts, i + 2), start,
                end));
    }

    /**
     * The object of a passive or a reduced relative: "two armoured tanks were destroyed", "a bank in X, which was
     * destroyed by explosives", "a building hit by a drone", "houses set ablaze", "weapons have been recovered".
     */
    private Optional<ClaimDraft> passive(ReportContext ctx, Attributions attributions, Sentence s, int i,
                                         ClaimKind kind) {
        List<Token> ts = s.tokens();
        int verb = i;
        if (Words.lower(ts.get(i)).equals("ablaze") && i > 0 && Words.lower(ts.get(i - 1)).equals("set")
                || Words.lower(ts.get(i)).equals("down") && i > 0 && Words.lower(ts.get(i - 1)).equals("shot")) {
            verb = i - 1;
        }
        int b = verb - 1;
        while (b >= 0 && AUX.contains(Words.lower(ts.get(b)))) {
            b--;
        }
        boolean reduced = b == verb - 1 && b >= 0 && Words.isNoun(ts.get(b))
                && (ts.get(verb).pos().equals("VBN") || verb < i);
        if (b < 0 || b == verb - 1 && !reduced) {
            return Optional.empty();
        }
        int objEnd = b;
        if (Words.lower(ts.get(b)).equals("which") || Words.lower(ts.get(b)).equals("that")) {
            objEnd = b - 1;
            if (objEnd >= 0 && ts.get(objEnd).word().equals(",")) {
                objEnd--;
            }
        }
        int objStart = nounPhraseStart(ts, objEnd);
        if (objStart < 0 || Words.PEOPLE_NOUNS.containsKey(Words.lower(ts.get(objEnd)))) {
            return Optional.empty();
        }
        int end = i;
        if (i + 2 < ts.size() && Words.lower(ts.get(i + 1)).equals("by")) {
            end = objectEnd(ts, i + 2);
        }
        String object = ctx.body().substring(ts.get(objStart).start(), ts.get(objEnd).end());
        return Optional.of(draft(kind == ClaimKind.DAMAGE ? "material.damaged-object" : "material.seized-object", ctx,
                attributions, s, i, kind, object, quantity(ctx, ts, objStart), objStart,
                end));
    }

    private Optional<ClaimDraft> seizure(ReportContext ctx, Attributions attributions, Sentence s, int i) {
        List<Token> ts = s.tokens();
        int o = i + 1;
        if (Words.lower(ts.get(i)).equals("seizure") || Words.lower(ts.get(i)).equals("capture")) {
            if (o < ts.size() && Words.lower(ts.get(o)).equals("of")) {
                o++;
            } else {
                return Optional.empty();
            }
        }
        if (o >= ts.size() || Words.isPunct(ts.get(o)) || ts.get(i).pos().equals("VBN") && i > 0
                && AUX.contains(Words.lower(ts.get(i - 1)))) {
            return passive(ctx, attributions, s, i, ClaimKind.SEIZURE);
        }
        if (Words.lower(ts.get(o)).equals("control") || Words.lower(ts.get(o)).equals("on")) {
            return Optional.empty();
        }
        int end = objectEnd(ts, o);
        if (end < o) {
            return Optional.empty();
        }
        String head = Words.lower(ts.get(end));
        if (Words.PEOPLE_NOUNS.containsKey(head) || HELD_PLACES.contains(head) || ts.get(o).ner().equals("LOCATION")
                || ts.get(end).ner().equals("PERSON")) {
            return Optional.empty(); // people taken are casualty claims, places taken are control claims
        }
        // "a large cache of weapons, including firearms and explosives": the list belongs to the object
        if (end + 2 < ts.size() && ts.get(end + 1).word().equals(",")
                && Words.lower(ts.get(end + 2)).equals("including")) {
            end = objectEnd(ts, end + 3);
        }
        String object = ctx.body().substring(ts.get(o).start(), ts.get(end).end());
        int start = i;
        if (i > 0 && ts.get(i - 1).isEntity()) {
            start = i - 1;
            while (start > 0 && ts.get(start - 1).ner().equals(ts.get(i - 1).ner())) {
                start--;
            }
        } else if (i > 1 && ts.get(i - 2).isEntity() && Words.PEOPLE_NOUNS.containsKey(Words.lower(ts.get(i - 1)))) {
            start = i - 2;
        }
        return Optional.of(draft("material.seizure", ctx, attributions, s, i, ClaimKind.SEIZURE, object,
                quantity(ctx, ts, o), start, end));
    }

    private Optional<ClaimDraft> heldPlace(ReportContext ctx, Attributions attributions, Sentence s, int i) {
        List<Token> ts = s.tokens();
        int end = objectEnd(ts, i + 1);
        if (end <= i) {
            return Optional.empty();
        }
        boolean place = Set.of("controls", "holds").contains(Words.lower(ts.get(i)));
        for (int k = i + 1; k <= end; k++) {
            place |= HELD_PLACES.contains(Words.lower(ts.get(k))) || ctx.placeAt(ts.get(k).start()) != null;
        }
        if (!place) {
            return Optional.empty();
        }
        String object = ctx.body().substring(ts.get(i + 1).start(), ts.get(end).end());
        return Optional.of(draft("material.held-place", ctx,
                attributions, s, i, ClaimKind.CONTROL, object, null, i, end));
    }

    private ClaimDraft draft(String rule, ReportContext ctx, Attributions attributions, Sentence s, int at,
                             ClaimKind kind, String object, Count quantity, int first, int last) {
        List<Token> ts = s.tokens();
        Span ev = Span.of(ctx.body(), ts.get(first).start(), ts.get(last).end());
        return new ClaimDraft(s.index(), at, attributions.at(s.index(), at), Stance.ASSERTS, kind, null, null, null,
                object, quantity, ev, null, rule);
    }

    /** The count at token {@code at}: "a" before a noun is one, else a number with its qualifier, else none. */
    static Count quantity(ReportContext ctx, List<Token> ts, int at) {
        int k = at;
        if (k < ts.size() && Words.lower(ts.get(k)).equals("a") && k + 1 < ts.size()
                && Words.isNoun(ts.get(k + 1))) {
            return Count.exactly(1, ctx.body().substring(ts.get(k).start(), ts.get(k + 1).end()));
        }
        return QUANTITIES.numberAt(ts, k).map(q -> new Count(q.count().low(), q.count().high(), false,
                ctx.body().substring(ts.get(q.first()).start(), ts.get(q.last()).end()))).orElse(null);
    }

    /** The last token of the object noun phrase starting at {@code from}, with its "of …" complement. */
    public static int objectEnd(List<Token> ts, int from) {
        int k = from;
        int last = from - 1;
        while (k < ts.size()) {
            Token t = ts.get(k);
            String w = Words.lower(t);
            if (Words.isPunct(t) && !w.equals("-") || Set.of("during", "for", "from", "while", "after", "before",
                    "which", "who", "when", "as", "without", "with", "by", "to", "in", "near", "at", "on")
                    .contains(w) && k > from) {
                break;
            }
            if (t.pos().startsWith("VB") && !t.pos().equals("VBN") && !t.pos().equals("VBG") && k > from) {
                break;
            }
            last = k;
            k++;
        }
        return last;
    }

    private static int nounPhraseStart(List<Token> ts, int end) {
        if (end < 0 || !Words.isNoun(ts.get(end))) {
            return -1;
        }
        int k = end;
        while (k > 0) {
            Token p = ts.get(k - 1);
            if (Words.isPunct(p) || p.pos().equals("CC") || p.pos().startsWith("VB") && !p.pos().equals("VBN")
                    || p.pos().equals("IN")
                    && !Words.lower(p).equals("of") && !Words.lower(p).equals("in")) {
                break;
            }
            if (p.pos().equals("IN") && Words.lower(p).equals("in") && k - 1 > 0 && !Words.isNoun(ts.get(k - 2))) {
                break;
            }
            k--;
        }
        return k;
    }
}
