package io.kumo.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a running JVM's resident memory is made of, as far as a soak needs to tell growth from a leak: the Java heap G1
 * has committed ({@code jcmd GC.heap_info}), the live heap after a full collection ({@code jcmd GC.class_histogram},
 * which collects first), and the resident part of glibc's malloc arenas ({@code /proc/PID/smaps}: the 64 MB-aligned
 * anonymous mappings an arena reserves, plus the main arena's {@code [heap]}).
 */
final class ResidentSplit {

    private static final long ARENA_BYTES = 64L << 20;
    private static final Pattern MAPPING = Pattern.compile("^([0-9a-f]+)-([0-9a-f]+) (\\S+) \\S+ \\S+ \\S+\\s*(.*)$");
    private static final Pattern COMMITTED = Pattern.compile("committed (\\d+)K");
    private static final Pattern HISTOGRAM_TOTAL = Pattern.compile("(?m)^Total\\s+\\d+\\s+(\\d+)\\s*$");

    private final long pid;
    private final Path jcmd;

    ResidentSplit(long pid) {
        this.pid = pid;
        this.jcmd = Path.of(ProcessHandle.current().info().command().orElse("java")).resolveSibling("jcmd");
    }

    /** Kilobytes of the Java heap G1 has committed; -1 where jcmd could not tell. */
    long heapCommittedKb() {
        Matcher committed = COMMITTED.matcher(jcmd("GC.heap_info"));
        return committed.find() ? Long.parseLong(committed.group(1)) : -1;
    }

    /** Kilobytes of live heap, after the full collection the histogram starts with; -1 where jcmd could not tell. */
    long liveHeapKb() {
        Matcher total = HISTOGRAM_TOTAL.matcher(jcmd("GC.class_histogram"));
        return total.find() ? Long.parseLong(total.group(1)) / 1024 : -1;
    }

    /**
     * Kilobytes resident in glibc's malloc arenas and the main arena's brk heap. An arena reserves 64 MB on a 64 MB
     * boundary: its used part (rw-p) starts there and the rest (---p) follows up to the next boundary.
     */
    long mallocArenasKb() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("/proc", Long.toString(pid), "smaps"), StandardCharsets.ISO_8859_1);
        List<Mapping> mappings = new ArrayList<>();
        for (String line : lines) {
            Matcher mapping = MAPPING.matcher(line);
            if (mapping.matches()) {
                mappings.add(new Mapping(Long.parseUnsignedLong(mapping.group(1), 16), Long.parseUnsignedLong(mapping.group(2), 16),
                        mapping.group(3), mapping.group(4).strip()));
            } else if (line.startsWith("Rss:") && !mappings.isEmpty()) {
                mappings.getLast().residentKb = Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        long resident = 0;
        for (int i = 0; i < mappings.size(); i++) {
            Mapping used = mappings.get(i);
            Mapping rest = i + 1 < mappings.size() ? mappings.get(i + 1) : null;
            boolean arena = used.name.isEmpty() && used.permissions.equals("rw-p") && used.start % ARENA_BYTES == 0
                    && (used.end - used.start == ARENA_BYTES
                        || rest != null && rest.permissions.equals("---p") && rest.start == used.end && rest.end - used.start == ARENA_BYTES);
            if (arena || used.name.equals("[heap]")) {
                resident += used.residentKb;
            }
        }
        return resident;
    }

    private static final class Mapping {
        final long start;
        final long end;
        final String permissions;
        final String name;
        long residentKb;

        Mapping(long start, long end, String permissions, String name) {
            this.start = start;
            this.end = end;
            this.permissions = permissions;
            this.name = name;
        }
    }

    private String jcmd(String command) {
        try {
            Process process = new ProcessBuilder(jcmd.toString(), Long.toString(pid), command).redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0 ? out : "";
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}
