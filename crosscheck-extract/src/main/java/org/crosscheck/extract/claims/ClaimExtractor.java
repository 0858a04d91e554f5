package org.crosscheck.extract.claims;

import java.util.List;
import org.crosscheck.extract.actors.ActorTable;
import org.crosscheck.extract.attribution.Attributions;
import org.crosscheck.extract.input.ReportContext;

/**
 * One kind of claim-finding rule over a report. Implementations are stateless and thread-safe; they read the
 * report, its actors and its attribution and return what they find, in text order.
 */
public interface ClaimExtractor {
    public List<ClaimDraft> extract(ReportContext ctx, ActorTable actors, Attributions attributions);
}
