package io.kumo.cli;

import io.kumo.api.ApiState;
import io.kumo.app.KumoCore;
import io.kumo.json.Json;
import io.kumo.settings.Settings;
import io.kumo.settings.SettingsService;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kumo api status|token|hook}: the REST API's state, its tokens and the trigger URLs of tasks and workflows. */
@Command(name = "api", description = "The REST API: whether it listens, its tokens, and trigger URLs of tasks and workflows.",
        subcommands = {ApiCommand.Status.class, ApiTokenCommand.class, ApiHookCommand.class})
final class ApiCommand {

    @Command(name = "status", description = "Whether the running Kumo's REST API listens, and where; the API settings.")
    static final class Status implements Callable<Integer> {
        @Option(names = "--json", description = "Print JSON: {running, phase, url, error, enabled, address, metrics_open}.") boolean json;
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            KumoCommand root = (KumoCommand) spec.root().userObject();
            boolean running = root.isForwarded();
            KumoCore core = root.access().core();
            // on its own, the command opened the data directory itself: no instance, so nothing listens
            ApiState state = running ? core.apiState().get() : ApiState.OFF;
            SettingsService settings = core.settings();
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                Map<String, Object> fields = new LinkedHashMap<>();
                fields.put("running", running);
                fields.put("phase", state.phase().name());
                fields.put("url", state.url().orElse(null));
                fields.put("error", state.error().orElse(null));
                fields.put("enabled", settings.get(Settings.API_ENABLED));
                fields.put("address", settings.get(Settings.API_ADDRESS));
                fields.put("metrics_open", settings.get(Settings.API_METRICS_OPEN));
                out.println(Json.write(fields));
                return ExitCodes.OK;
            }
            out.println(running ? words(state)
                    : "no Kumo instance is running on " + core.dataDirectory().root() + ": the API is off");
            out.println((running ? "" : "it would use: ") + "enabled " + yesNo(settings.get(Settings.API_ENABLED))
                    + ", address " + settings.get(Settings.API_ADDRESS)
                    + ", /metrics without a token " + yesNo(settings.get(Settings.API_METRICS_OPEN)));
            return ExitCodes.OK;
        }

        private static String words(ApiState state) {
            return switch (state.phase()) {
                case LISTENING -> "the API listens on " + state.url().orElse("?");
                case STARTING -> "the API is starting";
                case FAILED -> "the API could not start: " + state.error().orElse("unknown error");
                case OFF -> "the API is off";
            };
        }

        private static String yesNo(boolean value) {
            return value ? "yes" : "no";
        }
    }
}
