package io.kumo.ui;

import io.kumo.common.Observable;
import io.kumo.engine.EngineStatus;
import io.kumo.service.SchedulingPause;
import io.kumo.ui.desktop.TrayIcon;
import java.util.Optional;
import javafx.stage.Stage;

/** Puts Kumo's icon in the system tray for the window's stage; empty where there is no tray. */
@FunctionalInterface
interface TraySetup {

    TraySetup SYSTEM = TrayIcon::install;

    Optional<TrayIcon> install(Stage stage, EngineStatus status, Observable<SchedulingPause.State> pause,
                               Runnable togglePause, Runnable open, Runnable quit);
}
