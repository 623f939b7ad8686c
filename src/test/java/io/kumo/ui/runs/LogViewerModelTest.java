package io.kumo.ui.runs;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.domain.Run;
import io.kumo.domain.RunStatus;
import io.kumo.domain.TriggerKind;
import io.kumo.logs.LogLine;
import io.kumo.ui.common.BackgroundExecutor;
import io.kumo.ui.common.FxThread;
import io.kumo.ui.common.SameThreadBackground;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opening a run's log: the outcome is decided by the background read alone, so the FX thread never touches the disk
 * (a file that appears between the read and its result does not change the message).
 */
class LogViewerModelTest {

    @TempDir
    Path dir;
    Runnable betweenReadAndResult = () -> { };

    /** Runs the work at once, then {@link #betweenReadAndResult}, then the callback: all on the calling thread. */
    final BackgroundExecutor background = new BackgroundExecutor() {
        private final SameThreadBackground same = new SameThreadBackground();

        @Override
        public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
            same.run(work, result -> {
                betweenReadAndResult.run();
                onSuccess.accept(result);
            }, error -> {
                betweenReadAndResult.run();
                onFailure.accept(error);
            });
        }

        @Override
        public void close() {
        }
    };

    @BeforeAll
    static void toolkit() throws Exception {
        FxThread.start(); // the model's follow ticker is a Timeline
    }

    @Test
    void aFinishedRunWhoseLogIsMissingSaysItPrintedNothingEvenIfAFileAppearsAfterTheRead() throws Exception {
        Path log = dir.resolve("7.log");
        betweenReadAndResult = () -> write(log);

        String message = messageAfterOpening(row(log, RunStatus.SUCCESS));

        assertThat(message).isEqualTo("No output: this run printed nothing, so it has no log file.");
    }

    @Test
    void aRunThatCouldNotStartSaysWhyInsteadOfBlamingRetention() throws Exception {
        Run never = new Run(1L, "crawl", TriggerKind.MANUAL, Instant.parse("2026-03-01T06:00:00Z"), RunStatus.FAILED);
        never.setId(9L);
        never.setError("cannot start 'scrapy': not found on PATH");
        Run pruned = new Run(1L, "crawl", TriggerKind.CRON, Instant.parse("2026-03-01T06:00:00Z"), RunStatus.SUCCESS);
        pruned.setId(10L);
        pruned.setPid(4242L);

        assertThat(messageAfterOpening(RunRow.of(never)))
                .isEqualTo("This run could not start, so it has no output: cannot start 'scrapy': not found on PATH");
        assertThat(messageAfterOpening(RunRow.of(pruned))).startsWith("This run's log was deleted");
    }

    @Test
    void aLogThatExistsButCannotBeReadSaysSo() throws Exception {
        Path log = Files.createDirectory(dir.resolve("8.log"));

        String message = messageAfterOpening(row(log, RunStatus.FAILED));

        assertThat(message).startsWith("The log " + log + " cannot be read: ");
    }

    @Test
    void followingARunningLogHasItsNewestLineAtHandAsSoonAsTheCountGrows() throws Exception {
        Path log = dir.resolve("9.log");
        Files.writeString(log, numbered(1, 10));

        LogLine newest = lastLineAfterOpening(row(log, RunStatus.RUNNING), model -> {
            Files.writeString(log, numbered(11, 5_000), StandardOpenOption.APPEND);
            model.tick();
        });

        assertThat(newest).as("the newest line, not a placeholder while its page is read").isNotNull();
        assertThat(newest.text()).isEqualTo("line 5000");
    }

    @Test
    void openingALogAtItsEndHasItsLastLinesAtHandWithoutWaitingForTheirPage() throws Exception {
        Path log = dir.resolve("11.log");
        Files.writeString(log, numbered(1, 5_000));

        LogLine last = lastLineAfterOpening(row(log, RunStatus.SUCCESS), model -> { });

        assertThat(last).as("the last line, not a placeholder while its page is read").isNotNull();
        assertThat(last.text()).isEqualTo("line 5000");
    }

    @Test
    void followingAFloodHoldsOnlyItsLastLinesEndingWithTheNewestAndSaysTheRestIsInTheFile() throws Exception {
        int total = 3 * LogViewerModel.FOLLOWED_LINES;

        Held held = afterFollowingAFlood(total, model -> { });

        assertThat(held.size()).isLessThanOrEqualTo(2 * LogViewerModel.FOLLOWED_LINES);
        assertThat(held.last()).isEqualTo(total);
        assertThat(held.lineCount()).isEqualTo(total);
        assertThat(held.notice()).contains("last " + RunFormat.number(LogViewerModel.FOLLOWED_LINES) + " lines").contains("in the file");
    }

    @Test
    void turningFollowOffHoldsEveryLineAgain() throws Exception {
        int total = 3 * LogViewerModel.FOLLOWED_LINES;

        Held held = afterFollowingAFlood(total, model -> model.followProperty().set(false));

        assertThat(held.size()).isEqualTo(total);
        assertThat(held.first()).isEqualTo(1);
        assertThat(held.notice()).isEmpty();
    }

    private record Held(int size, int first, int last, int lineCount, String notice) {
    }

    private interface Step {
        void apply(LogViewerModel model) throws Exception;
    }

    /** Opens the run, takes {@code then}, and returns what the cell of the last line shows at that moment. */
    private LogLine lastLineAfterOpening(RunRow row, Step then) throws Exception {
        return FxThread.call(() -> {
            LogViewerModel model = new LogViewerModel(background, null);
            model.open(row);
            then.apply(model);
            LogLine line = model.line(model.lineCountProperty().get());
            model.close();
            return line;
        });
    }

    private Held afterFollowingAFlood(int total, Consumer<LogViewerModel> then) throws Exception {
        Path log = dir.resolve("10.log");
        Files.writeString(log, numbered(1, 10));
        return FxThread.call(() -> {
            LogViewerModel model = new LogViewerModel(background, null);
            model.open(row(log, RunStatus.RUNNING));
            Files.writeString(log, numbered(11, total), StandardOpenOption.APPEND);
            model.tick();
            then.accept(model);
            var items = model.linesProperty().get();
            Held held = new Held(items.size(), items.getFirst(), items.getLast(), model.lineCountProperty().get(),
                    model.noticeProperty().get());
            model.close();
            return held;
        });
    }

    private static String numbered(int from, int to) {
        StringBuilder text = new StringBuilder();
        for (int i = from; i <= to; i++) {
            text.append("line ").append(i).append('\n');
        }
        return text.toString();
    }

    private String messageAfterOpening(RunRow row) throws Exception {
        return FxThread.call(() -> {
            LogViewerModel model = new LogViewerModel(background, null);
            model.open(row);
            String message = model.messageProperty().get();
            model.close();
            return message;
        });
    }

    private static RunRow row(Path log, RunStatus status) {
        Run run = new Run(1L, "nightly", TriggerKind.CRON, Instant.parse("2026-03-01T06:00:00Z"), status);
        run.setId(7L);
        run.setLogPath(log.toString());
        return RunRow.of(run);
    }

    private static void write(Path file) {
        try {
            Files.writeString(file, "late\n");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
