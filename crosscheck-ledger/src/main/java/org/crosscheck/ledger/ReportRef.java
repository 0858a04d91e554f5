package org.crosscheck.ledger;

import java.time.LocalDate;

/**
 * A stored report as exports and explanations cite it: id, file name, URL. {@code duplicateOf} names the report
 * it is a syndicated copy of; {@code current} is false for an older version at the same URL.
 */
public record ReportRef(long id, String name, String url, String outlet, LocalDate published, Long duplicateOf,
                        boolean current, int version) {
}
