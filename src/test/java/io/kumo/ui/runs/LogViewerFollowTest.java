package io.kumo.ui.runs;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import io.kumo.domain.Run;
import io.kumo.domain.RunStatus;
import io.kumo.domain.TriggerKind;
import io.kumo.ui.KumoApp;
import io.kumo.ui.common.FxThread;
import io.kumo.ui.common.SameThreadBackground;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The log viewer (a real ListView laid out in a scene) following a log that grows past the lines it holds while
 * following: the list moves its lines forward in place, and the newest line stays in view (app theme and styles).
 */
class LogViewerFollowTest {

    private static final int HELD = LogViewerModel.FOLLOWED_LINES;

    @TempDir
    Path dir;
    private final List<String> controlsLog = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            controlsLog.add(record.getMessage());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private final Logger controls = Logger.getLogger("javafx.scene.control");
    private LogViewerModel model;
    private LogViewer viewer;
    private Path log;
    private int written;
    private String userAgentStylesheet;

    @BeforeAll
    static void toolkit() throws Exception {
        FxThread.start();
    }

    @BeforeEach
    void openAFollowedRun() throws Exception {
        controls.addHandler(capture);
        log = dir.resolve("7.log");
        append(40);
        FxThread.call(() -> {
            // the app's theme and styles, as the Logs pane has them, whatever an earlier test of this JVM set
            userAgentStylesheet = Application.getUserAgentStylesheet();
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            model = new LogViewerModel(new SameThreadBackground(), null);
            viewer = new LogViewer(model, null);
            new Scene(viewer, 900, 400).getStylesheets().add(KumoApp.class.getResource("kumo.css").toExternalForm());
            model.open(row(RunStatus.RUNNING));
            return null;
        });
        layOut();
    }

    @AfterEach
    void close() throws Exception {
        controls.removeHandler(capture);
        FxThread.call(() -> {
            model.close();
            Application.setUserAgentStylesheet(userAgentStylesheet);
            return null;
        });
    }

    @Test
    void aFloodPastTheHeldLinesMovesThemForwardWithoutChangingTheCount() throws Exception {
        grow(2 * HELD); // now holding the last HELD lines
        List<ListChangeListener.Change<? extends Integer>> changes = new ArrayList<>();
        FxThread.call(() -> {
            model.linesProperty().get().addListener((ListChangeListener<Integer>) change -> changes.add(change));
            return null;
        });

        grow(HELD / 4);

        assertThat(sizes()).as("items held").containsExactly(HELD, HELD);
        assertThat(changes).hasSize(1);
        var change = changes.getFirst();
        change.reset();
        assertThat(change.next()).isTrue();
        assertThat(change.wasReplaced()).as("one in-place replacement, no removal of leading lines").isTrue();
        assertThat(change.getFrom()).isZero();
        assertThat(change.getTo()).isEqualTo(HELD);
        assertThat(change.next()).isFalse();
    }

    @Test
    void followingAFloodKeepsItsNewestLineInViewWithoutSizeWarnings() throws Exception {
        for (int i = 0; i < 4; i++) {
            grow(HELD * 2 / 3 + 123); // past the held lines from the third step on
        }

        assertThat(lastLineInView()).isEqualTo("line " + written);
        assertThat(controlsLog).as("JavaFX controls log while following").noneMatch(message -> message.contains("maxCellCount"));
    }

    @Test
    void theRunsEndPutsEveryLineBackWithTheNewestInView() throws Exception {
        for (int i = 0; i < 3; i++) {
            grow(HELD * 2 / 3 + 123);
        }
        FxThread.call(() -> {
            model.runChanged(row(RunStatus.SUCCESS));
            for (int tick = 0; tick < 6; tick++) {
                model.tick(); // the settle ticks, then the end of following
            }
            return null;
        });
        layOut();
        layOut();

        assertThat(sizes()).containsExactly(written, written);
        assertThat(lastLineInView()).isEqualTo("line " + written);
        assertThat(controlsLog).noneMatch(message -> message.contains("maxCellCount"));
    }

    @Test
    void openingARunningLogAlreadyPastTheHeldLinesHoldsOnlyTheLastFromTheStart() throws Exception {
        append(3 * HELD);
        FxThread.call(() -> {
            model.open(row(RunStatus.RUNNING)); // opened late: the run printed more than the list holds
            return null;
        });
        layOut();
        layOut();

        grow(HELD / 4);

        assertThat(sizes()).containsExactly(HELD, HELD);
        assertThat(lastLineInView()).isEqualTo("line " + written);
        assertThat(controlsLog).noneMatch(message -> message.contains("maxCellCount"));
    }

    /** Appends lines, lets the model see them (one follow step) and lays the list out as two pulses would. */
    private void grow(int lines) throws Exception {
        append(lines);
        FxThread.call(() -> {
            model.tick();
            return null;
        });
        layOut(); // after the reveal the tick queued
        layOut();
    }

    private void layOut() throws Exception {
        FxThread.call(() -> {
            viewer.applyCss();
            viewer.layout();
            return null;
        });
    }

    private List<Integer> sizes() throws Exception {
        return FxThread.call(() -> List.of(viewer.list().getItems().size(), model.linesProperty().get().size()));
    }

    private String lastLineInView() throws Exception {
        return FxThread.call(() -> {
            ListView<Integer> list = viewer.list();
            return list.lookupAll(".log-line").stream().map(LogLineCell.class::cast)
                    .filter(cell -> cell.isVisible() && cell.getItem() != null)
                    .max(Comparator.comparingInt(LogLineCell::getItem)).map(LogLineCell::lineText).orElse("");
        });
    }

    private void append(int lines) throws Exception {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < lines; i++) {
            text.append("line ").append(++written).append('\n');
        }
        Files.writeString(log, text, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    private RunRow row(RunStatus status) {
        Run run = new Run(1L, "flood", TriggerKind.MANUAL, Instant.parse("2026-03-01T06:00:00Z"), status);
        run.setId(7L);
        run.setLogPath(log.toString());
        return RunRow.of(run);
    }
}
