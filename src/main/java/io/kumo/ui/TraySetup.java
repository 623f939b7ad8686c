package io.kumo.ui;

import io.kumo.app.KumoCore;
import io.kumo.ui.desktop.TrayIcon;
import java.util.Optional;
import javafx.stage.Stage;

/** Puts Kumo's icon in the system tray for the window's stage; empty where there is no tray. */
@FunctionalInterface
interface TraySetup {

    TraySetup SYSTEM = (stage, core, togglePause, open, quit) -> TrayIcon.install(stage, core.engineStatus(),
            core.schedulingPause().state(), togglePause, open, quit);

    Optional<TrayIcon> install(Stage stage, KumoCore core, Runnable togglePause, Runnable open, Runnable quit);
}
