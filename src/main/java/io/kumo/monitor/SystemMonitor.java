package io.kumo.monitor;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import oshi.SystemInfo;
import oshi.hardware.CentralProcessor;
import oshi.hardware.GlobalMemory;
import oshi.hardware.HWDiskStore;
import oshi.hardware.HardwareAbstractionLayer;
import oshi.hardware.NetworkIF;
import oshi.software.os.OSFileStore;
import oshi.software.os.OSProcess;
import oshi.software.os.OperatingSystem;

/**
 * Samples the machine through OSHI. Rates (CPU, disk, network) are measured between two calls, so call
 * {@link #sample()} at a steady pace (the dashboard does it every two seconds while shown). Not thread-safe: one
 * caller at a time.
 */
public final class SystemMonitor {

    private final Clock clock;
    private final HardwareAbstractionLayer hardware;
    private final OperatingSystem os;
    private long[] previousTicks;
    private long[][] previousCoreTicks;
    private Counters previous;

    public SystemMonitor(Clock clock) {
        this.clock = clock;
        SystemInfo info = new SystemInfo();
        this.hardware = info.getHardware();
        this.os = info.getOperatingSystem();
    }

    private record Counters(Instant at, long diskRead, long diskWritten, long received, long sent) {
    }

    public SystemSample sample() {
        CentralProcessor cpu = hardware.getProcessor();
        double total = previousTicks == null ? 0 : cpu.getSystemCpuLoadBetweenTicks(previousTicks) * 100;
        List<Double> perCore = new ArrayList<>();
        if (previousCoreTicks != null) {
            for (double load : cpu.getProcessorCpuLoadBetweenTicks(previousCoreTicks)) {
                perCore.add(load * 100);
            }
        } else {
            for (int i = 0; i < cpu.getLogicalProcessorCount(); i++) {
                perCore.add(0.0);
            }
        }
        previousTicks = cpu.getSystemCpuLoadTicks();
        previousCoreTicks = cpu.getProcessorCpuLoadTicks();

        GlobalMemory memory = hardware.getMemory();
        Counters now = counters();
        double seconds = previous == null ? 0 : Math.max(0.001, (now.at().toEpochMilli() - previous.at().toEpochMilli()) / 1000.0);
        double read = previous == null ? 0 : Math.max(0, now.diskRead() - previous.diskRead()) / seconds;
        double written = previous == null ? 0 : Math.max(0, now.diskWritten() - previous.diskWritten()) / seconds;
        double received = previous == null ? 0 : Math.max(0, now.received() - previous.received()) / seconds;
        double sent = previous == null ? 0 : Math.max(0, now.sent() - previous.sent()) / seconds;
        previous = now;

        List<SystemSample.Partition> partitions = new ArrayList<>();
        for (OSFileStore store : os.getFileSystem().getFileStores(true)) {
            if (store.getTotalSpace() > 0) {
                partitions.add(new SystemSample.Partition(store.getMount(), store.getName(), store.getTotalSpace(), store.getUsableSpace()));
            }
        }
        OSProcess self = os.getProcess(os.getProcessId());
        return new SystemSample(now.at(), total, perCore, memory.getTotal(), memory.getTotal() - memory.getAvailable(),
                memory.getVirtualMemory().getSwapTotal(), memory.getVirtualMemory().getSwapUsed(), read, written, received, sent,
                partitions, self == null ? 0 : self.getResidentMemory(), self == null ? 0 : self.getThreadCount());
    }

    private Counters counters() {
        long read = 0;
        long written = 0;
        for (HWDiskStore disk : hardware.getDiskStores()) {
            read += disk.getReadBytes();
            written += disk.getWriteBytes();
        }
        long received = 0;
        long sent = 0;
        for (NetworkIF network : hardware.getNetworkIFs(false)) {
            received += network.getBytesRecv();
            sent += network.getBytesSent();
        }
        return new Counters(clock.instant(), read, written, received, sent);
    }
}
