package org.crosscheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.crosscheck.model.ReportSource;
import org.crosscheck.model.UnreadableReportException;
import org.junit.jupiter.api.Test;

/** Issue 14: a body too long to analyse within bounded memory is refused before any analysis. */
class EntryGuardTest {
    private final RuleBasedExtractor extractor = new RuleBasedExtractor((text, anchor) -> {
        throw new AssertionError("the analyzer must not be called");
    }, text -> List.of());

    @Test
    void aBodyOverTheLimitIsRefusedWithOneLine() {
        String body = "Two soldiers were killed. ".repeat(RuleBasedExtractor.MAX_BODY_CHARS / 26 + 1);
        ReportSource source = new ReportSource("big.txt", null, null, null, null, "en", Map.of(), body, false);
        UnreadableReportException e = assertThrows(UnreadableReportException.class, () -> extractor.extract(source));
        assertEquals(String.format("the report's text has %,d characters, more than the 1,000,000 one report may "
                + "have", body.length()), e.getMessage());
    }
}
