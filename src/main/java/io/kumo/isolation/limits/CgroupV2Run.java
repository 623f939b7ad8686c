package io.kumo.isolation.limits;

import io.kumo.domain.ResourceLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;

/** A run's cgroup in a delegated cgroup v2 tree. */
final class CgroupV2Run implements RunCgroup {

    private static final long CPU_PERIOD_MICROS = 100_000;

    private final Path dir;

    private CgroupV2Run(Path dir) {
        this.dir = dir;
    }

    static CgroupV2Run create(Path parent, String name, ResourceLimits limits) {
        Path dir = parent.resolve(name);
        try {
            Files.createDirectory(dir);
        } catch (IOException e) {
            throw new IllegalStateException("cannot make the cgroup " + dir + ": " + e.getMessage(), e);
        }
        try {
            if (limits.memoryBytes() != null) {
                CgroupFiles.write(dir.resolve("memory.max"), Long.toString(limits.memoryBytes()));
                if (Files.exists(dir.resolve("memory.swap.max"))) { // no escape into swap
                    CgroupFiles.write(dir.resolve("memory.swap.max"), "0");
                }
            }
            if (limits.maxProcesses() != null) {
                CgroupFiles.write(dir.resolve("pids.max"), Integer.toString(limits.maxProcesses()));
            }
            if (limits.cpuPercent() != null && Files.exists(dir.resolve("cpu.max"))) {
                CgroupFiles.write(dir.resolve("cpu.max"), CPU_PERIOD_MICROS * limits.cpuPercent() / 100 + " " + CPU_PERIOD_MICROS);
            }
            return new CgroupV2Run(dir);
        } catch (RuntimeException e) {
            CgroupFiles.remove(dir);
            throw e;
        }
    }

    @Override
    public List<Path> joins() {
        return List.of(dir);
    }

    @Override
    public boolean oomKilled(int exitCode) {
        return CgroupFiles.keyed(dir.resolve("memory.events"), "oom_kill") > 0;
    }

    @Override
    public OptionalLong peakMemory() {
        return CgroupFiles.number(dir.resolve("memory.peak")); // kernel 5.19 and later
    }

    @Override
    public boolean processLimitHit() {
        return CgroupFiles.keyed(dir.resolve("pids.events"), "max") > 0;
    }

    @Override
    public void terminate() {
        CgroupFiles.terminateAll(dir);
    }

    @Override
    public void killAndRemove() {
        Path kill = dir.resolve("cgroup.kill");
        if (Files.exists(kill)) {
            try {
                CgroupFiles.write(kill, "1");
            } catch (IllegalStateException e) {
                // an older kernel: the loop below does it
            }
        }
        CgroupFiles.killAll(dir);
        CgroupFiles.remove(dir);
    }
}
