package io.kumo.ui;

import io.kumo.app.KumoCore;
import io.kumo.common.AppInfo;
import io.kumo.desktop.RunNotifier;
import io.kumo.desktop.WorkflowNotifier;
import io.kumo.desktop.StorageNotifier;
import io.kumo.desktop.notify.DesktopNotifier;
import io.kumo.desktop.notify.NoticeDispatcher;
import io.kumo.desktop.notify.PlatformNotifiers;
import io.kumo.service.SchedulingPause;
import io.kumo.settings.Settings;
import io.kumo.settings.Theme;
import io.kumo.ui.common.BackgroundExecutor;
import io.kumo.ui.common.DialogService;
import io.kumo.ui.common.VirtualThreadBackground;
import io.kumo.ui.desktop.TrayIcon;
import io.kumo.ui.shell.MainView;
import io.kumo.ui.shell.Navigation;
import io.kumo.ui.shell.NavigationItem;
import io.kumo.ui.shell.PauseBanner;
import io.kumo.ui.shell.PauseBannerViewModel;
import io.kumo.ui.shell.StatusBarView;
import io.kumo.ui.shell.StatusBarViewModel;
import io.kumo.ui.shell.StorageBanner;
import io.kumo.ui.shell.StorageBannerViewModel;
import io.kumo.ui.shell.ThemeModel;
import io.kumo.ui.shell.WindowState;
import io.kumo.ui.shell.WindowStateStore;
import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The Kumo window on top of a running {@link KumoCore}. */
public final class KumoApp extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(KumoApp.class);
    // long enough for a busy notification server, short enough that a hung one still shows the notice in Kumo
    private static final java.time.Duration PLATFORM_NOTICE_TIMEOUT = java.time.Duration.ofSeconds(3);

    private final KumoCore core;
    private final Runnable onQuit;
    private final WindowStateStore windowStateStore;
    private final BackgroundExecutor background = new VirtualThreadBackground();
    private Theme initialTheme = Theme.LIGHT;
    private boolean minimizedBySetting;
    private WindowState initialWindowState = WindowState.DEFAULT;
    private Stage stage;
    private DialogService dialogs;
    private MainView mainView;
    private StatusBarViewModel statusBarModel;
    private StorageBannerViewModel storageBannerModel;
    private PauseBannerViewModel pauseBannerModel;
    private StorageNotifier storageNotifier;
    private boolean stopped;
    private Runnable windowRegistration = () -> { };
    private Runnable runViewerRegistration = () -> { };
    private final boolean startMinimized;
    private final TraySetup traySetup;
    private final NoticeDispatcher notices;
    private java.util.Optional<TrayIcon> tray = java.util.Optional.empty();
    private RunNotifier notifier;
    private WorkflowNotifier workflowNotifier;

    public KumoApp(KumoCore core, Runnable onQuit) {
        this(core, onQuit, false);
    }

    /** @param minimized start in the tray (or iconified where there is no tray), as at login */
    public KumoApp(KumoCore core, Runnable onQuit, boolean minimized) {
        this(core, onQuit, minimized, TraySetup.SYSTEM);
    }

    KumoApp(KumoCore core, Runnable onQuit, boolean minimized, TraySetup traySetup) {
        this(core, onQuit, minimized, traySetup, PlatformNotifiers.forSystem());
    }

    /** @param platformNotifier the desktop's own notifications, tried before the tray balloon and the window */
    KumoApp(KumoCore core, Runnable onQuit, boolean minimized, TraySetup traySetup, DesktopNotifier platformNotifier) {
        this.core = core;
        this.onQuit = onQuit;
        this.startMinimized = minimized;
        this.traySetup = traySetup;
        this.notices = new NoticeDispatcher(platformNotifier,
                notice -> javafx.application.Platform.runLater(() -> announceInKumo(notice)), PLATFORM_NOTICE_TIMEOUT);
        this.windowStateStore = new WindowStateStore(core.dataDirectory().uiStateFile());
    }

    /** Runs off the FX thread: reads what the first frame needs. */
    @Override
    public void init() {
        initialTheme = core.settings().get(Settings.THEME);
        minimizedBySetting = core.settings().get(Settings.START_MINIMIZED);
        // read here so that closing the window later answers from the settings cache, not the database
        core.settings().get(Settings.CLOSE_TO_TRAY);
        core.settings().get(Settings.TRAY_HINT_SHOWN);
        initialWindowState = windowStateStore.load();
    }

    @Override
    public void start(Stage primaryStage) {
        this.stage = primaryStage;
        AppInfo appInfo = AppInfo.load();
        dialogs = new DialogService(primaryStage);
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> {
            LOG.error("Uncaught exception on {}", thread.getName(), error);
            dialogs.showError("Something went wrong", error);
        });
        ThemeModel theme = new ThemeModel(initialTheme, core.settings(), background,
                error -> dialogs.showError("Could not save the theme", error));
        Navigation navigation = new Navigation();
        UiContext context = new UiContext(appInfo, background, dialogs, theme, navigation);
        statusBarModel = new StatusBarViewModel(core.engineStatus(), core.dataDirectory().toString(), appInfo);
        storageBannerModel = new StorageBannerViewModel(core.storage());
        pauseBannerModel = new PauseBannerViewModel(core.schedulingPause(), background, java.time.ZoneId.systemDefault(),
                error -> dialogs.showError("Could not resume scheduling", error));
        mainView = new MainView(new Panes(core, context)::create, theme, new StatusBarView(statusBarModel),
                new StorageBanner(storageBannerModel), new PauseBanner(pauseBannerModel));
        navigation.attach(mainView);

        Scene scene = new Scene(mainView);
        scene.getStylesheets().add(KumoApp.class.getResource("kumo.css").toExternalForm());
        mainView.installShortcuts(scene);
        primaryStage.setScene(scene);
        primaryStage.setTitle("Kumo");
        for (int size : new int[] {16, 32, 48, 64, 128, 256}) {
            primaryStage.getIcons().add(new Image(KumoApp.class.getResource("icons/kumo-" + size + ".png").toExternalForm()));
        }
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN), this::requestQuit);
        primaryStage.setMinWidth(640);
        primaryStage.setMinHeight(420);
        applyWindowState(primaryStage, initialWindowState);
        primaryStage.setOnCloseRequest(event -> {
            event.consume();
            closeWindow();
        });
        mainView.selectedProperty().set(NavigationItem.DASHBOARD);
        windowRegistration = core.windowRequests().register(() -> javafx.application.Platform.runLater(this::bringForward));
        RunLinkViewer runLinks = new RunLinkViewer(navigation, background, dialogs, core.workflowService()::findRun);
        runViewerRegistration = core.windowRequests().registerRunViewer(link -> javafx.application.Platform.runLater(() -> runLinks.show(link)));
        // the tray keeps Kumo alive with no window shown
        javafx.application.Platform.setImplicitExit(false);
        notifier = new RunNotifier(core.settings(), core.tasks(), core.runHistory(),
                notices::post);
        core.engine().ifPresent(engine -> engine.addListener(notifier));
        workflowNotifier = new WorkflowNotifier(core.settings(), core.workflowService(),
                notices::post);
        core.workflowService().addListener(workflowNotifier);
        storageNotifier = new StorageNotifier(core.storage(), notices::post);
        storageNotifier.start();
        boolean minimized = startMinimized || minimizedBySetting;
        if (minimized) {
            installTray();
            if (tray.isPresent()) {
                return; // stays in the tray until opened
            }
        }
        primaryStage.setIconified(minimized);
        primaryStage.show();
        FirstFrameProbe.install(this::quit);
        if (!minimized) {
            // the tray starts AWT (about 600 classes, the X11 toolkit, Swing's look and feel): after the first frame
            AfterFirstFrame.run(this::installTray);
        }
    }

    private void installTray() {
        if (!stopped) {
            tray = traySetup.install(stage, core.engineStatus(), core.schedulingPause().state(), this::togglePause, this::bringForward, this::requestQuit);
        }
    }

    /**
     * Closing the window is not quitting: with a tray (and the setting on) Kumo keeps scheduling there, and says so
     * the first time; without a tray, closing asks, because it would stop the schedule.
     */
    private void closeWindow() {
        if (tray.isPresent() && core.settings().get(Settings.CLOSE_TO_TRAY)) {
            stage.hide();
            if (!core.settings().get(Settings.TRAY_HINT_SHOWN)) {
                notices.post(new io.kumo.desktop.Notice(io.kumo.desktop.Notice.Level.INFO, "Kumo keeps running",
                        "Your tasks stay on schedule. Open Kumo or quit it from its icon in the tray.", 0, 0));
                background.run(() -> core.settings().set(Settings.TRAY_HINT_SHOWN, true), error -> LOG.warn("Saving a setting failed", error));
            }
            return;
        }
        int running = core.engineStatus().runningRuns().get();
        String detail = "No task runs while Kumo is closed." + (running == 0 ? ""
                : " " + running + (running == 1 ? " run is" : " runs are") + " in progress and will be stopped.");
        if (dialogs.confirm("Quit Kumo?", detail, "Quit")) {
            quit();
        }
    }

    /** Pauses or resumes all scheduling from the tray; the engine saves the choice (a database write), so not here. */
    private void togglePause() {
        SchedulingPause pause = core.schedulingPause();
        background.run(() -> {
            if (!pause.pause()) {
                pause.resume();
            }
        }, error -> dialogs.showError("Could not pause or resume scheduling", error));
    }

    /**
     * A notice the desktop's own notifications could not show: in the tray balloon where there is a tray, else as a
     * notification inside the window when it is shown.
     */
    private void announceInKumo(io.kumo.desktop.Notice notice) {
        if (stopped) {
            return;
        }
        if (tray.isPresent()) {
            tray.get().show(notice);
        } else if (stage.isShowing()) {
            var notification = org.controlsfx.control.Notifications.create().title(notice.title()).text(notice.body()).owner(stage);
            if (notice.level() == io.kumo.desktop.Notice.Level.ERROR) {
                notification.showError();
            } else {
                notification.showInformation();
            }
        }
    }

    /** Shows the window in front: a second launch of Kumo asked for it. */
    public void bringForward() {
        if (stopped) {
            return;
        }
        stage.setIconified(false);
        stage.show();
        stage.toFront();
        stage.requestFocus();
    }

    private static void applyWindowState(Stage stage, WindowState state) {
        stage.setWidth(state.width());
        stage.setHeight(state.height());
        if (state.hasPosition() && isOnSomeScreen(state)) {
            stage.setX(state.x());
            stage.setY(state.y());
        } else {
            stage.centerOnScreen();
        }
        stage.setMaximized(state.maximized());
    }

    /** A window saved on a monitor that is no longer attached opens centred instead of off-screen. */
    private static boolean isOnSomeScreen(WindowState state) {
        return !Screen.getScreensForRectangle(new Rectangle2D(state.x(), state.y(), Math.max(1, state.width() / 4),
                Math.max(1, state.height() / 4))).isEmpty();
    }

    public MainView mainView() {
        return mainView;
    }

    /** Quits, after asking when runs are in progress (quitting stops them). */
    public void requestQuit() {
        int running = core.engineStatus().runningRuns().get();
        if (running == 0 || dialogs.confirm("Quit Kumo?", running + (running == 1 ? " run is" : " runs are")
                + " in progress. Quitting stops " + (running == 1 ? "it" : "them") + " and no task runs until Kumo starts again.",
                "Quit and stop runs")) {
            quit();
        }
    }

    /** Quits the app: saves the window, then hands over to whoever started it to close the core. */
    public void quit() {
        stop();
        stage.hide();
        onQuit.run();
    }

    @Override
    public void stop() {
        if (stopped || stage == null) {
            return;
        }
        stopped = true;
        windowRegistration.run();
        runViewerRegistration.run();
        if (notifier != null) {
            core.engine().ifPresent(engine -> engine.removeListener(notifier));
            core.workflowService().removeListener(workflowNotifier);
        }
        tray.ifPresent(TrayIcon::remove);
        windowStateStore.save(new WindowState(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(),
                stage.isMaximized()));
        mainView.dispose();
        statusBarModel.close();
        storageBannerModel.close();
        pauseBannerModel.close();
        if (storageNotifier != null) {
            storageNotifier.close();
        }
        background.close();
        notices.close();
    }
}
