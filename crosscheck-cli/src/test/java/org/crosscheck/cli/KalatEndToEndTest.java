package org.crosscheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.crosscheck.extract.input.ReportFileReader;
import org.crosscheck.json.ReportJson;
import org.crosscheck.model.Extraction;
import org.crosscheck.model.Hashing;
import org.crosscheck.model.ReportSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * End to end on the worked example {@code ../shared/spec/examples/kalat.txt}, with the real pipeline (CoreNLP,
 * gazetteer, rules): runs only when the shared folder is beside the checkout. Checks the plumbing's promises, not
 * the extraction's quality (that is the scorer's job): the command succeeds, its output parses back, is valid
 * against the report schema, and every evidence span quotes the body exactly.
 */
@Tag("slow")
class KalatEndToEndTest {
    /** The repository root: surefire runs in the module folder. */
    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    private static final Path KALAT = ROOT.resolveSibling("shared").resolve("spec/examples/kalat.txt");

    @Test
    void kalatExtractsWithEverySpanQuotingTheBody() throws Exception {
        assumeTrue(Files.isRegularFile(KALAT), "no ../shared/spec/examples/kalat.txt beside the checkout");
        CliRun r = CliRun.run(Pipelines::extractor, "extract", "--data", ROOT.resolve("crosscheck-data").toString(),
                KALAT.toString());
        assertEquals(0, r.exit(), r.err());

        Extraction e = new ReportJson().read(r.out());
        ReportSource source = new ReportFileReader(1L << 30, null).read(KALAT);
        assertEquals(Hashing.sha256Hex(source.body()), e.report().id());
        assertFalse(e.claims().isEmpty(), "kalat.txt has claims");

        assertFalse(OutputChecks.spans(new ReportJson().mapper().readTree(r.out())).isEmpty());
        assertEquals(List.of(), new OutputChecks().problems(r.out(), source.body()));
    }
}
