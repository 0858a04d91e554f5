package org.crosscheck.geo;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A test with the fixture gazetteer built fresh in its own folder ({@code dir}/gazetteer) and closed after. */
abstract class FixtureGazetteerTest {
    @TempDir
    Path dir;
    LuceneGazetteer gazetteer;

    @BeforeEach
    void openGazetteer() {
        gazetteer = Fixtures.gazetteer(dir);
    }

    @AfterEach
    void closeGazetteer() throws Exception {
        gazetteer.close();
    }
}
