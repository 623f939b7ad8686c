package io.kumo.ui.projects;

import io.kumo.ui.common.DialogService;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextInputDialog;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The steps of importing, linking and updating that need the user: file and folder choosers, the name dialog
 * (pre-filled from the file name) and the update confirmation. The work itself is the view-model's.
 */
final class ImportActions {

    private final ProjectsViewModel model;
    private final DialogService dialogs;
    private final Supplier<Window> owner;
    private File lastFolder;

    ImportActions(ProjectsViewModel model, DialogService dialogs, Supplier<Window> owner) {
        this.model = model;
        this.dialogs = dialogs;
        this.owner = owner;
        model.moves().onNotice(this::inform);
    }

    /** "New from template...": the dialog; the new project is selected when made. */
    void newFromTemplate() {
        NewFromTemplateModel templates = model.moves().newFromTemplate(name -> model.items().stream().anyMatch(item -> item.name().equals(name)));
        new NewFromTemplateDialog(owner.get(), templates, project -> model.refresh(project.getName())).show();
    }

    /** "Export with tasks...": where to write the archive. */
    void chooseExport(ProjectItem item) {
        FileChooser chooser = zipChooser("Export " + item.name() + " with its tasks and workflows");
        chooser.setInitialFileName(item.name() + ".zip");
        File target = chooser.showSaveDialog(owner.get());
        if (target != null) {
            lastFolder = target.getParentFile();
            model.moves().export(item, target.toPath());
        }
    }

    private void inform(String text) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, text, ButtonType.OK);
        alert.initOwner(owner.get());
        alert.setTitle("Kumo");
        alert.setHeaderText(null);
        alert.getDialogPane().setId("project-move-notice");
        alert.show();
    }

    void chooseZip() {
        FileChooser chooser = zipChooser("Import a project from a ZIP archive (a Kumo project archive brings its tasks too)");
        List<File> chosen = chooser.showOpenMultipleDialog(owner.get());
        if (chosen != null && !chosen.isEmpty()) {
            lastFolder = chosen.getFirst().getParentFile();
            importZips(chosen.stream().map(File::toPath).toList());
        }
    }

    /** Asks a name for each archive in turn and imports it. */
    void importZips(List<Path> zips) {
        Deque<Path> waiting = new ArrayDeque<>(zips);
        importNext(waiting);
    }

    private void importNext(Deque<Path> waiting) {
        Path zip = waiting.poll();
        if (zip == null) {
            return;
        }
        askName("Import " + zip.getFileName(), "The files are extracted into Kumo's data folder.",
                model.suggestName(zip.getFileName().toString()), name -> {
                    model.importZip(zip, name);
                    importNext(waiting);
                }, () -> importNext(waiting));
    }

    void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Link a project folder");
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        File folder = chooser.showDialog(owner.get());
        if (folder != null) {
            lastFolder = folder.getParentFile();
            link(folder.toPath());
        }
    }

    void link(Path folder) {
        askName("Link " + folder, "Kumo uses the folder where it is and never deletes its files.",
                model.suggestName(folder.getFileName() == null ? "project" : folder.getFileName().toString()),
                name -> model.link(folder, name), () -> { });
    }

    void cloneFromGit() {
        if (model.git() != null) {
            new CloneDialog(owner.get(), model.git(), model::added).show();
        }
    }

    void chooseUpdate(ProjectItem item) {
        FileChooser chooser = zipChooser("Update " + item.name() + " from a ZIP archive");
        File zip = chooser.showOpenDialog(owner.get());
        if (zip != null) {
            lastFolder = zip.getParentFile();
            update(item, zip.toPath());
        }
    }

    void update(ProjectItem item, Path zip) {
        if (dialogs.confirm("Replace the files of " + item.name() + "?", "The files of " + item.name() + " are replaced by "
                + "those of " + zip.getFileName() + ". The current files go to the trash, so the update can be undone; "
                + "its tasks and settings stay. Unsaved editor changes are lost.", "Update")) {
            model.updateFromZip(item, zip);
        }
    }

    private FileChooser zipChooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("ZIP archives", "*.zip", "*.ZIP"));
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        return chooser;
    }

    /** The name dialog; not modal-blocking, so drops and tests can go on while it is open. */
    private void askName(String title, String explanation, String suggested, Consumer<String> then, Runnable cancelled) {
        TextInputDialog dialog = new TextInputDialog(suggested);
        dialog.initOwner(owner.get());
        dialog.setTitle("Kumo");
        dialog.setHeaderText(title + "\n" + explanation);
        dialog.setContentText("Project name");
        dialog.getEditor().setId("project-name-field");
        dialog.getEditor().setPrefColumnCount(28);
        dialog.getDialogPane().getStyleClass().add("project-name-dialog");
        dialog.setGraphic(null);
        dialog.setOnHidden(event -> {
            String name = dialog.getResult();
            if (name != null && !name.isBlank()) {
                then.accept(name.strip());
            } else {
                cancelled.run();
            }
        });
        dialog.show();
        dialog.getEditor().requestFocus();
        dialog.getEditor().selectAll();
    }
}
