package io.kumo.cli;

import io.kumo.conditions.ConditionReport;
import io.kumo.conditions.SystemConditionSource;
import io.kumo.json.Json;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kumo conditions [--json]}: what run conditions see on this computer now. */
@Command(name = "conditions", description = "Show what run conditions see now: AC power, network, idle time, metered connection.")
final class ConditionsCommand implements Callable<Integer> {

    @Option(names = "--json", description = "Print JSON.") boolean json;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        // the computer's state, not the data directory's: no core is opened, so it also answers while an instance runs
        ConditionReport report = ConditionReport.of(SystemConditionSource.detect());
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(report.fields()));
        } else {
            report.lines().forEach(out::println);
        }
        return ExitCodes.OK;
    }
}
