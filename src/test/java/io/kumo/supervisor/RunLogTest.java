package io.kumo.supervisor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

class RunLogTest {

    @TempDir
    Path dir;

    @Test
    @EnabledOnOs(OS.LINUX)
    void aFullDiskIsRecordedAndNeverThrows() {
        RunLog log;
        try {
            log = new RunLog(Path.of("/dev/full"), List.of(), 10_000_000);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        for (int i = 0; i < 10_000; i++) {
            log.line("line " + i + " of a run on a full disk", i % 2 == 0);
        }
        log.flush();
        log.close();
        assertThat(log.failure()).isNotNull();
        assertThat(log.failure().getMessage()).contains("No space left on device");
    }

    @Test
    void stderrAndNoticesAreMarkedAndLinesKeepTheirOrderWithinTheCap() throws Exception {
        Path file = dir.resolve("runs/1/2.log");
        try (RunLog log = new RunLog(file, List.of("pw"), 10_000)) {
            log.notice("started");
            log.line("out pw", false);
            log.line("err", true);
        }
        assertThat(Files.readString(file)).isEqualTo("[kumo] started\nout ******\n[stderr] err\n");
    }
}
