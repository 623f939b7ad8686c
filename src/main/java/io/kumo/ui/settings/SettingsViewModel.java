package io.kumo.ui.settings;

import io.kumo.backup.BackupService;
import io.kumo.config.DataDirectory;
import io.kumo.datacheck.DataCheck;
import io.kumo.isolation.IsolationStatus;
import io.kumo.secrets.VariableService;
import io.kumo.settings.SettingsService;
import io.kumo.ui.common.BackgroundExecutor;
import io.kumo.ui.common.DialogService;
import java.util.function.Supplier;

/** The settings pane's state, one model per kind of section; what it loads when shown it releases when hidden. */
public final class SettingsViewModel {

    private final GeneralSettingsModel general;
    private final VariablesViewModel variables;
    private final BackupsViewModel backups;
    private final DataCheckViewModel dataCheck;
    private final String dataDirectory;
    private final ApiServerModel apiServer;
    private final ApiTokensModel apiTokens;
    private final ApiHooksModel apiHooks;
    private final ConnectionModel connection;
    private final MachineIsolationModel machine;

    /** The pane's models on the services they use ("start at login" applied to this installation). */
    public static SettingsViewModel of(SettingsService settings, VariableService variables, BackupService backups,
                                       DataCheck dataCheck, DataDirectory data, ApiServices api,
                                       ConnectionServices connection, Supplier<IsolationStatus> isolation,
                                       BackgroundExecutor background, DialogService dialogs) {
        return new SettingsViewModel(new GeneralSettingsModel(settings, background, dialogs, LoginItem::apply),
                new VariablesViewModel(variables, background, dialogs),
                new BackupsViewModel(backups, data, background, dialogs),
                new DataCheckViewModel(dataCheck, background, dialogs),
                data.toString(), api, new ConnectionModel(connection, background, dialogs),
                new MachineIsolationModel(isolation, background), background, dialogs);
    }

    public SettingsViewModel(GeneralSettingsModel general, VariablesViewModel variables, BackupsViewModel backups,
                             DataCheckViewModel dataCheck, String dataDirectory, ApiServices api,
                             ConnectionModel connection, MachineIsolationModel machine, BackgroundExecutor background,
                             DialogService dialogs) {
        this.connection = connection;
        this.machine = machine;
        this.general = general;
        this.variables = variables;
        this.backups = backups;
        this.dataCheck = dataCheck;
        this.dataDirectory = dataDirectory;
        this.apiServer = new ApiServerModel(api.state(), api.browser(), general.apiAddress.textProperty(),
                general.apiCert.textProperty());
        this.apiTokens = new ApiTokensModel(api.tokens(), background, dialogs);
        this.apiHooks = new ApiHooksModel(api.hooks(), api.taskNames(), api.workflowNames(), background, dialogs);
    }

    public void activate() {
        general.activate();
        variables.refresh();
        backups.refresh();
        apiServer.activate();
        apiTokens.refresh();
        apiHooks.refresh();
        connection.activate();
        machine.load();
    }

    public void deactivate() {
        general.deactivate();
        variables.deactivate();
        apiServer.deactivate();
    }

    public GeneralSettingsModel general() { return general; }
    public VariablesViewModel variables() { return variables; }
    public BackupsViewModel backups() { return backups; }
    public DataCheckViewModel dataCheck() { return dataCheck; }
    public String dataDirectory() { return dataDirectory; }
    public ApiServerModel apiServer() { return apiServer; }
    public ApiTokensModel apiTokens() { return apiTokens; }
    public ApiHooksModel apiHooks() { return apiHooks; }
    public ConnectionModel connection() { return connection; }
    public MachineIsolationModel machine() { return machine; }
}
