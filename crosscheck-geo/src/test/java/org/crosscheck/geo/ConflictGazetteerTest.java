package org.crosscheck.geo;

import java.util.Map;

/**
 * A test on the conflict fixture: real GeoNames rows whose names recur across departments, states and continents
 * (Granada, Argelia, Toledo in Colombia and Spain; Ibi and Ede in Nigeria, Spain and the Netherlands; Bannu and
 * Miran Shah in Khyber Pakhtunkhwa; Sangin in Helmand).
 */
abstract class ConflictGazetteerTest extends FixtureGazetteerTest {
    @Override
    String sources() {
        return "gazetteer-conflict";
    }

    /** The toponyms of {@code text}, hand-labelled by {@code ner}, under the codebook. */
    TaggedText tag(String text, Map<String, String> ner) {
        return new NerGazetteerGeotagger(gazetteer, TaggingPolicy.CODEBOOK).tag(Fixtures.annotate(text, ner));
    }
}
