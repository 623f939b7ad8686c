package io.kumo.ui.projects;

import atlantafx.base.theme.Styles;
import java.io.File;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Description, work folder, output folder and tags of the selected project, with Save. Collapsed by default. */
final class MetadataView extends TitledPane {

    MetadataView(MetadataModel model, Runnable save, Supplier<Window> owner) {
        TextField description = field("project-description", "What the project does", model.descriptionProperty()::bindBidirectional);
        TextField workDir = field("project-workdir", "Folder inside the project tasks start in (empty: the project folder)",
                model.workDirProperty()::bindBidirectional);
        TextField outputDir = field("project-outputdir", "Absolute folder for results (OUTPUT_DIR of its runs)",
                model.outputDirProperty()::bindBidirectional);
        TextField tags = field("project-tags", "Comma-separated, e.g. nightly, etl", model.tagsProperty()::bindBidirectional);
        Button browse = new Button(null, FontIcon.of(Feather.FOLDER));
        browse.setId("project-outputdir-browse");
        browse.getStyleClass().add(Styles.BUTTON_ICON);
        browse.setOnAction(event -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("Output folder");
            File current = model.outputDirProperty().get().isBlank() ? null : new File(model.outputDirProperty().get());
            if (current != null && current.isDirectory()) {
                chooser.setInitialDirectory(current);
            }
            File chosen = chooser.showDialog(owner.get());
            if (chosen != null) {
                model.outputDirProperty().set(chosen.getAbsolutePath());
            }
        });
        HBox outputRow = new HBox(6, outputDir, browse);
        HBox.setHgrow(outputDir, Priority.ALWAYS);

        Button saveButton = new Button("Save", FontIcon.of(Feather.CHECK));
        saveButton.setId("project-save-meta");
        saveButton.getStyleClass().add(Styles.ACCENT);
        saveButton.disableProperty().bind(model.editedProperty().not());
        saveButton.setOnAction(event -> save.run());
        Label hint = new Label("Unsaved changes");
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        hint.visibleProperty().bind(model.editedProperty());
        HBox actions = new HBox(10, saveButton, hint);
        actions.setAlignment(Pos.CENTER_LEFT);

        GridPane grid = new GridPane(10, 8);
        grid.getColumnConstraints().addAll(new ColumnConstraints(), new ColumnConstraints());
        grid.getColumnConstraints().get(1).setHgrow(Priority.ALWAYS);
        grid.addRow(0, new Label("Description"), description);
        grid.addRow(1, new Label("Work folder"), workDir);
        grid.addRow(2, new Label("Output folder"), outputRow);
        grid.addRow(3, new Label("Tags"), tags);
        grid.add(actions, 1, 4);

        setText("Description, folders and tags");
        setContent(grid);
        setExpanded(false);
        setAnimated(false);
        getStyleClass().add(Styles.DENSE);
        setId("project-metadata");
    }

    private static TextField field(String id, String prompt, Consumer<javafx.beans.property.Property<String>> bind) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        bind.accept(field.textProperty());
        return field;
    }
}
