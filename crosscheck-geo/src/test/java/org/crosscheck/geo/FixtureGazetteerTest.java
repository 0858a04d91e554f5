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
        gazetteer = Fixtures.gazetteer(dir, sources());
    }

    /** The fixture sources folder the gazetteer is built from. */
    String sources() {
        return "gazetteer-fixture";
    }

    /** Merges a GeoNames file from the test resources into the gazetteer, as {@code gazetteer import} does. */
    void importAndReopen(String resource) throws Exception {
        gazetteer.close();
        new GazetteerImporter().importFile(Fixtures.resource(resource), dir.resolve("gazetteer"));
        gazetteer = LuceneGazetteer.openExisting(dir.resolve("gazetteer"));
    }

    @AfterEach
    void closeGazetteer() throws Exception {
        gazetteer.close();
    }
}
