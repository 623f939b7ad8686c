package io.kumo.cli;

import io.kumo.app.KumoCore;
import io.kumo.common.AppInfo;
import io.kumo.transfer.DataExport;
import io.kumo.transfer.DataImport;
import io.kumo.transfer.SecretKeyFingerprint;
import io.kumo.transfer.ThrottledProgress;
import io.kumo.transfer.TransferSummary;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kumo db export|import}: moves Kumo's data between databases (the embedded H2 and a cluster's PostgreSQL).
 * Both work on the database the command opens, as every command does. An export while Kumo runs is written by the
 * running instance (the command is forwarded to it, the file named as the user typed it); an import needs the
 * database to itself, so it is refused while an instance runs.
 */
@Command(name = "db", description = "Move Kumo's data between its embedded database and PostgreSQL.",
        subcommands = {DbCommand.Export.class, DbCommand.Import.class})
final class DbCommand {

    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(2);

    private static ThrottledProgress progress(String verb, PrintWriter err) {
        return new ThrottledProgress(verb, Clock.systemUTC(), PROGRESS_EVERY, line -> {
            err.println("kumo: " + line);
            err.flush();
        });
    }

    @Command(name = "export", description = "Write all of Kumo's data (tasks, runs, history, settings...) to one file "
            + "(gzip of JSON lines), to import into another database.")
    static final class Export implements Callable<Integer> {
        @Parameters(paramLabel = "FILE", description = "The file to write (replaced if it exists).") Path file;
        @Option(names = "--without-logs", description = "Leave out the run logs kept in the database (cluster mode).")
        boolean withoutLogs;
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            Path target = KumoCommand.clientPath(spec, file);
            if (Files.isDirectory(target)) {
                throw new CliUsageException(target + " is a folder: give the name of the file to write");
            }
            if (!Files.isDirectory(target.getParent())) {
                throw new CliUsageException("No folder " + target.getParent() + " to write " + target.getFileName() + " in");
            }
            KumoCore core = ((KumoCommand) spec.root().userObject()).access().core();
            Path keyFile = core.deployment().secretKeyFile();
            PrintWriter out = spec.commandLine().getOut();
            TransferSummary summary = new DataExport(Clock.systemUTC(), AppInfo.load().version()).export(core.database(),
                    target, new DataExport.Options(withoutLogs, SecretKeyFingerprint.of(keyFile)),
                    progress("exporting", spec.commandLine().getErr()));
            out.println("exported " + summary.describe() + " to " + target + " (" + summary.size() + ")");
            if (summary.sealedRows() > 0) {
                out.println(summary.sealedRows() + " secrets in it stay sealed with " + keyFile
                        + ": the Kumo that imports it needs a copy of that file");
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "import", description = "Read a file 'kumo db export' wrote into this Kumo's database, which must "
            + "be empty (Kumo stopped).")
    static final class Import implements Callable<Integer> {
        @Parameters(paramLabel = "FILE", description = "A file written by 'kumo db export'.") Path file;
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            KumoCommand root = (KumoCommand) spec.root().userObject();
            if (root.isForwarded()) {
                throw new CliUsageException("Kumo is running on " + root.access().core().dataDirectory().root()
                        + ": import needs its database to itself; quit Kumo (or stop kumo --headless), then import again");
            }
            Path source = KumoCommand.clientPath(spec, file);
            if (!Files.isRegularFile(source)) {
                throw new CliUsageException("No file at " + source);
            }
            KumoCore core = root.access().core();
            TransferSummary summary = new DataImport().importFile(core.database(), source,
                    progress("importing", spec.commandLine().getErr()));
            spec.commandLine().getOut().println("imported " + summary.describe() + " from " + source + " into the "
                    + core.deployment().database().describe());
            Path keyFile = core.deployment().secretKeyFile();
            boolean sameKey = summary.header().secretKey().isPresent()
                    && summary.header().secretKey().equals(SecretKeyFingerprint.of(keyFile));
            if (summary.sealedRows() > 0 && !sameKey) {
                spec.commandLine().getErr().println("kumo: warning: " + summary.sealedRows() + " secrets in it are sealed "
                        + "with the secret.key of the data directory that exported it: copy that file to " + keyFile
                        + (core.deployment().clustered() ? " on every node" : "") + ", or Kumo cannot open them");
            }
            return ExitCodes.OK;
        }
    }
}
