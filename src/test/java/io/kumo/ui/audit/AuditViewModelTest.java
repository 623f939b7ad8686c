package io.kumo.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.app.KumoCore;
import io.kumo.audit.AuditEntry;
import io.kumo.domain.Task;
import io.kumo.testkit.TestCores;
import io.kumo.ui.common.FxThread;
import io.kumo.ui.common.SameThreadBackground;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The audit log's filters, selection and export on a real store; reads on the FX thread itself. */
class AuditViewModelTest {

    @TempDir
    Path dir;
    KumoCore core;
    AuditViewModel audit;

    @BeforeAll
    static void toolkit() throws Exception {
        FxThread.start(); // the keyword's typing pause is a PauseTransition
    }

    @BeforeEach
    void open() throws Exception {
        core = TestCores.open(dir.resolve("data"));
        Task nightly = core.tasks().create(new Task("nightly", "true"));
        core.tasks().create(new Task("weekly", "true"));
        core.tasks().delete(nightly.getId());
        // dialogs are only for failures, which these tests do not expect
        audit = FxThread.call(() -> new AuditViewModel(core.audit(), io.kumo.ui.Panes.auditNames(core), new SameThreadBackground(), null, ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        core.close();
    }

    @Test
    void anActionFilterNarrowsTheEntries() throws Exception {
        String status = FxThread.call(() -> {
            audit.actionProperty().set("DELETE");
            return audit.statusProperty().get();
        });

        assertThat(FxThread.call(() -> audit.entries().stream().map(AuditEntry::targetName).toList())).containsExactly("nightly");
        assertThat(status).isEqualTo("1 entry matching the filters");
    }

    @Test
    void workflowEntriesAreOfferedAsTargetTypesAndFilteredByThem() throws Exception {
        core.audit().record("CREATE", "WORKFLOW", "1", "etl", java.util.List.of(), null);
        core.audit().record("RUN", "WORKFLOW_RUN", "7", "etl", java.util.List.of(), "manual");

        java.util.List<String> offered = FxThread.call(() -> java.util.List.copyOf(audit.targetTypes()));
        String status = FxThread.call(() -> {
            audit.targetTypeProperty().set("WORKFLOW_RUN");
            return audit.statusProperty().get();
        });

        assertThat(offered).contains("WORKFLOW", "WORKFLOW_RUN");
        assertThat(FxThread.call(() -> audit.entries().stream().map(AuditEntry::targetId).toList())).containsExactly("7");
        assertThat(status).isEqualTo("1 entry matching the filters");
    }

    @Test
    void aStartDayAfterTheEndDayMatchesNothingWithoutAQuery() throws Exception {
        String status = FxThread.call(() -> {
            audit.refresh();
            audit.fromProperty().set(LocalDate.of(2026, 3, 5));
            audit.toProperty().set(LocalDate.of(2026, 3, 4));
            return audit.statusProperty().get();
        });

        assertThat(status).isEqualTo("The start day is after the end day: nothing matches");
        assertThat(FxThread.call(() -> audit.entries().isEmpty())).isTrue();
    }

    @Test
    void theSelectionIsKeptByIdAcrossRefreshes() throws Exception {
        AuditEntry chosen = FxThread.call(() -> {
            audit.refresh();
            audit.select(audit.entries().get(1));
            return audit.selectedProperty().get();
        });

        AuditEntry after = FxThread.call(() -> {
            audit.refresh();
            return audit.selectedProperty().get();
        });

        assertThat(after.id()).isEqualTo(chosen.id());
    }

    @Test
    void exportWritesEveryMatchingEntry() throws Exception {
        Path target = dir.resolve("audit.csv");

        String status = FxThread.call(() -> {
            audit.actionProperty().set("CREATE");
            audit.export(target);
            return audit.statusProperty().get();
        });

        assertThat(status).isEqualTo("Exported 2 entries to " + target);
        assertThat(Files.readAllLines(target)).hasSize(3).anyMatch(line -> line.contains("weekly"));
    }
}
