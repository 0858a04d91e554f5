package org.crosscheck.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What every scoring benchmark under {@code crosscheck bench} declares: its spec, the common options, the corpus
 * with {@code --json} and the data folder.
 */
abstract class CorpusBenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Mixin
    BenchOptions bench;

    @Mixin
    DataOptions dataOptions;
}
