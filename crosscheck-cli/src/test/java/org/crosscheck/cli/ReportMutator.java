package org.crosscheck.cli;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Hostile variants of well-formed reports for the fuzz test, drawn from a seeded {@link Random} so that any
 * failure is reproduced by its seed. Each input is a seed report with one to three mutations of the kinds a
 * scraper, a corpus rebuild or an attacker produces: truncations and byte flips (often no longer UTF-8), giant
 * tokens, long lists, deep brackets, huge, negative and multiplied numbers, odd dates in the header and the
 * body, control and direction characters, and mangled headers.
 */
final class ReportMutator {
    /** One input: what was done to which seed, and the file's bytes. */
    record Input(String description, byte[] bytes) {
    }

    private static final String[] WORDS = {"soldiers", "killed", "wounded", "police", "said", "the", "village",
        "attack", "rebels", "army", "two", "market", "of", "in", "at least", "civilians", "were", "a", "bomb"};
    static final String[] NUMBERS = {"9223372036854775808", "18446744073709551616",
        "123456789012345678901234567890", "3,000 million", "5,000 million", "ten million million",
        "a million million", "minus 3", "−7", "-12", "10,000,001", "99,999,999,999", "0000000000000000000042",
        "2147483648", "4294967296", "1e999999", "NaN", "0x7fffffff", "twenty-five thousand million", "0"};
    private static final String[] HEADER_DATES = {"0000-01-01", "0001-01-01", "0001-01-03", "9999-12-31",
        "1900-02-29", "2024-02-30", "+10000-01-01", "-0001-12-31", "2024-13-01", "99999-01-01", "unknown", "",
        "2024-1-1", "1970-01-01", "2100-01-01"};
    private static final String[] BODY_DATES = {"on 31 February", "in the year 99999", "3000 years ago",
        "99999999999 days ago", "on 0000-01-01", "last week", "in 10000 BC", "on Monday 32 March 2024",
        "between 2025 and 1990", "at 25:61 GMT", "next century", "on 29 February 1900", "in the 99th century",
        "9999999 years from now"};
    private static final String[] ODD_CHARS = {"\u202e", "\u202d", "\u200b", "\ufeff", "\u0000", "\u0007",
        "\ud83d\udca5", "\u00a0", "\r", "\t", "\u2028", "\ud800", "\udfff", "\u0301\u0301\u0301", "\u4e2d\u6587",
        "\u0627\u0644\u0639\u0631\u0628\u064a\u0629"};

    private static final String[] KINDS = {"giant token", "long list", "deep brackets", "huge number",
        "header date", "body date", "odd characters", "sentence without a stop", "mangled header", "truncated",
        "byte flips"};

    private final List<String> seeds;
    private final Random random;
    private final double huge;

    /** @param huge the share of giant tokens, lists, brackets and stop-less sentences drawn at their full size */
    ReportMutator(List<String> seeds, long seed, double huge) {
        this.seeds = List.copyOf(seeds);
        this.random = new Random(seed);
        this.huge = huge;
    }

    Input next() {
        int s = random.nextInt(seeds.size());
        String text = seeds.get(s);
        StringBuilder what = new StringBuilder("seed " + s);
        int mutations = 1 + random.nextInt(3);
        byte[] bytes = null;
        for (int m = 0; m < mutations; m++) {
            int kind = random.nextInt(11);
            if (kind >= 9 && bytes == null) {
                bytes = text.getBytes(StandardCharsets.UTF_8);
            }
            if (bytes != null && kind < 9) {
                // text mutations after a byte mutation go through a lossy decode, as a reader would see it
                text = new String(bytes, StandardCharsets.UTF_8);
                bytes = null;
            }
            what.append(", ").append(KINDS[kind]);
            switch (kind) {
                case 0 -> text = insert(text, giantToken());
                case 1 -> text = insert(text, list());
                case 2 -> text = insert(text, brackets());
                case 3 -> text = insert(text, pick(NUMBERS) + " " + pick(WORDS) + " were killed, ");
                case 4 -> text = header(text, "published: " + pick(HEADER_DATES));
                case 5 -> text = insert(text, " " + pick(BODY_DATES) + " ");
                case 6 -> text = insert(text, pick(ODD_CHARS).repeat(1 + random.nextInt(50)));
                case 7 -> text = insert(text, sentenceWithoutStop());
                case 8 -> text = header(text, mangledHeader());
                case 9 -> bytes = truncate(bytes);
                default -> bytes = flip(bytes);
            }
        }
        return new Input(what.toString(), bytes != null ? bytes : text.getBytes(StandardCharsets.UTF_8));
    }

    private String pick(String[] options) {
        return options[random.nextInt(options.length)];
    }

    /**
     * Mostly small sizes (up to 300); a share {@code huge} spread over the orders of magnitude up to {@code max},
     * so that the huge ones come without making every input cost seconds.
     */
    private int size(int max) {
        if (random.nextDouble() >= huge) {
            return 1 + random.nextInt(Math.min(max, 300));
        }
        return (int) Math.min(max, Math.round(Math.exp(random.nextDouble() * Math.log(max))));
    }

    private String insert(String text, String piece) {
        int at = random.nextInt(text.length() + 1);
        return text.substring(0, at) + piece + text.substring(at);
    }

    private String giantToken() {
        StringBuilder sb = new StringBuilder();
        int n = 100 + size(60_000);
        String alphabet = random.nextBoolean() ? "abcdefghijklmnopqrstuvwxyz" : "x(-/.=%09";
        for (int i = 0; i < n; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return " " + sb + " ";
    }

    private String list() {
        StringBuilder sb = new StringBuilder(" The dead were ");
        int n = size(3_000);
        for (int i = 0; i < n; i++) {
            sb.append(i > 0 ? ", " : "").append(pick(new String[] {"Amal", "Bora", "Chen", "Dara", "Emeka", "Farah"}))
                    .append(' ').append(pick(new String[] {"Osei", "Ivanova", "Haddad", "Lopez", "Nkosi"}));
        }
        return sb.append(". ").toString();
    }

    private String brackets() {
        int depth = size(20_000);
        String open = random.nextBoolean() ? "(word " : "([{";
        String close = open.startsWith("(w") ? ")" : "}])";
        return " " + open.repeat(depth) + close.repeat(depth) + " ";
    }

    private String sentenceWithoutStop() {
        StringBuilder sb = new StringBuilder(" ");
        int n = size(30_000);
        for (int i = 0; i < n; i++) {
            sb.append(pick(WORDS)).append(' ');
        }
        return sb.toString();
    }

    private String mangledHeader() {
        return switch (random.nextInt(5)) {
            case 0 -> "title: " + "T".repeat(size(100_000));
            case 1 -> "published: 2024-05-01\npublished: 2023-01-01";
            case 2 -> "outlet: =HYPERLINK(\"http://127.0.0.1:9/x\",\"click\")";
            case 3 -> "url: javascript://x/%0Aalert(1)";
            default -> "language: " + pick(new String[] {"xx", "", "en-GB", "ar", "zz-ZZ-ZZ"});
        };
    }

    /** The report with {@code line} as the first header line (a header is made when there is none). */
    private String header(String text, String line) {
        int blank = text.indexOf("\n\n");
        boolean hasHeader = blank > 0 && text.substring(0, blank).lines().allMatch(l -> l.matches("[a-z]+:.*"));
        return line + "\n" + (hasHeader ? text : "\n" + text);
    }

    private byte[] truncate(byte[] bytes) {
        return Arrays.copyOf(bytes, random.nextInt(bytes.length + 1));
    }

    private byte[] flip(byte[] bytes) {
        byte[] out = bytes.clone();
        int flips = 1 + size(Math.max(1, out.length / 20));
        for (int i = 0; i < flips && out.length > 0; i++) {
            out[random.nextInt(out.length)] ^= (byte) (1 << random.nextInt(8));
        }
        return out;
    }
}
