package io.kumo.ui.settings;

import io.kumo.settings.Settings;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** The limits every run gets where its task sets none, and what this machine can enforce. */
final class LimitsSection {

    private LimitsSection() {
    }

    static VBox create(GeneralSettingsModel model, MachineIsolationModel machine) {
        GridPane grid = Forms.grid();
        int row = Forms.addField(grid, 0, "Memory per run", "settings-limit-memory", model.limitMemory, 90, "MB",
                "0 = no limit; a run past it ends as FAILED");
        row = Forms.addField(grid, row, "CPU per run", "settings-limit-cpu", model.limitCpu, 90, "%",
                "of one core (200 = two cores); 0 = no limit");
        row = Forms.addField(grid, row, "Processes per run", "settings-limit-processes", model.limitProcesses, 90, "",
                "0 = no limit");
        row = Forms.addField(grid, row, "Open files per run", "settings-limit-open-files", model.limitOpenFiles, 90, "",
                "0 = no limit");
        Forms.addField(grid, row, "Largest output file", "settings-limit-output", model.limitOutput, 90, "MB",
                "0 = no limit (up to " + Settings.LIMIT_OUTPUT_MB.max() + ")");
        Label mechanism = Forms.muted("");
        mechanism.setId("settings-limits-machine");
        mechanism.textProperty().bind(machine.limitsProperty());
        Label sandboxes = Forms.muted("");
        sandboxes.setId("settings-limits-sandboxes");
        sandboxes.textProperty().bind(machine.sandboxesProperty());
        Label note = Forms.muted("A task's own limits (task editor, kumo task edit --max-memory) replace these.");
        return Forms.section(grid, mechanism, sandboxes, note, Forms.applyRow("settings-apply-limits", model.limits()));
    }
}
