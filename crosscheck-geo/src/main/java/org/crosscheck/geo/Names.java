package org.crosscheck.geo;

import java.text.Normalizer;
import java.util.Locale;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;

/**
 * Spelling keys for place names. {@link #key} is the exact-match key (case, accents and punctuation folded);
 * {@link #skeleton} is a coarse key under which transliterations of one name meet (Mongchar and Mangochar
 * both give {@code mngcr}); {@link #similarity} scores two spellings so that vowel and near-consonant
 * differences cost little and anything else costs a full edit. Stateless, thread-safe.
 */
public final class Names {
    private Names() {
    }

    /** Lower case, ASCII-folded, apostrophes dropped, other punctuation as single spaces. */
    public static String key(String name) {
        String s = fold(name).toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                if (space && b.length() > 0) {
                    b.append(' ');
                }
                space = false;
                b.append(c);
            } else if (c == '\'' || c == '`') {
                // "Ma'arrat" and "Maarrat" are one name: the apostrophe marks a sound English drops.
                continue;
            } else {
                space = true;
            }
        }
        return b.toString();
    }

    /** Folds accents and ligatures to ASCII; characters without an ASCII form are kept. */
    public static String fold(String s) {
        boolean ascii = true;
        for (int i = 0; i < s.length() && ascii; i++) {
            ascii = s.charAt(i) < 128;
        }
        if (ascii) {
            return s;
        }
        String d = Normalizer.normalize(s, Normalizer.Form.NFC);
        char[] in = d.toCharArray();
        char[] out = new char[in.length * 4];
        int n = ASCIIFoldingFilter.foldToASCII(in, 0, out, 0, in.length);
        String folded = new String(out, 0, n);
        // curly quotes fold to ASCII ones; any combining marks left are dropped.
        return Normalizer.normalize(folded, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    }

    /** True when the name, once folded, is written in Latin letters: the only names an English text uses. */
    public static boolean isLatin(String name) {
        String f = fold(name);
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if (Character.isLetter(c) && c >= 128) {
                return false;
            }
        }
        return !f.isBlank();
    }

    /**
     * The consonant skeleton of a name: digraphs merged (kh→k, ph→f, gh→g, ch/sh kept as one sound), letters
     * that transliterations swap folded together (q/c/k, z/s, w/v, j/y), vowels dropped after the first letter,
     * doubled letters collapsed. Two spellings of one name in Latin transliteration share it far more often
     * than two different names do; it only selects candidates, {@link #similarity} decides.
     */
    public static String skeleton(String name) {
        String k = withoutArticles(key(name)).replace(" ", "");
        if (k.isEmpty()) {
            return k;
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < k.length(); i++) {
            char c = k.charAt(i);
            char next = i + 1 < k.length() ? k.charAt(i + 1) : 0;
            char m;
            if (next == 'h' && (c == 'k' || c == 'g' || c == 'p' || c == 'c' || c == 's' || c == 't' || c == 'd'
                    || c == 'z')) {
                m = switch (c) {
                    case 'k' -> 'k';
                    case 'g' -> 'g';
                    case 'p' -> 'f';
                    case 'c' -> 'C';
                    case 's' -> 'S';
                    case 'z' -> 'j';
                    default -> c;
                };
                i++;
            } else {
                boolean diphthong = c == 'w' && i > 0 && "aeiouw".indexOf(k.charAt(i - 1)) >= 0
                        && "aeiou".indexOf(next) < 0;
                m = switch (c) {
                    case 'q', 'c' -> 'k';
                    case 'z' -> 's';
                    // "aw" closing a syllable is a vowel: Talldaww and Teldau, Khowst and Khost.
                    case 'w' -> diphthong ? 'a' : 'v';
                    case 'y' -> i == 0 ? 'j' : 'a';
                    case 'h' -> i == 0 ? 'h' : 0;
                    default -> c;
                };
            }
            if (m == 0) {
                continue;
            }
            boolean vowel = "aeiou".indexOf(m) >= 0;
            if (vowel && b.length() > 0) {
                continue;
            }
            if (vowel) {
                m = 'a';
            }
            if (b.length() > 0 && b.charAt(b.length() - 1) == m) {
                continue;
            }
            b.append(m);
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }

    /** Arabic articles that transliterations write apart or assimilate: "el", "ez", "ash"… */
    private static final java.util.Set<String> ARTICLES = java.util.Set.of("al", "el", "ul", "il", "ad", "ed", "ar",
            "er", "as", "es", "at", "et", "az", "ez", "an", "en", "ash", "esh", "adh", "ath", "ud", "ur", "us", "ut",
            "uz", "un", "ush");

    /**
     * A name written after its Arabic article in lower case and a hyphen ("el-Fasher", "al-Tanf"): capitalised as
     * far as English is concerned.
     */
    static boolean articleThenName(String word) {
        int h = word.indexOf('-');
        return h > 0 && h + 1 < word.length() && ARTICLES.contains(word.substring(0, h))
                && Character.isUpperCase(word.codePointAt(h + 1));
    }

    /**
     * A key without the Arabic article where it stands as a word of a longer name: "Deir ez-Zor" and "Dir el
     * Zour" both give "deir zor"/"dir zour", since transliterations write the article as the next consonant
     * sounds ("ez-Zor", "ash-Sham") or not at all ("al Qaim" and "Qaim" meet too). A name left shorter than
     * three letters keeps its article.
     */
    static String withoutArticles(String key) {
        String[] words = key.split(" ");
        if (words.length < 2) {
            return key;
        }
        StringBuilder b = new StringBuilder();
        for (String w : words) {
            if (!ARTICLES.contains(w)) {
                if (b.length() > 0) {
                    b.append(' ');
                }
                b.append(w);
            }
        }
        return b.length() >= 3 ? b.toString() : key;
    }

    /**
     * Similarity of two spellings in [0,1]: 1 minus a weighted edit distance over the keys, divided by the longer
     * length. Vowel for vowel, a vowel inserted or dropped, an 'h' after a consonant, a doubled letter made
     * single or the reverse (Talldaww, Teldau), and letters that transliterations swap (k/q/c, s/z, v/w, u/w,
     * i/y/j) cost 0.3; any other edit costs 1.
     */
    public static double similarity(String a, String b) {
        String x = key(a).replace(" ", "");
        String y = key(b).replace(" ", "");
        if (x.equals(y)) {
            return 1.0;
        }
        int n = x.length();
        int m = y.length();
        if (n == 0 || m == 0) {
            return 0.0;
        }
        double[] prev = new double[m + 1];
        double[] cur = new double[m + 1];
        for (int j = 1; j <= m; j++) {
            prev[j] = prev[j - 1] + indelCost(y, j - 1);
        }
        for (int i = 1; i <= n; i++) {
            char ci = x.charAt(i - 1);
            cur[0] = prev[0] + indelCost(x, i - 1);
            for (int j = 1; j <= m; j++) {
                char cj = y.charAt(j - 1);
                double sub = prev[j - 1] + substCost(ci, cj);
                double del = prev[j] + indelCost(x, i - 1);
                double ins = cur[j - 1] + indelCost(y, j - 1);
                cur[j] = Math.min(sub, Math.min(del, ins));
            }
            double[] t = prev;
            prev = cur;
            cur = t;
        }
        return Math.max(0.0, 1.0 - prev[m] / Math.max(n, m));
    }

    private static boolean isVowel(char c) {
        return "aeiouy".indexOf(c) >= 0;
    }

    /** Cost of inserting or dropping the letter at {@code i} of {@code s}: cheap for a vowel, 'h', a double. */
    private static double indelCost(String s, int i) {
        char c = s.charAt(i);
        boolean doubled = i > 0 && s.charAt(i - 1) == c || i + 1 < s.length() && s.charAt(i + 1) == c;
        return isVowel(c) || c == 'h' || c == '-' || doubled ? 0.3 : 1.0;
    }

    private static double substCost(char a, char b) {
        if (a == b) {
            return 0;
        }
        if (isVowel(a) && isVowel(b)) {
            return 0.3;
        }
        String[] groups = {"kqc", "sz", "vw", "uw", "iyj", "td", "pb"};
        for (String g : groups) {
            if (g.indexOf(a) >= 0 && g.indexOf(b) >= 0) {
                return 0.3;
            }
        }
        return 1.0;
    }
}
