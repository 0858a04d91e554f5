package org.crosscheck.cli;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimKind;
import org.crosscheck.model.CrosscheckConfig;
import org.crosscheck.model.Extraction;
import org.crosscheck.model.Hashing;
import org.crosscheck.model.ReportExtractor;
import org.crosscheck.model.ReportMeta;
import org.crosscheck.model.ReportSource;
import org.crosscheck.model.Span;
import org.crosscheck.model.Stance;

/**
 * A stand-in for the NLP pipeline: one outlet claim quoting the body's first word. Counts how often the factory
 * was asked for an extractor, so tests can tell whether the pipeline would have been loaded.
 */
final class FakeExtractor implements ReportExtractor {
    final AtomicInteger created = new AtomicInteger();
    final AtomicInteger extracted = new AtomicInteger();

    ExtractorFactory factory() {
        return config -> {
            created.incrementAndGet();
            return this;
        };
    }

    static ExtractorFactory failing(RuntimeException e) {
        return (CrosscheckConfig config) -> {
            throw e;
        };
    }

    @Override
    public Extraction extract(ReportSource s) {
        extracted.incrementAndGet();
        if (s.body().contains("CRASH")) {
            throw new IllegalStateException("fake extractor crashed");
        }
        int end = 0;
        while (end < s.body().length() && !Character.isWhitespace(s.body().charAt(end))) {
            end++;
        }
        Claim claim = new Claim("c1", Claim.OUTLET, null, null, Stance.ASSERTS, ClaimKind.OCCURRENCE, null, null,
                "thing", null, List.of(),
                List.of(Span.of(s.body(), 0, end)), "fake.first-word");
        return new Extraction(new ReportMeta(Hashing.sha256Hex(s.body()), s.title(), s.outlet(), s.url(), s.published(),
                s.language(), s.body().length(), null), List.of(), List.of(), List.of(), List.of(claim));
    }
}
