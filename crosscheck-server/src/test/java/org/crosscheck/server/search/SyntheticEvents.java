package org.crosscheck.server.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.crosscheck.ledger.EventQuery;
import org.crosscheck.ledger.Explanation;
import org.crosscheck.ledger.Ledger;
import org.crosscheck.ledger.LedgerEvent;

/**
 * A test helper for load tests of the map: adds many synthetic events to a server's search index in seconds,
 * where ingesting as many reports into a ledger takes minutes. Each is a copy of one of the ledger's own events
 * (its claims, so its figures and contradictions) under a new id, on a random day of 2015-2024 and at a random
 * spot near one of a few dozen centres on land. The index is committed as fresh for the ledger as it is, so the
 * server serves the copies from the index (map, timeline, list) without rebuilding it; their event pages do not
 * exist, since the ledger does not hold them. Never used outside tests.
 */
public final class SyntheticEvents {
    /** The first id the copies take: far above any id of a test ledger. */
    public static final long FIRST_ID = 10_000_000L;

    private SyntheticEvents() {
    }

    /** Builds the index of {@code ledger} in {@code indexDir}, then adds {@code n} copies of its events. */
    public static void fill(Ledger ledger, Path indexDir, ObjectMapper json, int n, long seed) {
        try (SearchIndex index = SearchIndex.open(indexDir, json)) {
            Indexer indexer = new Indexer(index, ledger);
            indexer.rebuild(s -> { });
            List<Explanation> templates = new ArrayList<>();
            for (long id : ledger.events(EventQuery.all()).stream().map(LedgerEvent::id).toList()) {
                templates.add(ledger.why(id));
            }
            Random r = new Random(seed);
            double[][] centres = new double[40][];
            for (int i = 0; i < centres.length; i++) {
                centres[i] = new double[] {-30 + r.nextDouble() * 80, -20 + r.nextDouble() * 140};
            }
            LocalDate first = LocalDate.of(2015, 1, 1);
            for (int i = 0; i < n; i++) {
                Explanation t = templates.get(i % templates.size());
                LedgerEvent e = t.event();
                double[] c = centres[r.nextInt(centres.length)];
                LocalDate day = first.plusDays(r.nextInt(3650));
                LedgerEvent copy = new LedgerEvent(FIRST_ID + i, null, e.eventType(), e.subEventType(), day, day,
                        e.timePrecision(), e.country(), e.admin1(), e.admin2(), e.location(),
                        c[0] + r.nextGaussian() * 2, c[1] + r.nextGaussian() * 2, e.geoPrecision(), e.actor1(),
                        e.actor2(), e.contested() && r.nextBoolean(), e.reportCount(), e.claimCount());
                Explanation why = new Explanation(copy, t.decisions(), t.reports(), List.of(), t.reconciliation());
                index.writer.addDocument(index.documents.event(why, ledger.parties(e.id())).get(0));
            }
            index.writer.setLiveCommitData(Map.of(IndexSchema.FINGERPRINT, indexer.fingerprint(),
                    IndexSchema.FORMAT, IndexSchema.FORMAT_VERSION).entrySet());
            index.writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
