package io.kumo.template.archive;

import java.nio.file.Path;
import java.util.List;

/**
 * What an export wrote: the archive, how many files, the tasks and workflows in it, and the workflows left out
 * because they also use other projects' tasks.
 */
public record ExportedArchive(Path file, int files, List<String> tasks, List<String> workflows, List<String> workflowsLeftOut) {
}
