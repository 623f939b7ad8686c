package io.kumo.project;

/**
 * What a ZIP may hold before it is treated as a zip bomb: total uncompressed bytes, number of entries, and the
 * expansion ratio of any large entry. Sizes are counted as bytes are written, not taken from the archive's headers.
 */
public record ArchiveLimits(long maxTotalBytes, int maxEntries, long maxRatio, long ratioCheckedAbove) {

    public static final ArchiveLimits DEFAULT = new ArchiveLimits(2L * 1024 * 1024 * 1024, 100_000, 1_000, 1024 * 1024);
}
