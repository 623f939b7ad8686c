package io.kumo.ui.projects;

import atlantafx.base.theme.Styles;
import io.kumo.project.Detection;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The selected project at a glance: name, imported or linked, detected kind, root folder, the commands Kumo suggests
 * for its tasks (selectable, to copy), and its dependencies with "Install into environment…".
 */
final class ProjectHeaderView extends VBox {

    private final Label name = new Label();
    private final Label origin = new Label();
    private final Label kind = new Label();
    private final TextField root = new TextField();
    private final TextArea suggestions = new TextArea();
    private final Label dependencies = new Label();
    private final Button install = new Button("Install into environment\u2026", FontIcon.of(Feather.DOWNLOAD));

    private final Button createTask = new Button("Create task", FontIcon.of(Feather.PLUS));

    ProjectHeaderView(Runnable onInstall, java.util.function.Consumer<String> onCreateTask) {
        name.setId("project-name");
        name.getStyleClass().add(Styles.TITLE_3);
        origin.setId("project-origin");
        origin.getStyleClass().addAll("project-badge", Styles.TEXT_SMALL);
        kind.setId("project-kind");
        kind.getStyleClass().add(Styles.TEXT_MUTED);
        HBox titleRow = new HBox(10, name, origin, kind);
        titleRow.setAlignment(Pos.CENTER_LEFT);

        root.setId("project-root");
        root.setEditable(false);
        root.getStyleClass().addAll(Styles.FLAT, Styles.SMALL, "project-root-path");
        root.setFocusTraversable(false);

        suggestions.setId("project-suggestions");
        suggestions.setEditable(false);
        suggestions.setPrefRowCount(3);
        suggestions.setWrapText(true); // a long "none found" explanation stays readable in the narrow box
        suggestions.getStyleClass().add("project-suggestions");
        suggestions.setTooltip(new Tooltip("Commands for this project's tasks: select one and copy it"));
        Button copy = new Button(null, FontIcon.of(Feather.COPY));
        copy.setId("project-suggestions-copy");
        copy.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        copy.setTooltip(new Tooltip("Copy the selected command (or the first)"));
        copy.setOnAction(event -> copySuggestion());
        createTask.setId("project-suggestions-create-task");
        createTask.getStyleClass().addAll(Styles.SMALL, Styles.ACCENT);
        createTask.setMinWidth(Region.USE_PREF_SIZE);
        createTask.setTooltip(new Tooltip("A new task running the selected command (or the first), in this project"));
        createTask.setOnAction(event -> {
            String command = chosenCommand();
            if (!command.isEmpty()) {
                onCreateTask.accept(command);
            }
        });
        Label suggestionsTitle = new Label("Suggested commands");
        suggestionsTitle.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        suggestionsTitle.setMinWidth(Region.USE_PREF_SIZE);
        HBox suggestionsTop = new HBox(4, suggestionsTitle, spacer(), createTask, copy);
        suggestionsTop.setAlignment(Pos.CENTER_LEFT);
        VBox suggestionsBox = new VBox(2, suggestionsTop, suggestions);
        HBox.setHgrow(suggestionsBox, Priority.ALWAYS);

        Label dependenciesTitle = new Label("Dependencies");
        dependenciesTitle.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        dependencies.setId("project-dependencies");
        dependencies.setWrapText(true);
        install.setId("project-install");
        install.setOnAction(event -> onInstall.run());
        VBox dependenciesBox = new VBox(6, dependenciesTitle, dependencies, install);
        dependenciesBox.setPrefWidth(300);
        dependenciesBox.setMinWidth(220);

        HBox details = new HBox(16, suggestionsBox, dependenciesBox);
        getChildren().addAll(titleRow, root, details);
        setSpacing(6);
        setPadding(new Insets(12, 16, 8, 16));
        getStyleClass().add("project-header");
        setMinHeight(USE_PREF_SIZE); // the editors below give up height first; wrapped lines here stay whole
    }

    /** A Git project's line (branch, commit, pull), under the title. */
    void addGitLine(javafx.scene.Node line) {
        getChildren().add(1, line);
    }

    void show(ProjectItem item) {
        if (item == null) {
            return;
        }
        name.setText(item.name());
        boolean git = item.project().isGit();
        origin.setText(git ? "cloned from Git" : item.linked() ? "linked folder" : "imported");
        origin.setGraphic(FontIcon.of(git ? Feather.GIT_BRANCH : item.linked() ? Feather.LINK : Feather.PACKAGE, 11));
        kind.setText(item.kindLabel());
        root.setText(item.root().toString());
        Detection detection = item.detection();
        suggestions.setText(detection.suggestedCommands().isEmpty()
                ? "" : String.join("\n", detection.suggestedCommands()));
        suggestions.setPromptText("No entry point found (main.py, a Scrapy spider, pyproject scripts\u2026)");
        List<String> parts = new ArrayList<>();
        if (!detection.requirementFiles().isEmpty()) {
            parts.add(String.join(", ", detection.requirementFiles()));
        }
        if (!detection.declaredDependencies().isEmpty()) {
            parts.add("pyproject.toml: " + String.join(", ", detection.declaredDependencies()));
        }
        dependencies.setText(parts.isEmpty() ? "None declared (no requirements.txt or pyproject.toml dependencies)."
                : String.join("\n", parts));
        install.setDisable(!item.hasDependencies());
        createTask.setDisable(detection.suggestedCommands().isEmpty());
    }

    /** The selected text, else the line the caret is on, else the first command. */
    private String chosenCommand() {
        String selected = suggestions.getSelectedText();
        if (!selected.isBlank()) {
            return selected.strip().lines().findFirst().orElse("").strip();
        }
        String text = suggestions.getText();
        int caret = Math.min(suggestions.getCaretPosition(), text.length());
        int start = caret == 0 ? 0 : text.lastIndexOf('\n', caret - 1) + 1;
        int end = text.indexOf('\n', caret);
        String line = text.substring(start, end < 0 ? text.length() : end).strip();
        return line.isEmpty() ? text.lines().findFirst().orElse("").strip() : line;
    }

    private void copySuggestion() {
        String text = chosenCommand();
        if (!text.isEmpty()) {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            Clipboard.getSystemClipboard().setContent(content);
        }
    }

    private static Region spacer() {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        return spacer;
    }
}
