package io.kumo.isolation.limits;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/** Reading and writing the small files of a cgroup directory (v1 and v2 alike). */
final class CgroupFiles {

    private CgroupFiles() {
    }

    static void write(Path file, String value) {
        try {
            Files.writeString(file, value);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write " + value + " to " + file + ": " + e.getMessage(), e);
        }
    }

    /** A number file ("209715200"), or a key of a flat-keyed file ("oom_kill 1"); empty when absent or unreadable. */
    static OptionalLong number(Path file) {
        String text = LimitHost.read(file).strip();
        try {
            return text.isEmpty() ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    static long keyed(Path file, String key) {
        for (String line : LimitHost.read(file).split("\n")) {
            String[] parts = line.strip().split("\\s+");
            if (parts.length == 2 && parts[0].equals(key)) {
                try {
                    return Long.parseLong(parts[1]);
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 0;
    }

    /** The pids in {@code cgroup.procs}. */
    static List<Long> pids(Path dir) {
        List<Long> pids = new ArrayList<>();
        for (String line : LimitHost.read(dir.resolve("cgroup.procs")).split("\n")) {
            if (!line.isBlank()) {
                pids.add(Long.parseLong(line.strip()));
            }
        }
        return pids;
    }

    /** Kills what is left in {@code dir}, over and over while it forks, within a bound. */
    static void killAll(Path dir) {
        for (int round = 0; round < 200; round++) {
            List<Long> pids = pids(dir);
            if (pids.isEmpty()) {
                return;
            }
            pids.forEach(pid -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly));
            pause();
        }
    }

    static void terminateAll(Path dir) {
        pids(dir).forEach(pid -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroy));
    }

    /** Removes an emptied cgroup (a kernel rmdir; the files inside are not real). */
    static void remove(Path dir) {
        for (int attempt = 0; attempt < 50 && Files.isDirectory(dir); attempt++) {
            try {
                Files.delete(dir);
                return;
            } catch (IOException e) {
                killAll(dir); // a process was still exiting: busy
                pause();
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(10);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
