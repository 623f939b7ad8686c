package io.kumo.desktop.notify;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/** The notification service of the system Kumo runs on, or {@link DesktopNotifier#NONE}. */
public final class PlatformNotifiers {

    private static final Duration PROGRAM_TIMEOUT = Duration.ofSeconds(10);

    private PlatformNotifiers() {
    }

    public static DesktopNotifier forSystem() {
        return forSystem(System.getProperty("os.name", ""), System.getenv(), CommandRunner.processes(PROGRAM_TIMEOUT));
    }

    static DesktopNotifier forSystem(String osName, Map<String, String> environment, CommandRunner runner) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("mac")) {
            return new MacNotifier(runner);
        }
        if (os.startsWith("windows")) {
            return new WindowsNotifier(runner);
        }
        return FreedesktopNotifier.sessionBusAddress(environment).<DesktopNotifier>map(FreedesktopNotifier::new)
                .orElse(DesktopNotifier.NONE);
    }
}
