package io.kumo.project;

import java.util.List;

/**
 * What Kumo recognised in a project folder: its kind, the commands it suggests for tasks (in order of likelihood),
 * Scrapy spiders, and the dependencies it declares (requirements files relative to the project, and pyproject
 * dependencies) to offer to install.
 */
public record Detection(ProjectKind kind, List<String> suggestedCommands, List<String> spiders,
                        List<String> requirementFiles, List<String> declaredDependencies) {
}
