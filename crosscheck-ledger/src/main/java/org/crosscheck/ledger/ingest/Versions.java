package org.crosscheck.ledger.ingest;

import java.util.List;
import org.crosscheck.ledger.store.ReportDao;

/**
 * Recognises a new version of a stored report: the same URL <em>and</em> a body recognisably the same story. A URL
 * alone is no identity: a daily headline page or a live blog keeps its address while its story changes, and taking
 * the new story for a version would stop the earlier story's claims counting. Stateless.
 */
final class Versions {
    /**
     * Two bodies at least this alike (estimated Jaccard of their 4-word shingles) tell one story: an update that adds
     * a paragraph or corrects a figure stays well above it (a story doubled in length is about 0.5), two different
     * stories share next to no shingles.
     */
    static final double SAME_STORY = 0.3;

    private Versions() {
    }

    /** Of the current reports at a URL, the one {@code sig}'s body is a new version of, or null: a new report. */
    static ReportDao.Version of(List<ReportDao.Version> atUrl, long[] sig) {
        if (!Copies.hashable(sig)) {
            return null;
        }
        ReportDao.Version best = null;
        double bestSimilarity = 0;
        for (ReportDao.Version v : atUrl) {
            if (v.minhash() == null) {
                continue;
            }
            double s = MinHash.similarity(sig, MinHash.decode(v.minhash()));
            if (s >= SAME_STORY && s > bestSimilarity) {
                best = v;
                bestSimilarity = s;
            }
        }
        return best;
    }
}
