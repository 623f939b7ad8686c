package io.kumo.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import atlantafx.base.controls.Message;
import io.kumo.app.KumoCore;
import io.kumo.settings.Settings;
import io.kumo.settings.Theme;
import io.kumo.storage.DiskFullException;
import io.kumo.testkit.TestCores;
import io.kumo.testkit.Tmpfs;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The real window on a core whose data directory is a 20 MB tmpfs that a filler file makes full. */
@EnabledOnOs(OS.LINUX)
class StorageBannerTest {

    @TempDir
    Path temp;
    final FxRobot robot = new FxRobot();
    Tmpfs disk;
    KumoCore core;
    KumoApp app;

    @BeforeEach
    void start() throws Exception {
        disk = Tmpfs.mount(temp.resolve("disk"), 20);
        core = TestCores.open(disk.root().resolve("data"));
        app = RunningApp.launch(core);
    }

    @AfterEach
    void stop() throws Exception {
        try {
            disk.free();
            RunningApp.close(robot, app, core);
        } finally {
            disk.close();
        }
    }

    private Message banner() {
        return robot.lookup("#storage-banner").queryAs(Message.class);
    }

    @Test
    void aFullDiskShowsTheBannerUntilSpaceReturns() throws Exception {
        assertThat(banner().isVisible()).isFalse();
        core.database().runs().executeRaw("CHECKPOINT"); // what is written so far is on disk before it fills
        disk.fill();

        assertThatThrownBy(() -> core.settings().set(Settings.THEME, Theme.DARK)).isInstanceOf(DiskFullException.class);

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> banner().isVisible());
        assertThat(banner().getTitle()).isEqualTo("The disk holding " + disk.root().resolve("data") + " is full (0 MB free)");
        assertThat(banner().getDescription()).contains("Kumo checks every few seconds").contains("goes away by itself");

        disk.free(); // the storage probe notices within seconds
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !banner().isVisible());
        assertThat(banner().isManaged()).isFalse();
    }
}
