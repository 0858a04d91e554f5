package org.crosscheck.extract.scope;

import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.crosscheck.extract.lexicon.Lexicon;
import org.crosscheck.extract.lexicon.LexiconFile;
import org.crosscheck.extract.lexicon.WordClass;
import org.crosscheck.extract.lexicon.Words;
import org.crosscheck.text.Dependency;
import org.crosscheck.text.Sentence;
import org.crosscheck.text.Token;

/**
 * Whether a figure counts one incident or is a cumulative or background total (codebook, "Scope"): "killed since
 * the war began", "so far this year", "a total of", "21 a day", "died in the civil war", "in November", "the
 * fighting has left 3,000 dead". The cues are data ({@code background-cues.tsv}, {@code campaign-subjects.txt});
 * this class finds the clause of the figure in the dependency parse and looks for them there, so a cue in another
 * clause of the sentence ("… in an ambush on Monday, a week after 40 died since the truce") does not reach the
 * figure. Stateless and thread-safe.
 */
public final class BackgroundScope {
    /** Why a figure is background: the cue's id. */
    public static final String CAMPAIGN_PERFECT = "scope.campaign-perfect";

    private final List<ScopeCue> cues = ScopeCue.load();
    private final Set<String> campaignSubjects = words("campaign-subjects.txt");
    private final Set<String> dayWords = union(WordClass.DAY_WORDS, WordClass.DAY_UNITS, WordClass.WEEK_UNITS);
    private final Set<String> weekdays = Lexicon.english().weekdays().keySet();
    private final Lexicon lexicon = Lexicon.english();

    /**
     * The id of the cue that makes the figure at token {@code at} of {@code s} a background total, or empty when
     * it counts an incident.
     */
    public Optional<String> cue(Sentence s, int at) {
        List<Token> ts = s.tokens();
        BitSet clause = Clause.of(s, at);
        boolean incident = namesIncident(ts, clause);
        for (ScopeCue c : cues) {
            if (c.kind() == ScopeCue.Kind.PERIOD && incident) {
                continue;
            }
            for (int i = clause.nextSetBit(0); i >= 0; i = clause.nextSetBit(i + 1)) {
                int end = c.matchAt(ts, i);
                if (end > i && clause.get(end - 1)) {
                    return Optional.of(c.id());
                }
            }
        }
        if (s.isParsed() && campaignPerfect(s, Clause.predicate(s, at)) && !datedToDays(ts, clause)) {
            return Optional.of(CAMPAIGN_PERFECT);
        }
        return Optional.empty();
    }

    /** "the fighting has left", "attacks have killed", "the offensive, which has claimed": a war's running toll. */
    private boolean campaignPerfect(Sentence s, int predicate) {
        boolean perfect = false;
        boolean campaign = false;
        // "has left 3,000 people dead": the verb above the predicate adjective carries the tense and the subject
        List<Dependency> around = new java.util.ArrayList<>(s.dependentsOf(predicate));
        s.governorsOf(predicate).stream().filter(d -> d.relation().equals("xcomp") && d.governor() >= 0)
                .forEach(d -> around.addAll(s.dependentsOf(d.governor())));
        for (Dependency d : around) {
            Token t = s.tokens().get(d.dependent());
            perfect |= d.relation().equals("aux") && Words.lemma(t).equals("have");
            campaign |= d.relation().startsWith("nsubj") && campaignSubjects.contains(Words.lemma(t));
        }
        return perfect && campaign;
    }

    /** "an ambush", "the bombing": a single incident the clause names, which a month or a year only dates. */
    private boolean namesIncident(List<Token> ts, BitSet clause) {
        for (int i = clause.nextSetBit(0); i >= 0; i = clause.nextSetBit(i + 1)) {
            Token t = ts.get(i);
            if (t.pos().equals("NN") && lexicon.eventNoun(Words.lower(t)).filter(e -> !e.operation()).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** Whether the clause dates the figure to a day or a week ("on Tuesday", "overnight", "in the past week"). */
    private boolean datedToDays(List<Token> ts, BitSet clause) {
        for (int i = clause.nextSetBit(0); i >= 0; i = clause.nextSetBit(i + 1)) {
            String w = Words.lower(ts.get(i));
            if (dayWords.contains(w) || weekdays.contains(w) || w.equals("overnight")) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> union(WordClass... classes) {
        Lexicon lexicon = Lexicon.english();
        return java.util.Arrays.stream(classes).flatMap(c -> lexicon.words(c).stream()).collect(Collectors.toSet());
    }

    private static Set<String> words(String file) {
        return LexiconFile.read(BackgroundScope.class, file, 1).stream().map(l -> l.field(0).strip()).collect(Collectors.toUnmodifiableSet());
    }
}
