package io.kumo.desktop.notify;

import io.kumo.desktop.Notice;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * Windows 10 and 11: a toast through PowerShell's Windows.UI.Notifications. The script goes as -EncodedCommand, so the
 * Windows command line never parses the text; the text is escaped for the toast's XML and PowerShell's '' strings.
 */
public final class WindowsNotifier implements DesktopNotifier {

    // PowerShell's own application id: a toast needs a registered one, and an unpackaged jar has none
    private static final String APP_ID = "{1AC14E77-02E7-4E5D-B744-2EB1AE5198B7}\\WindowsPowerShell\\v1.0\\powershell.exe";

    private final CommandRunner runner;

    public WindowsNotifier(CommandRunner runner) {
        this.runner = runner;
    }

    @Override
    public boolean show(Notice notice) {
        return runner.run(command(notice));
    }

    static List<String> command(Notice notice) {
        byte[] utf16 = script(notice).getBytes(StandardCharsets.UTF_16LE);
        return List.of("powershell.exe", "-NoProfile", "-NonInteractive", "-EncodedCommand",
                Base64.getEncoder().encodeToString(utf16));
    }

    static String script(Notice notice) {
        String toast = "<toast><visual><binding template=\"ToastGeneric\"><text>" + xml(notice.title()) + "</text><text>"
                + xml(notice.body()) + "</text></binding></visual></toast>";
        return String.join("\n",
                "[Windows.UI.Notifications.ToastNotificationManager, Windows.UI.Notifications, ContentType = WindowsRuntime] | Out-Null",
                "[Windows.Data.Xml.Dom.XmlDocument, Windows.Data.Xml.Dom.XmlDocument, ContentType = WindowsRuntime] | Out-Null",
                "$xml = New-Object Windows.Data.Xml.Dom.XmlDocument",
                "$xml.LoadXml(" + powerShellString(toast) + ")",
                "[Windows.UI.Notifications.ToastNotificationManager]::CreateToastNotifier(" + powerShellString(APP_ID)
                        + ").Show([Windows.UI.Notifications.ToastNotification]::new($xml))");
    }

    static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&apos;");
    }

    /** A single-quoted PowerShell string expands nothing; a quote inside is doubled (so are its typographic forms). */
    static String powerShellString(String text) {
        return "'" + text.replaceAll("(['\u2018\u2019\u201A\u201B])", "$1$1") + "'";
    }
}
