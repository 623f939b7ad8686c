package io.kumo.ui.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.app.KumoCore;
import io.kumo.domain.TriggerType;
import io.kumo.testkit.TestCores;
import io.kumo.ui.common.BackgroundExecutor;
import io.kumo.ui.common.VirtualThreadBackground;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The task editor shows the same rules as {@code kumo task add}, inline, as the user types. */
class TaskEditorRulesTest {

    @TempDir
    Path dir;
    KumoCore core;
    BackgroundExecutor background;
    TaskEditorViewModel editor;

    @BeforeEach
    void open() {
        core = TestCores.open(dir, TestCores.fixedClock());
        background = new VirtualThreadBackground();
        editor = new TaskEditorViewModel(PaneServices.of(core), background, new EditorSetup(null, List.of(), List.of()));
        editor.nameProperty().set("report");
        editor.commandProperty().set("python3 main.py");
        editor.triggerTypeProperty().set(TriggerType.CRON);
        editor.cron().textProperty().set("0 3 * * *");
    }

    @AfterEach
    void close() {
        background.close();
        core.close();
    }

    @Test
    void aValidFormHasNoProblemNorWarning() {
        assertThat(editor.problemProperty().get()).isNull();
        assertThat(editor.warningProperty().get()).isEmpty();
    }

    @Test
    void scheduleThatNeverFiresShowsAWarningAndCanStillBeSaved() {
        editor.cron().textProperty().set("0 0 30 2 *");

        assertThat(editor.problemProperty().get()).isNull();
        assertThat(editor.warningProperty().get()).isEqualTo("this schedule never fires (Feb 30)");
    }

    @Test
    void nameOutsideTheRuleIsShownInline() {
        editor.nameProperty().set("a/b");

        assertThat(editor.problemProperty().get()).startsWith("name: 'a/b' has '/'");
        assertThat(editor.messageProperty().get()).isEqualTo(editor.problemProperty().get());
    }

    @Test
    void intervalLongerThanAYearIsRefused() {
        editor.triggerTypeProperty().set(TriggerType.INTERVAL);
        editor.intervalUnitProperty().set(IntervalUnit.WEEKS);
        editor.intervalAmountProperty().set("1000000000000");

        assertThat(editor.problemProperty().get()).isEqualTo("interval: at most 366d");
    }

    @Test
    void workFolderThatDoesNotExistIsRefused() {
        editor.workDirProperty().set("/nonexistent");

        assertThat(editor.problemProperty().get()).isEqualTo("workdir: /nonexistent is not an existing directory");
    }

    @Test
    void oneShotInThePastIsRefused() {
        editor.triggerTypeProperty().set(TriggerType.ONCE);
        editor.zoneProperty().set("UTC");
        editor.onceDateProperty().set(LocalDate.of(2020, 1, 1));
        editor.onceTimeProperty().set("06:00");

        assertThat(editor.problemProperty().get()).isEqualTo("at: 2020-01-01T06:00:00Z is in the past");
    }
}
