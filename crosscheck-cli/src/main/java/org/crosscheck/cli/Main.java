package org.crosscheck.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.function.LongSupplier;
import org.crosscheck.ledger.LedgerInUseException;
import org.crosscheck.model.UnreadableReportException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code crosscheck} command. Subcommands are listed in the annotation below; a new one is a class with
 * {@code @Command(name = ...)} that implements {@code Callable<Integer>}, includes {@code @Mixin CommonOptions}
 * (a command on the ledger extends {@link LedgerCommand} instead), and is appended to that list.
 *
 * <p>Exit codes: 0 success; 1 some input could not be processed (each named on stderr) or an unexpected error;
 * 2 a usage error (bad option or argument). A user's mistake never shows a stack trace; an unexpected error
 * shows its message, and its trace with {@code --debug}.
 */
@Command(name = "crosscheck",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Turns news reports about armed conflict into attributed claims: who claims what happened, "
                + "where, when and to whom.",
        subcommands = {
            CommandLine.HelpCommand.class,
            ExtractCommand.class,
            BenchCommand.class,
            GazetteerCommand.class,
            IngestCommand.class,
            EventsCommand.class,
            WhyCommand.class,
            HistoryCommand.class,
            ExportCommand.class,
            ServeCommand.class,
            TokenCommand.class,
            DemoCommand.class,
        })
public final class Main implements Runnable {
    public static final int EXIT_OK = 0;
    public static final int EXIT_FAILED = 1;
    public static final int EXIT_USAGE = 2;
    /** What a report that exhausted the heap is told; the run stops, since the JVM may not be safe after it. */
    static final String OUT_OF_MEMORY = "ran out of memory; the run stops here (a larger heap: CROSSCHECK_JAVA_OPTS="
            + "-Xmx6g; fewer reports at once: --threads 1)";

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "no command given (try 'crosscheck extract FILE')");
    }

    public static void main(String[] args) {
        CommandLine cl = commandLine(Pipelines::extractor);
        // UTF-8 whatever the locale: span texts in the JSON must survive byte for byte.
        cl.setOut(new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out),
                StandardCharsets.UTF_8), true));
        cl.setErr(new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err),
                StandardCharsets.UTF_8), true));
        int code;
        try {
            code = cl.execute(args);
        } catch (OutOfMemoryError e) {
            code = EXIT_FAILED; // the report was named where it happened; no stack trace for the user
        }
        cl.getOut().flush();
        cl.getErr().flush();
        System.exit(code);
    }

    /**
     * The command line with its error handling, building extractors with {@code extractors} (tests pass a fake
     * one so they need no NLP models).
     */
    public static CommandLine commandLine(ExtractorFactory extractors) {
        return commandLine(extractors, System::nanoTime);
    }

    /** The same, measuring the time budget of each report on {@code nanos} (tests move a fake clock). */
    static CommandLine commandLine(ExtractorFactory extractors, LongSupplier nanos) {
        Objects.requireNonNull(extractors, "extractors");
        CommandLine cl = new CommandLine(new Main(), new CommandFactory(extractors, nanos));
        cl.setParameterExceptionHandler(Main::usageError);
        cl.setExecutionExceptionHandler(Main::executionError);
        return cl;
    }

    /** One line naming the problem, a suggestion when picocli has one, and where to find help. */
    private static int usageError(ParameterException ex, String[] args) {
        CommandLine c = ex.getCommandLine();
        PrintWriter err = c.getErr();
        err.println("crosscheck: " + oneLine(ex.getMessage()));
        UnmatchedArgumentException.printSuggestions(ex, err);
        err.println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for more information.");
        err.flush();
        return EXIT_USAGE;
    }

    private static int executionError(Exception ex, CommandLine c, ParseResult parseResult) {
        PrintWriter err = c.getErr();
        if (ex instanceof UnreadableReportException || ex instanceof CommandFailure) {
            err.println("crosscheck: " + oneLine(ex.getMessage()));
        } else if (ledgerInUse(ex)) {
            // The embedded store has one owner process; a running server is the usual one.
            err.println("crosscheck: the ledger is in use by another process (a running 'crosscheck serve'?): add "
                    + "reports through it with 'crosscheck ingest --server URL', or stop it first");
        } else {
            err.println("crosscheck: internal error: " + describe(ex));
            if (debug(parseResult)) {
                ex.printStackTrace(err);
            } else {
                err.println("crosscheck: run with --debug for the stack trace");
            }
        }
        err.flush();
        return EXIT_FAILED;
    }

    /** Whether the embedded store is held by another process, as the ledger says. */
    static boolean ledgerInUse(Throwable ex) {
        for (Throwable c = ex; c != null; c = c.getCause()) {
            if (c instanceof LedgerInUseException) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code --debug} was given anywhere on the command line that runs {@code command}. */
    static boolean debug(CommandSpec command) {
        return debug(command.root().commandLine().getParseResult());
    }

    /** Whether {@code --debug} was given to the top command or any subcommand. */
    static boolean debug(ParseResult parseResult) {
        for (ParseResult pr = parseResult; pr != null; pr = pr.subcommand()) {
            if (pr.hasMatchedOption("--debug")) {
                return true;
            }
        }
        return false;
    }

    /** An exception as one line: its class when it says nothing else, then its message. */
    static String describe(Throwable t) {
        String msg = t.getMessage();
        String name = t.getClass().getSimpleName();
        return msg == null || msg.isBlank() ? name : name + ": " + oneLine(msg);
    }

    static String oneLine(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    /** Creates command objects, handing the extractor factory to those that take one. */
    private record CommandFactory(ExtractorFactory extractors, LongSupplier nanos) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> cls) throws Exception {
            if (cls == ExtractCommand.class) {
                return cls.cast(new ExtractCommand(extractors, nanos));
            }
            if (cls == BenchCommand.class) {
                return cls.cast(new BenchCommand(extractors));
            }
            if (cls == CasualtyBenchCommand.class) {
                return cls.cast(new CasualtyBenchCommand(extractors));
            }
            if (cls == IngestCommand.class) {
                return cls.cast(new IngestCommand(extractors, nanos));
            }
            if (cls == MatchingBenchCommand.class) {
                return cls.cast(new MatchingBenchCommand(extractors));
            }
            if (cls == ServeCommand.class) {
                return cls.cast(new ServeCommand(extractors));
            }
            if (cls == DemoCommand.class) {
                return cls.cast(new DemoCommand(extractors));
            }
            return CommandLine.defaultFactory().create(cls);
        }
    }

    /** The version from the jar's manifest, or "development" when run from classes. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"crosscheck " + (v == null ? "(development build)" : v),
                "Java " + System.getProperty("java.version") + " on " + System.getProperty("os.name")};
        }
    }
}
