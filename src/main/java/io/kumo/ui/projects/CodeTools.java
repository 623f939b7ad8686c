package io.kumo.ui.projects;

import io.kumo.code.ProjectEnvironment;
import io.kumo.code.check.CodeCheckService;
import io.kumo.python.PackageService;

/** The services the editor's checks need: checks and formatting, and installing a tool into the project's environment. */
public record CodeTools(CodeCheckService checks, PackageService packages, ProjectEnvironment environments) {
}
