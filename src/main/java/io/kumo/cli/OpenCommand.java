package io.kumo.cli;

import io.kumo.common.RunLink;
import io.kumo.common.ValidationException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kumo open kumo://run/ID}: the running window shows that run (the link alert messages carry). */
@Command(name = "open", description = "Show a run in the running Kumo window: kumo://run/ID or kumo://workflow-run/ID "
        + "(the link in alert messages).")
final class OpenCommand implements Callable<Integer> {

    @Parameters(paramLabel = "URL") String url;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        RunLink link = RunLink.parse(url).orElseThrow(() -> new ValidationException("'" + io.kumo.common.NameRule.escaped(url)
                + "' is not a Kumo link; use kumo://run/ID or kumo://workflow-run/ID"));
        if (TaskCommand.access(spec).core().windowRequests().showRun(link)) {
            spec.commandLine().getOut().println("Showing " + link.url());
            return ExitCodes.OK;
        }
        spec.commandLine().getErr().println("kumo: no Kumo window is open on this data directory to show " + link.url()
                + "; start the app (kumo), then open the link again");
        return ExitCodes.FAILURE;
    }
}
