package io.kumo.isolation.limits;

import io.kumo.isolation.LimitConfiner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Finds the best limit mechanism of a machine, in this order: systemd user scopes (cgroup v2), a delegated cgroup v2
 * tree, writable cgroup v1 hierarchies, rlimits. Open files and output size are rlimits under every mechanism.
 */
public final class OsLimits {

    private OsLimits() {
    }

    /** Probes this machine once: systemd user scopes, a delegated cgroup tree, else rlimits. */
    public static LimitConfiner detect() {
        return detect(LimitHost.current());
    }

    public static LimitConfiner detect(LimitHost host) {
        if (host.windows()) {
            return new UnenforcedLimits("Windows Job Objects are not supported yet");
        }
        if (host.systemdRun().isPresent()) {
            return new SystemdScopeLimits(host.systemdRun().get(), host.shell());
        }
        Optional<LimitConfiner> cgroups = cgroupV2(host).or(() -> cgroupV1(host));
        return cgroups.orElseGet(() -> rlimits(host));
    }

    /** The rlimits fallback, also for tests that need it where cgroups exist. */
    public static LimitConfiner rlimits(LimitHost host) {
        return new RlimitLimits(host.shell(), host.root(), RlimitLimits::processesOfThisUser);
    }

    static Optional<LimitConfiner> cgroupV2(LimitHost host) {
        Optional<Path> mount = unifiedMount(host.cgroupRoot());
        Optional<String> own = cgroupPath(host.selfCgroups(), "");
        if (mount.isEmpty() || own.isEmpty()) {
            return Optional.empty();
        }
        Path dir = under(mount.get(), own.get());
        Set<String> available = words(dir.resolve("cgroup.controllers"));
        if (!available.containsAll(List.of("memory", "pids")) || !Files.isWritable(dir.resolve("cgroup.subtree_control"))) {
            return Optional.empty();
        }
        boolean cpu = available.contains("cpu");
        String enable = "+memory +pids" + (cpu ? " +cpu" : "");
        if (own.get().equals("/")) { // the root cgroup (a container's namespace) may hold processes and children both
            return enableControllers(dir, enable) ? Optional.of(CgroupLimits.v2(dir, cpu, host.shell())) : Optional.empty();
        }
        return intoLeaf(dir, host.selfPid()) && enableControllers(dir, enable)
                ? Optional.of(CgroupLimits.v2(dir, cpu, host.shell()))
                : leaveLeaf(dir, host.selfPid());
    }

    /** The no-internal-process rule: Kumo moves into a leaf of its cgroup before that cgroup can hand controllers down. */
    private static boolean intoLeaf(Path dir, long selfPid) {
        Path leaf = dir.resolve("kumo-main");
        try {
            if (!Files.isDirectory(leaf)) {
                Files.createDirectory(leaf);
            }
            CgroupFiles.write(leaf.resolve("cgroup.procs"), Long.toString(selfPid));
            return true;
        } catch (IOException | IllegalStateException e) {
            return false;
        }
    }

    private static Optional<LimitConfiner> leaveLeaf(Path dir, long selfPid) {
        Path leaf = dir.resolve("kumo-main");
        if (Files.isDirectory(leaf)) {
            try {
                CgroupFiles.write(dir.resolve("cgroup.procs"), Long.toString(selfPid));
                Files.delete(leaf);
            } catch (IOException | IllegalStateException e) {
                // Kumo stays in its leaf: harmless, and the next mechanism is tried
            }
        }
        return Optional.empty();
    }

    private static boolean enableControllers(Path dir, String enable) {
        try {
            CgroupFiles.write(dir.resolve("cgroup.subtree_control"), enable);
            Set<String> enabled = words(dir.resolve("cgroup.subtree_control")).stream().map(word -> word.replaceFirst("^\\+", ""))
                    .collect(Collectors.toSet());
            return enabled.containsAll(List.of("memory", "pids"));
        } catch (IllegalStateException e) {
            return false; // other processes share Kumo's cgroup, or it is not delegated to this user
        }
    }

    static Optional<LimitConfiner> cgroupV1(LimitHost host) {
        Map<String, Path> parents = new LinkedHashMap<>();
        Map<String, String> controlFiles = Map.of("memory", "memory.limit_in_bytes", "pids", "cgroup.procs", "cpu", "cpu.cfs_quota_us");
        for (String controller : List.of("memory", "pids", "cpu")) {
            cgroupPath(host.selfCgroups(), controller)
                    .map(path -> under(host.cgroupRoot().resolve(controller), path))
                    .filter(dir -> Files.exists(dir.resolve(controlFiles.get(controller))) && canMakeChildren(dir))
                    .ifPresent(dir -> parents.put(controller, dir));
        }
        if (!parents.containsKey("memory") || !parents.containsKey("pids")) {
            return Optional.empty();
        }
        return Optional.of(CgroupLimits.v1(parents, host.shell()));
    }

    private static boolean canMakeChildren(Path dir) {
        Path probe = dir.resolve("kumo-probe-" + UUID.randomUUID().toString().substring(0, 8));
        try {
            Files.createDirectory(probe);
            Files.delete(probe);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static Optional<Path> unifiedMount(Path root) {
        if (Files.exists(root.resolve("cgroup.controllers"))) {
            return Optional.of(root);
        }
        Path hybrid = root.resolve("unified");
        return Files.exists(hybrid.resolve("cgroup.controllers")) ? Optional.of(hybrid) : Optional.empty();
    }

    /**
     * Kumo's cgroup in a hierarchy from {@code /proc/self/cgroup} lines "id:controllers:path"; {@code controller} ""
     * names the unified (v2) hierarchy.
     */
    static Optional<String> cgroupPath(String selfCgroups, String controller) {
        for (String line : selfCgroups.split("\n")) {
            String[] parts = line.strip().split(":", 3);
            if (parts.length != 3) {
                continue;
            }
            boolean matches = controller.isEmpty() ? parts[0].equals("0") && parts[1].isEmpty()
                    : Arrays.asList(parts[1].split(",")).contains(controller);
            if (matches) {
                return Optional.of(parts[2]);
            }
        }
        return Optional.empty();
    }

    private static Path under(Path mount, String cgroupPath) {
        String relative = cgroupPath.replaceFirst("^/+", "");
        return relative.isEmpty() ? mount : mount.resolve(relative);
    }

    private static Set<String> words(Path file) {
        return Arrays.stream(LimitHost.read(file).strip().split("\\s+")).filter(word -> !word.isEmpty()).collect(Collectors.toSet());
    }
}
