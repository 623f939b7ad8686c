package io.kumo.cli;

import io.kumo.json.Json;
import io.kumo.schedule.Triggers;
import io.kumo.schedule.cron.CronExpression;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kumo cron next|explain}: check an expression before scheduling it. */
@Command(name = "cron", description = "Check cron expressions.", subcommands = {CronCommand.Next.class, CronCommand.Explain.class})
final class CronCommand {

    @Command(name = "next", description = "The next fire times of EXPR (after --from, exclusive).")
    static final class Next implements Callable<Integer> {
        @Parameters(paramLabel = "EXPR", description = "5 fields or a macro such as @daily; quote it.")
        String expression;
        @Option(names = "--count", defaultValue = "5", description = "How many (default 5).")
        int count;
        @Option(names = "--from", paramLabel = "ISO", description = "Start instant, e.g. 2026-03-01T00:00:00Z (default: now).")
        String from;
        @Option(names = "--zone", paramLabel = "Z", description = "Time zone (default: the system's).")
        String zone;
        @Option(names = "--json", description = "Print JSON.")
        boolean json;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            CronExpression cron = Triggers.cron(expression);
            ZoneId zoneId = Triggers.zone(zone);
            if (count < 1 || count > 1000) {
                throw new CliUsageException("--count: must be between 1 and 1000");
            }
            Instant start = from == null ? Instant.now() : parseInstant(from);
            List<Instant> next = cron.nextFires(start, zoneId, count);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                Map<String, Object> result = new LinkedHashMap<>();
                result.put("expr", cron.text());
                result.put("description", cron.describe());
                result.put("next", next.stream().map(Json::instant).toList());
                out.println(Json.write(result));
            } else {
                out.println(cron.describe());
                next.forEach(instant -> out.println(Json.instant(instant) + "  (" + instant.atZone(zoneId).toLocalDateTime() + " " + zoneId + ")"));
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "explain", description = "Describe EXPR in words.")
    static final class Explain implements Callable<Integer> {
        @Parameters(paramLabel = "EXPR")
        String expression;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            spec.commandLine().getOut().println(Triggers.cron(expression).describe());
            return ExitCodes.OK;
        }
    }

    static Instant parseInstant(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new CliUsageException("'" + text + "' is not an ISO-8601 instant such as 2026-03-01T06:00:00Z");
        }
    }
}
