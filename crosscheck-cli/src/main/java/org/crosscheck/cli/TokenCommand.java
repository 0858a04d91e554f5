package org.crosscheck.cli;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.crosscheck.model.CrosscheckConfig;
import org.crosscheck.server.CrosscheckServer;
import org.crosscheck.server.token.Role;
import org.crosscheck.server.token.TokenStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code crosscheck token create|list|revoke}: API tokens for {@code crosscheck serve}. */
@Command(name = "token", mixinStandardHelpOptions = true, description = "API tokens for 'crosscheck serve'.",
        subcommands = {TokenCommand.Create.class, TokenCommand.ListTokens.class, TokenCommand.Revoke.class})
final class TokenCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "no token command given (try 'crosscheck token create "
                + "--role editor')");
    }

    /** What every token command takes: the data folder (or the demo's), whose token store it works on. */
    abstract static class TokenSubcommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        CommonOptions common;

        @Mixin
        Store store;

        TokenStore tokens() {
            return store.open(spec);
        }
    }

    /** The token store of the data folder (or of the demo's). */
    static final class Store {
        @Mixin
        DataOptions data;

        @Option(names = "--demo", description = "The tokens of the demo's ledger (its own data folder).")
        boolean demo;

        TokenStore open(CommandSpec spec) {
            CrosscheckConfig c = data.config();
            return new TokenStore(CrosscheckServer.tokenFile(demo ? DemoCommand.demoConfig(c) : c));
        }
    }

    /** Creates a token and prints it once; only its hash is kept (DATA/tokens.json). */
    @Command(name = "create", sortOptions = false, mixinStandardHelpOptions = true,
            description = "Create a token (printed once; only its hash is kept in DATA/tokens.json).")
    static final class Create extends TokenSubcommand {
        @Option(names = "--role", required = true, paramLabel = "ROLE",
                description = "editor (may edit the ledger) or reader (may read a --private server).")
        String role;

        @Option(names = "--name", paramLabel = "NAME", defaultValue = "${sys:user.name:-analyst}",
                description = "Who uses it; recorded as the author of each edit (default: ${DEFAULT-VALUE}).")
        String name;

        @Option(names = "--days", paramLabel = "N", defaultValue = "90",
                description = "Days the token is valid, 1 to 3650 (default: ${DEFAULT-VALUE}).")
        int days;

        @Override
        public Integer call() {
            TokenStore tokens = tokens();
            String secret;
            try {
                secret = tokens.create(Role.named(role), name, Duration.ofDays(days));
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
            spec.commandLine().getOut().println(secret);
            spec.commandLine().getErr().println("crosscheck: " + role + " token for '" + name + "' stored in "
                    + tokens.file() + ", valid for " + days + " days; send it as 'Authorization: Bearer TOKEN' "
                    + "(shown only now)");
            return Main.EXIT_OK;
        }
    }

    /** Lists the tokens: id, role, name, when made, until when valid. Never the tokens themselves. */
    @Command(name = "list", sortOptions = false, mixinStandardHelpOptions = true,
            description = "List the tokens (id, role, name, created, expires); the tokens themselves are not kept.")
    static final class ListTokens extends TokenSubcommand {
        @Override
        public Integer call() {
            List<TokenStore.Token> tokens = tokens().list();
            Instant now = Instant.now();
            spec.commandLine().getOut().println("id\trole\tname\tcreated\texpires");
            for (TokenStore.Token t : tokens) {
                spec.commandLine().getOut().println(t.id() + "\t" + t.role() + "\t" + t.name() + "\t" + t.created()
                        + "\t" + t.expires() + (t.expired(now) ? " (expired)" : ""));
            }
            return Main.EXIT_OK;
        }
    }

    /** Revokes a token by its id: it stops working at once, also on a server that is running. */
    @Command(name = "revoke", sortOptions = false, mixinStandardHelpOptions = true,
            description = "Revoke a token by its id (see 'crosscheck token list'); a running server refuses it at once.")
    static final class Revoke extends TokenSubcommand {
        @Parameters(paramLabel = "ID", description = "The token's id, 12 hexadecimal digits.")
        String id;

        @Override
        public Integer call() {
            boolean revoked;
            try {
                revoked = tokens().revoke(id);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
            if (!revoked) {
                throw new ParameterException(spec.commandLine(), "no token with id " + id);
            }
            spec.commandLine().getErr().println("crosscheck: token " + id + " revoked");
            return Main.EXIT_OK;
        }
    }
}
