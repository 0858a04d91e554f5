package org.crosscheck.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The example reports bundled for {@code crosscheck demo}: short reports written for the project (real places,
 * fictional events; CC0-1.0). Stateless.
 */
public final class DemoReports {
    /** The bundled files, in the order they are ingested. */
    public static final List<String> NAMES = List.of("strike-gao.txt", "market-mopti.txt", "raid-menaka.txt");

    private DemoReports() {
    }

    /** Copies the bundled reports into {@code dir} (replacing older copies) and returns their paths. */
    public static List<Path> writeTo(Path dir) {
        List<Path> out = new ArrayList<>();
        try {
            Files.createDirectories(dir);
            for (String name : NAMES) {
                try (InputStream in = DemoReports.class.getResourceAsStream("demo/" + name)) {
                    if (in == null) {
                        throw new IllegalStateException("the jar lacks the demo report " + name);
                    }
                    Path p = dir.resolve(name);
                    Files.write(p, in.readAllBytes());
                    out.add(p);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the demo reports to " + dir + ": " + e.getMessage(), e);
        }
        return out;
    }
}
