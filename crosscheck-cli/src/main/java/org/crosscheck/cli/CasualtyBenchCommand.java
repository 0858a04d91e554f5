package org.crosscheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.crosscheck.cli.bench.CasualtyScore;
import org.crosscheck.cli.bench.GvdbArticle;
import org.crosscheck.cli.bench.GvdbReader;
import org.crosscheck.cli.bench.MainIncident;
import org.crosscheck.model.CrosscheckConfig;
import org.crosscheck.model.ReportExtractor;
import org.crosscheck.model.ReportSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code crosscheck bench casualties FILE.tsv}: killed and injured counts on a GVDB split (Pavlick et al. 2016):
 * per article, the figures the extraction gives its main incident against the coders', exact and zero/non-zero,
 * beside the answers always 0 and always 1. Articles are extracted one after the other.
 */
@Command(name = "casualties", mixinStandardHelpOptions = true,
        description = "Casualty benchmark on a GVDB split (CORPUS, TSV: id, url, title, full text, JSON, worker): "
                + "killed and injured of each article's main incident, exact match and zero/non-zero agreement, "
                + "beside always-0 and always-1.")
final class CasualtyBenchCommand extends CorpusBenchCommand {
    @Option(names = "--limit", paramLabel = "N", description = "Score only the first N articles.")
    Integer limit;

    @Option(names = "--misses", paramLabel = "FILE", description = "Also write every article whose figure "
            + "differs, one a line: id, figure, gold, system.")
    Path misses;

    @Mixin
    ReportOptions reportOptions;

    private final ExtractorFactory extractors;

    CasualtyBenchCommand(ExtractorFactory extractors) {
        this.extractors = Objects.requireNonNull(extractors);
    }

    @Override
    public Integer call() throws IOException {
        CommandLine cl = spec.commandLine();
        if (limit != null && limit < 1) {
            throw new CommandLine.ParameterException(cl, "--limit must be at least 1, not " + limit);
        }
        PrintWriter err = cl.getErr();
        List<GvdbArticle> articles;
        try {
            articles = new GvdbReader().read(bench.corpus, err::println);
        } catch (NoSuchFileException e) {
            err.println("crosscheck: " + bench.corpus + ": no such file");
            return Main.EXIT_FAILED;
        }
        if (limit != null && limit < articles.size()) {
            articles = articles.subList(0, limit);
        }
        if (articles.isEmpty()) {
            err.println("crosscheck: " + bench.corpus + ": no articles");
            return Main.EXIT_FAILED;
        }
        CrosscheckConfig config = reportOptions.apply(dataOptions.config(), cl);
        ReportExtractor extractor;
        try {
            extractor = extractors.create(config);
        } catch (RuntimeException | LinkageError e) {
            err.println("crosscheck: cannot load the extraction pipeline: " + Main.describe(e));
            return Main.EXIT_FAILED;
        }
        MainIncident incident = new MainIncident();
        CasualtyScore score = new CasualtyScore();
        for (GvdbArticle a : articles) {
            ReportSource source = new ReportSource("gvdb-" + a.id(), a.title(), null, a.url(), null, "en", Map.of(),
                    a.body(), false);
            try {
                score.add(a, incident.figures(extractor.extract(source)));
            } catch (RuntimeException e) {
                score.failed(a, Main.describe(e));
                err.println("crosscheck: " + bench.corpus + ": article " + a.id() + ": " + Main.describe(e));
            }
        }
        if (misses != null) {
            Files.write(misses, score.misses(), StandardCharsets.UTF_8);
        }
        PrintWriter out = cl.getOut();
        bench.print(out, score.text(), score.json());
        return score.failures() == 0 ? Main.EXIT_OK : Main.EXIT_FAILED;
    }
}
