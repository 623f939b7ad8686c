package io.kumo.ui.desktop;

import com.dustinredmond.fxtrayicon.FXTrayIcon;
import io.kumo.common.Observable;
import io.kumo.desktop.Notice;
import io.kumo.engine.EngineStatus;
import io.kumo.service.SchedulingPause;
import java.awt.EventQueue;
import java.util.Optional;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Kumo's icon in the system tray, where the OS has one: open Kumo, runs in progress, pause or resume all scheduling,
 * quit; and the balloon for notices where the desktop has no notification service of its own. {@link #install} is
 * empty where there is no tray (headless, some Linux desktops).
 */
public final class TrayIcon {

    private static final Logger LOG = LoggerFactory.getLogger(TrayIcon.class);
    private static final int RUNNING_ITEM = 1;

    private final FXTrayIcon icon;
    private final MenuItem pauseItem = new MenuItem();
    private final Observable.Pin runningPin;
    private final Observable.Pin statePin;

    private TrayIcon(FXTrayIcon icon, EngineStatus status, Observable<SchedulingPause.State> pause, Runnable togglePause,
                     Runnable open, Runnable quit) {
        this.icon = icon;
        MenuItem openItem = new MenuItem("Open Kumo");
        openItem.setOnAction(event -> open.run());
        MenuItem running = new MenuItem("No runs in progress");
        running.setDisable(true);
        pauseItem.setOnAction(event -> togglePause.run());
        MenuItem quitItem = new MenuItem("Quit Kumo");
        quitItem.setOnAction(event -> quit.run());
        icon.addMenuItem(openItem);
        icon.addMenuItem(running);
        icon.addSeparator();
        icon.addMenuItem(pauseItem);
        icon.addSeparator();
        icon.addMenuItem(quitItem);
        icon.setOnAction(event -> open.run());
        tooltip(System.getProperty("os.name", "")).ifPresent(icon::setTrayIconTooltip);
        icon.show();
        runningPin = status.runningRuns().observe(count -> awtLabel(RUNNING_ITEM,
                count == 0 ? "No runs in progress" : count + (count == 1 ? " run" : " runs") + " in progress"));
        // follows the pause wherever it is made: this menu, the window's banner, kumo scheduler sent to this instance
        statePin = pause.observe(state -> javafx.application.Platform.runLater(() ->
                pauseItem.setText(state.paused() ? "Resume scheduling" : "Pause all scheduling")));
    }

    /**
     * @param status      the runs in progress, shown in the menu
     * @param pause       whether all scheduling is paused, which names the menu item
     * @param togglePause pauses or resumes all scheduling; it saves the choice, so the caller runs it off the FX thread
     */
    public static Optional<TrayIcon> install(Stage stage, EngineStatus status, Observable<SchedulingPause.State> pause,
                                             Runnable togglePause, Runnable open, Runnable quit) {
        try {
            if (!FXTrayIcon.isSupported()) {
                return Optional.empty();
            }
            FXTrayIcon icon = new FXTrayIcon(stage, TrayIcon.class.getResource("/io/kumo/ui/icons/kumo-32.png"));
            return Optional.of(new TrayIcon(icon, status, pause, togglePause, open, quit));
        } catch (UnsupportedOperationException | IllegalStateException e) { // HeadlessException is one of the first
            LOG.info("No system tray here: {}", e.toString());
            return Optional.empty();
        } catch (java.awt.AWTError e) { // DISPLAY names an X server that is not there: the window goes on without a tray
            LOG.warn("No system tray: {}", e.getMessage());
            return Optional.empty();
        }
    }

    public void show(Notice notice) {
        switch (notice.level()) {
            case ERROR -> icon.showErrorMessage(notice.title(), notice.body());
            case WARNING -> icon.showWarningMessage(notice.title(), notice.body());
            case INFO -> icon.showInfoMessage(notice.title(), notice.body());
        }
    }

    /**
     * Windows and macOS hide a tray icon's tooltip when its menu opens; the X11 tray draws AWT's tooltip over the menu
     * and keeps it there, so on Linux and BSD the icon has none (the menu's first item names Kumo anyway).
     */
    static Optional<String> tooltip(String osName) {
        String os = osName.toLowerCase(java.util.Locale.ROOT);
        return os.startsWith("windows") || os.startsWith("mac") ? Optional.of("Kumo") : Optional.empty();
    }

    public void remove() {
        runningPin.close();
        statePin.close();
        icon.hide();
    }

    private void awtLabel(int index, String label) {
        EventQueue.invokeLater(() -> {
            java.awt.MenuItem item = icon.getMenuItem(index);
            if (item != null) {
                item.setLabel(label);
            }
        });
    }
}
