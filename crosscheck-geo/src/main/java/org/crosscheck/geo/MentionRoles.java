package org.crosscheck.geo;

import static org.crosscheck.geo.PlaceWords.COMPARISON_LEADS;
import static org.crosscheck.geo.PlaceWords.SOURCE_LEADS;
import static org.crosscheck.geo.PlaceWords.STANCE_VERBS;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.crosscheck.model.MentionRole;
import org.crosscheck.model.Place;
import org.crosscheck.model.Span;
import org.crosscheck.text.AnnotatedText;
import org.crosscheck.text.Sentence;
import org.crosscheck.text.Token;

/**
 * What a place mention does when it does not say where something happened, read from the words around it:
 * <ul>
 *   <li>a comparison: "a crowded place like Sydney", "unlike Mosul", "bigger than Gaza", "compared with Aleppo";</li>
 *   <li>where a source speaks from: "sources in Florencia said…", "told reporters in Kabul", "speaking from Geneva";</li>
 *   <li>a country or capital as the subject of a stance verb, standing for its government: "Delhi has repeatedly
 *       denied…", "Washington said", "Kabul accused…".</li>
 * </ul>
 * Stateless, thread-safe.
 */
final class MentionRoles {
    /** Auxiliaries and adverbs between a subject and its verb: "has repeatedly denied", "also said". */
    private static final Set<String> BETWEEN = Set.of("has", "have", "had", "was", "is", "also", "again", "later",
            "repeatedly", "strongly", "previously", "swiftly", "quickly", "on", "then");

    private MentionRoles() {
    }

    static Map<Span, MentionRole> of(AnnotatedText text, List<Place> places) {
        Map<Span, MentionRole> out = new HashMap<>();
        for (Place p : places) {
            for (Span m : p.mentions()) {
                MentionRole r = role(text, m);
                if (r != null) {
                    out.put(m, r);
                }
            }
        }
        return out;
    }

    private static MentionRole role(AnnotatedText text, Span m) {
        for (Sentence s : text.sentences()) {
            if (m.start() < s.start() || m.start() > s.end()) {
                continue;
            }
            List<Token> ts = s.tokens();
            int first = -1;
            int last = -1;
            for (int k = 0; k < ts.size(); k++) {
                if (ts.get(k).start() >= m.start() && ts.get(k).end() <= m.end()) {
                    first = first < 0 ? k : first;
                    last = k;
                }
            }
            if (first < 0) {
                return null;
            }
            return role(ts, first, last);
        }
        return null;
    }

    static MentionRole role(List<Token> ts, int first, int last) {
        String prev = lower(ts, first - 1);
        String prev2 = lower(ts, first - 2) + " " + prev;
        if (COMPARISON_LEADS.contains(prev) || COMPARISON_LEADS.contains(prev2)) {
            return MentionRole.COMPARISON;
        }
        if ((prev.equals("in") || prev.equals("from")) && SOURCE_LEADS.contains(lower(ts, first - 2))) {
            return MentionRole.SOURCE;
        }
        boolean subject = first == 0 || !Character.isLowerCase(ts.get(first - 1).word().charAt(0))
                || Set.of("but", "and", "while", "as", "that").contains(prev) || ts.get(first - 1).word().equals(",");
        int k = last + 1;
        for (int skip = 0; skip < 3 && BETWEEN.contains(lower(ts, k)); skip++) {
            k++;
        }
        if (subject && STANCE_VERBS.contains(lower(ts, k)) && k > last) {
            return MentionRole.GOVERNMENT;
        }
        return null;
    }

    private static String lower(List<Token> ts, int k) {
        return k >= 0 && k < ts.size() ? ts.get(k).word().toLowerCase(Locale.ROOT) : "";
    }
}
