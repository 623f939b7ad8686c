package io.kumo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI's local channel: what a forwarded command prints reaches the client unchanged, and as it is printed. */
class InstanceChannelTest {

    @TempDir
    Path dir;

    @Test
    void aForwardedCommandsOutputArrivesLineForLineWithItsExitCode() {
        String big = "x".repeat(100_000);
        InstanceChannel.Handler handler = (args, streams) -> {
            streams[0].println(String.join("|", args));
            streams[0].print("a\r\nb\n\nlast without newline");
            streams[1].println("warning: é");
            streams[0].flush();
            for (int i = 0; i < 3_000; i++) {
                streams[0].print("line " + i + "\n"); // many lines without a flush between them
            }
            streams[0].println(big);
            return 3;
        };
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        try (InstanceChannel channel = InstanceChannel.serve(dir.resolve("kumo.sock"), handler).orElseThrow()) {
            Optional<Integer> code = InstanceChannel.forward(dir.resolve("kumo.sock"), List.of("task", "say \"hi\"\n\\", "ü"),
                    new PrintWriter(out), new PrintWriter(err));

            assertThat(code).contains(3);
        }
        StringBuilder expected = new StringBuilder("task|say \"hi\"\n\\|ü\na\nb\n\nlast without newline\n");
        for (int i = 0; i < 3_000; i++) {
            expected.append("line ").append(i).append('\n');
        }
        expected.append(big).append('\n');
        assertThat(out.toString().replace(System.lineSeparator(), "\n")).isEqualTo(expected.toString());
        assertThat(err.toString().replace(System.lineSeparator(), "\n")).isEqualTo("warning: é\n");
    }

    @Test
    void aLinePrintedByARunningCommandReachesTheClientBeforeTheCommandEnds() throws Exception {
        CountDownLatch seen = new CountDownLatch(1);
        InstanceChannel.Handler handler = (args, streams) -> {
            streams[0].println("started");
            try {
                return seen.await(30, TimeUnit.SECONDS) ? 0 : 1; // ends only once the client has shown the line
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return 1;
            }
        };
        Writer terminal = new StringWriter() {
            @Override
            public void flush() {
                if (toString().contains("started")) {
                    seen.countDown();
                }
            }
        };
        try (InstanceChannel channel = InstanceChannel.serve(dir.resolve("kumo.sock"), handler).orElseThrow()) {
            Optional<Integer> code = InstanceChannel.forward(dir.resolve("kumo.sock"), List.of("run", "x"),
                    new PrintWriter(terminal), new PrintWriter(new StringWriter()));

            assertThat(code).contains(0);
        }
    }
}
