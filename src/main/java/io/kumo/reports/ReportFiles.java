package io.kumo.reports;

import io.kumo.common.ValidationException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes a report to a file whole or not at all: into a temporary file beside it, then moved over it. */
public final class ReportFiles {

    private final ReportWriters writers;

    public ReportFiles(ReportWriters writers) {
        this.writers = writers;
    }

    /** The target as an absolute path; refused when its folder does not exist or it is a folder itself. */
    static Path checkTarget(Path target) {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new ValidationException("the folder " + folder + " does not exist");
        }
        if (Files.isDirectory(absolute)) {
            throw new ValidationException(absolute + " is a folder");
        }
        return absolute;
    }

    /**
     * @throws ValidationException when the format has no writer or the folder does not exist (nothing is written)
     * @throws IOException         when writing fails (the target is left as it was)
     */
    public void write(Report report, ReportFormat format, Path target) throws IOException {
        ReportWriter writer = writers.writer(format);
        Path absolute = checkTarget(target);
        Path folder = absolute.getParent();
        Path temporary = Files.createTempFile(folder, "." + absolute.getFileName(), ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temporary)) {
                writer.write(report, out);
            }
            try {
                Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
