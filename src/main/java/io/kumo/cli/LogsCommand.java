package io.kumo.cli;

import io.kumo.app.KumoCore;
import io.kumo.domain.Run;
import io.kumo.logs.LiveLog;
import io.kumo.logs.LogFollow;
import io.kumo.logs.LogTail;
import io.kumo.logs.RunLogSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code kumo logs RUN_ID}: a run's log, whichever node ran it (in a cluster another node's log is fetched from the
 * database); {@code --follow} prints a live run's new lines until it ends, {@code --tail N} only the last lines.
 */
@Command(name = "logs", description = "Print a run's log (from any node of a cluster); --follow a live run to its end.")
final class LogsCommand implements Callable<Integer> {

    private static final int MAX_TAIL = 100_000;
    private static final Duration POLL = Duration.ofMillis(200);

    @Parameters(paramLabel = "RUN_ID") String runId;
    @Option(names = "--tail", paramLabel = "N", description = "Only the last N lines (1 to 100000).") Integer tail;
    @Option(names = {"-f", "--follow"}, description = "Keep printing new lines until the run ends.") boolean follow;
    @Spec CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        long id = parseId();
        if (tail != null && (tail < 1 || tail > MAX_TAIL)) {
            throw new CliUsageException("--tail: must be between 1 and " + MAX_TAIL + ", not " + tail);
        }
        KumoCore core = TaskCommand.access(spec).core();
        Run run = core.runHistory().find(id).orElseThrow(() -> new CliUsageException("no run #" + id));
        RunLogSource.LogFile log = core.runLogs().open(run);
        log.noteIfAny().ifPresent(note -> spec.commandLine().getErr().println("kumo: " + note));
        long start = tail == null ? 0 : log.file().filter(Files::isRegularFile).isPresent() ? LogTail.startOfLast(log.path(), tail) : 0;
        PrintWriter out = spec.commandLine().getOut();
        if (follow) {
            new LiveLog(runs -> core.runHistory().find(runs), core.runLogs()::followed, POLL, Duration.ofDays(1))
                    .follow(id, start, new Printer(out));
        } else if (log.file().filter(Files::isRegularFile).isPresent()) {
            printFrom(log.path(), start, out);
        }
        out.flush();
        return ExitCodes.OK;
    }

    private long parseId() {
        try {
            return Long.parseLong(runId.strip().replaceFirst("^#", ""));
        } catch (NumberFormatException e) {
            throw new CliUsageException("RUN_ID: a run's number (kumo runs lists them), not '" + runId + "'");
        }
    }

    private static void printFrom(Path log, long start, PrintWriter out) throws IOException {
        out.flush();
        try (InputStream in = Files.newInputStream(log)) {
            in.skipNBytes(start);
            java.io.Reader text = new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8);
            text.transferTo(out); // decoded as one stream: a character split between two reads stays whole
        } catch (java.io.EOFException e) {
            // the log was replaced meanwhile
        }
    }

    private record Printer(PrintWriter out) implements LiveLog.Reader {
        @Override
        public void lines(List<LogFollow.Line> lines) {
            lines.forEach(line -> out.println(line.text()));
            out.flush();
        }

        @Override
        public void keepAlive() {
        }

        @Override
        public void ended(Run run) {
            out.flush();
        }
    }
}
