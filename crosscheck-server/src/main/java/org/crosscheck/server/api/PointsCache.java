package org.crosscheck.server.api;

import java.util.LinkedHashMap;
import java.util.Map;
import org.crosscheck.server.search.DeathsPolicy;
import org.crosscheck.server.search.EventFilter;
import org.crosscheck.server.search.PointColumns;
import org.crosscheck.server.search.Searcher;

/**
 * The map's points of the last few filters, read once per index version: the map asks again for the same
 * points whenever the page is opened or its policy changes, and reading 100,000 events from the index takes far
 * longer than sending the stored columns. Thread-safe.
 */
final class PointsCache {
    /** Filters kept: the unfiltered map, both policies, and a few views an analyst goes back and forth between. */
    private static final int SIZE = 8;

    private record Key(EventFilter filter, int max, DeathsPolicy policy) {
    }

    private final Searcher searcher;
    private final Map<Key, PointColumns> entries = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, PointColumns> eldest) {
            return size() > SIZE;
        }
    };

    PointsCache(Searcher searcher) {
        this.searcher = searcher;
    }

    /** The points of the current index version, from the cache or read now. */
    PointColumns get(EventFilter filter, int max, DeathsPolicy policy) {
        Key key = new Key(filter, max, policy);
        long version = searcher.version();
        synchronized (entries) {
            PointColumns hit = entries.get(key);
            if (hit != null && hit.version() == version) {
                return hit;
            }
        }
        // Read outside the lock: two first requests may both read, and both answers are right.
        PointColumns read = searcher.points(filter, max, policy);
        synchronized (entries) {
            PointColumns held = entries.get(key);
            if (held == null || held.version() <= read.version()) {
                entries.put(key, read);
            }
        }
        return read;
    }
}
