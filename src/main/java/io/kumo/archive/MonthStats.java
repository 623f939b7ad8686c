package io.kumo.archive;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.TreeSet;

/** Counts what goes into a month's archive while it is written, for its manifest. */
final class MonthStats {

    private final MessageDigest runsDigest;
    private int runCount;
    private long runsBytes;
    private int logCount;
    private long logBytes;
    private long firstScheduled = Long.MAX_VALUE;
    private long lastScheduled = Long.MIN_VALUE;
    private final TreeSet<String> tasks = new TreeSet<>();

    MonthStats() {
        try {
            runsDigest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java", e);
        }
    }

    /** One line of runs.jsonl, as written (its bytes, newline included). */
    void run(byte[] line, long scheduledFor, String taskName) {
        runsDigest.update(line);
        runsBytes += line.length;
        runCount++;
        firstScheduled = Math.min(firstScheduled, scheduledFor);
        lastScheduled = Math.max(lastScheduled, scheduledFor);
        if (taskName != null) {
            tasks.add(taskName);
        }
    }

    void log(long bytes) {
        logCount++;
        logBytes += bytes;
    }

    int runCount() {
        return runCount;
    }

    ArchiveManifest manifest(YearMonth month, Instant createdAt, String kumoVersion) {
        return new ArchiveManifest(ArchiveManifest.FORMAT_VERSION, month, runCount, runsBytes,
                HexFormat.of().formatHex(runsDigest.digest()), logCount, logBytes,
                runCount == 0 ? null : Instant.ofEpochMilli(firstScheduled), runCount == 0 ? null : Instant.ofEpochMilli(lastScheduled),
                new ArrayList<>(tasks), createdAt, kumoVersion);
    }
}
