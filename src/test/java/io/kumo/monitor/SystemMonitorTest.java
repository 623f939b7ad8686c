package io.kumo.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import org.junit.jupiter.api.Test;

/** Reads the real machine: figures must be plausible, not exact. */
class SystemMonitorTest {

    @Test
    void twoSamplesGivePlausibleFiguresOfThisMachine() throws InterruptedException {
        SystemMonitor monitor = new SystemMonitor(Clock.systemUTC());
        monitor.sample();
        long spin = System.nanoTime() + 300_000_000L;
        double sink = 0;
        while (System.nanoTime() < spin) {
            sink += Math.sqrt(sink + 1);
        }
        SystemSample sample = monitor.sample();
        assertThat(sink).isPositive();
        assertThat(sample.cpuPerCore()).hasSize(Runtime.getRuntime().availableProcessors());
        assertThat(sample.cpuTotal()).isBetween(0.0, 100.0);
        assertThat(sample.memoryTotal()).isPositive();
        assertThat(sample.memoryUsed()).isBetween(1L, sample.memoryTotal());
        assertThat(sample.diskReadPerSecond()).isNotNegative();
        assertThat(sample.networkReceivedPerSecond()).isNotNegative();
        assertThat(sample.partitions()).isNotEmpty().allSatisfy(p -> assertThat(p.usedFraction()).isBetween(0.0, 1.0));
        assertThat(sample.processResident()).isGreaterThan(10L * 1024 * 1024);
        assertThat(sample.processThreads()).isGreaterThan(3);
    }
}
