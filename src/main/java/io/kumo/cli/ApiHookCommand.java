package io.kumo.cli;

import io.kumo.api.ApiJsonFields;
import io.kumo.api.CreatedHook;
import io.kumo.api.HookTarget;
import io.kumo.api.HookTrigger;
import io.kumo.api.service.HookService;
import io.kumo.json.Json;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kumo api hook create|list|rm}: a task's or workflow's own trigger URL, with its own secret. */
@Command(name = "hook", description = "Trigger URLs: POST /api/v1/hooks/ID starts a task or workflow (body as KUMO_PAYLOAD).",
        subcommands = {ApiHookCommand.Create.class, ApiHookCommand.ListHooks.class, ApiHookCommand.Remove.class})
final class ApiHookCommand {

    static HookService hooks(CommandSpec spec) {
        return TaskCommand.access(spec).core().hooks();
    }

    @Command(name = "create", description = "Give a task or a workflow a trigger URL; its secret is printed once, alone on the last line.")
    static final class Create implements Callable<Integer> {

        static final class Target {
            @Option(names = "--task", paramLabel = "NAME", required = true) String task;
            @Option(names = "--workflow", paramLabel = "NAME", required = true) String workflow;
        }

        @ArgGroup(exclusive = true, multiplicity = "1") Target target;
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            CreatedHook created = target.task != null ? hooks(spec).create(HookTarget.Kind.TASK, target.task)
                    : hooks(spec).create(HookTarget.Kind.WORKFLOW, target.workflow);
            HookTrigger hook = created.hook();
            PrintWriter out = spec.commandLine().getOut();
            out.println("Created trigger URL " + hook.path() + " for " + kind(hook) + " " + hook.target().name() + ".");
            out.println("POST to it with ?" + HookService.TOKEN_PARAMETER + "=SECRET, or sign the body: header "
                    + HookService.SIGNATURE_HEADER + ": sha256=<hex HMAC-SHA256 of the body, keyed by the secret>.");
            out.println("The secret is shown this once:");
            out.println(created.secret());
            return ExitCodes.OK;
        }
    }

    @Command(name = "list", description = "List trigger URLs: id, target, created, last called (never the secrets).")
    static final class ListHooks implements Callable<Integer> {
        @Option(names = "--json", description = "Print JSON: [{id, path, target_kind, target_id, target, created_at, last_called_at}].") boolean json;
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            List<HookTrigger> hooks = hooks(spec).list();
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(Json.write(hooks.stream().map(ApiJsonFields::hook).toList()));
            } else if (hooks.isEmpty()) {
                out.println("No trigger URLs.");
            } else {
                hooks.forEach(hook -> out.println(hook.path() + "  " + kind(hook) + " " + hook.target().name()
                        + "  created " + ApiTokenCommand.TIME.format(hook.createdAt())
                        + "  last called " + ApiTokenCommand.time(hook.lastCalledAt(), "never")));
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "rm", description = "Remove a trigger URL: calls to it answer 404 from now on.")
    static final class Remove implements Callable<Integer> {
        @Parameters(paramLabel = "ID", description = "The id (the last part of its path).") String id;
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            String given = id.startsWith(HookTrigger.PATH_PREFIX) ? id.substring(HookTrigger.PATH_PREFIX.length()) : id;
            hooks(spec).remove(given);
            spec.commandLine().getOut().println("Removed trigger URL " + HookTrigger.PATH_PREFIX + given);
            return ExitCodes.OK;
        }
    }

    private static String kind(HookTrigger hook) {
        return hook.target().kind().name().toLowerCase(Locale.ROOT);
    }
}
