package io.kumo.runs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.kumo.app.KumoCore;
import io.kumo.settings.Settings;
import io.kumo.testkit.MutableClock;
import io.kumo.testkit.TestCores;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Webhook bodies stored as files the runs read, and pruned by age (alone and through the retention round). */
class PayloadsTest {

    @TempDir
    Path dir;
    final MutableClock clock = new MutableClock(TestCores.T0);

    @Test
    void savesTheBodyAsItCameInTheFolder() throws IOException {
        Payloads payloads = new Payloads(dir.resolve("payloads"), clock);
        byte[] body = "{\"ref\": \"main\", \"name\": \"Zoë\"}".getBytes(StandardCharsets.UTF_8);

        Path file = payloads.save(body);

        assertThat(file).isAbsolute().hasParent(dir.resolve("payloads").toAbsolutePath());
        assertThat(Files.readAllBytes(file)).isEqualTo(body);
        assertThat(file.getFileName().toString()).startsWith("20260301T060000003Z-").endsWith(".json");
    }

    @Test
    void filesAreOwnerOnly() throws IOException {
        assumeThat(FileSystems.getDefault().supportedFileAttributeViews()).contains("posix");
        Path file = new Payloads(dir.resolve("payloads"), clock).save(new byte[] {'{', '}'});

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent()))).isEqualTo("rwx------");
    }

    @Test
    void bodiesOfTheSameInstantNeverCollideAndNamesSortByTime() {
        Payloads payloads = new Payloads(dir, clock);
        List<Path> saved = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            saved.add(payloads.save(("{\"n\": " + i + "}").getBytes(StandardCharsets.UTF_8)));
        }
        clock.advance(Duration.ofMillis(1));
        Path later = payloads.save(new byte[0]);

        assertThat(new HashSet<>(saved)).hasSize(200);
        assertThat(saved).allSatisfy(file -> assertThat(file.getFileName().toString()).isLessThan(later.getFileName().toString()));
    }

    @Test
    void deletesOnlyTheFilesStoredBeforeTheCutoff() throws IOException {
        Payloads payloads = new Payloads(dir, clock);
        Path old = payloads.save(new byte[] {1});
        clock.advance(Duration.ofDays(2));
        Path recent = payloads.save(new byte[] {2});
        Path foreign = Files.writeString(dir.resolve("notes.json"), "{}");

        int deleted = payloads.deleteOlderThan(TestCores.T0.plus(Duration.ofDays(1)));

        assertThat(deleted).isEqualTo(1);
        assertThat(old).doesNotExist();
        assertThat(recent).exists();
        assertThat(foreign).exists();
    }

    @Test
    void aMissingFolderHasNothingToDelete() {
        assertThat(new Payloads(dir.resolve("never-made"), clock).deleteOlderThan(TestCores.T0)).isZero();
    }

    @Test
    void theRetentionRoundKeepsBodiesThirtyDays() throws IOException {
        try (KumoCore core = TestCores.open(dir, clock)) {
            core.settings().set(Settings.RUN_RETENTION_DAYS, 0);
            Path old = core.payloads().save(new byte[] {1});
            clock.advance(Duration.ofDays(20));
            Path recent = core.payloads().save(new byte[] {2});
            clock.advance(Duration.ofDays(11));

            core.maintenance().runNow();

            assertThat(old).doesNotExist();
            assertThat(recent).exists();
            assertThat(filesIn(old.getParent())).containsExactly(recent);
        }
    }

    @Test
    void theRetentionRoundDropsBodiesWithRunRecordsKeptLessLong() {
        try (KumoCore core = TestCores.open(dir, clock)) {
            core.settings().set(Settings.RUN_RETENTION_DAYS, 7);
            Path old = core.payloads().save(new byte[] {1});
            clock.advance(Duration.ofDays(6));
            Path recent = core.payloads().save(new byte[] {2});
            clock.advance(Duration.ofDays(2));

            core.maintenance().runNow();

            assertThat(old).doesNotExist();
            assertThat(recent).exists();
        }
    }

    private static List<Path> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(Path::toAbsolutePath).toList();
        }
    }
}
