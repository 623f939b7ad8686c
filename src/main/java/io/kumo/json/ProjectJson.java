package io.kumo.json;

import io.kumo.domain.Project;
import io.kumo.git.GitStatus;
import io.kumo.project.Detection;
import io.kumo.project.Tags;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** A project with what was detected in it, as {@code kumo project list|show --json} and the REST API write it. */
public final class ProjectJson {

    private ProjectJson() {
    }

    public static Map<String, Object> of(Project project, Detection detection) {
        return of(project, detection, null);
    }

    /** With a Git project's {@code git} status (null: not a Git project, or its checkout cannot be read). */
    public static Map<String, Object> of(Project project, Detection detection, GitStatus git) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", project.getName());
        json.put("path", project.getRootPath());
        json.put("linked", project.isLinked());
        json.put("kind", detection.kind().name().toLowerCase(Locale.ROOT));
        json.put("suggested_commands", detection.suggestedCommands());
        json.put("spiders", detection.spiders());
        json.put("requirements", detection.requirementFiles());
        json.put("dependencies", detection.declaredDependencies());
        json.put("description", project.getDescription());
        json.put("work_dir", project.getWorkDir());
        json.put("output_dir", project.getOutputDir());
        json.put("tags", Tags.parse(project.getTags()));
        json.put("commit", git == null ? null : git.commit());
        json.put("git", project.isGit() ? GitJson.of(project, git) : null);
        return json;
    }
}
