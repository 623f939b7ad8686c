package io.kumo.supervisor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputLinesTest {

    @TempDir
    Path dir;

    private void drain(byte[] output, RunLog log, boolean stderr, ErrorSummary errors, OutputTap tap) {
        new StreamPump(new ByteArrayInputStream(output), new OutputLines(log, stderr, errors, tap), log::flush).run();
    }

    @Test
    void anAsciiFloodIsWrittenToTheLogWithoutAllocatingPerLine() throws Exception {
        byte[] chunk = (("x".repeat(99) + "\n").repeat(1000)).getBytes(StandardCharsets.US_ASCII); // 100 KB
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        Path file = dir.resolve("flood.log");
        ErrorSummary errors = new ErrorSummary();
        try (RunLog log = new RunLog(file, List.of(), 1L << 30)) {
            drain(chunk, log, true, errors, OutputTap.NONE); // the log file is opened, the classes are loaded
            long before = threads.getCurrentThreadAllocatedBytes();

            drain(new Repeated(chunk, 100), log, true, errors); // 10 MB, 100,000 lines

            // the pump's own two buffers (up to 64 KB for a full pipe, 256 bytes for a line): nothing per line
            assertThat(threads.getCurrentThreadAllocatedBytes() - before).isLessThan(1024 * 1024);
        }
        assertThat(errors.summary()).isEqualTo("x".repeat(99));
        assertThat(Files.size(file)).isEqualTo(101L * ("[stderr] ".length() + 100) * 1000);
    }

    private static void drain(InputStream output, RunLog log, boolean stderr, ErrorSummary errors) {
        new StreamPump(output, new OutputLines(log, stderr, errors, OutputTap.NONE), log::flush).run();
    }

    /** The same bytes several times over, read without a copy of the whole. */
    private static final class Repeated extends InputStream {
        private final byte[] bytes;
        private int left;
        private int at;

        Repeated(byte[] bytes, int times) {
            this.bytes = bytes;
            this.left = times;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] target, int offset, int length) {
            if (left == 0) {
                return -1;
            }
            int n = Math.min(length, bytes.length - at);
            System.arraycopy(bytes, at, target, offset, n);
            at += n;
            if (at == bytes.length) {
                at = 0;
                left--;
            }
            return n;
        }
    }

    @Test
    void aLineOfAnyBytesReadsInTheLogAsItsDecodedText() throws Exception {
        byte[] output = {'a', (byte) 0xC3, (byte) 0xA9, '\n', 'b', (byte) 0xFF, 'c', '\r', '\n', 'd', 'e', '\n'};
        Path file = dir.resolve("mixed.log");
        try (RunLog log = new RunLog(file, List.of(), 1 << 20)) {
            drain(output, log, false, null, OutputTap.NONE);
        }

        assertThat(Files.readString(file)).isEqualTo("aé\nb\uFFFDc\nde\n");
    }

    @Test
    void aTapAndTheErrorSummaryGetEveryLineAsText() throws Exception {
        List<String> tapped = new ArrayList<>();
        ErrorSummary errors = new ErrorSummary();
        try (RunLog log = new RunLog(dir.resolve("tap.log"), List.of(), 1 << 20)) {
            drain("one\nValueError: bad row 7\n".getBytes(StandardCharsets.UTF_8), log, true, errors,
                    (text, continues, stderr) -> tapped.add(text));
        }

        assertThat(tapped).containsExactly("one", "ValueError: bad row 7");
        assertThat(errors.summary()).isEqualTo("ValueError: bad row 7");
    }

    @Test
    void aRunWithSecretsHasItsAsciiLinesMasked() throws Exception {
        Path file = dir.resolve("secret.log");
        ErrorSummary errors = new ErrorSummary();
        try (RunLog log = new RunLog(file, List.of("hunter2"), 1 << 20)) {
            drain("token=hunter2\n".getBytes(StandardCharsets.US_ASCII), log, true, errors, OutputTap.NONE);
        }

        assertThat(Files.readString(file)).isEqualTo("[stderr] token=******\n");
        assertThat(errors.summary()).isEqualTo("token=******");
    }
}
