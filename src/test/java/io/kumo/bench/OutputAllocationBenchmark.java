package io.kumo.bench;

import io.kumo.supervisor.LaunchSpec;
import io.kumo.supervisor.OsProcessLauncher;
import io.kumo.supervisor.OutputTap;
import io.kumo.supervisor.ProcessOutcome;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Heap allocated while Kumo's supervisor drains a run's output, per MB the child prints: the real launcher, pipe
 * readers and run log (50 MB cap, so a large run also goes through the spilled tail), in this JVM, measured with
 * {@code com.sun.management.ThreadMXBean.getTotalThreadAllocatedBytes} around the run. The child is python printing
 * 100-byte lines in 100 KB writes. Variants: stdout, stderr (the error summary keeps the last lines), stdout with a
 * secret to mask, and non-ASCII lines. Arguments: MB per run (default 200), rounds (default 2; the first warms up).
 * No anchor: the figure to watch is whether allocation follows the volume.
 */
public final class OutputAllocationBenchmark {

    private static final long LOG_CAP = 50L * 1024 * 1024;

    private OutputAllocationBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int megabytes = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        Path dir = Files.createTempDirectory("kumo-output-bench");
        System.out.printf("Output allocation benchmark: %d MB per run, %d rounds, %d cores%n", megabytes, rounds,
                Runtime.getRuntime().availableProcessors());
        for (int round = 1; round <= rounds; round++) {
            measure(dir, round, "stdout, ASCII", "sys.stdout", "x", List.of(), megabytes);
            measure(dir, round, "stderr, ASCII", "sys.stderr", "x", List.of(), megabytes);
            measure(dir, round, "stdout, a secret to mask", "sys.stdout", "x", List.of("hunter2-secret"), megabytes);
            measure(dir, round, "stdout, UTF-8 (é)", "sys.stdout", "é", List.of(), megabytes);
        }
    }

    private static void measure(Path dir, int round, String variant, String stream, String character, List<String> secrets,
            int megabytes) throws Exception {
        // 100-byte lines whatever the character's width, 1,000 per write
        String script = "import sys; c='" + character + "'; line=(c*(99//len(c.encode()))).encode(); "
                + "b=(line+b'x'*(99-len(line))+b'\\n')*1000; w=" + stream + ".buffer.write; [w(b) for _ in range("
                + megabytes * 10 + ")]";
        Path log = dir.resolve("run-" + round + "-" + variant.hashCode() + ".log");
        LaunchSpec spec = new LaunchSpec(List.of("/usr/bin/python3", "-c", script), dir, Map.of("PATH", "/usr/bin:/bin"),
                log, secrets, LOG_CAP);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long allocatedBefore = threads.getTotalThreadAllocatedBytes();
        long started = System.nanoTime();
        ProcessOutcome outcome = new OsProcessLauncher().launch(spec, OutputTap.NONE).outcome().get();
        double seconds = (System.nanoTime() - started) / 1e9;
        long allocated = threads.getTotalThreadAllocatedBytes() - allocatedBefore;
        System.out.printf("round %d, %-26s exit %d, %.1f s (%.0f MB/s): %,d KB allocated, %.1f KB per MB printed, log %d MB%n",
                round, variant + ":", outcome.exitCode(), seconds, megabytes / seconds, allocated / 1024,
                allocated / 1024.0 / megabytes, Files.size(log) >> 20);
        Files.deleteIfExists(log);
    }
}
