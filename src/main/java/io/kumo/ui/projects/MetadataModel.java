package io.kumo.ui.projects;

import io.kumo.domain.Project;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The editable metadata of the selected project (description, work folder, output folder, tags) while it is being
 * edited. A refresh of the same project does not overwrite edits in progress.
 */
public final class MetadataModel {

    private final ObjectProperty<Project> loaded = new SimpleObjectProperty<>();
    private final StringProperty description = new SimpleStringProperty("");
    private final StringProperty workDir = new SimpleStringProperty("");
    private final StringProperty outputDir = new SimpleStringProperty("");
    private final StringProperty tags = new SimpleStringProperty("");
    private final BooleanBinding edited = Bindings.createBooleanBinding(this::isEdited, loaded, description, workDir, outputDir, tags);

    /** Shows {@code project}; keeps the fields when it is the project being edited and they have changes. */
    public void show(Project project) {
        Project current = loaded.get();
        boolean sameProject = current != null && project != null && Objects.equals(current.getId(), project.getId());
        if (sameProject && isEdited()) {
            loaded.set(project);
            return;
        }
        loaded.set(project);
        description.set(text(project == null ? null : project.getDescription()));
        workDir.set(text(project == null ? null : project.getWorkDir()));
        outputDir.set(text(project == null ? null : project.getOutputDir()));
        tags.set(project == null || project.getTags() == null ? "" : project.getTags().replace(",", ", "));
    }

    /** The form: the loaded project's id with the edited fields, for {@code ProjectService.updateMetadata} (which writes only those). */
    public Project edited() {
        Project original = loaded.get();
        Project copy = new Project(original.getName(), original.getRootPath());
        copy.setId(original.getId());
        copy.setCreatedAt(original.getCreatedAt());
        copy.setUpdatedAt(original.getUpdatedAt());
        copy.setLinked(original.isLinked());
        copy.setDescription(blankToNull(description.get()));
        copy.setWorkDir(blankToNull(workDir.get()));
        copy.setOutputDir(blankToNull(outputDir.get()));
        copy.setTags(blankToNull(tags.get()));
        return copy;
    }

    /** After a save: the stored values become the unedited state. */
    public void saved(Project project) {
        loaded.set(null);
        show(project);
    }

    private boolean isEdited() {
        Project project = loaded.get();
        if (project == null) {
            return false;
        }
        return !description.get().strip().equals(text(project.getDescription()).strip())
                || !workDir.get().strip().equals(text(project.getWorkDir()))
                || !outputDir.get().strip().equals(text(project.getOutputDir()))
                || !tags.get().replace(" ", "").equals(text(project.getTags()).replace(" ", ""));
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public BooleanBinding editedProperty() { return edited; }
    public StringProperty descriptionProperty() { return description; }
    public StringProperty workDirProperty() { return workDir; }
    public StringProperty outputDirProperty() { return outputDir; }
    public StringProperty tagsProperty() { return tags; }
}
