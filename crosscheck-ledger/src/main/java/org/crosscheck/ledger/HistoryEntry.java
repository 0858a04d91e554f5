package org.crosscheck.ledger;

import java.time.Instant;

/** One version of a ledger record: who changed what, when and why ({@code version} 1 is the extraction). */
public record HistoryEntry(int version, Instant at, String who, String what, String why) {
}
