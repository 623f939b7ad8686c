package io.kumo.cli;

import io.kumo.app.KumoCore;
import io.kumo.common.ValidationException;
import io.kumo.crontab.CrontabEntry;
import io.kumo.crontab.CrontabImporter;
import io.kumo.crontab.CrontabParser;
import io.kumo.crontab.CrontabText;
import io.kumo.domain.Task;
import io.kumo.service.TaskRules;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kumo task import-crontab FILE}: each schedule line of a crontab becomes a task. */
@Command(name = "import-crontab", description = "Import a crontab (as 'crontab -l' prints it; '-' reads stdin): one task per line.")
final class CrontabImportCommand implements Callable<Integer> {

    static final String INPUT_NAME = "--input-name";

    @Parameters(paramLabel = "FILE") String file;
    /** Set by {@link ClientInput}, which hands over a private copy of the user's file or standard input. */
    @Option(names = INPUT_NAME, hidden = true) String inputName;
    @Option(names = "--dry-run", description = "Show what would be imported and what cannot be, and change nothing.")
    boolean dryRun;
    @Spec CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        List<CrontabEntry> entries = new CrontabParser().parse(read());
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (entries.isEmpty()) {
            out.println("No schedule lines found.");
            return ExitCodes.OK;
        }
        boolean failed = false;
        KumoCore core = TaskCommand.access(spec).core();
        CrontabImporter importer = new CrontabImporter(core.taskService());
        if (dryRun) {
            for (CrontabEntry entry : entries) {
                if (!entry.importable()) {
                    err.println("kumo: " + entry.error());
                    failed = true;
                    continue;
                }
                try {
                    Task task = importer.preview(entry);
                    out.println("line " + entry.lineNumber() + ": would import as task '" + task.getName() + "': "
                            + entry.schedule() + "  " + entry.command());
                    TaskRules.warnings(task).forEach(warning -> err.println("kumo: warning: line " + entry.lineNumber() + ": " + warning));
                } catch (ValidationException e) {
                    err.println("kumo: line " + entry.lineNumber() + ": " + e.getMessage());
                    failed = true;
                }
            }
            return failed ? ExitCodes.FAILURE : ExitCodes.OK;
        }
        for (CrontabImporter.Outcome outcome : importer.importEntries(entries)) {
            if (outcome.task() != null) {
                out.println("line " + outcome.entry().lineNumber() + ": imported as task '" + outcome.task().getName() + "'");
                TaskRules.warnings(outcome.task()).forEach(warning ->
                        err.println("kumo: warning: line " + outcome.entry().lineNumber() + ": " + warning));
            } else {
                err.println("kumo: " + outcome.error());
                failed = true;
            }
        }
        return failed ? ExitCodes.FAILURE : ExitCodes.OK;
    }

    private String read() throws IOException {
        if (file.equals("-")) {
            return CrontabText.decode(System.in.readAllBytes(), inputName == null ? "standard input" : inputName);
        }
        Path path = KumoCommand.clientPath(spec, Path.of(file));
        if (!Files.isRegularFile(path)) {
            throw new ValidationException("No file at " + path);
        }
        return CrontabText.decode(Files.readAllBytes(path), inputName == null ? path.toString() : inputName);
    }
}
