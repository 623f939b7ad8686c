package io.kumo.ui.projects;

import atlantafx.base.theme.Styles;
import io.kumo.domain.Project;
import io.kumo.git.CloneRequest;
import java.util.function.Consumer;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * "Clone from Git…": URL, project name and branch. Clone stays open while the clone runs in the background and shows
 * a refusal (bad URL, unknown branch, failed authentication, name taken) inline; it closes once the project exists.
 */
final class CloneDialog {

    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final TextField url = new TextField();
    private final TextField name = new TextField();
    private final TextField branch = new TextField();
    private final Label error = new Label();

    CloneDialog(Window owner, GitViewModel model, Consumer<Project> onCloned) {
        dialog.initOwner(owner);
        dialog.setTitle("Kumo");
        dialog.setHeaderText("Clone a project from Git\nhttps://, ssh (your ~/.ssh keys) or file:// URLs; Kumo keeps the "
                + "checkout in its data folder.");
        url.setId("clone-url");
        url.setPromptText("https://github.com/you/scraper.git");
        url.setPrefColumnCount(36);
        name.setId("clone-name");
        name.setPromptText("scraper");
        branch.setId("clone-branch");
        branch.setPromptText("the remote's default branch");
        url.textProperty().addListener((obs, old, text) -> {
            if (name.getText().isBlank() || name.getText().equals(suggestedName(old))) {
                name.setText(suggestedName(text));
            }
        });
        error.setId("clone-error");
        error.setWrapText(true);
        error.setMaxWidth(460);
        error.getStyleClass().add(Styles.DANGER);
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        GridPane grid = new GridPane(8, 8);
        grid.addRow(0, new Label("URL"), url);
        grid.addRow(1, new Label("Project name"), name);
        grid.addRow(2, new Label("Branch"), branch);
        dialog.getDialogPane().setContent(new VBox(10, grid, error));
        ButtonType clone = new ButtonType("Clone", javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(clone, ButtonType.CANCEL);
        Button cloneButton = (Button) dialog.getDialogPane().lookupButton(clone);
        cloneButton.setId("clone-confirm");
        cloneButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume(); // the dialog closes when the clone worked, not before
            error.setText("");
            cloneButton.setDisable(true);
            cloneButton.setText("Cloning\u2026");
            model.cloneProject(new CloneRequest(url.getText(), name.getText(), branch.getText()), project -> {
                dialog.setResult(ButtonType.OK);
                dialog.close();
                onCloned.accept(project);
            }, message -> {
                cloneButton.setDisable(false);
                cloneButton.setText("Clone");
                error.setText(message);
            });
        });
    }

    void show() {
        dialog.show();
        url.requestFocus();
    }

    /** "https://host/you/shop-scraper.git" gives "shop-scraper". */
    static String suggestedName(String url) {
        if (url == null) {
            return "";
        }
        String path = url.strip().replaceAll("[/\\\\]+$", "");
        String last = path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf(':')) + 1);
        return last.replaceFirst("(?i)\\.git$", "");
    }
}
