package io.kumo.desktop.notify;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.desktop.Notice;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NotifierCommandsTest {

    private static final Notice TRICKY = new Notice(Notice.Level.ERROR, "Bob's \"nightly\" <job>",
            "path C:\\data\\x & 'y'\nsecond line $(rm -rf ~)", 7, 42);

    @Test
    void macScriptQuotesEveryCharacterOfTheText() {
        List<String> command = MacNotifier.command(TRICKY);

        assertThat(command).hasSize(3).startsWith("osascript", "-e");
        assertThat(command.get(2)).isEqualTo("display notification "
                + "\"path C:\\\\data\\\\x & 'y' second line $(rm -rf ~)\" with title \"Kumo\" subtitle "
                + "\"Bob's \\\"nightly\\\" <job>\"");
    }

    @Test
    void windowsScriptTravelsEncodedAndEscapesXmlAndPowerShellQuotes() {
        List<String> command = WindowsNotifier.command(TRICKY);

        assertThat(command).startsWith("powershell.exe", "-NoProfile", "-NonInteractive", "-EncodedCommand");
        String script = new String(Base64.getDecoder().decode(command.get(4)), StandardCharsets.UTF_16LE);
        assertThat(script).isEqualTo(WindowsNotifier.script(TRICKY));
        assertThat(script).contains("<text>Bob&apos;s &quot;nightly&quot; &lt;job&gt;</text>")
                .contains("<text>path C:\\data\\x &amp; &apos;y&apos;\nsecond line $(rm -rf ~)</text>");
    }

    @Test
    void powerShellStringDoublesEveryKindOfSingleQuote() {
        assertThat(WindowsNotifier.powerShellString("it's \u2019x\u2018")).isEqualTo("'it''s \u2019\u2019x\u2018\u2018'");
    }

    @Test
    void macRunsOsascriptThroughTheRunner() {
        List<List<String>> ran = new ArrayList<>();
        boolean shown = new MacNotifier(command -> ran.add(command)).show(TRICKY);

        assertThat(shown).isTrue();
        assertThat(ran).containsExactly(MacNotifier.command(TRICKY));
    }

    @Test
    void eachSystemGetsItsOwnNotifier() {
        CommandRunner runner = command -> true;
        assertThat(PlatformNotifiers.forSystem("Mac OS X", Map.of(), runner)).isInstanceOf(MacNotifier.class);
        assertThat(PlatformNotifiers.forSystem("Windows 11", Map.of(), runner)).isInstanceOf(WindowsNotifier.class);
        assertThat(PlatformNotifiers.forSystem("Linux", Map.of("DBUS_SESSION_BUS_ADDRESS", "unix:path=/run/user/1000/bus"), runner))
                .isInstanceOf(FreedesktopNotifier.class);
        assertThat(PlatformNotifiers.forSystem("Linux", Map.of(), runner)).isSameAs(DesktopNotifier.NONE);
    }
}
