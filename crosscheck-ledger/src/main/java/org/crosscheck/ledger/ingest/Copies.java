package org.crosscheck.ledger.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.crosscheck.ledger.store.ReportBandDao;
import org.crosscheck.ledger.store.ReportDao;

/**
 * Recognises a syndicated copy: a body whose MinHash signature is close to a stored report's (found through shared
 * bands, not a scan). A copy is linked to the report first stored, and its claims are not counted again.
 */
final class Copies {
    /** Two bodies at least this similar (estimated Jaccard of 4-word shingles) are copies of one story. */
    static final double DUPLICATE_SIMILARITY = 0.8;

    /** The stored report a body copies, and how similar they are. */
    record Copy(long original, double similarity) {
    }

    private final ReportBandDao bands;
    private final ReportDao reports;

    Copies(ReportBandDao bands, ReportDao reports) {
        this.bands = bands;
        this.reports = reports;
    }

    /** Whether a signature can find copies: a body without words has none. */
    static boolean hashable(long[] sig) {
        return sig[0] != Long.MAX_VALUE;
    }

    /** The report {@code sig} copies (never {@code previous}, the earlier version at its URL), or null. */
    Copy find(long[] sig, Long previous) {
        double best = 0;
        Long copyOf = null;
        for (Map.Entry<Long, String> cand : bands.sharingABand(bandHashes(sig)).entrySet()) {
            double s = MinHash.similarity(sig, MinHash.decode(cand.getValue()));
            if (s >= DUPLICATE_SIMILARITY && s > best && !cand.getKey().equals(previous)) {
                best = s;
                copyOf = cand.getKey();
            }
        }
        if (copyOf == null) {
            return null;
        }
        List<Long> original = reports.original(copyOf);
        return new Copy(original.isEmpty() ? copyOf : original.get(0), best);
    }

    /** Stores the report's bands, so that later copies of it are found. */
    void index(long reportId, long[] sig) {
        bands.insert(reportId, bandHashes(sig));
    }

    private static List<Long> bandHashes(long[] sig) {
        List<Long> out = new ArrayList<>();
        for (int b = 0; b < MinHash.BANDS; b++) {
            out.add(MinHash.band(sig, b));
        }
        return out;
    }
}
