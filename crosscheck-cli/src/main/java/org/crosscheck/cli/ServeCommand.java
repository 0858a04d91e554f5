package org.crosscheck.cli;

import java.io.PrintWriter;
import java.util.concurrent.CountDownLatch;
import org.crosscheck.model.CrosscheckConfig;
import org.crosscheck.server.CrosscheckServer;
import org.crosscheck.server.ReportIntake;
import org.crosscheck.server.ServerRuntime;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code crosscheck serve}: the REST API and web UI over an existing ledger, until interrupted. */
@Command(name = "serve", sortOptions = false, mixinStandardHelpOptions = true,
        description = "Serve the ledger: REST API under /api, OpenAPI at /openapi.json, web UI at /.")
final class ServeCommand extends LedgerOptionsCommand {
    @Option(names = "--port", paramLabel = "N", defaultValue = "8080", description = "Port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", paramLabel = "ADDR", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String host;

    @Option(names = "--private", description = "Reading needs a token too (writing always does).")
    boolean privateMode;

    private final ExtractorFactory extractors;

    ServeCommand(ExtractorFactory extractors) {
        this.extractors = extractors;
    }

    @Override
    public Integer call() throws InterruptedException {
        CrosscheckConfig config = ledgerOptions.config();
        PrintWriter err = spec.commandLine().getErr();
        return serve(spec.commandLine().getOut(), err, config, new CrosscheckServer.Options(host, port, privateMode),
                new PipelineIntake(config, extractors, System::nanoTime, err), "Crosscheck");
    }

    /**
     * Starts the server (adding the reports sent to it through {@code intake}), prints its address and blocks until
     * the process is interrupted.
     */
    static int serve(PrintWriter out, PrintWriter err, CrosscheckConfig config, CrosscheckServer.Options options,
                     ReportIntake intake, String what) throws InterruptedException {
        ServerRuntime rt = ServerRuntime.start(config, options, intake, s -> {
            err.println("crosscheck: " + s);
            err.flush();
        });
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            rt.close();
            stopped.countDown();
        }, "crosscheck-serve-stop"));
        String shown = options.host().contains(":") ? "[" + options.host() + "]" : options.host();
        out.printf("%s is serving %s at http://%s:%d/%s%n", what, rt.ledger().stats().summary(), shown, rt.port(),
                options.privateMode() ? " (private: reading needs a token)" : "");
        out.println("Press Ctrl-C to stop.");
        out.flush();
        stopped.await();
        return Main.EXIT_OK;
    }
}
