package io.kumo.isolation.limits;

import io.kumo.domain.ResourceLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/** A run's directories in the cgroup v1 hierarchies (memory, pids, cpu) under Kumo's own cgroups. */
final class CgroupV1Run implements RunCgroup {

    private static final long CPU_PERIOD_MICROS = 100_000;
    private static final int EXIT_KILLED = 128 + 9;

    private final Optional<Path> memory;
    private final Optional<Path> pids;
    private final Optional<Path> cpu;

    private CgroupV1Run(Optional<Path> memory, Optional<Path> pids, Optional<Path> cpu) {
        this.memory = memory;
        this.pids = pids;
        this.cpu = cpu;
    }

    /** Makes {@code name} in each parent hierarchy a limit needs and sets the limits; undoes it all on a failure. */
    static CgroupV1Run create(Map<String, Path> parents, String name, ResourceLimits limits) {
        List<Path> made = new ArrayList<>();
        try {
            Optional<Path> memory = limits.memoryBytes() == null ? Optional.empty() : Optional.of(make(parents.get("memory"), name, made));
            Optional<Path> pids = limits.maxProcesses() == null ? Optional.empty() : Optional.of(make(parents.get("pids"), name, made));
            Optional<Path> cpu = limits.cpuPercent() == null || !parents.containsKey("cpu") ? Optional.empty()
                    : Optional.of(make(parents.get("cpu"), name, made));
            memory.ifPresent(dir -> {
                String bytes = Long.toString(limits.memoryBytes());
                CgroupFiles.write(dir.resolve("memory.limit_in_bytes"), bytes);
                if (Files.exists(dir.resolve("memory.memsw.limit_in_bytes"))) { // no escape into swap
                    CgroupFiles.write(dir.resolve("memory.memsw.limit_in_bytes"), bytes);
                }
            });
            pids.ifPresent(dir -> CgroupFiles.write(dir.resolve("pids.max"), Integer.toString(limits.maxProcesses())));
            cpu.ifPresent(dir -> {
                CgroupFiles.write(dir.resolve("cpu.cfs_period_us"), Long.toString(CPU_PERIOD_MICROS));
                CgroupFiles.write(dir.resolve("cpu.cfs_quota_us"), Long.toString(CPU_PERIOD_MICROS * limits.cpuPercent() / 100));
            });
            return new CgroupV1Run(memory, pids, cpu);
        } catch (RuntimeException e) {
            made.reversed().forEach(CgroupFiles::remove);
            throw e;
        }
    }

    private static Path make(Path parent, String name, List<Path> made) {
        Path dir = parent.resolve(name);
        try {
            Files.createDirectory(dir);
        } catch (IOException e) {
            throw new IllegalStateException("cannot make the cgroup " + dir + ": " + e.getMessage(), e);
        }
        made.add(dir);
        return dir;
    }

    @Override
    public List<Path> joins() {
        return all();
    }

    private List<Path> all() {
        List<Path> dirs = new ArrayList<>();
        memory.ifPresent(dirs::add);
        pids.ifPresent(dirs::add);
        cpu.ifPresent(dirs::add);
        return dirs;
    }

    @Override
    public boolean oomKilled(int exitCode) {
        return memory.map(dir -> CgroupFiles.keyed(dir.resolve("memory.oom_control"), "oom_kill") > 0
                // kernels before 4.13 count no kills: a refused charge and a SIGKILL say the same
                || exitCode == EXIT_KILLED && CgroupFiles.number(dir.resolve("memory.failcnt")).orElse(0) > 0).orElse(false);
    }

    @Override
    public OptionalLong peakMemory() {
        return memory.map(dir -> CgroupFiles.number(dir.resolve("memory.max_usage_in_bytes"))).orElse(OptionalLong.empty());
    }

    @Override
    public boolean processLimitHit() {
        return pids.map(dir -> CgroupFiles.keyed(dir.resolve("pids.events"), "max") > 0).orElse(false);
    }

    @Override
    public void terminate() {
        all().forEach(CgroupFiles::terminateAll);
    }

    @Override
    public void killAndRemove() {
        List<Path> dirs = all();
        dirs.forEach(CgroupFiles::killAll);
        dirs.forEach(CgroupFiles::remove);
    }
}
