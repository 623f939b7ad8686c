package io.kumo.cluster.service;

import io.kumo.cluster.NodeVitals;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

/** This machine's figures for each heartbeat: runs going on, CPU load, memory, the Python environments on its disk. */
public final class MachineVitals implements Supplier<NodeVitals> {

    private final IntSupplier running;
    private final Supplier<List<String>> environments;

    public MachineVitals(IntSupplier running, Supplier<List<String>> environments) {
        this.running = running;
        this.environments = environments;
    }

    @Override
    public NodeVitals get() {
        Double cpu = null;
        Long used = null;
        Long total = null;
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            double load = os.getCpuLoad();
            cpu = load < 0 ? null : load; // negative: not known yet
            total = os.getTotalMemorySize();
            used = total - os.getFreeMemorySize();
        }
        return new NodeVitals(running.getAsInt(), cpu, used, total, environments.get());
    }
}
