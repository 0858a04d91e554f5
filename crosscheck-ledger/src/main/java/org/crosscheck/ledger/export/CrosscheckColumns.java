package org.crosscheck.ledger.export;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;

/**
 * Crosscheck's own columns, after the codebook's: the event and its incidents, the policy and its range of
 * deaths, whether the claims cannot all be true and why, every claim, and the reports drawn on.
 */
record CrosscheckColumns(long crosscheckEventId, List<Long> crosscheckChildEvents, String estimatePolicy,
                         Integer fatalitiesLow, Integer fatalitiesBest, Integer fatalitiesHigh, boolean contested,
                         List<String> contestedReasons, Claimants claimants, List<Long> reportIds,
                         List<String> reportFiles, List<String> reportUrls) {
    /** The claims of a row: a list in JSON; in CSV, the rows of the claims file. */
    record Claimants(@JsonValue List<ClaimantRow> rows) {
    }

    /** The same columns in a CSV file, whose claims are a table of their own. */
    record Csv(long crosscheckEventId, List<Long> crosscheckChildEvents, String estimatePolicy,
               Integer fatalitiesLow, Integer fatalitiesBest, Integer fatalitiesHigh, boolean contested,
               List<String> contestedReasons, List<Long> reportIds, List<String> reportFiles,
               List<String> reportUrls) {
    }

    Csv csv() {
        return new Csv(crosscheckEventId, crosscheckChildEvents, estimatePolicy, fatalitiesLow, fatalitiesBest,
                fatalitiesHigh, contested, contestedReasons, reportIds, reportFiles, reportUrls);
    }
}
