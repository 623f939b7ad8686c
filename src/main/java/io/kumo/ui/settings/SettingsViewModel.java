package io.kumo.ui.settings;

import io.kumo.backup.BackupService;
import io.kumo.config.DataDirectory;
import io.kumo.datacheck.DataCheck;
import io.kumo.secrets.VariableService;
import io.kumo.settings.SettingsService;
import io.kumo.ui.common.BackgroundExecutor;
import io.kumo.ui.common.DialogService;

/** The settings pane's state, one model per kind of section; what it loads when shown it releases when hidden. */
public final class SettingsViewModel {

    private final GeneralSettingsModel general;
    private final VariablesViewModel variables;
    private final BackupsViewModel backups;
    private final DataCheckViewModel dataCheck;
    private final String dataDirectory;

    /** The pane's models on the services they use ("start at login" applied to this installation). */
    public static SettingsViewModel of(SettingsService settings, VariableService variables, BackupService backups,
                                       DataCheck dataCheck, DataDirectory data, BackgroundExecutor background,
                                       DialogService dialogs) {
        return new SettingsViewModel(new GeneralSettingsModel(settings, background, dialogs, LoginItem::apply),
                new VariablesViewModel(variables, background, dialogs),
                new BackupsViewModel(backups, data, background, dialogs),
                new DataCheckViewModel(dataCheck, background, dialogs),
                data.toString());
    }

    public SettingsViewModel(GeneralSettingsModel general, VariablesViewModel variables, BackupsViewModel backups,
                             DataCheckViewModel dataCheck, String dataDirectory) {
        this.general = general;
        this.variables = variables;
        this.backups = backups;
        this.dataCheck = dataCheck;
        this.dataDirectory = dataDirectory;
    }

    public void activate() {
        general.activate();
        variables.refresh();
        backups.refresh();
    }

    public void deactivate() {
        general.deactivate();
        variables.deactivate();
    }

    public GeneralSettingsModel general() { return general; }
    public VariablesViewModel variables() { return variables; }
    public BackupsViewModel backups() { return backups; }
    public DataCheckViewModel dataCheck() { return dataCheck; }
    public String dataDirectory() { return dataDirectory; }
}
