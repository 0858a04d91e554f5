package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.crosscheck.model.ActorKind;
import org.crosscheck.model.ClaimKind;
import org.crosscheck.model.Count;
import org.crosscheck.model.Outcome;
import org.crosscheck.model.Span;
import org.crosscheck.model.Stance;
import org.crosscheck.text.Sentence;
import org.crosscheck.text.Token;

/**
 * Finds casualty claims: a quantity of people and what happened to them, in the constructions news reports use —
 * "at least 25 soldiers were killed", "killing 40 people", "the deaths of all 18 soldiers", "four deaths",
 * "20 wounded", "15 personnel and 18 civilians were also killed", "several others wounded", zero claims ("no
 * losses", "no one was injured", "no civilians were harmed", "did not see any casualties") and vague ones
 * ("heavy losses on X", "X suffered casualties"). Victims are the actor the counted noun names, "others" the
 * victims just counted, "enemy personnel" the claimant's opponent, "themselves" the claimant. Stateless and
 * thread-safe.
 */
final class CasualtyExtractor implements ClaimExtractor {
    private static final Set<String> AUX = Set.of("were", "was", "have", "has", "had", "been", "are", "is", "also",
            "reportedly", "all", "later", "allegedly", "being", "be", "subsequently", "then", "apparently",
            "believed", "feared", "said", "to", "confirmed", "now", "since", "each", "both", "either", "just",
            "thought", "initially", "already", "still", "officially", "who", "that", "tragically", "unfortunately");
    private static final Set<String> SUFFERING = Set.of("suffer", "sustain", "incur", "take");
    private static final String PEOPLE_KEY = "np:other:people";

    private final QuantityReader quantities = new QuantityReader();

    @Override
    public List<ClaimDraft> extract(ReportContext ctx, ActorTable actors, Attributions attributions) {
        List<ClaimDraft> out = new ArrayList<>();
        for (Sentence s : ctx.sentences()) {
            List<Token> ts = s.tokens();
            int consumed = -1;
            for (int i = 0; i < ts.size(); i++) {
                Token t = ts.get(i);
                if (t.start() < consumed) {
                    continue; // a number inside a claim already read ("no one was killed")
                }
                if (Set.of("DATE", "TIME", "MONEY", "PERCENT", "DURATION", "ORDINAL", "SET").contains(t.ner())) {
                    continue;
                }
                String w = Words.lower(t);
                Optional<ClaimDraft> found = Optional.empty();
                if (w.equals("no") || w.equals("no-one") || w.equals("nobody") || w.equals("none")
                        || w.equals("any")) {
                    found = zero(ctx, actors, attributions, s, i, out);
                }
                if (found.isEmpty()) {
                    Optional<QuantityReader.Quantity> q = quantities.numberAt(ts, i);
                    if (q.isEmpty() && !(i + 1 < ts.size() && quantities.numberAt(ts, i + 1).isPresent())) {
                        q = quantities.vagueAt(ts, i);
                    }
                    if (q.isPresent()) {
                        found = counted(ctx, actors, attributions, s, q.get(), out);
                        // "at least a dozen": "dozen" is read with "a", not again on its own
                        consumed = Math.max(consumed, ts.get(q.get().last()).end());
                    }
                }
                if (found.isEmpty() && (w.equals("casualties") || w.equals("losses"))) {
                    found = suffered(ctx, actors, attributions, s, i, out);
                }
                if (found.isEmpty() && t.ner().equals("PERSON")) {
                    found = personKilled(ctx, actors, attributions, s, i);
                }
                if (found.isPresent()) {
                    out.add(found.get());
                    if (found.get().count().isZero()) {
                        consumed = Math.max(consumed, found.get().evidence().end());
                    }
                }
            }
        }
        return out;
    }

    /** "N [victims] were killed", "killing N victims", "the deaths of N victims", "N deaths", "N others wounded". */
    private Optional<ClaimDraft> counted(ReportContext ctx, ActorTable actors, Attributions attributions, Sentence s,
                                         QuantityReader.Quantity q, List<ClaimDraft> before) {
        List<Token> ts = s.tokens();
        int j = q.last() + 1;
        if (j + 1 < ts.size() && Words.lower(ts.get(j)).equals("of") && (q.count().vague()
                || Set.of("our", "their", "the", "its", "his").contains(Words.lower(ts.get(j + 1))))) {
            j++;
            while (j < ts.size() && Words.DETERMINERS.contains(Words.lower(ts.get(j)))) {
                j++;
            }
        }
        boolean vagueWord = q.count().vague();
        String qWord = Words.lower(ts.get(q.first()));
        // the victims' noun phrase: an actor mention, or modifiers up to a people noun
        int npEnd = j - 1;
        String victims = null;
        boolean others = false;
        // "five of them critically", "three seriously": part of the people just counted
        if (j + 1 < ts.size() && Words.lower(ts.get(j)).equals("of") && Words.lower(ts.get(j + 1)).equals("them")) {
            others = true;
            npEnd = j + 1;
            j = j + 2;
        } else if (j < ts.size() && Set.of("seriously", "critically", "severely", "badly", "gravely", "lightly",
                "slightly").contains(Words.lower(ts.get(j)))) {
            others = true;
        }
        Optional<ActorTable.Mention> m = j < ts.size() && !others ? actors.at(s.index(), j) : Optional.empty();
        if (m.isPresent() && m.get().first() == j && !isOthers(ts.get(m.get().last()))) {
            npEnd = m.get().last();
            victims = m.get().key();
        } else {
            int k = j;
            while (k < ts.size() && (Words.isAdjective(ts.get(k)) || Words.isNoun(ts.get(k)))
                    && !Words.isOutcome(ts.get(k)) && !Words.OUTCOME_NOUNS.contains(Words.lower(ts.get(k)))) {
                k++;
            }
            if (k > j) {
                String head = Words.lower(ts.get(k - 1));
                Optional<ActorTable.Mention> hm = actors.at(s.index(), k - 1);
                if (head.equals("others") || head.equals("more")) {
                    others = true;
                    npEnd = k - 1;
                } else if (hm.isPresent()) {
                    victims = hm.get().key();
                    npEnd = k - 1;
                } else {
                    return Optional.empty(); // "12 cities", "two armoured tanks": not people
                }
            } else if (j < ts.size() && (Words.lower(ts.get(j)).equals("others")
                    || Words.lower(ts.get(j)).equals("more"))) {
                others = true;
                npEnd = j;
            }
        }
        if (victims != null) {
            ActorTable.Entry e = actors.entry(victims);
            String head = e.name().toLowerCase(java.util.Locale.ROOT);
            if (Words.NOT_VICTIMS.stream().anyMatch(head::endsWith) && !e.key.startsWith("org:")) {
                return Optional.empty();
            }
        }
        if (vagueWord && Set.of("heavy", "significant", "substantial", "minimal", "some", "few").contains(qWord)) {
            return Optional.empty(); // "heavy losses on X" is read by suffered()
        }
        // what happened to them: after the noun phrase, past asides and coordinated counts
        Outcome outcome = null;
        int outcomeTok = -1;
        int k = npEnd + 1;
        k = skipAsides(ts, k);
        while (k < ts.size() && (AUX.contains(Words.lower(ts.get(k))) || ts.get(k).pos().equals("RB"))) {
            k++;
        }
        boolean finite = k > npEnd + 1;
        if (k < ts.size() && Words.isOutcome(ts.get(k)) && !Words.lower(ts.get(k)).equals("lost")
                && (finite || !Set.of(Outcome.ARRESTED, Outcome.CAPTURED).contains(outcomeOf(ts, k)))) {
            outcome = outcomeOf(ts, k);
            outcomeTok = k;
            if (Words.lower(ts.get(k)).equals("shot") && k + 1 < ts.size()
                    && Words.lower(ts.get(k + 1)).equals("dead")) {
                outcomeTok = k + 1;
            }
        } else if (k < ts.size() && Words.lower(ts.get(k)).equals("shot") && k + 1 < ts.size()
                && Words.lower(ts.get(k + 1)).equals("dead")) {
            outcome = Outcome.KILLED;
            outcomeTok = k + 1;
        }
        int evidenceStart = q.first();
        if (outcome == null) {
            // "killing N", "killed at least N", "the deaths of N", "lost N soldiers"
            int b = q.first() - 1;
            if (b >= 0 && Words.lower(ts.get(b)).equals("of")) {
                b--;
            }
            while (b >= 0 && (Words.DETERMINERS.contains(Words.lower(ts.get(b))) && b == q.first() - 1)) {
                b--;
            }
            if (b >= 0 && Words.OUTCOME_BEFORE_COUNT.contains(Words.lower(ts.get(b)))
                    && !List.of("were", "was", "been").contains(b > 0 ? Words.lower(ts.get(b - 1)) : "")) {
                outcome = Words.lower(ts.get(b)).equals("shot") ? null : outcomeOf(ts, b);
                if (outcome == null && Words.lower(ts.get(b)).equals("lost")) {
                    outcome = Outcome.KILLED;
                }
                outcomeTok = b;
                evidenceStart = b;
                // "it has killed at least 92": the subject belongs to the evidence
                int subj = b - 1;
                while (subj >= 0 && AUX.contains(Words.lower(ts.get(subj)))) {
                    subj--;
                }
                if (subj >= 0 && Set.of("it", "they", "we").contains(Words.lower(ts.get(subj)))) {
                    evidenceStart = subj;
                }
            }
        }
        if (outcome == null && npEnd + 1 < ts.size() && victims == null && !others) {
            // "four deaths", "11 injuries", "50 lives", "seven dead", "20 wounded"
            String noun = Words.lower(ts.get(npEnd + 1));
            if (Words.OUTCOME_NOUNS.contains(noun)) {
                outcome = Words.OUTCOMES.get(noun);
                outcomeTok = npEnd + 1;
            }
        }
        if (outcome == null) {
            // "seven dead, including four soldiers and three gendarmes": the breakdown shares the outcome
            ClaimDraft head = breakdownOf(before, s.index(), ts, q.first());
            if (head == null || victims == null && !others) {
                return Optional.empty();
            }
            outcome = head.outcome();
            outcomeTok = npEnd;
        }
        if (outcomeTok + 2 < ts.size() && Words.lower(ts.get(outcomeTok + 1)).equals("or")
                && Words.isOutcome(ts.get(outcomeTok + 2))) {
            outcome = outcome == outcomeOf(ts, outcomeTok + 2) ? outcome : Outcome.HARMED;
            outcomeTok += 2;
        }
        Attribution who = attributions.at(s.index(), q.first());
        if (victims == null && qWord.equals("both")) {
            victims = countedBefore(ctx, actors, s.index());
        }
        if (victims == null) {
            victims = others || npEnd < j ? previousVictims(before, s.index(), ctx) : null;
            if (victims == null) {
                victims = people(actors);
            }
        }
        victims = resolveRelative(actors, victims, who);
        int first = Math.min(evidenceStart, q.first());
        int last = Math.max(outcomeTok, npEnd);
        Span evidence = Span.of(ctx.body(), ts.get(first).start(), ts.get(last).end());
        String words = ctx.body().substring(ts.get(q.first()).start(), ts.get(Math.max(q.last(), npEnd)).end());
        Count c = q.count();
        Count count = new Count(c.low(), c.high(), c.vague(), words);
        return Optional.of(new ClaimDraft(s.index(), q.first(), who, Stance.ASSERTS, ClaimKind.CASUALTIES, outcome,
                victims, count, null, null, evidence, null));
    }

    /** Zero claims: "no losses", "no one was killed", "no civilians were harmed", "did not see any casualties". */
    private Optional<ClaimDraft> zero(ReportContext ctx, ActorTable actors, Attributions attributions, Sentence s,
                                      int i, List<ClaimDraft> before) {
        List<Token> ts = s.tokens();
        String w = Words.lower(ts.get(i));
        int j = i + 1;
        if (w.equals("any")) {
            boolean negated = false;
            for (int b = Math.max(0, i - 4); b < i; b++) {
                String bw = Words.lower(ts.get(b));
                if (bw.equals("not") || bw.equals("n't") || bw.equals("never") || bw.equals("without")) {
                    negated = true;
                }
                if (Words.DENYING.contains(Words.lemma(ts.get(b)))) {
                    return Optional.empty(); // a denial of losses is the denial stage's
                }
            }
            if (!negated) {
                return Optional.empty();
            }
        }
        if (w.equals("no") && j < ts.size() && (Words.lower(ts.get(j)).equals("one")
                || Words.lower(ts.get(j)).equals("-"))) {
            j++;
            if (j < ts.size() && Words.lower(ts.get(j)).equals("one")) {
                j++;
            }
            w = "no-one";
        }
        String victims = null;
        int npEnd = i;
        Outcome outcome = null;
        int outcomeTok = -1;
        if (w.equals("no-one") || w.equals("nobody") || w.equals("none")) {
            victims = people(actors);
        } else {
            while (j < ts.size() && Words.isAdjective(ts.get(j)) && !Words.isOutcome(ts.get(j))) {
                j++;
            }
            if (j >= ts.size()) {
                return Optional.empty();
            }
            String noun = Words.lower(ts.get(j));
            if (Words.OUTCOME_NOUNS.contains(noun)) {
                outcome = Words.OUTCOMES.get(noun);
                outcomeTok = j;
                npEnd = j;
                victims = ownLosses(ts, i, j);
            } else {
                Optional<ActorTable.Mention> m = actors.at(s.index(), j);
                if (m.isEmpty() || Words.NOT_VICTIMS.contains(noun)) {
                    return Optional.empty();
                }
                victims = m.get().key();
                npEnd = m.get().last();
            }
        }
        if (outcome == null) {
            int k = npEnd + 1;
            if (k == i + 1 && !w.equals("no-one")) {
                k = j;
            }
            if (w.equals("no-one")) {
                k = j;
            }
            while (k < ts.size() && AUX.contains(Words.lower(ts.get(k)))) {
                k++;
            }
            if (k >= ts.size() || !Words.isOutcome(ts.get(k))) {
                return Optional.empty();
            }
            outcome = outcomeOf(ts, k);
            outcomeTok = k;
            if (k + 2 < ts.size() && Words.lower(ts.get(k + 1)).equals("or") && Words.isOutcome(ts.get(k + 2))) {
                outcome = Outcome.HARMED;
                outcomeTok = k + 2;
            }
        }
        Attribution who = attributions.at(s.index(), i);
        if (victims == null) {
            victims = people(actors);
        }
        victims = resolveRelative(actors, victims, who);
        int first = i;
        // "while suffering no losses themselves": the sufferer's words belong to the evidence
        if (first > 0 && SUFFERING.contains(Words.lemma(ts.get(first - 1)))) {
            first--;
            if (first > 0 && Words.lower(ts.get(first - 1)).equals("while")) {
                first--;
            }
        }
        int last = outcomeTok;
        if (last + 1 < ts.size() && Set.of("themselves", "itself").contains(Words.lower(ts.get(last + 1)))) {
            last++;
        }
        Span evidence = Span.of(ctx.body(), ts.get(first).start(), ts.get(Math.max(last, npEnd)).end());
        String words = ctx.body().substring(ts.get(i).start(), ts.get(Math.max(npEnd, i)).end());
        return Optional.of(new ClaimDraft(s.index(), i, who, Stance.ASSERTS, ClaimKind.CASUALTIES, outcome, victims,
                Count.exactly(0, words), null, null, evidence, null));
    }

    /** "X suffered casualties", "heavy losses on X": a vague claim of harm. */
    private Optional<ClaimDraft> suffered(ReportContext ctx, ActorTable actors, Attributions attributions,
                                          Sentence s, int i, List<ClaimDraft> before) {
        List<Token> ts = s.tokens();
        int first = i;
        String victims = null;
        String qualifier = i > 0 ? Words.lower(ts.get(i - 1)) : "";
        if (Set.of("no", "any").contains(qualifier) || i > 0 && quantities.numberAt(ts, i - 1).isPresent()) {
            return Optional.empty(); // zero and counted casualties are read by zero() and counted()
        }
        if (i > 0 && QuantityReader.VAGUE.contains(qualifier)) {
            first = i - 1;
        }
        if (i + 2 < ts.size() && Set.of("on", "among", "to").contains(Words.lower(ts.get(i + 1)))) {
            int k = i + 2;
            while (k < ts.size() && Words.DETERMINERS.contains(Words.lower(ts.get(k)))) {
                k++;
            }
            if (k < ts.size()) {
                Optional<ActorTable.Mention> m = actors.at(s.index(), k);
                if (m.isPresent()) {
                    victims = m.get().key();
                    Attribution who = attributions.at(s.index(), i);
                    int start = first > 0 && Set.of("inflicted", "inflicting", "inflict", "caused")
                            .contains(Words.lower(ts.get(first - 1))) ? first - 1 : first;
                    Span ev = Span.of(ctx.body(), ts.get(start).start(), ts.get(m.get().last()).end());
                    return Optional.of(new ClaimDraft(s.index(), i, who, Stance.ASSERTS, ClaimKind.CASUALTIES,
                            Outcome.HARMED, resolveRelative(actors, victims, who),
                            Count.vague(ctx.body().substring(ts.get(first).start(), ts.get(i).end())), null, null,
                            ev, null));
                }
            }
        }
        int b = first - 1;
        if (b >= 0 && SUFFERING.contains(Words.lemma(ts.get(b)))) {
            int subj = b - 1;
            while (subj >= 0 && AUX.contains(Words.lower(ts.get(subj)))) {
                subj--;
            }
            Optional<ActorTable.Mention> m = subj >= 0 ? actors.at(s.index(), subj) : Optional.empty();
            if (m.isPresent()) {
                Attribution who = attributions.at(s.index(), i);
                int end = i;
                while (end + 1 < ts.size() && !Words.isPunct(ts.get(end + 1))
                        && Set.of("during", "in", "the", "operation", "attack", "clashes", "fighting")
                        .contains(Words.lower(ts.get(end + 1)))) {
                    end++;
                }
                int start = subj > 0 && ts.get(subj - 1).pos().startsWith("VB") ? subj - 1 : m.get().first();
                if (start > 0 && Words.lower(ts.get(start)).equals("that")) {
                    start--;
                }
                Span ev = Span.of(ctx.body(), ts.get(Math.min(start, m.get().first())).start(), ts.get(end).end());
                return Optional.of(new ClaimDraft(s.index(), i, who, Stance.ASSERTS, ClaimKind.CASUALTIES,
                        Outcome.HARMED, m.get().key(),
                        Count.vague(ctx.body().substring(ts.get(b).start(), ts.get(i).end())), null, null, ev,
                        null));
            }
        }
        return Optional.empty();
    }

    /** Whose losses "no losses" are: the sufferer's ("suffering no losses themselves"), else people's. */
    private static String ownLosses(List<Token> ts, int no, int noun) {
        boolean own = no > 0 && SUFFERING.contains(Words.lemma(ts.get(no - 1)))
                || noun + 1 < ts.size() && Set.of("themselves", "itself").contains(Words.lower(ts.get(noun + 1)));
        return own ? "@claimant" : null;
    }

    /** The claim a quantity breaks down, when "including", "among them" or a list links it to one just read. */
    private static ClaimDraft breakdownOf(List<ClaimDraft> before, int sentence, List<Token> ts, int first) {
        if (before.isEmpty() || first == 0) {
            return null;
        }
        ClaimDraft last = before.get(before.size() - 1);
        if (last.sentence() != sentence || !last.isCasualty() || last.count().vague()) {
            return null;
        }
        String link = Words.lower(ts.get(first - 1));
        boolean linked = (Set.of("including", "among", "and", ",").contains(link)
                || link.equals("with") && first > 1 && Words.lower(ts.get(first - 2)).equals("along"))
                && ts.get(first - 1).start() - last.evidence().end() < 40;
        return linked ? last : null;
    }

    /** "Badreddine was killed", "the attack that killed Badreddine", "the assassination of Rafik Hariri": one death. */
    private Optional<ClaimDraft> personKilled(ReportContext ctx, ActorTable actors, Attributions attributions,
                                              Sentence s, int i) {
        List<Token> ts = s.tokens();
        Optional<ActorTable.Mention> m = actors.at(s.index(), i);
        if (m.isEmpty() || m.get().first() != i && !(i > 0 && !ts.get(i - 1).ner().equals("PERSON"))
                || actors.entry(m.get().key()).kind() != ActorKind.PERSON) {
            return Optional.empty();
        }
        int last = m.get().last();
        int k = last + 1;
        while (k < ts.size() && Set.of("was", "had", "been", "has", "reportedly", "allegedly", "also")
                .contains(Words.lower(ts.get(k)))) {
            k++;
        }
        Outcome outcome = null;
        int first = i;
        int end = last;
        if (k > last + 1 && k < ts.size() && Set.of("killed", "assassinated", "executed", "murdered", "slain")
                .contains(Words.lower(ts.get(k)))) {
            outcome = Words.lower(ts.get(k)).equals("executed") ? Outcome.EXECUTED : Outcome.KILLED;
            end = k;
        } else if (k == last + 1 && k < ts.size() && Words.lower(ts.get(k)).equals("died")) {
            outcome = Outcome.KILLED;
            end = k;
        } else if (i > 0 && Set.of("killed", "assassinated", "killing").contains(Words.lower(ts.get(i - 1)))) {
            outcome = Outcome.KILLED;
            first = i - 1;
        } else if (i > 1 && Words.lower(ts.get(i - 1)).equals("of")
                && Set.of("assassination", "killing", "murder", "death").contains(Words.lower(ts.get(i - 2)))) {
            outcome = Outcome.KILLED;
            first = i - 2;
        }
        if (outcome == null) {
            return Optional.empty();
        }
        Attribution who = attributions.at(s.index(), i);
        Span evidence = Span.of(ctx.body(), ts.get(first).start(), ts.get(end).end());
        String name = ctx.body().substring(ts.get(m.get().first()).start(), ts.get(last).end());
        return Optional.of(new ClaimDraft(s.index(), i, who, Stance.ASSERTS, ClaimKind.CASUALTIES, outcome,
                m.get().key(), Count.exactly(1, name), null, null, evidence, null));
    }

    /** "Two individuals were detained … Both were executed": the people the previous sentence counted. */
    private String countedBefore(ReportContext ctx, ActorTable actors, int sentence) {
        if (sentence == 0) {
            return null;
        }
        List<Token> ts = ctx.tokens(sentence - 1);
        for (int i = 0; i + 1 < ts.size(); i++) {
            Optional<QuantityReader.Quantity> q = quantities.numberAt(ts, i);
            if (q.isPresent()) {
                Optional<ActorTable.Mention> m = actors.at(sentence - 1, q.get().last() + 1);
                if (m.isPresent()) {
                    return m.get().key();
                }
            }
        }
        return null;
    }

    private static boolean isOthers(Token t) {
        return Set.of("others", "more").contains(Words.lower(t));
    }

    private static String previousVictims(List<ClaimDraft> before, int sentence, ReportContext ctx) {
        for (int k = before.size() - 1; k >= 0; k--) {
            ClaimDraft d = before.get(k);
            if (d.isCasualty() && (d.sentence() == sentence || d.sentence() == sentence - 1
                    && ctx.paragraph(d.sentence()) == ctx.paragraph(sentence))) {
                return d.victims();
            }
        }
        return null;
    }

    /** Victims named relative to the speaker: "enemy personnel" are the speaker's opponent, "@claimant" the speaker. */
    private static String resolveRelative(ActorTable actors, String victims, Attribution who) {
        if (victims.equals("@claimant")) {
            return who.claimant() != null ? who.claimant() : people(actors);
        }
        if (victims.startsWith("enemy:") && who.claimant() != null) {
            ActorKind speaker = actors.entry(who.claimant()).kind();
            ActorKind opponent = speaker == ActorKind.ARMED_GROUP ? ActorKind.STATE_FORCES : ActorKind.ARMED_GROUP;
            Optional<ActorTable.Entry> enemy = actors.entries().stream()
                    .filter(e -> e.kind() == opponent && (e.key.startsWith("forces:") || e.named))
                    .max((a, b) -> Integer.compare(a.spans.size(), b.spans.size()));
            if (enemy.isPresent()) {
                actors.merge(victims, enemy.get().key);
                return enemy.get().key;
            }
        }
        return victims;
    }

    private static String people(ActorTable actors) {
        if (!actors.has(PEOPLE_KEY)) {
            actors.actor(PEOPLE_KEY, "people", ActorKind.OTHER);
        }
        return PEOPLE_KEY;
    }

    private static Outcome outcomeOf(List<Token> ts, int k) {
        return Words.OUTCOMES.get(Words.lower(ts.get(k)));
    }

    /** Skips an aside between a noun phrase and its verb ("90 people, many of them children, have been killed"). */
    private static int skipAsides(List<Token> ts, int k) {
        if (k < ts.size() && (ts.get(k).word().equals(",") || ts.get(k).word().equals("("))) {
            String close = ts.get(k).word().equals("(") ? ")" : ",";
            for (int e = k + 1; e < Math.min(ts.size(), k + 10); e++) {
                if (ts.get(e).word().equals(close)) {
                    int after = e + 1;
                    if (after < ts.size() && (AUX.contains(Words.lower(ts.get(after)))
                            || Words.isOutcome(ts.get(after)))) {
                        return after;
                    }
                    return k;
                }
            }
        }
        // "15 personnel and 18 civilians were killed": the outcome after the last conjunct is shared
        if (k < ts.size() && Words.lower(ts.get(k)).equals("and")) {
            for (int e = k + 1; e < Math.min(ts.size(), k + 8); e++) {
                if (AUX.contains(Words.lower(ts.get(e))) && e > k + 1) {
                    return e;
                }
                if (Words.isPunct(ts.get(e)) || Words.lower(ts.get(e)).equals("and")) {
                    break;
                }
            }
        }
        return k;
    }
}
