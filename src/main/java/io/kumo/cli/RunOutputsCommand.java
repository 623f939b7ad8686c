package io.kumo.cli;

import io.kumo.app.KumoCore;
import io.kumo.domain.Run;
import io.kumo.engine.RunStore;
import io.kumo.json.Json;
import io.kumo.outputs.ListedOutput;
import io.kumo.outputs.RunOutputs;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kumo runs outputs RUN_ID}: the files a run created or changed under its OUTPUT_DIR. */
@Command(name = "outputs", description = "The files a run wrote under its OUTPUT_DIR (on the node that ran it).")
final class RunOutputsCommand implements Callable<Integer> {

    @Parameters(paramLabel = "RUN_ID") long runId;
    @Option(names = "--json") boolean json;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        KumoCore core = TaskCommand.access(spec).core();
        Run run = new RunStore(core.database()).find(runId)
                .orElseThrow(() -> new CliUsageException("no run #" + runId));
        RunOutputs outputs = RunOutputs.decode(run.getOutputFiles());
        List<ListedOutput> listed = ListedOutput.of(outputs);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("run", run.getId());
            fields.put("recorded", run.getOutputFiles() != null);
            fields.put("folder", outputs.folder().map(Object::toString).orElse(null));
            fields.put("files", listed.stream().map(RunOutputsCommand::entry).toList());
            fields.put("notes", outputs.notes());
            out.println(Json.write(fields));
            return ExitCodes.OK;
        }
        if (run.getOutputFiles() == null) {
            out.println("Run #" + run.getId() + " has no recorded outputs (it has not ended, or ended before Kumo recorded them).");
            return ExitCodes.OK;
        }
        if (listed.isEmpty()) {
            out.println("Run #" + run.getId() + " wrote no files under OUTPUT_DIR.");
        }
        outputs.folder().ifPresent(folder -> out.println("OUTPUT_DIR " + folder));
        for (ListedOutput file : listed) {
            out.printf("%-50s %12d  %s%s%n", file.file().path(), file.file().size(), Json.instant(file.file().modified()),
                    file.exists() ? "" : "  (no longer exists)");
        }
        outputs.notes().forEach(out::println);
        return ExitCodes.OK;
    }

    private static Map<String, Object> entry(ListedOutput file) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("path", file.file().path());
        entry.put("size", file.file().size());
        entry.put("modified", Json.instant(file.file().modified()));
        entry.put("exists", file.exists());
        return entry;
    }
}
