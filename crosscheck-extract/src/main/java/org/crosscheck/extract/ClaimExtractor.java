package org.crosscheck.extract;

import java.util.List;

/**
 * One kind of claim-finding rule over a report. Implementations are stateless and thread-safe; they read the
 * report, its actors and its attribution and return what they find, in text order.
 */
interface ClaimExtractor {
    List<ClaimDraft> extract(ReportContext ctx, ActorTable actors, Attributions attributions);
}
