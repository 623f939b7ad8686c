package io.kumo.project;

import java.time.Instant;
import java.util.List;

/**
 * A deleted project waiting in the trash: its record as it was, the tasks deleted with it (by name; they are not
 * restored), and for an imported project its files (a linked project's files were never Kumo's to move).
 */
public record TrashEntry(String id, String projectName, String description, String rootPath, boolean linked,
                         String workDir, String outputDir, String tags, Instant deletedAt, List<String> deletedTasks,
                         long sizeBytes) {
}
