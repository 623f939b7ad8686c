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
    void aFullDiskIsRecordedAndNeverThrows() throws java.io.IOException {
        // a run log makes its folder owner-only: here that folder is /dev, which must stay open to other users
        // (PostgreSQL's initdb, run as the postgres user by other tests, writes to /dev/null)
        Path devices = Path.of("/dev");
        java.util.Set<java.nio.file.attribute.PosixFilePermission> devicesMode = java.nio.file.Files.getPosixFilePermissions(devices);
        RunLog log = new RunLog(Path.of("/dev/full"), List.of(), 10_000_000);
        try {
            for (int i = 0; i < 10_000; i++) {
                log.line("line " + i + " of a run on a full disk", i % 2 == 0);
            }
            log.flush();
            log.close();
        } finally {
            java.nio.file.Files.setPosixFilePermissions(devices, devicesMode);
        }
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

    @Test
    void outputFarPastTheCapKeepsOnlyABoundedBufferInMemory() throws Exception {
        Path file = dir.resolve("runs/1/3.log");
        long cap = 50L * 1024 * 1024; // the default cap: head 42 MB on disk, last 8 MB kept
        String line = "x".repeat(99);
        try (RunLog log = new RunLog(file, List.of(), cap)) {
            for (int i = 0; i < 700_000; i++) { // 70 MB
                log.line(line, i % 2 == 0);
            }

            assertThat(log.retainedBytes()).isLessThanOrEqualTo(RunLog.RETAINED_BOUND);
        }
    }

    @Test
    void outputPastTheCapEndsWithANoticeAndTheLastLinesInOrder() throws Exception {
        Path file = dir.resolve("runs/1/4.log");
        try (RunLog log = new RunLog(file, List.of("pw"), 10_000)) {
            for (int i = 0; i < 2_000; i++) {
                log.line("line " + i + " pw", i % 2 == 1);
            }
        }
        List<String> lines = Files.readAllLines(file);
        assertThat(lines.getFirst()).isEqualTo("line 0 ******");
        assertThat(lines.getLast()).isEqualTo("[stderr] line 1999 ******");
        int notice = lines.indexOf(lines.stream().filter(l -> l.contains("of output left out here")).findFirst().orElseThrow());
        List<String> tail = lines.subList(notice + 1, lines.size());
        assertThat(tail).hasSizeGreaterThan(50);
        int first = Integer.parseInt(tail.getFirst().replace("[stderr] ", "").split(" ")[1]);
        for (int i = 0; i < tail.size(); i++) {
            assertThat(tail.get(i)).isEqualTo((((first + i) % 2 == 1) ? "[stderr] " : "") + "line " + (first + i) + " ******");
        }
        long omitted = Long.parseLong(lines.get(notice).replace("[kumo] ", "").split(" ")[0]);
        assertThat(notice + omitted + tail.size()).isEqualTo(2_000L);
        assertThat(Files.size(file)).isLessThan(10_000 + 200);
        try (var files = Files.list(file.getParent())) {
            assertThat(files).containsExactly(file); // the tail's spill files are gone
        }
    }
}
