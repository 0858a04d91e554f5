package org.crosscheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The tests' copy of the report schema is the spec's own, when ../shared is beside the checkout. */
class SchemaCopyTest {
    @Test
    void theCopyMatchesTheSpec() throws Exception {
        Path spec = Path.of("").toAbsolutePath().getParent().resolveSibling("shared").resolve("spec/report.schema.json");
        assumeTrue(Files.isRegularFile(spec), "no ../shared/spec/report.schema.json beside the checkout");
        try (InputStream copy = SchemaCopyTest.class.getResourceAsStream("/report.schema.json")) {
            assertEquals(Files.readString(spec), new String(copy.readAllBytes(), StandardCharsets.UTF_8),
                    "copy ../shared/spec/report.schema.json to crosscheck-cli/src/test/resources/");
        }
    }
}
