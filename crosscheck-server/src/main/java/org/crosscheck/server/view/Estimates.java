package org.crosscheck.server.view;

import org.crosscheck.ledger.Estimate;

/** A count under both policies: {@code acled} (conservative) and {@code range} (low, best, high). Immutable. */
public record Estimates(Estimate acled, Estimate range) {
}
