package org.crosscheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Argument errors: exit 2, a one-line message and a pointer to --help, never a stack trace or a model load. */
class UsageTest {
    private final FakeExtractor fake = new FakeExtractor();

    @ParameterizedTest(name = "[{index}] crosscheck {0}")
    @CsvSource(delimiter = '|', textBlock = """
        ''                                        | crosscheck: no command given
        frobnicate                                | crosscheck: Unmatched argument at index 0: 'frobnicate'
        extract                                   | crosscheck: Missing required parameter: 'FILE|DIR'
        extract --frob x.txt                      | crosscheck: Unknown option: '--frob'
        extract --published 2025-02-30 x.txt      | crosscheck: Invalid value for option '--published': published date '2025-02-30' is not a calendar date
        extract --published yesterday x.txt       | crosscheck: Invalid value for option '--published': published date 'yesterday' is neither YYYY-MM-DD nor 'unknown'
        extract --max-bytes lots x.txt            | crosscheck: Invalid value for option '--max-bytes': 'lots' is not a size in bytes (e.g. 20M)
        extract --max-bytes 0 x.txt               | crosscheck: Invalid value for option '--max-bytes': '0': the limit must be positive
        extract --threads 0 x.txt                 | crosscheck: --threads must be at least 1, not 0
        extract --threads two x.txt               | crosscheck: Invalid value for option '--threads': 'two' is not an int
        bench                                     | crosscheck: Missing required parameter: 'DIR'
        bench --warmup -1 .                       | crosscheck: --warmup must be 0 or more, not -1
        bench /no/such/dir                        | crosscheck: /no/such/dir is not a directory
        """)
    void usageErrorsExitTwoWithOneLine(String args, String expectedFirstLine) {
        CliRun r = CliRun.run(fake.factory(), args.isEmpty() ? new String[0] : args.split(" "));
        assertEquals(2, r.exit(), r.err());
        String[] lines = r.errLines();
        assertTrue(lines[0].startsWith(expectedFirstLine), lines[0]);
        assertTrue(lines[lines.length - 1].startsWith("Try 'crosscheck"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
        assertEquals("", r.out());
        assertEquals(0, fake.created.get());
    }

    @Test
    void misspelledCommandGetsASuggestion() {
        CliRun r = CliRun.run(fake.factory(), "extrct", "x.txt");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("Did you mean: crosscheck extract"), r.err()); // "or crosscheck export" may follow
    }

    @Test
    void helpListsTheCommandsAndExitsZero() {
        CliRun r = CliRun.run(fake.factory(), "--help");
        assertEquals(0, r.exit());
        assertTrue(r.out().contains("extract"), r.out());
        assertTrue(r.out().contains("bench"), r.out());
        CliRun sub = CliRun.run(fake.factory(), "extract", "--help");
        assertEquals(0, sub.exit());
        assertTrue(sub.out().contains("--published=DATE"), sub.out());
        assertTrue(sub.out().contains("Exit codes:"), sub.out());
        CliRun help = CliRun.run(fake.factory(), "help", "bench");
        assertEquals(0, help.exit());
        assertTrue(help.out().contains("--warmup=N"), help.out());
        // a subcommand of bench needs no DIR of its own
        CliRun geo = CliRun.run(fake.factory(), "bench", "geo", "--help");
        assertEquals(0, geo.exit(), geo.err());
    }

    @Test
    void versionExitsZero() {
        CliRun r = CliRun.run(fake.factory(), "--version");
        assertEquals(0, r.exit());
        assertTrue(r.out().startsWith("crosscheck "), r.out());
    }
}
