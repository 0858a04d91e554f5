package org.crosscheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/** Every command says what each of its parameters does, and lists only the options that apply to it. */
class HelpTextTest {
    private final CommandLine cl = Main.commandLine(new FakeExtractor().factory());

    @Test
    void everyOptionAndParameterOfEveryCommandHasHelpText() {
        List<String> missing = new ArrayList<>();
        walk(cl, missing);
        assertEquals(List.of(), missing);
    }

    private static void walk(CommandLine c, List<String> missing) {
        CommandSpec spec = c.getCommandSpec();
        List<ArgSpec> args = new ArrayList<>(spec.options());
        args.addAll(spec.positionalParameters());
        for (ArgSpec a : args) {
            String text = String.join(" ", a.description()).strip();
            if (text.isEmpty()) {
                missing.add(spec.qualifiedName() + " " + a.paramLabel()
                        + (a.isOption() ? " " + ((CommandLine.Model.OptionSpec) a).longestName() : ""));
            }
        }
        c.getSubcommands().values().forEach(sub -> walk(sub, missing));
    }

    @ParameterizedTest(name = "crosscheck {0}")
    @CsvSource({"events", "why", "history", "export", "serve", "token create", "gazetteer import", "bench geo"})
    void commandsThatReadNoReportsTakeNoReadingOptions(String command) {
        CommandSpec spec = command(command);
        assertFalse(spec.optionsMap().containsKey("--max-bytes"), command);
        assertFalse(spec.optionsMap().containsKey("--threads"), command);
        assertTrue(spec.optionsMap().containsKey("--data"), command);
    }

    @ParameterizedTest(name = "crosscheck {0}")
    @CsvSource({"extract", "ingest", "bench", "demo"})
    void commandsThatReadReportsTakeTheReadingOptions(String command) {
        CommandSpec spec = command(command);
        assertTrue(spec.optionsMap().containsKey("--max-bytes"), command);
        assertTrue(spec.optionsMap().containsKey("--threads"), command);
    }

    @ParameterizedTest(name = "crosscheck {0}")
    @CsvSource({"ingest", "events", "why", "history", "export", "serve"})
    void everyCommandOnTheLedgerTakesItsLocation(String command) {
        assertTrue(command(command).optionsMap().containsKey("--jdbc"), command);
    }

    private CommandSpec command(String path) {
        CommandLine c = cl;
        for (String name : path.split(" ")) {
            c = c.getSubcommands().get(name);
        }
        return c.getCommandSpec();
    }
}
