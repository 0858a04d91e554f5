package org.crosscheck.cli;

import java.util.concurrent.Callable;
import org.crosscheck.model.CrosscheckConfig;
import org.crosscheck.server.CrosscheckServer;
import org.crosscheck.server.token.Role;
import org.crosscheck.server.token.TokenStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code crosscheck token create --role editor}: an API token for {@code crosscheck serve}. */
@Command(name = "token", mixinStandardHelpOptions = true, description = "API tokens for 'crosscheck serve'.",
        subcommands = TokenCommand.Create.class)
final class TokenCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "no token command given (try 'crosscheck token create "
                + "--role editor')");
    }

    /** Creates a token and prints it once; only its hash is stored (DATA/tokens.json). */
    @Command(name = "create", sortOptions = false, mixinStandardHelpOptions = true,
            description = "Create a token (printed once; only its hash is kept in DATA/tokens.json).")
    static final class Create implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        CommonOptions common;

        @Mixin
        ConfigOptions config;

        @Option(names = "--role", required = true, paramLabel = "ROLE",
                description = "editor (may edit the ledger) or reader (may read a --private server).")
        String role;

        @Option(names = "--name", paramLabel = "NAME", defaultValue = "${sys:user.name:-analyst}",
                description = "Who uses it; recorded as the author of each edit (default: ${DEFAULT-VALUE}).")
        String name;

        @Option(names = "--demo", description = "A token for the demo's ledger (its own data folder).")
        boolean demo;

        @Override
        public Integer call() {
            CrosscheckConfig c = config.toConfig(spec.commandLine());
            if (demo) {
                c = DemoCommand.demoConfig(c);
            }
            String secret;
            try {
                secret = new TokenStore(CrosscheckServer.tokenFile(c)).create(Role.named(role), name);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
            spec.commandLine().getOut().println(secret);
            spec.commandLine().getErr().println("crosscheck: " + role + " token for '" + name + "' stored in "
                    + CrosscheckServer.tokenFile(c) + "; send it as 'Authorization: Bearer TOKEN' (shown only now)");
            return Main.EXIT_OK;
        }
    }
}
