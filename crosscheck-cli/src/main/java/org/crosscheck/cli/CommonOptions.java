package org.crosscheck.cli;

import picocli.CommandLine.Option;

/** Options every crosscheck command takes. */
public final class CommonOptions {
    @Option(names = "--debug", description = "On an unexpected error, print its stack trace.")
    boolean debug;
}
