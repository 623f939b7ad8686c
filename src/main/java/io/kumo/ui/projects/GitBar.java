package io.kumo.ui.projects;

import atlantafx.base.theme.Styles;
import io.kumo.domain.GitPull;
import io.kumo.domain.Project;
import io.kumo.git.GitStatus;
import io.kumo.git.LocalChange;
import java.util.stream.Collectors;
import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A Git project's line in the project header: branch, short commit and subject, "2 ahead · 3 behind", "N local
 * changes" (the tooltip lists them), Pull, when it pulls, and the last pull's result or refusal. Hidden for other projects.
 */
final class GitBar extends FlowPane {

    private static final int MAX_LISTED = 30;
    private static final double MESSAGE_WIDTH = 560;

    private final GitViewModel model;
    private final Label branch = new Label();
    private final Label commit = new Label();
    private final Label aheadBehind = new Label();
    private final Label changes = new Label();
    private final Button pull = new Button("Pull", FontIcon.of(Feather.DOWNLOAD_CLOUD));
    private final ComboBox<GitPull> policy = new ComboBox<>();
    private static final int MAX_MINUTES = 7 * 24 * 60;
    private final Spinner<Integer> minutes = new Spinner<>(1, MAX_MINUTES, 60, 5);
    private final PauseTransition saveLater = new PauseTransition(Duration.millis(700));
    private final Label message = new Label();
    private boolean showingPolicy;

    GitBar(GitViewModel model) {
        super(12, 4);
        this.model = model;
        setId("project-git");
        setMinWidth(0);
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("project-git");
        branch.setId("project-git-branch");
        branch.setGraphic(FontIcon.of(Feather.GIT_BRANCH, 12));
        commit.setId("project-git-commit");
        commit.getStyleClass().add(Styles.TEXT_SMALL);
        aheadBehind.setId("project-git-ahead-behind");
        aheadBehind.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        changes.setId("project-git-changes");
        changes.getStyleClass().add(Styles.TEXT_SMALL);
        pull.setId("project-git-pull");
        pull.getStyleClass().add(Styles.SMALL);
        pull.setTooltip(new Tooltip("Fetch and bring this checkout up to date; refused when it would touch your local edits"));
        pull.disableProperty().bind(model.busyProperty());
        pull.setOnAction(event -> model.pull());
        policy.setId("project-git-policy");
        policy.getItems().setAll(GitPull.values());
        policy.getStyleClass().add(Styles.SMALL);
        policy.setConverter(new StringConverter<>() {
            @Override
            public String toString(GitPull value) {
                return value == null ? "" : "Pull " + value.describe(null) + (value == GitPull.SCHEDULE ? " (minutes)" : "");
            }

            @Override
            public GitPull fromString(String text) {
                return null;
            }
        });
        minutes.setId("project-git-minutes");
        minutes.setEditable(true);
        minutes.getValueFactory().setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer value) {
                return value == null ? "" : value.toString();
            }

            @Override
            public Integer fromString(String text) { // digits only (the formatter), at most 6: never a NumberFormatException
                if (text == null || text.isBlank()) {
                    model.showInputError("Pull every: give the minutes between pulls, 1 to " + MAX_MINUTES);
                    return minutes.getValue();
                }
                int typed = Integer.parseInt(text.strip());
                if (typed < 1 || typed > MAX_MINUTES) {
                    model.showInputError("Pull every: " + typed + " minutes is out of range, 1 to " + MAX_MINUTES);
                    return minutes.getValue();
                }
                return typed;
            }
        });
        minutes.getEditor().setTextFormatter(new TextFormatter<String>(change ->
                change.getControlNewText().matches("\\d{0,6}") ? change : null));
        minutes.setPrefWidth(90);
        minutes.visibleProperty().bind(policy.valueProperty().isEqualTo(GitPull.SCHEDULE));
        minutes.managedProperty().bind(minutes.visibleProperty());
        policy.valueProperty().addListener((obs, old, value) -> savePolicy());
        // the spinner commits typed text on Enter and focus loss; arrow clicks in a row save once, after a pause
        saveLater.setOnFinished(event -> savePolicy());
        minutes.valueProperty().addListener((obs, old, value) -> {
            if (!showingPolicy) {
                saveLater.playFromStart();
            }
        });
        message.setId("project-git-message");
        message.getStyleClass().add(Styles.TEXT_SMALL);
        message.setWrapText(true); // a refusal naming files wraps instead of widening the window
        message.setPrefWidth(MESSAGE_WIDTH);
        message.setMaxWidth(MESSAGE_WIDTH);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.textProperty().bind(model.messageProperty());
        model.failedProperty().addListener((obs, old, failed) -> message.pseudoClassStateChanged(Styles.STATE_DANGER, failed));

        getChildren().addAll(branch, commit, aheadBehind, changes, pull, policy, minutes, message);
        model.statusProperty().addListener((obs, old, status) -> showStatus(status));
        model.projectProperty().addListener((obs, old, project) -> showProject(project));
        showProject(null);
    }

    private void showProject(Project project) {
        boolean git = project != null && project.isGit();
        setVisible(git);
        setManaged(git);
        if (!git) {
            return;
        }
        saveLater.stop();
        showingPolicy = true;
        policy.setValue(project.getGitPull());
        if (project.getGitPullMinutes() != null) {
            minutes.getValueFactory().setValue(project.getGitPullMinutes());
        }
        showingPolicy = false;
        branch.setText(project.getGitBranch() == null ? "" : project.getGitBranch());
        if (model.statusProperty().get() == null) {
            commit.setText("");
            aheadBehind.setText("");
            changes.setText("");
        }
    }

    private void showStatus(GitStatus status) {
        if (status == null) {
            return;
        }
        branch.setText(status.branch());
        commit.setText(status.shortCommit() + "  " + status.subject());
        commit.setTooltip(new Tooltip(status.commit() + "\n" + status.author()
                + (status.committedAt() == null ? "" : ", " + status.committedAt())));
        aheadBehind.setText(status.tracksRemote() ? status.ahead() + " ahead \u00b7 " + status.behind() + " behind" : "no remote branch");
        int count = status.changes().size();
        changes.setText(count == 0 ? "no local changes" : count + (count == 1 ? " local change" : " local changes"));
        changes.getStyleClass().remove(Styles.WARNING);
        if (count > 0) {
            changes.getStyleClass().add(Styles.WARNING);
        }
        changes.setTooltip(count == 0 ? null : new Tooltip(status.changes().stream().limit(MAX_LISTED).map(LocalChange::shortForm)
                .collect(Collectors.joining("\n")) + (count > MAX_LISTED ? "\n\u2026 and " + (count - MAX_LISTED) + " more" : "")));
    }

    private void savePolicy() {
        if (showingPolicy || policy.getValue() == null) {
            return;
        }
        Project project = model.projectProperty().get();
        Integer chosenMinutes = policy.getValue() == GitPull.SCHEDULE ? minutes.getValue() : null;
        if (project == null || (project.getGitPull() == policy.getValue()
                && java.util.Objects.equals(project.getGitPullMinutes(), chosenMinutes))) {
            return;
        }
        model.setPolicy(policy.getValue(), chosenMinutes, saved -> model.projectProperty().set(saved));
    }
}
