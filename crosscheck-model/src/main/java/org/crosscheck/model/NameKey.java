package org.crosscheck.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one comparison key for names of actors, places and filter values, used by every module: a small chain in
 * the manner of a Lucene analyzer — fold to ASCII (accents, ligatures and the letters without a decomposition),
 * lower case, drop apostrophes ("Ma'arrat" is "Maarrat"), a possessive "'s", every other non-alphanumeric run
 * becomes one space, and a leading English article goes ("the Army" is "army"). Stateless and thread-safe.
 */
public final class NameKey {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern POSSESSIVE = Pattern.compile("['’`]s\\b");
    private static final Pattern APOSTROPHES = Pattern.compile("['’‘`ʼʻ]");
    private static final Pattern OTHER = Pattern.compile("[^a-z0-9\\p{L}\\p{N}]+");
    private static final Pattern ARTICLE = Pattern.compile("^(?:the|a|an) (?=\\S)");

    private NameKey() {
    }

    /** The key of {@code name}; the empty string for {@code null} or a name without letters or digits. */
    public static String of(String name) {
        if (name == null || name.isEmpty()) {
            return "";
        }
        String s = fold(name).toLowerCase(Locale.ROOT);
        s = POSSESSIVE.matcher(s).replaceAll("");
        s = APOSTROPHES.matcher(s).replaceAll("");
        s = OTHER.matcher(s).replaceAll(" ").strip();
        return ARTICLE.matcher(s).replaceFirst("");
    }

    /** True when both names have the same non-empty key. */
    public static boolean same(String a, String b) {
        String k = of(a);
        return !k.isEmpty() && k.equals(of(b));
    }

    /**
     * Folds accents and ligatures to ASCII where a letter has an ASCII form ("Çorum" to "Corum", "Łódź" to
     * "Lodz", "Æ" to "AE"); letters of other scripts are kept as they are.
     */
    public static String fold(String s) {
        boolean ascii = true;
        for (int i = 0; i < s.length() && ascii; i++) {
            ascii = s.charAt(i) < 128;
        }
        if (ascii) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        String decomposed = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFKD)).replaceAll("");
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            b.append(switch (c) {
                case 'ß' -> "ss";
                case 'æ' -> "ae";
                case 'Æ' -> "AE";
                case 'œ' -> "oe";
                case 'Œ' -> "OE";
                case 'ø' -> "o";
                case 'Ø' -> "O";
                case 'ł' -> "l";
                case 'Ł' -> "L";
                case 'đ', 'ð' -> "d";
                case 'Đ', 'Ð' -> "D";
                case 'þ' -> "th";
                case 'Þ' -> "Th";
                case 'ı' -> "i";
                case '‘', '’', 'ʼ', 'ʻ' -> "'";
                case '“', '”' -> "\"";
                case '‐', '‑', '‒', '–', '—' -> "-";
                default -> String.valueOf(c);
            });
        }
        return b.toString();
    }
}
