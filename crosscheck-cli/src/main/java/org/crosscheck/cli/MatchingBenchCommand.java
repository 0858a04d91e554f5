package org.crosscheck.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.crosscheck.cli.bench.MatchingScore;
import org.crosscheck.extract.input.LanguageIdentifier;
import org.crosscheck.extract.input.ReportFileReader;
import org.crosscheck.ledger.EventQuery;
import org.crosscheck.ledger.Explanation;
import org.crosscheck.ledger.Ledger;
import org.crosscheck.ledger.LedgerEvent;
import org.crosscheck.ledger.ReportRef;
import org.crosscheck.ledger.bench.DevSetCheck;
import org.crosscheck.model.CrosscheckConfig;
import org.crosscheck.model.UnreadableReportException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code crosscheck bench matching DIR}: how the ledger groups DIR's reports into incidents, against the incident
 * groups of DIR/INDEX.tsv (see {@link MatchingScore}). The reports are extracted and ingested into a new ledger in
 * a temporary folder, in file order; {@code --replay DATA} ingests instead the extractions stored in another
 * ledger (matching alone, no NLP), and {@code --existing} scores the ledger of {@code --data} as it is.
 */
@Command(name = "matching", mixinStandardHelpOptions = true,
        description = {"Matching benchmark: ingest a folder of reports (CORPUS) into a new ledger and score its "
                + "grouping of reports into events against CORPUS/INDEX.tsv's incident groups: pairwise and "
                + "B-cubed precision/recall/F1, groups split, events mixing groups, events without claims, beside "
                + "every report alone and all reports one incident."})
final class MatchingBenchCommand extends CorpusBenchCommand {
    @Option(names = "--index", paramLabel = "FILE", description = "The gold groups (columns file, incident_group). "
            + "Default: CORPUS/INDEX.tsv.")
    Path index;

    @Option(names = "--replay", paramLabel = "DATA", description = "Ingest the extractions stored in the ledger of "
            + "this data folder (in the order stored) instead of extracting the reports.")
    Path replay;

    @Option(names = "--existing", description = "Score the ledger of --data as it is; ingest nothing.")
    boolean existing;

    @Mixin
    ReportOptions reportOptions;

    private final ExtractorFactory extractors;

    MatchingBenchCommand(ExtractorFactory extractors) {
        this.extractors = extractors;
    }

    @Override
    public Integer call() throws IOException {
        CommandLine cl = spec.commandLine();
        PrintWriter err = cl.getErr();
        Path dir = bench.corpus;
        Path indexFile = index != null ? index : dir.resolve("INDEX.tsv");
        if (!Files.isRegularFile(indexFile)) {
            err.println("crosscheck: " + indexFile + ": no such file (the gold groups; give --index)");
            return Main.EXIT_FAILED;
        }
        if (existing && replay != null) {
            throw new CommandLine.ParameterException(cl, "--existing and --replay exclude each other");
        }
        Map<String, String> gold;
        try {
            gold = DevSetCheck.readIndex(indexFile);
        } catch (IllegalArgumentException e) {
            err.println("crosscheck: " + Main.oneLine(e.getMessage()));
            return Main.EXIT_FAILED;
        }
        CrosscheckConfig config = reportOptions.apply(dataOptions.config(), cl);
        int failed = 0;
        MatchingScore score;
        if (existing) {
            try (Ledger ledger = Ledger.open(config)) {
                score = MatchingScore.of(gold, events(ledger));
            }
        } else {
            Path tmp = Files.createTempDirectory("crosscheck-bench-matching");
            try (Ledger ledger = Ledger.open(Ledger.h2Url(tmp.resolve("ledger")))) {
                failed = replay != null ? replay(replay, ledger) : ingest(dir, config, ledger, err);
                score = MatchingScore.of(gold, events(ledger));
            } finally {
                deleteTree(tmp);
            }
        }
        bench.print(cl.getOut(), score.text() + (failed == 0 ? "" : failed + " reports failed\n"), json(score));
        return failed == 0 ? Main.EXIT_OK : Main.EXIT_FAILED;
    }

    private int ingest(Path dir, CrosscheckConfig config, Ledger ledger, PrintWriter err) {
        ReportFileReader reader = new ReportFileReader(config.maxReportBytes(), new LanguageIdentifier());
        LazyExtractor extractor = new LazyExtractor(() -> extractors.create(config),
                () -> err.println("crosscheck: loading the extraction pipeline..."));
        int failed = 0;
        for (Path f : ReportFiles.listTxt(dir)) {
            try {
                ledger.ingest(reader.read(f), extractor);
            } catch (UnreadableReportException e) {
                failed++;
                err.println("crosscheck: " + f + ": " + Main.oneLine(e.getMessage()));
            } catch (LazyExtractor.LoadFailure e) {
                throw e;
            } catch (RuntimeException e) {
                failed++;
                err.println("crosscheck: " + f + ": internal error: " + Main.describe(e));
            }
        }
        return failed;
    }

    /** The extractions of another ledger, ingested in the order stored. */
    private static int replay(Path data, Ledger into) {
        try (Ledger from = Ledger.open(Ledger.h2Url(data.resolve("ledger")))) {
            for (long id : from.reportIds()) {
                into.ingest(from.extraction(id), from.source(id));
            }
        }
        return 0;
    }

    /** The ledger's active events with the file names of their reports, and of their incidents' for operations. */
    static List<MatchingScore.Event> events(Ledger ledger) {
        Map<Long, Explanation> why = new HashMap<>();
        for (LedgerEvent e : ledger.events(EventQuery.all().withLimit(Integer.MAX_VALUE))) {
            why.put(e.id(), ledger.why(e.id()));
        }
        List<MatchingScore.Event> out = new ArrayList<>();
        why.values().stream().sorted(Comparator.comparingLong(x -> x.event().id())).forEach(x -> {
            Set<String> family = new TreeSet<>(names(x));
            for (long c : x.children()) {
                Explanation child = why.get(c);
                if (child != null) {
                    family.addAll(names(child));
                }
            }
            out.add(new MatchingScore.Event(x.event().id(), names(x), family, x.event().claimCount()));
        });
        return out;
    }

    private static Set<String> names(Explanation x) {
        Set<String> out = new TreeSet<>();
        for (ReportRef r : x.reports()) {
            Path name = Path.of(r.name()).getFileName();
            out.add(name == null ? r.name() : name.toString());
        }
        return out;
    }

    private static String json(MatchingScore s) throws JsonProcessingException {
        return new ObjectMapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE).writeValueAsString(s);
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
