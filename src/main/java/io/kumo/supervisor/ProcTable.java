package io.kumo.supervisor;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Linux's {@code /proc}: which processes exist, with their process group and session, and which of them hold a given
 * pipe open. Empty where there is no {@code /proc} (macOS, Windows) or a process ended while it was read.
 */
final class ProcTable {

    private static final Path PROC = Path.of("/proc");

    /** One process as {@code /proc/PID/stat} describes it. */
    record Entry(long pid, long processGroup, long session) {
    }

    private ProcTable() {
    }

    static boolean available() {
        return Files.isDirectory(PROC);
    }

    /** Every process but this JVM. */
    static List<Entry> processes() {
        List<Entry> found = new ArrayList<>();
        long self = ProcessHandle.current().pid();
        for (Path entry : pidFolders()) {
            long pid = Long.parseLong(entry.getFileName().toString());
            if (pid != self) {
                stat(entry).ifPresent(found::add);
            }
        }
        return found;
    }

    /**
     * The processes other than this JVM that have one of {@code pipes} open, as {@code /proc/PID/fd} names them
     * ({@code pipe:[inode]}).
     */
    static List<ProcessHandle> holders(java.util.Set<String> pipes) {
        List<ProcessHandle> found = new ArrayList<>();
        if (pipes.isEmpty()) {
            return found;
        }
        long self = ProcessHandle.current().pid();
        for (Path entry : pidFolders()) {
            long pid = Long.parseLong(entry.getFileName().toString());
            if (pid != self && holdsAny(entry.resolve("fd"), pipes)) {
                ProcessHandle.of(pid).ifPresent(found::add);
            }
        }
        return found;
    }

    /**
     * Whether {@code pid} has exited and only waits to be reaped by its parent (state Z). A zombie holds nothing open
     * and takes no signal, yet {@link ProcessHandle#isAlive()} calls it alive.
     */
    static boolean isZombie(long pid) {
        try {
            String stat = Files.readString(PROC.resolve(Long.toString(pid)).resolve("stat"));
            return stat.startsWith("Z", stat.lastIndexOf(')') + 2);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * Whether the environment {@code pid} was started with ({@code /proc/PID/environ}) holds every one of
     * {@code variables}. False when it cannot be read (ended meanwhile, another user's).
     */
    static boolean environmentHolds(long pid, java.util.Map<String, String> variables) {
        try {
            byte[] environ = Files.readAllBytes(PROC.resolve(Long.toString(pid)).resolve("environ"));
            java.util.Set<String> entries = new java.util.HashSet<>(List.of(new String(environ, java.nio.charset.StandardCharsets.UTF_8).split("\0")));
            return variables.entrySet().stream().allMatch(variable -> entries.contains(variable.getKey() + "=" + variable.getValue()));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** What {@code fdLink} (e.g. /proc/self/fd/7) points at: {@code pipe:[inode]} for a pipe. */
    static Optional<String> target(Path fdLink) {
        try {
            return Optional.of(Files.readSymbolicLink(fdLink).toString());
        } catch (IOException | UnsupportedOperationException e) {
            return Optional.empty();
        }
    }

    private static boolean holdsAny(Path fdFolder, java.util.Set<String> pipes) {
        try (DirectoryStream<Path> fds = Files.newDirectoryStream(fdFolder)) {
            for (Path fd : fds) {
                if (target(fd).filter(pipes::contains).isPresent()) {
                    return true;
                }
            }
        } catch (IOException | RuntimeException e) {
            // ended meanwhile, or not ours to read
        }
        return false;
    }

    private static List<Path> pidFolders() {
        List<Path> folders = new ArrayList<>();
        if (!available()) {
            return folders;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(PROC,
                entry -> entry.getFileName().toString().chars().allMatch(Character::isDigit))) {
            entries.forEach(folders::add);
        } catch (IOException e) {
            // /proc unreadable: nothing found
        }
        return folders;
    }

    /** Fields 5 and 6 of /proc/PID/stat; the command name (field 2) may hold spaces and parentheses, so parse after the last ')'. */
    private static Optional<Entry> stat(Path procEntry) {
        try {
            String stat = Files.readString(procEntry.resolve("stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // after the name: state ppid pgrp session ...
            return Optional.of(new Entry(Long.parseLong(procEntry.getFileName().toString()),
                    Long.parseLong(fields[2]), Long.parseLong(fields[3])));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // the process ended meanwhile
        }
    }
}
