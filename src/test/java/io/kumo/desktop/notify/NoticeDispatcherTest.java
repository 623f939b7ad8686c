package io.kumo.desktop.notify;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.desktop.Notice;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NoticeDispatcherTest {

    private static final Notice FAILED = new Notice(Notice.Level.ERROR, "backup failed", "exit code 3", 7, 42);

    @TempDir
    Path directory;
    private final LinkedBlockingQueue<Notice> fallback = new LinkedBlockingQueue<>();

    @Test
    void platformNotificationLeavesTheFallbackAlone() throws Exception {
        try (var bus = PrivateSessionBus.start(directory);
             var server = new RecordingNotificationServer(bus.address(), List.of("body"));
             var dispatcher = new NoticeDispatcher(new FreedesktopNotifier(bus.address()), fallback::add, Duration.ofSeconds(20))) {
            dispatcher.post(FAILED);

            assertThat(server.nextCall().summary()).isEqualTo("backup failed");
            dispatcher.post(new Notice(Notice.Level.INFO, "marker", "", 7, 43));
            assertThat(server.nextCall().summary()).isEqualTo("marker"); // the first post is settled by now
            assertThat(fallback).isEmpty();
        }
    }

    @Test
    void noServerOnTheBusFallsBackToTheTrayOrWindow() throws Exception {
        try (var bus = PrivateSessionBus.start(directory);
             var dispatcher = new NoticeDispatcher(new FreedesktopNotifier(bus.address()), fallback::add, Duration.ofSeconds(20))) {
            dispatcher.post(FAILED);

            assertThat(fallback.poll(20, TimeUnit.SECONDS)).isEqualTo(FAILED);
        }
    }

    @Test
    void hangingServerNeverHoldsThePosterAndFallsBackAfterTheTimeout() throws Exception {
        try (var bus = PrivateSessionBus.start(directory);
             var server = new RecordingNotificationServer(bus.address(), List.of("body"));
             var dispatcher = new NoticeDispatcher(new FreedesktopNotifier(bus.address()), fallback::add, Duration.ofMillis(300))) {
            server.hang();

            dispatcher.post(FAILED); // returns although the server cannot answer until released below

            assertThat(fallback.poll(20, TimeUnit.SECONDS)).isEqualTo(FAILED);
            server.release();
        }
    }

    @Test
    void platformWithoutNotificationsGoesStraightToTheFallback() throws Exception {
        try (var dispatcher = new NoticeDispatcher(DesktopNotifier.NONE, fallback::add, Duration.ofSeconds(20))) {
            dispatcher.post(FAILED);

            assertThat(fallback.poll(20, TimeUnit.SECONDS)).isEqualTo(FAILED);
        }
    }

    @Test
    void notifierThatThrowsFallsBack() throws Exception {
        DesktopNotifier broken = notice -> {
            throw new IllegalStateException("osascript vanished");
        };
        try (var dispatcher = new NoticeDispatcher(broken, fallback::add, Duration.ofSeconds(20))) {
            dispatcher.post(FAILED);

            assertThat(fallback.poll(20, TimeUnit.SECONDS)).isEqualTo(FAILED);
        }
    }
}
