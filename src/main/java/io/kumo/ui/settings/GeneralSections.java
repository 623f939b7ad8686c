package io.kumo.ui.settings;

import io.kumo.settings.Settings;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** The sections of plain settings: scheduling, logs and history, projects and network. */
final class GeneralSections {

    private GeneralSections() {
    }

    static VBox scheduling(GeneralSettingsModel model) {
        GridPane grid = Forms.grid();
        int row = Forms.addField(grid, 0, "Runs at the same time", "settings-concurrency", model.concurrency, 90, "",
                Settings.MAX_CONCURRENT_RUNS.min() + " to " + Settings.MAX_CONCURRENT_RUNS.max()
                        + "; more runs wait in the queue by priority");
        Forms.addField(grid, row, "Stop grace period", "settings-stop-grace", model.stopGrace, 90, "seconds",
                "a stopped or timed-out run is killed when it has not ended by then");
        return Forms.section(grid, Forms.applyRow("settings-apply-scheduling", model.scheduling()));
    }

    static VBox logs(GeneralSettingsModel model) {
        GridPane grid = Forms.grid();
        int row = Forms.addField(grid, 0, "Log size cap per run", "settings-log-cap", model.logCap, 90, "MB",
                "past it the start and the end of the output are kept");
        row = Forms.addField(grid, row, "Keep run logs for", "settings-log-days", model.logDays, 90, "days", "0 keeps them forever");
        row = Forms.addField(grid, row, "Log disk budget", "settings-log-budget", model.logBudget, 90, "MB",
                "the oldest logs go first when the logs take more; 0 = no budget");
        row = Forms.addField(grid, row, "Keep run records for", "settings-run-days", model.runDays, 90, "days",
                "0 keeps them forever");
        Forms.addField(grid, row, "Run records kept per task", "settings-runs-per-task", model.runsPerTask, 90, "",
                "the newest ones; 0 keeps all");
        Label note = Forms.muted("Kumo applies these limits shortly after it starts and every six hours; "
                + "the Logs pane's \"Clean up now\" applies them at once.");
        return Forms.section(grid, note, Forms.applyRow("settings-apply-logs", model.logs()));
    }

    static VBox projects(GeneralSettingsModel model) {
        GridPane grid = Forms.grid();
        Forms.addField(grid, 0, "Keep deleted projects for", "settings-trash-days", model.trashDays, 90, "days",
                "then they are purged from the trash (at start-up)");
        return Forms.section(grid, Forms.applyRow("settings-apply-projects", model.projects()));
    }

    static VBox network(GeneralSettingsModel model) {
        GridPane grid = Forms.grid();
        int row = Forms.addField(grid, 0, "HTTP proxy", "settings-proxy-http", model.httpProxy, 320, "", "");
        row = Forms.addField(grid, row, "HTTPS proxy", "settings-proxy-https", model.httpsProxy, 320, "", "");
        Forms.addField(grid, row, "No proxy for", "settings-no-proxy", model.noProxy, 320, "", "comma-separated hosts or domains");
        Label note = Forms.muted("Given to every run and to pip and conda as HTTP_PROXY, HTTPS_PROXY and NO_PROXY (both "
                + "spellings). Empty leaves your own environment's values alone.");
        return Forms.section(grid, note, Forms.applyRow("settings-apply-network", model.network()));
    }
}
