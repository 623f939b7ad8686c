package io.kumo.isolation.limits;

import io.kumo.common.BoundedProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the limit mechanisms need to know of this machine, injectable so tests can shape each case: where the cgroup
 * file systems are, which cgroups Kumo is in, whether systemd can make user scopes, whether Kumo runs as root.
 *
 * @param cgroupRoot   where cgroup hierarchies are mounted ({@code /sys/fs/cgroup})
 * @param selfCgroups  the text of {@code /proc/self/cgroup} ("" where there is none)
 * @param selfPid      Kumo's own pid (moved into a leaf of a delegated cgroup v2 tree)
 * @param systemdRun   {@code systemd-run} when it can make transient scopes for the user, else empty
 * @param shell        the POSIX shell the wrappers run in
 * @param root         whether Kumo runs as root (which ignores the process rlimit)
 * @param windows      whether this is Windows (no shell, no rlimits)
 */
public record LimitHost(Path cgroupRoot, String selfCgroups, long selfPid, Optional<Path> systemdRun, Path shell,
                        boolean root, boolean windows) {

    private static final Path SHELL = Path.of("/bin/sh");

    /** This machine, probed now (starting {@code systemd-run} once to see whether user scopes work). */
    public static LimitHost current() {
        boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
        return new LimitHost(Path.of("/sys/fs/cgroup"), read(Path.of("/proc/self/cgroup")), ProcessHandle.current().pid(),
                windows ? Optional.empty() : workingSystemdRun(), SHELL, isRoot(), windows);
    }

    private static Optional<Path> workingSystemdRun() {
        for (String dir : List.of("/usr/bin", "/bin", "/usr/local/bin")) {
            Path candidate = Path.of(dir, "systemd-run");
            if (Files.isExecutable(candidate) && succeeds(List.of(candidate.toString(), "--user", "--scope", "--quiet", "--", "/bin/true"))) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static boolean succeeds(List<String> argv) {
        return BoundedProcess.succeeds(argv, Duration.ofSeconds(5));
    }

    private static boolean isRoot() {
        try {
            return Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "";
        }
    }
}
