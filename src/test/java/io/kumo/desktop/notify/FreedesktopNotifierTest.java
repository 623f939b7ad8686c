package io.kumo.desktop.notify;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.desktop.Notice;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FreedesktopNotifierTest {

    @TempDir
    Path directory;
    private PrivateSessionBus bus;

    @BeforeEach
    void startBus() throws Exception {
        bus = PrivateSessionBus.start(directory);
    }

    @AfterEach
    void stopBus() throws Exception {
        if (bus != null) {
            bus.close();
        }
    }

    @Test
    void failedRunReachesTheServerAsCriticalWithSummaryAndBody() throws Exception {
        try (var server = new RecordingNotificationServer(bus.address(), List.of("body"));
             var notifier = new FreedesktopNotifier(bus.address())) {
            boolean shown = notifier.show(new Notice(Notice.Level.ERROR, "backup failed", "exit code 3 after 12 s", 7, 42));

            assertThat(shown).isTrue();
            var call = server.nextCall();
            assertThat(call.appName()).isEqualTo("Kumo");
            assertThat(call.summary()).isEqualTo("backup failed");
            assertThat(call.body()).isEqualTo("exit code 3 after 12 s");
            assertThat(call.urgency()).isEqualTo((byte) 2);
            assertThat(call.appIcon()).isEqualTo("dialog-error");
        }
    }

    @Test
    void finishedRunIsNormalUrgency() throws Exception {
        try (var server = new RecordingNotificationServer(bus.address(), List.of("body"));
             var notifier = new FreedesktopNotifier(bus.address())) {
            notifier.show(new Notice(Notice.Level.INFO, "backup finished", "in 12 s", 7, 42));

            assertThat(server.nextCall().urgency()).isEqualTo((byte) 1);
        }
    }

    @Test
    void bodyIsEscapedForAServerThatReadsMarkup() throws Exception {
        try (var server = new RecordingNotificationServer(bus.address(), List.of("body", "body-markup"));
             var notifier = new FreedesktopNotifier(bus.address())) {
            notifier.show(new Notice(Notice.Level.WARNING, "a<b", "x < y & <b>z</b>", 7, 42));

            var call = server.nextCall();
            assertThat(call.body()).isEqualTo("x &lt; y &amp; &lt;b&gt;z&lt;/b&gt;");
            assertThat(call.summary()).isEqualTo("a<b"); // the summary is plain text in the specification
        }
    }

    @Test
    void saysNotShownWhenNoServerOwnsTheName() throws Exception {
        try (var notifier = new FreedesktopNotifier(bus.address())) {
            assertThat(notifier.show(new Notice(Notice.Level.ERROR, "backup failed", "exit code 3", 7, 42))).isFalse();
        }
    }

    @Test
    void saysNotShownWhenTheBusIsGone() {
        try (var notifier = new FreedesktopNotifier("unix:path=" + directory.resolve("no-bus-here"))) {
            assertThat(notifier.show(new Notice(Notice.Level.ERROR, "backup failed", "exit code 3", 7, 42))).isFalse();
        }
    }

    @Test
    void showsAgainOnceAServerAppears() throws Exception {
        try (var notifier = new FreedesktopNotifier(bus.address())) {
            assertThat(notifier.show(new Notice(Notice.Level.INFO, "first", "none listening", 7, 1))).isFalse();
            try (var server = new RecordingNotificationServer(bus.address(), List.of("body"))) {
                assertThat(notifier.show(new Notice(Notice.Level.INFO, "second", "now heard", 7, 2))).isTrue();
                assertThat(server.nextCall().summary()).isEqualTo("second");
            }
        }
    }
}
