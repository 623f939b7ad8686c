package io.kumo.cli;

import io.kumo.json.ChannelJson;
import io.kumo.json.Json;
import io.kumo.alerts.EventKind;
import io.kumo.alerts.send.SendResult;
import io.kumo.alerts.service.ChannelService;
import io.kumo.alerts.service.ChannelView;
import io.kumo.alerts.service.DeliveryQuery;
import io.kumo.alerts.service.DeliveryView;
import io.kumo.alerts.service.RuleWords;
import io.kumo.common.ValidationException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kumo channel add|list|test|rm|log}: where alerts go (mail, webhooks, chat services), secrets kept sealed. */
@Command(name = "channel", description = "Alert channels: where failures and other run events are sent (secrets stored encrypted).",
        subcommands = {ChannelCommand.Add.class, ChannelCommand.ListChannels.class, ChannelCommand.Test.class,
                ChannelCommand.Remove.class, ChannelCommand.Log.class})
final class ChannelCommand {

    /** The URL argument that reads the URL from standard input (kept out of shell history). */
    static final String FROM_STDIN = "-";
    private static final int LOG_LIMIT_MAX = 1000;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    static ChannelService channels(CommandSpec spec) {
        return TaskCommand.access(spec).core().channelService();
    }

    @Command(name = "add", description = "Add a channel by its URL (Apprise notation: mailto://, json://, slack://, "
            + "msteams://, discord://, tgram://, dingtalk://, wecombot://, feishu://, ntfy://). A bad URL is refused "
            + "(exit 2) and nothing is stored.")
    static final class Add implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "NAME") String name;
        @Parameters(index = "1", paramLabel = "URL", description = "The channel URL; - reads it from standard input.") String url;
        @Option(names = "--on", paramLabel = "EVENTS", description = "Comma-separated: failure, timeout, recovery, "
                + "success, missed, long, streak (default: failure,timeout,recovery).") String on;
        @Spec CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            Set<EventKind> events = on == null ? null : EventKind.parseList(on);
            String given = url.equals(FROM_STDIN) ? readUrl(System.in) : url;
            ChannelView added = channels(spec).add(name, given, events);
            spec.commandLine().getOut().println("Added channel " + added.name() + " (" + added.kind().label() + "): "
                    + added.maskedUrl());
            return ExitCodes.OK;
        }
    }

    @Command(name = "list", description = "List channels (secrets masked).")
    static final class ListChannels implements Callable<Integer> {
        @Option(names = "--json") boolean json;
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            List<ChannelView> views = channels(spec).list();
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(Json.write(views.stream().map(ChannelJson::of).toList()));
            } else if (views.isEmpty()) {
                out.println("No channels.");
            } else {
                views.forEach(view -> out.println(view.name() + "  " + view.kind().scheme() + "  " + view.maskedUrl()
                        + (view.enabled() ? "" : "  (disabled)") + (view.readable() ? "" : "  (unreadable: set the URL again)")
                        + "\n    on " + RuleWords.of(view.rules())));
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "test", description = "Send a test message now: exit 0 when the service took it, 1 with its error.")
    static final class Test implements Callable<Integer> {
        @Parameters(paramLabel = "NAME") String name;
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            SendResult result = channels(spec).test(name);
            if (result.delivered()) {
                spec.commandLine().getOut().println("delivered");
                return ExitCodes.OK;
            }
            spec.commandLine().getErr().println("kumo: channel " + name + ": " + result.error());
            return ExitCodes.FAILURE;
        }
    }

    @Command(name = "rm", description = "Remove a channel (its delivery log stays).")
    static final class Remove implements Callable<Integer> {
        @Parameters(paramLabel = "NAME") String name;
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            channels(spec).remove(name);
            spec.commandLine().getOut().println("Removed channel " + name);
            return ExitCodes.OK;
        }
    }

    @Command(name = "log", description = "The delivery log, newest first: time, channel, event, result, error.")
    static final class Log implements Callable<Integer> {
        @Option(names = "--json") boolean json;
        @Option(names = "--channel", paramLabel = "NAME") String channel;
        @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "At most N lines (1-1000, default 50).") int limit;
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            if (limit < 1 || limit > LOG_LIMIT_MAX) {
                throw new ValidationException("--limit must be 1-" + LOG_LIMIT_MAX + ", not " + limit);
            }
            var core = TaskCommand.access(spec).core();
            // a channel keeps its lines through a rename (by id); a removed one's are found by the name they were written under
            DeliveryQuery query = channel == null ? DeliveryQuery.ALL : core.channelService().find(channel)
                    .map(found -> DeliveryQuery.ofChannel(found.id(), Set.of())).orElse(new DeliveryQuery(channel, Set.of()));
            if (query.channelName() != null && core.deliveryLog().count(query) == 0) {
                throw new ValidationException("no channel named '" + channel + "'");
            }
            List<DeliveryView> lines = core.deliveryLog().page(query, 0, limit);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(Json.write(lines.stream().map(ChannelCommand::toJson).toList()));
            } else if (lines.isEmpty()) {
                out.println("No deliveries.");
            } else {
                ZoneId zone = ZoneId.systemDefault();
                lines.forEach(line -> out.println(TIME.format(line.createdAt().atZone(zone)) + "  " + line.channel() + "  "
                        + line.event().word() + "  " + line.status().name().toLowerCase(java.util.Locale.ROOT)
                        + (line.attempts() > 1 ? " after " + line.attempts() + " attempts" : "")
                        + (line.error() == null ? "" : "  " + line.error())));
            }
            return ExitCodes.OK;
        }
    }

    /** The first line of standard input, without its line break. */
    static String readUrl(java.io.InputStream in) throws IOException {
        String line = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
        if (line == null || line.isBlank()) {
            throw new ValidationException("channel URL: standard input had none");
        }
        return line.strip();
    }

    private static Map<String, Object> toJson(DeliveryView line) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", line.id());
        json.put("time", line.createdAt().toString());
        json.put("channel", line.channel());
        json.put("event", line.event().word());
        json.put("run_id", line.runId());
        json.put("workflow_run_id", line.workflowRunId());
        json.put("subject", line.subject());
        json.put("status", line.status().name().toLowerCase(java.util.Locale.ROOT));
        json.put("attempts", line.attempts());
        json.put("finished", line.finishedAt() == null ? null : line.finishedAt().toString());
        json.put("error", line.error());
        return json;
    }
}
