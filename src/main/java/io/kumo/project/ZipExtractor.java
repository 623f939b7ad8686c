package io.kumo.project;

import io.kumo.config.OwnerOnly;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * Extracts a ZIP into an empty folder, refusing what could harm: entries that would land outside the folder
 * ({@code ../}, absolute paths, drive letters), symbolic links, encrypted entries, and archives over the
 * {@link ArchiveLimits}. The caller removes the folder when this throws.
 */
final class ZipExtractor {

    private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*");
    private static final int BUFFER = 64 * 1024;

    private final ArchiveLimits limits;

    ZipExtractor(ArchiveLimits limits) {
        this.limits = limits;
    }

    void extract(Path zip, Path target) throws IOException {
        if (!Files.isRegularFile(zip)) {
            throw new ArchiveRejectedException("No file at " + zip);
        }
        try (ZipFile archive = open(zip)) {
            List<ZipArchiveEntry> entries = Collections.list(archive.getEntriesInPhysicalOrder());
            if (entries.size() > limits.maxEntries()) {
                throw new ArchiveRejectedException(zip.getFileName() + " has " + entries.size()
                        + " entries, more than the " + limits.maxEntries() + " allowed");
            }
            if (entries.isEmpty()) {
                throw new ArchiveRejectedException(zip.getFileName() + " is empty");
            }
            long total = 0;
            for (ZipArchiveEntry entry : entries) {
                Path destination = destinationOf(entry, target);
                if (entry.isDirectory()) {
                    OwnerOnly.createDirectories(destination);
                    continue;
                }
                if (!archive.canReadEntryData(entry)) {
                    throw new ArchiveRejectedException(entry.getName() + " in " + zip.getFileName()
                            + " is encrypted or uses an unsupported compression method");
                }
                OwnerOnly.createDirectories(destination.getParent());
                try (InputStream in = archive.getInputStream(entry); OutputStream out = OwnerOnly.newOutputStream(destination)) {
                    total = copy(in, out, entry, total, zip);
                }
            }
        } catch (ArchiveRejectedException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new ArchiveRejectedException(zip.getFileName() + " is not a valid ZIP archive (" + describe(e) + ")");
        }
    }

    private static ZipFile open(Path zip) throws IOException {
        return ZipFile.builder().setPath(zip).get();
    }

    private Path destinationOf(ZipArchiveEntry entry, Path target) {
        String name = entry.getName().replace('\\', '/');
        if (entry.isUnixSymlink()) {
            throw new ArchiveRejectedException("the archive holds a symbolic link (" + name + "), which Kumo does not extract");
        }
        if (name.startsWith("/") || DRIVE.matcher(name).matches() || name.indexOf('\0') >= 0) {
            throw new ArchiveRejectedException("the archive entry " + name + " has an absolute path");
        }
        for (String segment : name.split("/")) {
            if (segment.equals("..")) {
                throw new ArchiveRejectedException("the archive entry " + name + " points outside the project folder");
            }
        }
        Path destination = target.resolve(name).normalize();
        if (!destination.startsWith(target) || destination.equals(target) && !entry.isDirectory()) {
            throw new ArchiveRejectedException("the archive entry " + name + " points outside the project folder");
        }
        return destination;
    }

    /** Copies one entry, counting real bytes against the limits (headers can lie about sizes). */
    private long copy(InputStream in, OutputStream out, ZipArchiveEntry entry, long totalSoFar, Path zip) throws IOException {
        byte[] buffer = new byte[BUFFER];
        long written = 0;
        long compressed = Math.max(1, entry.getCompressedSize());
        int read;
        while ((read = in.read(buffer)) != -1) {
            written += read;
            if (totalSoFar + written > limits.maxTotalBytes()) {
                throw new ArchiveRejectedException(zip.getFileName() + " expands to more than "
                        + limits.maxTotalBytes() / (1024 * 1024) + " MB; it looks like a zip bomb");
            }
            if (written > limits.ratioCheckedAbove() && written / compressed > limits.maxRatio()) {
                throw new ArchiveRejectedException(entry.getName() + " in " + zip.getFileName() + " expands more than "
                        + limits.maxRatio() + " times; it looks like a zip bomb");
            }
            out.write(buffer, 0, read);
        }
        return totalSoFar + written;
    }

    private static String describe(Exception e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName().toLowerCase(Locale.ROOT) : message;
    }
}
