package io.kumo.ui;

import io.kumo.app.KumoCore;
import io.kumo.common.AppInfo;
import io.kumo.ui.common.BackgroundExecutor;
import io.kumo.ui.common.DialogService;
import io.kumo.ui.shell.Navigation;
import io.kumo.ui.shell.ThemeModel;

/** What the panes of one window share: the core, the background executor, dialogs, the theme and navigation. */
public record UiContext(KumoCore core, AppInfo appInfo, BackgroundExecutor background, DialogService dialogs, ThemeModel theme,
                        Navigation navigation) {
}
