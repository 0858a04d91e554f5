package org.crosscheck.ledger.ingest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * MinHash signatures of a text's word shingles, to recognise the same wire story carried by two outlets
 * (which differ in a dateline, a byline or a closing paragraph). Stateless; thread-safe.
 */
public final class MinHash {
    public static final int HASHES = 64;
    public static final int BANDS = 16;
    public static final int ROWS = HASHES / BANDS;
    private static final int SHINGLE = 4;

    private MinHash() {
    }

    public static long[] signature(String text) {
        String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        List<String> w = new ArrayList<>();
        for (String s : words) {
            if (!s.isEmpty()) {
                w.add(s);
            }
        }
        Set<Long> shingles = new HashSet<>();
        for (int i = 0; i + SHINGLE <= w.size() || (i == 0 && !w.isEmpty()); i++) {
            String sh = String.join(" ", w.subList(i, Math.min(w.size(), i + SHINGLE)));
            shingles.add(fnv(sh));
        }
        long[] sig = new long[HASHES];
        Arrays.fill(sig, Long.MAX_VALUE);
        for (long sh : shingles) {
            for (int k = 0; k < HASHES; k++) {
                long h = mix(sh ^ (0x9E3779B97F4A7C15L * (k + 1)));
                if (h < sig[k]) {
                    sig[k] = h;
                }
            }
        }
        return sig;
    }

    /** The estimated Jaccard similarity of the two texts' shingle sets. */
    public static double similarity(long[] a, long[] b) {
        int same = 0;
        for (int i = 0; i < HASHES; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return same / (double) HASHES;
    }

    public static long band(long[] sig, int band) {
        long h = 0x84222325CBF29CE4L ^ band;
        for (int r = 0; r < ROWS; r++) {
            h = mix(h ^ sig[band * ROWS + r]);
        }
        return h;
    }

    public static String encode(long[] sig) {
        StringBuilder sb = new StringBuilder(HASHES * 17);
        for (long v : sig) {
            if (sb.length() > 0) {
                sb.append(',');
            }
            sb.append(Long.toHexString(v));
        }
        return sb.toString();
    }

    public static long[] decode(String s) {
        String[] parts = s.split(",");
        long[] sig = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            sig[i] = Long.parseUnsignedLong(parts[i], 16);
        }
        return sig;
    }

    private static long fnv(String s) {
        long h = 0xcbf29ce484222325L;
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            h ^= b;
            h *= 0x100000001b3L;
        }
        return h;
    }

    /** SplitMix64's finaliser: a cheap, well-mixed permutation of 64-bit values. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
