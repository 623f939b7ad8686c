package io.kumo.monitor;

import java.time.Instant;
import java.util.List;

/**
 * The machine at one moment: CPU use per core and overall (percent, since the previous sample), memory and swap,
 * disk and network throughput (bytes per second since the previous sample), partitions, and Kumo's own process.
 */
public record SystemSample(Instant at, double cpuTotal, List<Double> cpuPerCore, long memoryTotal, long memoryUsed,
                           long swapTotal, long swapUsed, double diskReadPerSecond, double diskWritePerSecond,
                           double networkReceivedPerSecond, double networkSentPerSecond, List<Partition> partitions,
                           long processResident, int processThreads) {

    public record Partition(String mount, String name, long total, long usable) {

        public double usedFraction() {
            return total == 0 ? 0 : 1 - (double) usable / total;
        }
    }
}
