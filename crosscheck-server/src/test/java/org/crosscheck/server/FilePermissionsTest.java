package org.crosscheck.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Files the server writes (index, tokens) are readable by their owner only (issue 14).
 */
class FilePermissionsTest extends ServerTestBase {

    @Test
    void filesTheServerWritesAreTheOwnersAlone() throws Exception {
        long id = eventAt("Panjgur");
        assertEquals(200, http.post("/api/events/" + id + "/edits", editor, "application/json",
                "{\"field\":\"admin2\",\"value\":\"Panjgur district\",\"why\":\"permissions test\"}").status());
        Path index = CrosscheckServer.indexDir(config);
        assertEquals(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
                PosixFilePermission.OWNER_EXECUTE), Files.getPosixFilePermissions(index));
        List<Path> files;
        try (Stream<Path> s = Files.list(index)) {
            files = new ArrayList<>(s.filter(Files::isRegularFile).toList());
        }
        files.add(CrosscheckServer.tokenFile(config));
        assertTrue(files.size() > 3, files.toString());
        for (Path f : files) {
            assertEquals(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE),
                    Files.getPosixFilePermissions(f), f.toString());
        }
    }
}
