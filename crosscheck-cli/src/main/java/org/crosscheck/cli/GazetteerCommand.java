package org.crosscheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.crosscheck.geo.GazetteerGeoparser;
import org.crosscheck.geo.GazetteerImporter;
import org.crosscheck.geo.LuceneGazetteer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code crosscheck gazetteer import FILE}: merges a GeoNames dump into the data folder's gazetteer. */
@Command(name = "gazetteer", mixinStandardHelpOptions = true,
        description = "Manage the place gazetteer in the data folder.",
        subcommands = GazetteerCommand.Import.class)
final class GazetteerCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "no gazetteer command given (try 'import')");
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Merge a GeoNames dump in its tab format (allCountries.txt, PK.txt, cities1000.txt, "
                    + "admin1CodesASCII.txt, admin2Codes.txt) into the gazetteer; the bundled gazetteer is built "
                    + "first if absent.")
    static final class Import implements Callable<Integer> {
        @Mixin
        CommonOptions common;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "GeoNames file, tab-separated, UTF-8.")
        Path file;

        @Mixin
        DataOptions dataOptions;

        @Override
        public Integer call() throws IOException {
            if (!Files.isRegularFile(file)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "no such file: " + file);
            }
            // Opening builds the bundled index first when the folder has none.
            try (LuceneGazetteer g = GazetteerGeoparser.openGazetteer(dataOptions.data)) {
                g.size();
            }
            GazetteerImporter.Stats s = new GazetteerImporter().importFile(file, dataOptions.data.resolve("gazetteer"));
            PrintWriter out = spec.commandLine().getOut();
            out.printf("imported %d places and %d divisions from %s%n", s.places(), s.divisions(), file);
            out.flush();
            return 0;
        }
    }
}
