package org.crosscheck.geo;

import static org.crosscheck.geo.PlaceWords.LIST_LEADS;
import static org.crosscheck.geo.SentenceTags.isCapitalised;
import static org.crosscheck.geo.SentenceTags.isProperNoun;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.crosscheck.text.Token;

/**
 * Lists of names: every member of a list that holds a toponym is a toponym ("Mongchar, Khazeena, Johan and Kuhak",
 * whatever the NER said of Johan), unless a member is a demonym or the list pairs people's names; a list led by
 * "X, including" lies inside X ("across Kalat, including Mongchar and Johan"). Stateless.
 */
final class Lists {
    private Lists() {
    }

    /** Adds the untagged members of every list in {@code st} that holds a toponym. */
    static void tag(SentenceTags st, LuceneGazetteer gazetteer) {
        List<Token> ts = st.ts;
        String body = st.body;
        Toponym[] at = st.at;
        boolean[] taken = st.taken;
        int n = ts.size();
        int i = 0;
        while (i < n) {
            List<int[]> members = new ArrayList<>();
            int k = i;
            int listStart = i;
            while (k < n) {
                int a = k;
                int b = a;
                while (b < n && isCapitalised(ts.get(b)) && !ts.get(b).ner().equals("ORGANIZATION")
                        && !ts.get(b).ner().equals("DATE") && (isProperNoun(ts.get(b)) || at[b] != null)) {
                    b++;
                }
                if (b == a || b - a > 3) {
                    break;
                }
                members.add(new int[] {a, b});
                if (b < n && ts.get(b).word().equals(",")) {
                    k = b + 1;
                    if (k < n && (ts.get(k).word().equals("and") || ts.get(k).word().equals("or"))) {
                        k++;
                    }
                } else if (b < n && (ts.get(b).word().equals("and") || ts.get(b).word().equals("or"))) {
                    k = b + 1;
                } else {
                    break;
                }
            }
            if (members.size() >= 3 || members.size() == 2 && hasConjunction(ts, members)) {
                boolean anyPlace = false;
                boolean anyPersonPair = false;
                for (int[] m : members) {
                    anyPlace |= at[m[0]] != null;
                    anyPersonPair |= m[1] - m[0] > 1 && ts.get(m[0]).ner().equals("PERSON");
                }
                if (anyPlace && !anyPersonPair) {
                    int enclosing = enclosingBefore(ts, listStart, at);
                    for (int[] m : members) {
                        String member = body.substring(ts.get(m[0]).start(), ts.get(m[1] - 1).end());
                        if (at[m[0]] == null && !taken[m[0]] && gazetteer.demonymPlace(member) == null
                                && !(members.size() == 2 && ts.get(m[0]).ner().equals("PERSON"))) {
                            st.add(m[0], m[1], EnumSet.of(Toponym.Cue.LIST), enclosing);
                        } else if (at[m[0]] != null && enclosing >= 0 && at[m[0]].enclosingStart() < 0
                                && at[m[0]].start() != enclosing) {
                            st.placeInside(at[m[0]], enclosing);
                        }
                    }
                }
            }
            i = Math.max(i + 1, k);
        }
    }

    private static boolean hasConjunction(List<Token> ts, List<int[]> members) {
        int b = members.get(0)[1];
        return b < ts.size() && (ts.get(b).word().equals("and") || ts.get(b).word().equals("or"));
    }

    /** "across Kalat, including A, B": the start of Kalat for a list at {@code listStart}, or -1. */
    private static int enclosingBefore(List<Token> ts, int listStart, Toponym[] at) {
        int p = listStart - 1;
        if (p >= 0 && LIST_LEADS.contains(ts.get(p).word().toLowerCase(Locale.ROOT))) {
            p--;
            if (p >= 0 && ts.get(p).word().equals(",")) {
                p--;
            }
            if (p >= 0 && at[p] != null) {
                return at[p].start();
            }
        }
        return -1;
    }
}
