package io.kumo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.testkit.KumoCommands;
import io.kumo.testkit.KumoProcess;
import io.kumo.testkit.Tmpfs;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar, headless, on a real 20 MB tmpfs that a filler file makes full. */
@EnabledOnOs(OS.LINUX)
class DiskFullIT {

    private static final Duration STARTUP = Duration.ofSeconds(60);

    @TempDir
    Path temp;
    Tmpfs disk;
    Path dataDir;
    KumoCommands commands;

    @BeforeEach
    void mount() throws Exception {
        disk = Tmpfs.mount(temp.resolve("disk"), 20);
        dataDir = disk.root().resolve("data");
        commands = new KumoCommands(dataDir);
    }

    @AfterEach
    void unmount() throws Exception {
        disk.close();
    }

    @Test
    void taskAddOnAFullDiskExitsOneWithOneLineAndSavesNothing() throws Exception {
        try (KumoProcess kumo = KumoProcess.start("--headless", "--data-dir", dataDir.toString())) {
            assertThat(kumo.nextLine(STARTUP)).startsWith("Kumo running headless");
            disk.fill();

            KumoCommands.Result added = commands.run("task", "add", "--name", "nightly", "--command", "true", "--every", "1h");

            assertThat(added.code()).isEqualTo(1);
            assertThat(added.out()).isEmpty();
            assertThat(added.err().strip().lines()).hasSize(1);
            assertThat(added.err().strip()).isEqualTo("kumo: the disk holding " + dataDir
                    + " is full (0 MB free): the change was not saved; free some space and try again");

            disk.free();
            KumoCommands.Result list = readableAgain("task", "list");
            assertThat(list.code()).as(list.err()).isZero();
            assertThat(list.out()).doesNotContain("nightly");
            KumoCommands.Result audit = commands.run("audit");
            assertThat(audit.out()).doesNotContain("nightly");
        }
    }

    @Test
    void sigtermWhileTheDiskIsFullExitsOneAndSaysWhatWasNotSaved() throws Exception {
        try (KumoProcess kumo = KumoProcess.start("--headless", "--data-dir", dataDir.toString())) {
            assertThat(kumo.nextLine(STARTUP)).startsWith("Kumo running headless");
            KumoCommands.Result added = commands.run("task", "add", "--name", "tick", "--command", "true", "--every", "2s");
            assertThat(added.code()).as(added.err()).isZero();
            commands.run("runs"); // a write-free moment for H2 to put the new task on disk
            disk.fill();
            Instant filled = Instant.now();

            awaitNextFireAfter(filled.plusSeconds(3)); // so at least one fire fell in the full period
            kumo.signal("TERM");

            assertThat(kumo.waitForExit(Duration.ofSeconds(60))).isEqualTo(1);
            assertThat(kumo.stderr()).contains("kumo: the disk holding " + dataDir + " is full (0 MB free): not saved at shutdown: ")
                    .contains(" of 'tick' that did not run (no record of them)");
            assertThat(kumo.remainingStdout()).doesNotContain("Kumo stopped.");
        }
    }

    /** Reads the running instance's next fire of the one task until it is past {@code instant}. */
    private void awaitNextFireAfter(Instant instant) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            KumoCommands.Result list = commands.run("task", "list");
            String next = list.out().replaceAll("(?s).*next: (\\S+).*", "$1").strip();
            if (list.code() == 0 && !next.equals("-") && Instant.parse(next).isAfter(instant)) {
                return;
            }
        }
        throw new AssertionError("the task did not fire past " + instant);
    }

    /**
     * The command, repeated until it succeeds (at most 10 s): when the disk filled while H2 was writing in the
     * background, H2 closed the database, and Kumo drops those connections within about a second of space returning.
     */
    private KumoCommands.Result readableAgain(String... args) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        KumoCommands.Result result = commands.run(args);
        while (result.code() != 0 && System.nanoTime() < deadline) {
            Thread.sleep(250);
            result = commands.run(args);
        }
        return result;
    }
}
