package io.kumo.cli;

import io.kumo.api.ApiJsonFields;
import io.kumo.api.ApiRole;
import io.kumo.api.ApiToken;
import io.kumo.api.CreatedToken;
import io.kumo.api.service.ApiTokenService;
import io.kumo.json.Json;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kumo api token create|list|revoke}: who may call the REST API, and with which role. */
@Command(name = "token", description = "REST API tokens: create (shown once), list, revoke.",
        subcommands = {ApiTokenCommand.Create.class, ApiTokenCommand.ListTokens.class, ApiTokenCommand.Revoke.class})
final class ApiTokenCommand {

    /** Minutes, in UTC: the same for a command forwarded to an instance and one run on its own. */
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    static ApiTokenService tokens(CommandSpec spec) {
        return TaskCommand.access(spec).core().apiTokens();
    }

    static String time(Optional<Instant> instant, String none) {
        return instant.map(TIME::format).orElse(none);
    }

    @Command(name = "create", description = "Create a token and print it once, alone on the last line (only its hash is kept).")
    static final class Create implements Callable<Integer> {
        @Parameters(paramLabel = "NAME", description = "The token's name: the audit log's actor is api:NAME.") String name;
        @Option(names = "--role", required = true, paramLabel = "ROLE", description = "viewer (reads), operator (also "
                + "runs, stops, pauses), admin (also changes tasks, workflows, environments, channels, tokens).") String role;
        @Option(names = "--expires", paramLabel = "30d", description = "Lifetime: 90m, 12h, 30d, 2w (default: no end).") String expires;
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            ApiRole parsed = ApiRole.parse(role);
            Optional<java.time.Duration> lifetime = Optional.ofNullable(expires).map(ApiTokenService::lifetime);
            CreatedToken created = tokens(spec).create(name, parsed, lifetime);
            PrintWriter out = spec.commandLine().getOut();
            out.println("Created token " + created.token().name() + " (" + parsed.label() + "), "
                    + created.token().expiresAt().map(at -> "expires " + TIME.format(at)).orElse("never expires")
                    + ". It is shown this once; send it as 'Authorization: Bearer TOKEN':");
            out.println(created.secret());
            return ExitCodes.OK;
        }
    }

    @Command(name = "list", description = "List tokens: name, role, created, expires, last used (never the tokens themselves).")
    static final class ListTokens implements Callable<Integer> {
        @Option(names = "--json", description = "Print JSON: [{id, name, role, created_at, expires_at, last_used_at, expired}].") boolean json;
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            var core = TaskCommand.access(spec).core();
            List<ApiToken> tokens = core.apiTokens().list();
            Instant now = core.clock().instant();
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(Json.write(tokens.stream().map(token -> ApiJsonFields.token(token, now)).toList()));
            } else if (tokens.isEmpty()) {
                out.println("No tokens.");
            } else {
                out.println(String.format("%-24s %-8s %-20s %-28s %s", "NAME", "ROLE", "CREATED", "EXPIRES", "LAST USED"));
                tokens.forEach(token -> out.println(String.format("%-24s %-8s %-20s %-28s %s", token.name(),
                        token.role().label(), TIME.format(token.createdAt()),
                        time(token.expiresAt(), "never") + (token.expiredAt(now) ? " (expired)" : ""),
                        time(token.lastUsedAt(), "never"))));
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "revoke", description = "Revoke a token: requests with it are refused (401) from now on.")
    static final class Revoke implements Callable<Integer> {
        @Parameters(paramLabel = "NAME") String name;
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            tokens(spec).revoke(name);
            spec.commandLine().getOut().println("Revoked token " + name);
            return ExitCodes.OK;
        }
    }
}
