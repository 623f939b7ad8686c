package io.kumo.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Hidden: sent by a second launch of Kumo to the running instance, which brings its window forward. */
@Command(name = "activate", hidden = true, description = "Bring the running Kumo window forward.")
final class ActivateCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        if (TaskCommand.access(spec).core().windowRequests().bringForward()) {
            return ExitCodes.OK;
        }
        spec.commandLine().getErr().println("kumo: Kumo is already running headless (without a window) on this data "
                + "directory; use the kumo command line, or stop it and start the app");
        return ExitCodes.FAILURE;
    }
}
