package io.kumo.ui.settings;

import io.kumo.app.KumoCore;
import io.kumo.ui.common.BackgroundExecutor;
import io.kumo.ui.common.DialogService;

/** The settings pane's state, one model per kind of section; what it loads when shown it releases when hidden. */
public final class SettingsViewModel {

    private final GeneralSettingsModel general;
    private final VariablesViewModel variables;
    private final BackupsViewModel backups;
    private final DataCheckViewModel dataCheck;
    private final String dataDirectory;

    public SettingsViewModel(KumoCore core, BackgroundExecutor background, DialogService dialogs) {
        this(new GeneralSettingsModel(core.settings(), background, dialogs, LoginItem::apply),
                new VariablesViewModel(core.variableService(), background, dialogs),
                new BackupsViewModel(core.backups(), core.dataDirectory(), background, dialogs),
                new DataCheckViewModel(core.dataCheck(), background, dialogs),
                core.dataDirectory().toString());
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
