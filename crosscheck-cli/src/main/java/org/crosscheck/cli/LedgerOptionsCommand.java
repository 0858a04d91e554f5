package org.crosscheck.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What every command on a ledger declares: its spec, the common options and the ledger's (data folder or JDBC
 * URL). {@link LedgerCommand} opens the ledger around its work; {@code ingest} and {@code serve} open it their
 * own way.
 */
abstract class LedgerOptionsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Mixin
    LedgerOptions ledgerOptions;
}
