package io.kumo.desktop.notify;

import io.kumo.desktop.Notice;
import java.util.List;

/** macOS: Notification Center, through {@code osascript -e 'display notification ...'}. */
public final class MacNotifier implements DesktopNotifier {

    private final CommandRunner runner;

    public MacNotifier(CommandRunner runner) {
        this.runner = runner;
    }

    @Override
    public boolean show(Notice notice) {
        return runner.run(command(notice));
    }

    /** One argument per element, no shell: only AppleScript's own string quoting needs escaping. */
    static List<String> command(Notice notice) {
        String script = "display notification " + appleScriptString(notice.body()) + " with title \"Kumo\" subtitle "
                + appleScriptString(notice.title());
        return List.of("osascript", "-e", script);
    }

    static String appleScriptString(String text) {
        String escaped = text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\r", " ").replace("\n", " ");
        return "\"" + escaped + "\"";
    }
}
