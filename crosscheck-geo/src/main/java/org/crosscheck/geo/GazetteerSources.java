package org.crosscheck.geo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the folder of gazetteer source files that the build fetched ({@code cities500.txt}, {@code countries.json},
 * {@code csc-state.json}, {@code csc-city.json}). Looked for, in order: the system property
 * {@value #PROPERTY}, the environment variable {@value #ENV}, {@code <data>/sources}, and
 * {@code crosscheck-geo/target/gazetteer-sources} under the working directory or its parents (a source
 * checkout after {@code mvn verify}). Stateless, thread-safe.
 */
public final class GazetteerSources {
    public static final String PROPERTY = "crosscheck.gazetteer.sources";
    public static final String ENV = "CROSSCHECK_GAZETTEER_SOURCES";

    private GazetteerSources() {
    }

    /** The first candidate folder that holds cities500.txt, or the first candidate when none does. */
    public static Path locate(Path dataDir) {
        List<Path> candidates = new ArrayList<>();
        String p = System.getProperty(PROPERTY);
        if (p != null && !p.isBlank()) {
            candidates.add(Path.of(p));
        }
        String e = System.getenv(ENV);
        if (e != null && !e.isBlank()) {
            candidates.add(Path.of(e));
        }
        if (dataDir != null) {
            candidates.add(dataDir.resolve("sources"));
        }
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            candidates.add(dir.resolve("crosscheck-geo/target/gazetteer-sources"));
            candidates.add(dir.resolve("target/gazetteer-sources"));
            dir = dir.getParent();
        }
        for (Path c : candidates) {
            if (Files.isRegularFile(c.resolve(GazetteerImporter.CITIES))) {
                return c;
            }
        }
        return candidates.get(0);
    }
}
