package org.crosscheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.crosscheck.corenlp.SemgrexEngine;
import org.crosscheck.extract.RuleBasedExtractor;
import org.crosscheck.extract.input.LanguageIdentifier;
import org.crosscheck.extract.input.ReportFileReader;
import org.crosscheck.model.CrosscheckConfig;
import org.crosscheck.model.Extraction;
import org.crosscheck.model.ReportSource;
import org.crosscheck.model.ReportExtractor;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;

/**
 * Issue 9 item 6, as properties: whatever report text comes in, {@code crosscheck extract} ends in a result or a
 * one-line failure, never an internal error, and every result is valid against the report schema, each span
 * quotes the body and each count lies in 0..10,000,000 ({@link InputVerdict}, {@link OutputChecks}).
 *
 * <p>The inputs are generated reports ({@link ReportTexts}) and seed reports mutated by {@link ReportMutator}
 * from a jqwik-drawn seed. The default properties run every rule stage (actors, attribution, the claim
 * extractors, events, times, consolidation, with the Semgrex rule files) on {@link LightAnalyzer}'s model-free
 * analysis, so a few hundred reports take seconds; a failing text is shrunk by jqwik to a small one. The
 * {@code slow} property sends generated reports through the production pipeline (CoreNLP and the gazetteer).
 * Seeds are fixed so that a build's verdict does not change between runs; no verdict depends on time.
 */
class ExtractProperties {
    private static final List<String> SEEDS = List.of("/fuzz/seed-ambush.txt", "/fuzz/seed-shelling.txt",
            "/fuzz/seed-raid.txt", "/org/crosscheck/server/demo/market-mopti.txt");
    private static final CrosscheckConfig CONFIG = CrosscheckConfig.defaults();
    private static final LightAnalyzer LIGHT = new LightAnalyzer();
    private static final ReportExtractor LIGHT_PIPELINE = new RuleBasedExtractor(LIGHT, new MentionPlaces(), LIGHT,
            new SemgrexEngine());
    private static final ReportFileReader READER = new ReportFileReader(CONFIG.maxReportBytes(),
            new LanguageIdentifier());
    private static final OutputChecks CHECKS = new OutputChecks();

    @Property(tries = 100, seed = "9")
    void generatedReportsEndInAValidResultOrAOneLineFailure(@ForAll("reports") String text) throws IOException {
        assertSound(LIGHT_PIPELINE, text.getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 50, seed = "9")
    void mutatedReportsEndInAValidResultOrAOneLineFailure(@ForAll long seed) throws IOException {
        assertSound(LIGHT_PIPELINE, new ReportMutator(seeds(), seed, 0).next().bytes());
    }

    @Property(tries = 12, seed = "9")
    @Tag("slow")
    void generatedReportsThroughTheProductionPipeline(@ForAll("reports") String text) throws IOException {
        assertSound(Production.PIPELINE, text.getBytes(StandardCharsets.UTF_8));
    }

    /** The light analysis reaches the claim stages: without this the properties would test little. */
    @Example
    void theLightPipelineFindsClaims() {
        Extraction x = LIGHT_PIPELINE.extract(new ReportSource("r.txt", null, null, null, LocalDate.of(2024, 3, 2),
                null, Map.of(), "Police said 12 soldiers were killed in Tora on Monday.", false));
        assertFalse(x.claims().isEmpty(), "no claim from the light analysis");
        assertFalse(x.places().isEmpty(), "no place from the light analysis");
    }

    @Provide
    Arbitrary<String> reports() {
        return ReportTexts.reports();
    }

    private static void assertSound(ReportExtractor extractor, byte[] bytes) throws IOException {
        Path file = Files.createTempFile("crosscheck-property", ".txt");
        InputVerdict v;
        try {
            Files.write(file, bytes);
            v = InputVerdict.of(file, READER, extractor, CHECKS);
        } finally {
            Files.delete(file);
        }
        if (!v.internal().isEmpty()) {
            // the stack trace, not just its message, for whoever reads the failure
            throw new AssertionError("internal error: " + v.internal().get(0), v.thrown());
        }
        assertEquals(List.of(), v.problems());
    }

    private static List<String> seeds() {
        List<String> out = new ArrayList<>();
        for (String s : SEEDS) {
            try (InputStream in = ExtractProperties.class.getResourceAsStream(s)) {
                out.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    /** The production pipeline, loaded on first use (the models take seconds), once per test JVM. */
    private static final class Production {
        private static final CrosscheckConfig DATA = new CrosscheckConfig(
                Path.of("").toAbsolutePath().getParent().resolve("crosscheck-data"), null, CONFIG.maxReportBytes(), 1,
                CONFIG.reportBudget());
        private static final ReportExtractor LOADED = Pipelines.extractor(DATA);
        /** A report over its budget ends in the one-line failure the command gives, never a hung build. */
        static final ReportExtractor PIPELINE = new BudgetedExtractor(() -> LOADED, DATA.reportBudget());
    }
}
