package io.kumo.cli;

import io.kumo.app.KumoCore;
import io.kumo.archive.ArchiveEntry;
import io.kumo.archive.ArchiveFiles;
import io.kumo.archive.ArchivePass;
import io.kumo.archive.RestoreReport;
import io.kumo.common.ValidationException;
import io.kumo.json.Json;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kumo archive list|create|restore|delete}: old runs and their logs kept per month in archive files. */
@Command(name = "archive", description = "Archive old runs and their logs per month; list, restore or delete archives.",
        subcommands = {ArchiveCommand.Listing.class, ArchiveCommand.Create.class, ArchiveCommand.Restore.class,
                ArchiveCommand.Delete.class})
final class ArchiveCommand {

    private ArchiveCommand() {
    }

    static YearMonth month(String text) {
        try {
            return ArchiveFiles.parseMonth(text);
        } catch (IllegalArgumentException e) {
            throw new ValidationException(e.getMessage());
        }
    }

    @Command(name = "list", description = "The archives, newest month first: runs, size, scheduled range, tasks.")
    static final class Listing implements Callable<Integer> {
        private static final String ROW = "%-8s %7s %10s %-17s %-17s %s%n";

        @Option(names = "--json", description = "Print JSON.") boolean json;
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            KumoCore core = TaskCommand.access(spec).core();
            List<ArchiveEntry> archives = core.archives().list();
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(Json.write(archives.stream().map(Listing::toJson).toList()));
                return ExitCodes.OK;
            }
            if (archives.isEmpty()) {
                out.println("No archives in " + core.archives().folder());
                return ExitCodes.OK;
            }
            out.printf(ROW, "MONTH", "RUNS", "SIZE", "FIRST", "LAST", "TASKS");
            for (ArchiveEntry entry : archives) {
                out.printf(ROW, entry.month(), entry.runs(), size(entry.sizeBytes()), local(entry.firstScheduled(), core),
                        local(entry.lastScheduled(), core), String.join(", ", entry.tasks()));
            }
            return ExitCodes.OK;
        }

        private static Map<String, Object> toJson(ArchiveEntry entry) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("month", entry.month().toString());
            json.put("file", entry.file().toString());
            json.put("runs", entry.runs());
            json.put("size_bytes", entry.sizeBytes());
            json.put("logs", entry.manifest().logCount());
            json.put("first_scheduled", entry.firstScheduled() == null ? null : Json.instant(entry.firstScheduled()));
            json.put("last_scheduled", entry.lastScheduled() == null ? null : Json.instant(entry.lastScheduled()));
            json.put("tasks", entry.tasks());
            json.put("created_at", Json.instant(entry.createdAt()));
            json.put("kumo_version", entry.manifest().kumoVersion());
            return json;
        }

        private static String local(Instant instant, KumoCore core) {
            return instant == null ? "-" : instant.atZone(core.archives().zone()).toLocalDateTime()
                    .truncatedTo(java.time.temporal.ChronoUnit.MINUTES).toString().replace('T', ' ');
        }

        private static String size(long bytes) {
            return bytes < 1024 * 1024 ? String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0)
                    : String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
        }
    }

    @Command(name = "create", description = "Archive now the finished task runs scheduled before a date (its start, "
            + "in this machine's time zone), then delete them and their logs from the database.")
    static final class Create implements Callable<Integer> {
        @Option(names = "--before", required = true, paramLabel = "DATE", description = "yyyy-MM-dd, at most today.")
        String before;
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            KumoCore core = TaskCommand.access(spec).core();
            LocalDate date;
            try {
                date = LocalDate.parse(before.trim());
            } catch (DateTimeParseException e) {
                throw new ValidationException("--before: '" + before + "' is not a date (expected yyyy-MM-dd, e.g. 2026-01-01)");
            }
            if (date.isAfter(LocalDate.now(core.clock().withZone(core.archives().zone())))) {
                throw new ValidationException("--before: " + date + " is in the future; archive runs before today at the latest");
            }
            ArchivePass pass = core.archives().archiveNow(date.atStartOfDay(core.archives().zone()).toInstant());
            spec.commandLine().getOut().println(pass.summary());
            return ExitCodes.OK;
        }
    }

    @Command(name = "restore", description = "Put a month's archived runs and logs back (for a look: the next "
            + "retention pass archives them again). The archive file stays.")
    static final class Restore implements Callable<Integer> {
        @Parameters(paramLabel = "MONTH", description = "yyyy-MM, e.g. 2026-11.") String month;
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            YearMonth wanted = month(month);
            KumoCore core = TaskCommand.access(spec).core();
            RestoreReport report;
            try {
                report = core.archives().restore(wanted);
            } catch (IllegalArgumentException e) {
                throw new ValidationException(e.getMessage());
            }
            spec.commandLine().getOut().println(report.summary());
            return ExitCodes.OK;
        }
    }

    @Command(name = "delete", description = "Delete a month's archive file for good.")
    static final class Delete implements Callable<Integer> {
        @Parameters(paramLabel = "MONTH", description = "yyyy-MM, e.g. 2026-11.") String month;
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            YearMonth wanted = month(month);
            KumoCore core = TaskCommand.access(spec).core();
            try {
                core.archives().delete(wanted);
            } catch (IllegalArgumentException e) {
                throw new ValidationException(e.getMessage());
            }
            spec.commandLine().getOut().println("Deleted the archive of " + wanted);
            return ExitCodes.OK;
        }
    }
}
