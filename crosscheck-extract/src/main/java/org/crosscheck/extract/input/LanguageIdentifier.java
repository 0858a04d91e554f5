package org.crosscheck.extract.input;

import java.lang.Character.UnicodeScript;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.crosscheck.model.UnreadableReportException;

/**
 * Tells whether a report is in English, without any library: first by script (a text whose letters are mostly
 * Arabic, Cyrillic, Han… cannot be English), then, for Latin-script text, by the share of its words that are
 * function words ("stopwords") of each of a dozen languages. Function words make up a third to a half of running
 * text in every one of these languages and are nearly disjoint between them, so a few dozen words decide.
 *
 * <p>It leans towards English: a Latin-script text is called something else only when it has enough words, that
 * language's function words are frequent in it, and they clearly outnumber English ones. An English report
 * quoting a French slogan or listing Pashto place names stays English. Thread-safe (immutable).
 */
public final class LanguageIdentifier {
    /** Fewer words than this in Latin script: too little to call a text anything but English. */
    static final int MIN_WORDS = 12;
    /** The winning language's function words must be at least this share of the words... */
    static final double MIN_SHARE = 0.12;
    /** ...and this many times the English share. */
    static final double MIN_RATIO = 2.0;
    /** Letters sampled: enough to decide, bounded so a long report costs microseconds. */
    private static final int MAX_CHARS = 20_000;

    /** Function words per language (ISO 639-1 code), lower case. Words shared with English are left out. */
    static final Map<String, Set<String>> STOPWORDS = new LinkedHashMap<>();

    static {
        STOPWORDS.put("en", Set.of("the", "of", "and", "to", "in", "a", "is", "was", "that", "for", "on", "with",
                "as", "by", "at", "from", "it", "he", "his", "were", "are", "have", "has", "had", "been", "said",
                "which", "this", "they", "their", "after", "an", "or", "not", "but", "who", "also", "its", "be",
                "will", "would", "there", "when", "more", "than", "into", "we", "she", "her", "them", "about"));
        STOPWORDS.put("fr", Set.of("le", "la", "les", "des", "du", "un", "une", "et", "est", "dans", "pour", "que",
                "qui", "sur", "pas", "par", "au", "aux", "avec", "ce", "cette", "ces", "sont", "il", "elle", "ont",
                "été", "leur", "mais", "ou", "où", "se", "sa", "son", "ses", "nous", "vous", "ils", "selon", "après",
                "avait", "était", "lors", "depuis", "entre", "contre", "deux", "très", "aussi", "comme"));
        STOPWORDS.put("es", Set.of("el", "la", "los", "las", "de", "del", "y", "que", "en", "un", "una", "por",
                "con", "para", "es", "se", "su", "sus", "al", "lo", "como", "más", "fue", "ha", "han", "pero", "este",
                "esta", "según", "entre", "sobre", "también", "dijo", "fueron", "muertos", "hasta", "desde", "donde",
                "cuando", "porque", "muy", "sin", "ya", "otros", "tras"));
        STOPWORDS.put("pt", Set.of("o", "os", "de", "do", "da", "dos", "das", "e", "que", "em", "na",
                "nos", "nas", "um", "uma", "para", "com", "por", "não", "foi", "são", "ao", "à", "pelo", "pela",
                "mais", "como", "mas", "ele", "ela", "seu", "sua", "também", "segundo", "entre", "após", "disse",
                "foram", "está", "já", "quando", "sobre"));
        STOPWORDS.put("it", Set.of("il", "lo", "la", "gli", "le", "di", "del", "della", "dei", "delle", "che", "e",
                "è", "un", "una", "per", "con", "non", "nel", "nella", "sono", "ha", "hanno", "anche", "come", "più",
                "ma", "dopo", "secondo", "tra", "fra", "stato", "stata", "alla", "al", "ai", "degli", "dal", "dalla",
                "questo", "questa", "loro", "sulla", "sul"));
        STOPWORDS.put("de", Set.of("der", "die", "das", "und", "ist", "den", "dem", "des", "ein", "eine", "einen",
                "nicht", "mit", "sich", "auf", "für", "von", "zu", "im", "auch", "es", "sie", "wurde", "wurden",
                "nach", "bei", "aus", "wie", "sind", "hat", "haben", "oder", "aber", "noch", "nur", "einer", "eines",
                "dass", "zum", "zur", "vom", "über", "laut", "seien", "sei"));
        STOPWORDS.put("nl", Set.of("de", "het", "een", "en", "van", "dat", "die", "op", "te", "met", "voor",
                "zijn", "niet", "aan", "er", "ook", "als", "bij", "door", "werd", "worden", "wordt", "naar", "uit",
                "heeft", "hebben", "nog", "maar", "om", "dan", "over", "tegen", "volgens", "zich", "haar", "hun"));
        STOPWORDS.put("tr", Set.of("ve", "bir", "bu", "da", "de", "için", "ile", "olarak", "olan", "çok", "daha",
                "en", "ama", "gibi", "sonra", "kadar", "göre", "ancak", "şu", "ki", "mi", "ne", "o", "hem", "veya",
                "tarafından", "oldu", "olduğu", "yapılan", "ise", "değil"));
        STOPWORDS.put("id", Set.of("yang", "dan", "di", "ke", "dari", "ini", "itu", "dengan", "untuk", "tidak",
                "dalam", "akan", "pada", "juga", "ada", "oleh", "adalah", "sebagai", "mereka", "telah", "karena",
                "atau", "saat", "kata", "bahwa", "tersebut", "orang", "sudah", "setelah", "bisa"));
        STOPWORDS.put("sw", Set.of("na", "wa", "ya", "kwa", "za", "katika", "ni", "la", "cha", "kuwa", "hiyo",
                "huo", "hicho", "vya", "pia", "lakini", "watu", "baada", "kama", "hilo", "ambao", "ambayo", "hadi",
                "kutoka", "hao", "wao"));
        STOPWORDS.put("pl", Set.of("i", "w", "na", "z", "się", "nie", "że", "jest", "o", "jak", "po",
                "od", "za", "przez", "ale", "dla", "czy", "jego", "jej", "ich", "został", "została", "zostało", "już",
                "oraz", "który", "która", "które", "tym", "tak", "był", "była", "było", "są"));
        STOPWORDS.put("sv", Set.of("och", "att", "det", "som", "en", "på", "är", "av", "för", "med", "till", "den",
                "har", "de", "inte", "om", "ett", "var", "sig", "men", "vid", "efter", "också", "enligt", "eller",
                "från", "hade", "där", "när", "ska", "skulle"));
        STOPWORDS.put("so", Set.of("iyo", "ee", "ka", "ku", "uu", "ayaa", "waxaa", "oo", "la", "ay", "kale",
                "kuwa", "ah", "u", "soo", "aan", "waa", "ugu", "kala"));
    }

    /** The outcome of one identification. {@code code} is an ISO 639-1 code or a script name in lower case. */
    public record Result(String code, boolean english, String reason) {
    }

    /** Identifies the language of {@code text}; English unless the evidence says otherwise. */
    public Result identify(String text) {
        String sample = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        Map<UnicodeScript, Integer> scripts = new EnumMap<>(UnicodeScript.class);
        int letters = 0;
        for (int i = 0; i < sample.length(); ) {
            int cp = sample.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                letters++;
                scripts.merge(UnicodeScript.of(cp), 1, Integer::sum);
            }
        }
        if (letters == 0) {
            return new Result("en", true, "no letters");
        }
        UnicodeScript top = UnicodeScript.LATIN;
        int topCount = 0;
        for (Map.Entry<UnicodeScript, Integer> e : scripts.entrySet()) {
            if (e.getValue() > topCount) {
                top = e.getKey();
                topCount = e.getValue();
            }
        }
        int latin = scripts.getOrDefault(UnicodeScript.LATIN, 0);
        if (top != UnicodeScript.LATIN && topCount > latin) {
            String code = scriptLanguage(top, sample);
            return new Result(code, false, String.format(Locale.ROOT, "%d%% of its letters are %s script",
                    Math.round(100.0 * topCount / letters), top.name().toLowerCase(Locale.ROOT)));
        }
        return latinLanguage(sample);
    }

    /**
     * @throws UnreadableReportException "not English (detected: fr)" when the text is identified as another
     *                                    language
     */
    public void requireEnglish(String text) {
        Result r = identify(text);
        if (!r.english()) {
            throw new UnreadableReportException("not English (detected: " + r.code() + "; " + r.reason() + ")");
        }
    }

    private static Result latinLanguage(String text) {
        String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{M}']+");
        Map<String, Integer> hits = new LinkedHashMap<>();
        int n = 0;
        for (String w : words) {
            if (w.isEmpty()) {
                continue;
            }
            n++;
            for (Map.Entry<String, Set<String>> e : STOPWORDS.entrySet()) {
                if (e.getValue().contains(w)) {
                    hits.merge(e.getKey(), 1, Integer::sum);
                }
            }
        }
        if (n < MIN_WORDS) {
            return new Result("en", true, "too few words to tell (" + n + ")");
        }
        String best = "en";
        int bestHits = hits.getOrDefault("en", 0);
        for (Map.Entry<String, Integer> e : hits.entrySet()) {
            if (e.getValue() > bestHits) {
                best = e.getKey();
                bestHits = e.getValue();
            }
        }
        int en = hits.getOrDefault("en", 0);
        double share = (double) bestHits / n;
        if (!best.equals("en") && share >= MIN_SHARE && bestHits >= MIN_RATIO * en) {
            return new Result(best, false, String.format(Locale.ROOT,
                    "%d%% of its %d words are %s function words, %d%% English ones",
                    Math.round(100 * share), n, best, Math.round(100.0 * en / n)));
        }
        return new Result("en", true, String.format(Locale.ROOT, "%d%% English function words",
                Math.round(100.0 * en / n)));
    }

    /** The language most likely written in a non-Latin script, or the script's name when it serves many. */
    private static String scriptLanguage(UnicodeScript script, String text) {
        return switch (script) {
            case ARABIC -> arabicScriptLanguage(text);
            case CYRILLIC -> containsAny(text, "іїєґІЇЄҐ") ? "uk" : "ru";
            case GREEK -> "el";
            case HEBREW -> "he";
            case HAN -> containsScript(text, UnicodeScript.HIRAGANA) || containsScript(text, UnicodeScript.KATAKANA)
                    ? "ja" : "zh";
            case HIRAGANA, KATAKANA -> "ja";
            case HANGUL -> "ko";
            case DEVANAGARI -> "hi";
            case BENGALI -> "bn";
            case TAMIL -> "ta";
            case THAI -> "th";
            case ARMENIAN -> "hy";
            case GEORGIAN -> "ka";
            case ETHIOPIC -> "am";
            case MYANMAR -> "my";
            case KHMER -> "km";
            default -> script.name().toLowerCase(Locale.ROOT);
        };
    }

    /** Arabic script: Urdu and Persian have letters Arabic lacks (Urdu's ٹ ڈ ڑ ں ے; Persian's پ چ ژ گ ی). */
    private static String arabicScriptLanguage(String text) {
        if (containsAny(text, "ٹڈڑںے")) {
            return "ur";
        }
        if (containsAny(text, "پچژگ") || containsAny(text, "ی")) {
            return "fa";
        }
        return "ar";
    }

    private static boolean containsAny(String text, String chars) {
        for (int i = 0; i < chars.length(); i++) {
            if (text.indexOf(chars.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsScript(String text, UnicodeScript script) {
        return text.codePoints().anyMatch(cp -> Character.isLetter(cp) && UnicodeScript.of(cp) == script);
    }
}
