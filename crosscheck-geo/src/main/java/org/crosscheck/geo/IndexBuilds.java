package org.crosscheck.geo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.FSDirectory;

/**
 * Keeps the bundled index in a data folder current: built from the sources when absent, rebuilt when an older
 * {@link GazetteerImporter#BUNDLED_VERSION} wrote it, and never seen half-written by another process.
 */
final class IndexBuilds {
    private IndexBuilds() {
    }

    /** Builds the index in {@code indexDir} from {@code sourcesDir} when it is absent or outdated. */
    static void ensureCurrent(Path indexDir, Path sourcesDir) throws IOException {
        boolean canBuild = Files.isRegularFile(sourcesDir.resolve(GazetteerImporter.CITIES));
        if (!LuceneGazetteer.exists(indexDir) || canBuild && outdated(indexDir)) {
            build(sourcesDir, indexDir);
        }
    }

    /**
     * Builds into a fresh sibling folder and then moves it into place, so that a process opening the index
     * meanwhile never sees a half-written one, and two processes building at once each finish their own.
     */
    private static void build(Path sourcesDir, Path indexDir) throws IOException {
        Path abs = indexDir.toAbsolutePath();
        Files.createDirectories(abs.getParent());
        Path tmp = Files.createTempDirectory(abs.getParent(), abs.getFileName() + ".building-");
        try {
            new GazetteerImporter().buildBundled(sourcesDir, tmp);
            Path old = abs.resolveSibling(abs.getFileName() + ".old-" + System.nanoTime());
            if (Files.exists(abs)) {
                Files.move(abs, old);
            }
            Files.move(tmp, abs);
            deleteTree(old);
        } finally {
            deleteTree(tmp);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /**
     * True when the index was built by an older {@link GazetteerImporter#buildBundled} than this one (its commit
     * data says so, or says nothing): {@link LuceneGazetteer#open(Path, Path)} then rebuilds it from the sources, and files
     * merged with {@code gazetteer import} must be imported again.
     */
    static boolean outdated(Path indexDir) throws IOException {
        try (FSDirectory d = FSDirectory.open(indexDir)) {
            // Only the commit point is read, not the index.
            String v = SegmentInfos.readLatestCommit(d).getUserData()
                    .get(GazetteerImporter.VERSION_KEY);
            return !GazetteerImporter.BUNDLED_VERSION.equals(v);
        }
    }
}
