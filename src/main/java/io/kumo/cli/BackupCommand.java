package io.kumo.cli;

import io.kumo.json.Json;
import io.kumo.backup.BackupFile;
import io.kumo.backup.BackupRestorer;
import io.kumo.backup.BackupService;
import io.kumo.backup.BackupSummary;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kumo backup create|list|verify|restore|export|rm}. */
@Command(name = "backup", description = "Back up and restore Kumo's database.", subcommands = {
        BackupCommand.Create.class, BackupCommand.ListBackups.class, BackupCommand.Verify.class,
        BackupCommand.Restore.class, BackupCommand.Export.class, BackupCommand.Remove.class})
final class BackupCommand {

    static BackupService backups(CommandSpec spec) {
        return TaskCommand.access(spec).core().backups();
    }

    @Command(name = "create", description = "Back up now (consistent while Kumo runs).")
    static final class Create implements Callable<Integer> {
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            BackupFile backup = backups(spec).create();
            spec.commandLine().getOut().println("Backed up to " + backup.path() + " (" + backup.size() + " bytes)");
            return ExitCodes.OK;
        }
    }

    @Command(name = "list", description = "List backups, newest first.")
    static final class ListBackups implements Callable<Integer> {
        @Option(names = "--json") boolean json;
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            List<BackupFile> list = backups(spec).list();
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(Json.write(list.stream().map(BackupCommand::toJson).toList()));
            } else if (list.isEmpty()) {
                out.println("No backups yet. Make one with: kumo backup create");
            } else {
                list.forEach(b -> out.printf("%-44s %s %10d bytes%s%n", b.name(), Json.instant(b.createdAt()), b.size(),
                        b.automatic() ? "  (automatic)" : ""));
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "verify", description = "Check that a backup file is readable and show what it holds.")
    static final class Verify implements Callable<Integer> {
        @Parameters(paramLabel = "FILE") Path file;
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            BackupSummary summary = BackupService.verify(KumoCommand.clientPath(spec, file));
            spec.commandLine().getOut().println("Readable Kumo backup, schema version " + summary.schemaVersion() + ": " + summary.rows());
            return ExitCodes.OK;
        }
    }

    @Command(name = "restore", description = "Restore a backup (the current state is backed up first). While Kumo runs, "
            + "the restore happens when it next starts.")
    static final class Restore implements Callable<Integer> {
        @Parameters(paramLabel = "FILE") Path file;
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            KumoCommand root = (KumoCommand) spec.root().userObject();
            if (root.deployment().clustered()) {
                throw new CliUsageException(io.kumo.backup.BackupService.SHARED_DATABASE_REFUSAL);
            }
            Path backup = resolve(spec, file);
            PrintWriter out = spec.commandLine().getOut();
            if (root.isForwarded()) {
                BackupSummary summary = BackupRestorer.schedule(root.access().core().dataDirectory(), backup);
                out.println("Verified " + backup.getFileName() + " (" + summary.rows() + "); it will be restored when Kumo "
                        + "next starts: quit Kumo and start it again");
                return ExitCodes.OK;
            }
            var data = root.dataDirectory().ensureLayout();
            root.commandLock(); // held for this command by the CLI: no instance can open the database meanwhile
            BackupRestorer.Report report = BackupRestorer.restoreNow(data, backup, Clock.systemUTC());
            out.println("Restored " + backup.getFileName() + " (" + report.summary().rows() + ")"
                    + (report.safetyBackup() == null ? "" : "; the previous state is in " + report.safetyBackup()));
            return ExitCodes.OK;
        }
    }

    @Command(name = "export", description = "Copy a backup to a file of your choice.")
    static final class Export implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "NAME") String name;
        @Parameters(index = "1", paramLabel = "FILE") Path file;
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            Path target = backups(spec).export(backups(spec).find(name), KumoCommand.clientPath(spec, file));
            spec.commandLine().getOut().println("Exported " + name + " to " + target);
            return ExitCodes.OK;
        }
    }

    @Command(name = "rm", description = "Delete a backup.")
    static final class Remove implements Callable<Integer> {
        @Parameters(paramLabel = "NAME") String name;
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            backups(spec).delete(backups(spec).find(name));
            spec.commandLine().getOut().println("Deleted backup " + name);
            return ExitCodes.OK;
        }
    }

    /** A backup named as {@code kumo backup list} shows it, or a path. */
    private static Path resolve(CommandSpec spec, Path file) {
        Path given = KumoCommand.clientPath(spec, file);
        if (Files.exists(given) || file.getNameCount() > 1) {
            return given;
        }
        KumoCommand root = (KumoCommand) spec.root().userObject();
        return root.dataDirectory().backups().resolve(file.toString());
    }

    private static Map<String, Object> toJson(BackupFile backup) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", backup.name());
        json.put("path", backup.path().toString());
        json.put("size", backup.size());
        json.put("created_at", Json.instant(backup.createdAt()));
        json.put("automatic", backup.automatic());
        return json;
    }
}
