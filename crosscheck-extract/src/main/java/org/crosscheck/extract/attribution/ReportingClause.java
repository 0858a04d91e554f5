package org.crosscheck.extract.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.crosscheck.extract.lexicon.Lexicon;
import org.crosscheck.extract.lexicon.WordClass;
import org.crosscheck.extract.lexicon.Words;
import org.crosscheck.text.Dependency;
import org.crosscheck.text.Sentence;

/**
 * What a parsed sentence's dependency graph says about a reporting verb, besides who speaks ({@link SpeakerRules}):
 * whether it is negated ("do not deny"), whether it sits inside a noun's
 * relative clause ("a district that commanders believe is…", which reports nothing about the sentence around it),
 * and whose claims a denied noun is ("Israel's claim", "army claims", "claims made by the police"). Every answer
 * is empty on a sentence without a parse, where the caller falls back to the words. Stateless.
 */
public final class ReportingClause {
    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no");
    private static final Set<String> RELATIVES = Set.of("which", "who", "that");
    private static final Set<String> REFUSAL_OBJECTS = Lexicon.english().words(WordClass.REFUSAL_OBJECTS);

    private ReportingClause() {
    }

    /** Whether the verb is passive without an agent ("it was reported"): a report that names no source. */
    static boolean agentlessPassive(Sentence s, int verb, List<Integer> speakers) {
        return s.dependentsOf(verb).stream().anyMatch(d -> d.relation().equals("nsubj:pass")
                || d.relation().equals("aux:pass")) && speakers.isEmpty();
    }

    /**
     * Whether a verb of denial refuses rather than denies: its object is something asked or offered ("rejected
     * calls for a truce", "denied the reporters access"), not another party's assertion.
     */
    static boolean refuses(Sentence s, int verb) {
        return s.dependentsOf(verb).stream().anyMatch(d -> (d.relation().equals("obj") || d.relation().equals("iobj"))
                && REFUSAL_OBJECTS.contains(Words.lemma(s.tokens().get(d.dependent()))));
    }

    /** Whether the verb is negated: "officials do not deny the massacre", "has never disputed". */
    static boolean negated(Sentence s, int verb) {
        return s.dependentsOf(verb).stream().anyMatch(d -> (d.relation().equals("advmod") || d.relation().equals("neg")
                || d.relation().equals("det")) && NEGATIONS.contains(s.tokens().get(d.dependent()).word().toLowerCase()));
    }

    /**
     * Whether the verb reports inside a noun's modifier about something else ("the district that officers believe
     * is…"), not for its sentence. A relative clause whose subject is the noun itself ("the statements, which
     * claimed that…") does report: the noun speaks.
     */
    static boolean modifiesNoun(Sentence s, int verb, List<Integer> speakers) {
        return s.governorsOf(verb).stream().anyMatch(d -> (d.relation().startsWith("acl") || d.relation().equals("amod"))
                && !speakers.contains(d.governor()) && speakers.stream().noneMatch(h -> RELATIVES.contains(
                        s.tokens().get(h).word().toLowerCase())));
    }

    /**
     * The heads that name whose statement a noun is: "Israel's claim" (possessor), "army claims" (compound),
     * "a statement from the ministry", "claims by X", "claims made by X" (the agent of the participle after it).
     */
    public static List<Integer> owners(Sentence s, int noun) {
        List<Integer> out = new ArrayList<>();
        for (Dependency d : s.dependentsOf(noun)) {
            String r = d.relation();
            if (r.equals("nmod:poss") || r.equals("compound") || r.equals("amod") || r.equals("nmod:by")
                    || r.equals("nmod:from") || r.equals("nmod:of")) {
                out.add(d.dependent());
            } else if (r.startsWith("acl") && s.tokens().get(d.dependent()).pos().equals("VBN")) {
                // "claims made by the police"; not the content of "claims that militants fired from the school"
                for (Dependency a : s.dependentsOf(d.dependent())) {
                    if (a.relation().startsWith("obl")) {
                        out.add(a.dependent());
                    }
                }
            }
        }
        return out;
    }

    /**
     * What a verb of denial answers: its object nouns ("denied the claims", "rejected accusations"), or a clause
     * whose verb reports ("denied army claims that…", parsed with "claims" as a verb).
     */
    public static List<Integer> objects(Sentence s, int verb) {
        return s.dependentsOf(verb).stream().filter(d -> d.relation().equals("obj") || d.relation().equals("ccomp")
                && Words.REPORTING.contains(Words.lemma(s.tokens().get(d.dependent()))))
                .map(Dependency::dependent).toList();
    }

    /** The owners of what a denial answers: a noun's (see {@link #owners}), or a reporting clause's subject. */
    public static List<Integer> answeredOwners(Sentence s, int answered) {
        List<Integer> out = new ArrayList<>(owners(s, answered));
        for (Dependency d : s.dependentsOf(answered)) {
            if (d.relation().equals("nsubj")) {
                out.add(d.dependent());
            }
        }
        return out;
    }
}
