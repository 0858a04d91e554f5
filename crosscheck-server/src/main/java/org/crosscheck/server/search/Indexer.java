package org.crosscheck.server.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;
import org.crosscheck.ledger.EventQuery;
import org.crosscheck.ledger.Explanation;
import org.crosscheck.ledger.Ledger;
import org.crosscheck.ledger.StoredReport;
import org.crosscheck.ledger.LedgerEvent;
import org.crosscheck.model.Actor;
import org.crosscheck.server.view.ActorSummary;
import org.crosscheck.server.view.PlaceSummary;

/**
 * Keeps the {@link SearchIndex} equal to the ledger: builds it whole when it was built from another state of the
 * ledger, and re-indexes the events a write touched (the event documents, their claims and the actors' and places'
 * counts), so that the lists agree with the store after every write as they do after a rebuild.
 *
 * <p>Thread-safety: writes are serialised on the instance; searches run beside them.
 */
public final class Indexer {
    private static final int PAGE = 2000;

    private final SearchIndex index;
    private final Ledger ledger;
    /** Every alias of each actor; loaded from the actor documents when the index was not rebuilt in this run. */
    private volatile Aliases aliases;

    public Indexer(SearchIndex index, Ledger ledger) {
        this.index = index;
        this.ledger = ledger;
    }

    /** What identifies the state of a ledger the index was built from: its counts. */
    String fingerprint() {
        return ledger.stats().toString();
    }

    /** Rebuilds the index when it was built from another state of the ledger; returns whether it did. */
    public boolean ensureFresh(Consumer<String> progress) {
        Map<String, String> data = index.commitData();
        if (IndexSchema.FORMAT_VERSION.equals(data.get(IndexSchema.FORMAT))
                && fingerprint().equals(data.get(IndexSchema.FINGERPRINT))) {
            return false;
        }
        rebuild(progress);
        return true;
    }

    /** Rebuilds every document from the ledger: reports, events with their claims, actors, places. */
    public synchronized void rebuild(Consumer<String> progress) {
        try {
            String fp = fingerprint();
            index.writer.deleteAll();
            Aliases fresh = new Aliases();
            ListTally tally = new ListTally();
            List<Long> reportIds = ledger.reportIds();
            int n = 0;
            for (long rid : reportIds) {
                for (Actor a : ledger.extraction(rid).actors()) {
                    fresh.add(a);
                    tally.seed(a.name(), a.kind());
                }
                index.writer.addDocument(index.documents.report(ledger.report(rid)));
                if (++n % 5000 == 0) {
                    progress.accept("indexed " + n + " of " + reportIds.size() + " reports");
                }
            }
            List<Long> eventIds = activeEventIds();
            indexInParallel(eventIds, tally, progress);
            for (String key : tally.actorKeys()) {
                ActorSummary a = tally.actor(key, null, fresh);
                if (a != null) {
                    index.writer.addDocument(index.documents.actor(a));
                }
            }
            for (String key : tally.placeKeys()) {
                PlaceSummary p = tally.place(key, null);
                if (p != null) {
                    index.writer.addDocument(index.documents.place(p));
                }
            }
            commit(fp);
            aliases = fresh;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the search index: " + e.getMessage(), e);
        }
    }

    private List<Long> activeEventIds() {
        List<Long> ids = new ArrayList<>();
        for (int offset = 0; ; offset += PAGE) {
            List<LedgerEvent> page = ledger.events(new EventQuery(null, null, null, null, null, null, null, PAGE,
                    offset));
            page.forEach(e -> ids.add(e.id()));
            if (page.size() < PAGE) {
                return ids;
            }
        }
    }

    /** Explaining an event takes several queries: a few threads keep the database busy. */
    private void indexInParallel(List<Long> eventIds, ListTally tally, Consumer<String> progress)
            throws IOException {
        int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicLong done = new AtomicLong();
        try {
            List<Future<?>> fs = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int first = t;
                fs.add(pool.submit(() -> {
                    for (int i = first; i < eventIds.size(); i += threads) {
                        Explanation why = ledger.why(eventIds.get(i));
                        index.writer.addDocuments(index.documents.event(why, ledger.parties(why.event().id())));
                        tally.add(Shares.of(why), 1);
                        long d = done.incrementAndGet();
                        if (d % 10_000 == 0) {
                            progress.accept("indexed " + d + " of " + eventIds.size() + " events");
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : fs) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while indexing", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IOException(e.getCause());
        } finally {
            pool.shutdown();
        }
    }

    /**
     * The events a write to {@code eventId} may change besides it: its parent and its child incidents. Taken
     * before the write and after it, so that an incident that moves is re-indexed under both.
     */
    public Set<Long> around(long eventId) {
        Set<Long> out = new LinkedHashSet<>();
        out.add(eventId);
        LedgerEvent e = ledger.event(eventId);
        if (e == null) {
            return out;
        }
        if (e.parentId() != null) {
            out.add(e.parentId());
        }
        out.addAll(ledger.why(eventId).children());
        return out;
    }

    /**
     * Re-indexes these events as the store now holds them: an event no longer active leaves the index, and the
     * actors' and places' counts lose the old documents' shares and gain the new ones.
     */
    public synchronized void update(Collection<Long> eventIds) {
        try {
            Aliases names = aliases();
            ListTally change = new ListTally();
            for (long id : new LinkedHashSet<>(eventIds)) {
                Shares old = heldShares(id);
                if (old != null) {
                    change.add(old, -1);
                }
                Term term = new Term(IndexSchema.EVENT_ID, Long.toString(id));
                index.writer.deleteDocuments(term);
                if (ledger.isActive(id)) {
                    Explanation why = ledger.why(id);
                    index.writer.addDocuments(index.documents.event(why, ledger.parties(id)));
                    change.add(Shares.of(why), 1);
                }
            }
            for (String key : change.actorKeys()) {
                ActorSummary now = change.actor(key, held(key, ActorSummary.class), names);
                replace(key, now == null ? null : index.documents.actor(now));
            }
            for (String key : change.placeKeys()) {
                PlaceSummary now = change.place(key, held(key, PlaceSummary.class));
                replace(key, now == null ? null : index.documents.place(now));
            }
            commit(fingerprint());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot update the search index: " + e.getMessage(), e);
        }
    }

    /**
     * Indexes a report just stored and re-indexes the events it touched. A new version re-indexes the version it
     * replaces too, whose claims stop counting: as that touches events this report does not name, the whole
     * index is rebuilt then (rare: a URL stored before).
     */
    public synchronized void addReport(long reportId, Long supersedes, Collection<Long> eventIds) {
        if (supersedes != null) {
            rebuild(s -> { });
            return;
        }
        try {
            StoredReport r = ledger.report(reportId);
            BooleanQuery.Builder old = new BooleanQuery.Builder();
            old.add(new TermQuery(IndexSchema.Kind.REPORT.term()), BooleanClause.Occur.FILTER);
            old.add(new TermQuery(new Term(IndexSchema.REPORT_ID, Long.toString(reportId))), BooleanClause.Occur.FILTER);
            index.writer.deleteDocuments(old.build());
            index.writer.addDocument(index.documents.report(r));
            Aliases names = aliases();
            ledger.extraction(reportId).actors().forEach(names::add);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot update the search index: " + e.getMessage(), e);
        }
        update(eventIds);
    }

    /** Whether the index holds a document of this event. */
    public boolean holdsEvent(long eventId) {
        return heldShares(eventId) != null;
    }

    private void replace(String listKey, Document doc) throws IOException {
        Term term = new Term(IndexSchema.LIST_KEY, listKey);
        if (doc == null) {
            index.writer.deleteDocuments(term);
        } else {
            index.writer.updateDocument(term, doc);
        }
    }

    private Shares heldShares(long eventId) {
        BytesRef b = storedOf(new Term(IndexSchema.EVENT_ID, Long.toString(eventId)), IndexSchema.SHARES, true);
        return b == null ? null : index.documents.read(b, Shares.class);
    }

    private <T> T held(String listKey, Class<T> type) {
        BytesRef b = storedOf(new Term(IndexSchema.LIST_KEY, listKey), IndexSchema.JSON, false);
        return b == null ? null : index.documents.read(b, type);
    }

    /** A stored field of the first document with {@code term} (of an event document when {@code event}). */
    private BytesRef storedOf(Term term, String field, boolean event) {
        return index.withSearcher(s -> {
            BooleanQuery.Builder q = new BooleanQuery.Builder();
            q.add(new TermQuery(term), BooleanClause.Occur.FILTER);
            if (event) {
                q.add(new TermQuery(IndexSchema.Kind.EVENT.term()), BooleanClause.Occur.FILTER);
            }
            TopDocs top = s.search(q.build(), 1);
            if (top.scoreDocs.length == 0) {
                return null;
            }
            BytesRef b = s.storedFields().document(top.scoreDocs[0].doc).getBinaryValue(field);
            return b == null ? null : BytesRef.deepCopyOf(b);
        });
    }

    private void commit(String fingerprint) throws IOException {
        index.writer.setLiveCommitData(Map.of(IndexSchema.FINGERPRINT, fingerprint, IndexSchema.FORMAT,
                IndexSchema.FORMAT_VERSION).entrySet());
        index.writer.commit();
        index.searchers.maybeRefreshBlocking();
    }

    /** The aliases: from this run's rebuild, or read back from the actor documents. */
    private Aliases aliases() {
        Aliases a = aliases;
        if (a != null) {
            return a;
        }
        Aliases loaded = new Aliases();
        index.withSearcher(s -> {
            TopDocs all = s.search(new TermQuery(IndexSchema.Kind.ACTOR.term()), Math.max(1, s.count(
                    new TermQuery(IndexSchema.Kind.ACTOR.term()))));
            StoredFields stored = s.storedFields();
            for (ScoreDoc sd : all.scoreDocs) {
                ActorSummary actor = index.documents.read(stored.document(sd.doc).getBinaryValue(IndexSchema.JSON),
                        ActorSummary.class);
                loaded.add(actor.name(), actor.aliases());
            }
            return null;
        });
        aliases = loaded;
        return loaded;
    }
}
