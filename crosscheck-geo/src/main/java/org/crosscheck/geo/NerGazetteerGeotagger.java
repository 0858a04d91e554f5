package org.crosscheck.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.crosscheck.text.AnnotatedText;
import org.crosscheck.text.Sentence;
import org.crosscheck.text.Token;

/**
 * Finds toponyms from the NER labels and the gazetteer together. LOCATION mentions are toponyms (stretched
 * over a following capitalised word the NER left out: "Khazeena Soro"); a capitalised name the gazetteer knows
 * is one where English puts places ("in X", "near X", "X district"); a name the gazetteer lacks is one after a
 * locative preposition; every member of a list holding a toponym is one ("Mongchar, Khazeena, Johan and
 * Kuhak", whatever the NER said of Johan); a dateline ("QUETTA:") is one. Demonyms and names inside
 * organisation names are toponyms only under a policy that counts them, but always tell the resolver which
 * countries the text is about. Thread-safe: holds only the (thread-safe) gazetteer and an immutable policy.
 */
public final class NerGazetteerGeotagger implements Geotagger {
    private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "from", "to", "across", "around",
            "outside", "into", "towards", "toward", "through", "throughout", "between", "within", "inside",
            "via", "nearby", "entered", "reached", "visited", "of");
    private static final Set<String> STRONG_LOCATIVE = Set.of("in", "near", "outside", "across", "throughout",
            "inside", "around", "within");
    private static final Set<String> NEAR = Set.of("near", "outside", "nearby", "around");
    private static final Set<String> DIVISION_WORDS = Set.of("district", "province", "region", "governorate",
            "county", "state", "division", "tehsil", "area", "city", "town", "village", "valley", "oblast",
            "prefecture", "parish", "municipality", "subdistrict");
    private static final Set<String> LIST_LEADS = Set.of("including", "includes", "include", "like", "namely");
    private static final Set<String> DATELINE_END = Set.of(":", ",", "-", "--", "—", "–", "(", "-LRB-");

    private final LuceneGazetteer gazetteer;
    private final TaggingPolicy policy;

    public NerGazetteerGeotagger(LuceneGazetteer gazetteer, TaggingPolicy policy) {
        this.gazetteer = Objects.requireNonNull(gazetteer);
        this.policy = Objects.requireNonNull(policy);
    }

    @Override
    public TaggedText tag(AnnotatedText text) {
        List<Toponym> found = new ArrayList<>();
        Set<String> countries = new HashSet<>();
        for (Sentence s : text.sentences()) {
            tagSentence(text, s, found, countries);
        }
        found.sort(Comparator.comparingInt(Toponym::start).thenComparing(t -> -t.text().length()));
        List<Toponym> out = new ArrayList<>();
        int lastEnd = -1;
        for (Toponym t : found) {
            if (t.start() >= lastEnd) {
                out.add(t);
                lastEnd = t.end();
            }
        }
        return new TaggedText(text, out, countries);
    }

    private void tagSentence(AnnotatedText text, Sentence s, List<Toponym> out, Set<String> countries) {
        List<Token> ts = s.tokens();
        int n = ts.size();
        Toponym[] at = new Toponym[n];
        boolean[] taken = new boolean[n];
        String body = text.text();

        if (s.index() == 0) {
            int end = dateline(ts);
            if (end > 0) {
                String name = body.substring(ts.get(0).start(), ts.get(end - 1).end());
                if (gazetteer.hasName(name)) {
                    add(out, at, taken, ts, 0, end, body, EnumSet.of(Toponym.Cue.DATELINE), -1);
                }
            }
        }

        int i = 0;
        while (i < n) {
            Token t = ts.get(i);
            String label = t.ner();
            int j = i;
            while (j + 1 < n && ts.get(j + 1).ner().equals(label) && !label.equals(Token.NO_ENTITY)) {
                j++;
            }
            if (taken[i]) {
                i = j + 1;
                continue;
            }
            switch (label) {
                case "LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE" -> {
                    int end = j + 1;
                    // The NER often stops short of a two-word village name ("Khazeena Soro").
                    while (end < n && isCapitalised(ts.get(end)) && ts.get(end).ner().equals(Token.NO_ENTITY)
                            && isProperNoun(ts.get(end)) && ts.get(end).start() == ts.get(end - 1).end() + 1) {
                        end++;
                    }
                    boolean inOrg = end < n && ts.get(end).ner().equals("ORGANIZATION")
                            && ts.get(end).start() == ts.get(end - 1).end() + 1;
                    String name = body.substring(t.start(), ts.get(end - 1).end());
                    if (inOrg && !policy.embedded()) {
                        // Context only: a toponym's own country is the resolver's to weigh, never its own context.
                        noteCountry(name, countries);
                    }
                    if (!inOrg || policy.embedded()) {
                        EnumSet<Toponym.Cue> cues = EnumSet.of(Toponym.Cue.NER);
                        if (inOrg) {
                            cues.add(Toponym.Cue.EMBEDDED);
                        }
                        add(out, at, taken, ts, i, end, body, cues, -1);
                    }
                    i = end;
                    continue;
                }
                case "NATIONALITY", "MISC" -> {
                    String name = body.substring(t.start(), ts.get(j).end());
                    String cc = gazetteer.demonymCountry(name);
                    if (cc != null || gazetteer.demonymPlace(name) != null) {
                        if (cc != null) {
                            countries.add(cc);
                        }
                        if (policy.demonyms()) {
                            add(out, at, taken, ts, i, j + 1, body, EnumSet.of(Toponym.Cue.DEMONYM), -1);
                        }
                    } else if (policy.demonyms() && j == i && isCountryOrDivision(name)) {
                        add(out, at, taken, ts, i, j + 1, body, EnumSet.of(Toponym.Cue.NER), -1);
                    }
                }
                case "ORGANIZATION" -> embedded(ts, i, j, body, out, at, taken, countries);
                default -> {
                }
            }
            i = j + 1;
        }

        gazetteerMatches(ts, body, out, at, taken, countries);
        lists(ts, body, out, at, taken);
    }

    /** End (exclusive) of an all-capitals dateline at the head of the text, or 0. */
    private static int dateline(List<Token> ts) {
        int k = 0;
        while (k < ts.size() && k < 4 && isAllCaps(ts.get(k).word())) {
            k++;
        }
        if (k == 0 || k >= ts.size()) {
            return 0;
        }
        return DATELINE_END.contains(ts.get(k).word()) ? k : 0;
    }

    /** Names of places inside an organisation's name: context always, toponyms under the policy. */
    private void embedded(List<Token> ts, int i, int j, String body, List<Toponym> out, Toponym[] at,
                          boolean[] taken, Set<String> countries) {
        for (int a = i; a <= j; a++) {
            if (!isCapitalised(ts.get(a))) {
                continue;
            }
            for (int b = Math.min(j + 1, a + 3); b > a; b--) {
                String name = body.substring(ts.get(a).start(), ts.get(b - 1).end());
                String cc = gazetteer.demonymCountry(name);
                if (cc != null) {
                    countries.add(cc);
                    if (policy.demonyms()) {
                        add(out, at, taken, ts, a, b, body, EnumSet.of(Toponym.Cue.DEMONYM), -1);
                    }
                    a = b - 1;
                    break;
                }
                if (gazetteer.hasPrimaryName(name) && isNotable(name)) {
                    if (policy.embedded()) {
                        add(out, at, taken, ts, a, b, body, EnumSet.of(Toponym.Cue.EMBEDDED), -1);
                    } else {
                        noteCountry(name, countries);
                    }
                    a = b - 1;
                    break;
                }
            }
        }
    }

    /** Capitalised words the NER left unlabelled that the gazetteer knows, where English puts places. */
    private void gazetteerMatches(List<Token> ts, String body, List<Toponym> out, Toponym[] at, boolean[] taken,
                                  Set<String> countries) {
        int n = ts.size();
        for (int i = 0; i < n; i++) {
            String prev = i > 0 ? ts.get(i - 1).word().toLowerCase(Locale.ROOT) : "";
            // The NER takes rare place names for people ("across Kalat"); after "in"/"across" the gazetteer decides.
            String label = ts.get(i).ner();
            boolean person = label.equals("PERSON") && STRONG_LOCATIVE.contains(prev);
            if (taken[i] || !isCapitalised(ts.get(i)) || !(label.equals(Token.NO_ENTITY) || person)
                    || !isProperNoun(ts.get(i))) {
                continue;
            }
            int maxEnd = i;
            while (maxEnd < n && maxEnd < i + 4 && !taken[maxEnd] && isCapitalised(ts.get(maxEnd))
                    && ts.get(maxEnd).ner().equals(label) && isProperNoun(ts.get(maxEnd))) {
                maxEnd++;
            }
            String next = maxEnd < n ? ts.get(maxEnd).word().toLowerCase(Locale.ROOT) : "";
            boolean locative = LOCATIVE.contains(prev);
            boolean division = DIVISION_WORDS.contains(next);
            for (int end = maxEnd; end > i; end--) {
                String name = body.substring(ts.get(i).start(), ts.get(end - 1).end());
                if (name.length() < 3 || isAllCaps(name)) {
                    continue;
                }
                boolean known = gazetteer.hasName(name);
                boolean notable = known && isCountryOrDivision(name);
                EnumSet<Toponym.Cue> cues = EnumSet.noneOf(Toponym.Cue.class);
                if (person && end != maxEnd) {
                    continue;
                }
                if (known && (locative || division && end == maxEnd || notable)) {
                    cues.add(Toponym.Cue.GAZETTEER);
                } else if (!known && !person && end == maxEnd && i > 0 && STRONG_LOCATIVE.contains(prev)) {
                    cues.add(Toponym.Cue.LOCATIVE);
                } else {
                    continue;
                }
                add(out, at, taken, ts, i, end, body, cues, -1);
                i = end - 1;
                break;
            }
        }
    }

    /** Every member of a list that holds a toponym is a toponym; a list led by "X, including" is inside X. */
    private void lists(List<Token> ts, String body, List<Toponym> out, Toponym[] at, boolean[] taken) {
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
                        if (at[m[0]] == null && !taken[m[0]]) {
                            add(out, at, taken, ts, m[0], m[1], body, EnumSet.of(Toponym.Cue.LIST), enclosing);
                        } else if (at[m[0]] != null && enclosing >= 0 && at[m[0]].enclosingStart() < 0
                                && at[m[0]].start() != enclosing) {
                            Toponym old = at[m[0]];
                            Toponym moved = new Toponym(old.start(), old.end(), old.text(), old.cues(), enclosing);
                            out.set(out.indexOf(old), moved);
                            for (int x = m[0]; x < m[1]; x++) {
                                at[x] = moved;
                            }
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

    private void add(List<Toponym> out, Toponym[] at, boolean[] taken, List<Token> ts, int from, int to,
                     String body, Set<Toponym.Cue> cues, int enclosing) {
        for (int x = from; x < to; x++) {
            if (taken[x]) {
                return;
            }
        }
        EnumSet<Toponym.Cue> all = EnumSet.noneOf(Toponym.Cue.class);
        all.addAll(cues);
        if (to < ts.size() && DIVISION_WORDS.contains(ts.get(to).word().toLowerCase(Locale.ROOT))
                && !ts.get(to).word().equals("City") && Character.isLowerCase(ts.get(to).word().charAt(0))) {
            all.add(Toponym.Cue.DIVISION);
        }
        if (from > 0 && NEAR.contains(ts.get(from - 1).word().toLowerCase(Locale.ROOT))) {
            all.add(Toponym.Cue.NEAR);
        }
        int start = ts.get(from).start();
        int end = ts.get(to - 1).end();
        Toponym t = new Toponym(start, end, body.substring(start, end), all, enclosing);
        out.add(t);
        for (int x = from; x < to; x++) {
            at[x] = t;
            taken[x] = true;
        }
    }

    private void noteCountry(String name, Set<String> countries) {
        for (GazetteerEntry e : gazetteer.lookup(name, 3)) {
            if (e.kind() == GazetteerEntry.Kind.COUNTRY && Names.key(e.name()).equals(Names.key(name))) {
                countries.add(e.country());
            }
        }
    }

    private boolean isCountryOrDivision(String name) {
        for (GazetteerEntry e : gazetteer.lookup(name, 3)) {
            if (e.kind() == GazetteerEntry.Kind.COUNTRY || e.kind() == GazetteerEntry.Kind.ADMIN1) {
                return true;
            }
        }
        return false;
    }

    /** A country, a first-level division or a city of 100,000: names an organisation borrows from a place. */
    private boolean isNotable(String name) {
        for (GazetteerEntry e : gazetteer.lookup(name, 3)) {
            if (e.kind() == GazetteerEntry.Kind.COUNTRY || e.kind() == GazetteerEntry.Kind.ADMIN1
                    || e.population() >= 100_000) {
                return true;
            }
        }
        return false;
    }

    private static boolean isCapitalised(Token t) {
        String w = t.word();
        return !w.isEmpty() && Character.isUpperCase(w.codePointAt(0));
    }

    /** Proper noun by its tag; hand-made texts without tags count every capitalised word. */
    private static boolean isProperNoun(Token t) {
        return t.pos().isEmpty() || t.pos().startsWith("NNP");
    }

    private static boolean isAllCaps(String w) {
        boolean letter = false;
        for (int k = 0; k < w.length(); k++) {
            char c = w.charAt(k);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letter |= Character.isLetter(c);
        }
        return letter;
    }
}
