package org.crosscheck.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.crosscheck.server.files.OwnerOnly;
import org.junit.jupiter.api.Test;

/**
 * What a server keeps on disk (its index, its tokens, the embedded ledger it serves) is readable by the owner
 * only, after writes too (issue 14).
 */
class FilePermissionsTest extends ServerTestBase {

    @Test
    void theServersFilesAreTheOwnersAlone() throws Exception {
        long id = eventAt("Panjgur");
        assertEquals(200, http.post("/api/events/" + id + "/edits", editor, "application/json",
                "{\"field\":\"admin2\",\"value\":\"Panjgur district\",\"why\":\"permissions test\"}").status());
        List<Path> files = new ArrayList<>();
        for (Path folder : List.of(CrosscheckServer.indexDir(config), config.ledgerDir())) {
            assertEquals(OwnerOnly.FOLDER, Files.getPosixFilePermissions(folder), folder.toString());
            try (Stream<Path> s = Files.list(folder)) {
                s.filter(Files::isRegularFile).forEach(files::add);
            }
        }
        files.add(CrosscheckServer.tokenFile(config));
        assertTrue(files.stream().anyMatch(f -> f.getFileName().toString().endsWith(".mv.db")), files.toString());
        assertTrue(files.size() > 4, files.toString());
        for (Path f : files) {
            assertEquals(OwnerOnly.FILE, Files.getPosixFilePermissions(f), f.toString());
        }
    }
}
