package io.kumo.ui;

import io.kumo.common.AppInfo;
import io.kumo.ui.common.BackgroundExecutor;
import io.kumo.ui.common.DialogService;
import io.kumo.ui.shell.Navigation;
import io.kumo.ui.shell.ThemeModel;

/**
 * What the panes of one window share: the background executor, dialogs, the theme and navigation. Never the core:
 * {@link Panes} gives each pane the services it uses.
 */
public record UiContext(AppInfo appInfo, BackgroundExecutor background, DialogService dialogs, ThemeModel theme,
                        Navigation navigation) {
}
