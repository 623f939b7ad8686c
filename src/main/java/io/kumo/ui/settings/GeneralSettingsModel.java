package io.kumo.ui.settings;

import io.kumo.settings.SettingKey;
import io.kumo.settings.Settings;
import io.kumo.settings.SettingsService;
import io.kumo.ui.common.BackgroundExecutor;
import io.kumo.ui.common.DialogService;
import io.kumo.ui.common.UiThread;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * The plain settings, grouped by the section that applies them: scheduling, logs and history, projects, network and
 * automatic backups, the REST API's address and certificate, the default limits of runs; and switches ("start minimized", "serve the REST API"),
 * saved as soon as they are flipped. While the pane is shown, changes made
 * elsewhere (the Logs pane's retention, the command line) are shown too, unless the field is being edited.
 */
public final class GeneralSettingsModel {

    private final SettingsService settings;
    private final BackgroundExecutor background;
    private final DialogService dialogs;

    final SettingField<Integer> concurrency = SettingField.integer(Settings.MAX_CONCURRENT_RUNS);
    final SettingField<Integer> stopGrace = SettingField.integer(Settings.STOP_GRACE_SECONDS);
    final SettingField<Integer> logCap = SettingField.integer(Settings.LOG_CAP_MB);
    final SettingField<Integer> logDays = SettingField.integer(Settings.LOG_RETENTION_DAYS);
    final SettingField<Integer> logBudget = SettingField.integer(Settings.LOG_BUDGET_MB);
    final SettingField<Integer> runDays = SettingField.integer(Settings.RUN_RETENTION_DAYS);
    final SettingField<Integer> runsPerTask = SettingField.integer(Settings.RUNS_KEPT_PER_TASK);
    final SettingField<Integer> trashDays = SettingField.integer(Settings.TRASH_RETENTION_DAYS);
    final SettingField<String> httpProxy = SettingField.proxy(Settings.HTTP_PROXY);
    final SettingField<String> httpsProxy = SettingField.proxy(Settings.HTTPS_PROXY);
    final SettingField<String> noProxy = SettingField.hostList(Settings.NO_PROXY);
    final SettingField<Integer> backupHours = SettingField.integer(Settings.BACKUP_EVERY_HOURS);
    final SettingField<Integer> backupsKept = SettingField.integer(Settings.BACKUPS_KEPT);
    final SettingField<String> apiAddress = SettingField.address(Settings.API_ADDRESS);
    final SettingField<String> apiCert = SettingField.path(Settings.API_TLS_CERT);
    final SettingField<String> apiKey = SettingField.path(Settings.API_TLS_KEY);
    final SettingField<Integer> limitMemory = SettingField.integer(Settings.LIMIT_MEMORY_MB);
    final SettingField<Integer> limitCpu = SettingField.integer(Settings.LIMIT_CPU_PERCENT);
    final SettingField<Integer> limitProcesses = SettingField.integer(Settings.LIMIT_PROCESSES);
    final SettingField<Integer> limitOpenFiles = SettingField.integer(Settings.LIMIT_OPEN_FILES);
    final SettingField<Integer> limitOutput = SettingField.integer(Settings.LIMIT_OUTPUT_MB);

    private final SettingsGroup scheduling;
    private final SettingsGroup logs;
    private final SettingsGroup projects;
    private final SettingsGroup network;
    private final SettingsGroup backups;
    private final SettingsGroup api;
    private final SettingsGroup limits;
    /** Switches saved the moment they are flipped (start-up, tray and notification behaviour). */
    private final Map<SettingKey<Boolean>, BooleanProperty> flags = new java.util.LinkedHashMap<>();
    private final java.util.function.Consumer<Boolean> startAtLogin;
    private final StatusLine appearanceStatus = new StatusLine();
    private final BiConsumer<SettingKey<?>, Object> changedElsewhere = (key, value) ->
            UiThread.run(() -> show(Map.of(key, value), false));
    private boolean showing;

    /**
     * @param startAtLogin registers (true) or removes (false) Kumo's login item; runs in the background before the
     *                     setting is saved
     */
    public GeneralSettingsModel(SettingsService settings, BackgroundExecutor background, DialogService dialogs,
                                java.util.function.Consumer<Boolean> startAtLogin) {
        this.settings = settings;
        this.background = background;
        this.dialogs = dialogs;
        this.startAtLogin = startAtLogin;
        scheduling = group("scheduling", concurrency, stopGrace);
        logs = group("logs and history", logCap, logDays, logBudget, runDays, runsPerTask);
        projects = group("projects", trashDays);
        network = group("network", httpProxy, httpsProxy, noProxy);
        backups = group("automatic backup", backupHours, backupsKept);
        api = group("REST API", apiAddress, apiCert, apiKey);
        limits = group("limits", limitMemory, limitCpu, limitProcesses, limitOpenFiles, limitOutput);
        for (SettingKey<Boolean> key : List.of(Settings.START_MINIMIZED, Settings.START_AT_LOGIN, Settings.CLOSE_TO_TRAY,
                Settings.NOTIFY_ON_FAILURE, Settings.NOTIFY_ON_RECOVERY, Settings.API_ENABLED, Settings.API_METRICS_OPEN,
                Settings.FORMAT_ON_SAVE)) {
            BooleanProperty flag = new SimpleBooleanProperty();
            flag.addListener((obs, old, now) -> {
                if (!showing) {
                    saveFlag(key, now);
                }
            });
            flags.put(key, flag);
        }
    }

    private SettingsGroup group(String name, SettingField<?>... fields) {
        return new SettingsGroup(name, List.of(fields), settings, background, dialogs);
    }

    /** Reads every setting (in the background) and listens for changes made elsewhere until {@link #deactivate()}. */
    public void activate() {
        settings.addListener(changedElsewhere);
        List<SettingKey<?>> keys = Stream.concat(groups().stream().flatMap(group -> group.fields().stream())
                .map(SettingField::key), flags.keySet().stream()).toList();
        background.run(() -> {
            Map<SettingKey<?>, Object> values = new HashMap<>();
            keys.forEach(key -> values.put(key, settings.get(key)));
            return values;
        }, values -> show(values, true), error -> dialogs.showError("Could not read the settings", error));
    }

    public void deactivate() {
        settings.removeListener(changedElsewhere);
    }

    private void show(Map<SettingKey<?>, Object> values, boolean overwrite) {
        groups().forEach(group -> group.show(values, overwrite));
        flags.forEach((key, flag) -> {
            if (values.get(key) instanceof Boolean value) {
                showing = true;
                flag.set(value);
                showing = false;
            }
        });
    }

    private void saveFlag(SettingKey<Boolean> key, boolean value) {
        background.run(() -> {
            if (key == Settings.START_AT_LOGIN) {
                startAtLogin.accept(value);
            }
            settings.set(key, value);
            return value;
        }, saved -> statusOf(key).good("Saved"), error -> {
            statusOf(key).bad("Not saved: " + error.getMessage());
            dialogs.showError("Could not save \"" + key.label() + "\"", error);
            showing = true;
            flags.get(key).set(!value);
            showing = false;
        });
    }

    /** A switch of the REST API section reports under that section, the others under Appearance. */
    private StatusLine statusOf(SettingKey<Boolean> key) {
        return key == Settings.API_ENABLED || key == Settings.API_METRICS_OPEN ? api.status() : appearanceStatus;
    }

    private List<SettingsGroup> groups() {
        return List.of(scheduling, logs, projects, network, backups, api, limits);
    }

    public SettingsGroup scheduling() { return scheduling; }
    public SettingsGroup logs() { return logs; }
    public SettingsGroup projects() { return projects; }
    public SettingsGroup network() { return network; }
    public SettingsGroup backups() { return backups; }
    public SettingsGroup api() { return api; }
    /** The limits a run gets where its task sets none. */
    public SettingsGroup limits() { return limits; }
    public BooleanProperty startMinimizedProperty() { return flags.get(Settings.START_MINIMIZED); }
    public BooleanProperty flag(SettingKey<Boolean> key) { return flags.get(key); }
    public StatusLine appearanceStatus() { return appearanceStatus; }
}
