package io.kumo.ui.projects;

import io.kumo.code.CodeProblem;
import io.kumo.code.check.AvailableTools;
import io.kumo.code.check.CodeCheckService;
import io.kumo.domain.Project;
import io.kumo.domain.PythonEnvironment;
import io.kumo.python.Cancellation;
import io.kumo.python.ToolOutput;
import io.kumo.ui.common.BackgroundExecutor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The checks of one open Python file: when opened and on save a syntax check (when no language server reports on the file) and a
 * lint, each into its own entry of the file's problems; Format on demand or on save; and installing ruff into the
 * project's environment when it has no formatter. Failures become the inline {@link #messageProperty()}.
 */
public final class EditorChecksModel {

    static final String LSP = "lsp";

    private final CodeTools tools;
    private final Project project;
    private final String relativePath;
    private final BackgroundExecutor background;
    private final Map<String, List<CodeProblem>> problems;
    private final ObjectProperty<AvailableTools> available = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty();
    private final StringProperty environmentName = new SimpleStringProperty("the project's environment");
    private final BooleanProperty formatting = new SimpleBooleanProperty();
    private final BooleanProperty installing = new SimpleBooleanProperty();
    private long checks;

    public EditorChecksModel(CodeTools tools, EditorTabViewModel file, BackgroundExecutor background) {
        this.tools = tools;
        this.project = file.project();
        this.relativePath = file.relativePath();
        this.background = background;
        this.problems = file.problems();
    }

    /** Finds out which tools the project's environment has (once; the service remembers it). */
    public void detectTools() {
        CodeCheckService checks = tools.checks();
        background.run(() -> {
            checks.formatOnSave(); // read once here, so saves read it from the settings' cache
            return Map.entry(checks.environmentName(project), checks.tools(project));
        }, found -> {
            environmentName.set(found.getKey());
            available.set(found.getValue());
        }, error -> message.set(error.getMessage()));
    }

    /** Syntax (unless a language server covers the file) and lint of {@code text}: when opened and after each save. */
    public void check(String text) {
        CodeCheckService checks = tools.checks();
        boolean syntax = !problems.containsKey(LSP);
        long number = ++this.checks;
        background.run(() -> {
            Map<String, List<CodeProblem>> found = new LinkedHashMap<>();
            List<CodeProblem> syntaxErrors = syntax ? checks.syntax(project, relativePath, text) : List.of();
            if (syntax) {
                found.put(io.kumo.code.check.SyntaxErrorParser.SOURCE, syntaxErrors);
            }
            String linter = checks.linter(project);
            if (linter != null) {
                List<CodeProblem> lint = new ArrayList<>(checks.lint(project, relativePath, text));
                if (!syntaxErrors.isEmpty()) {
                    lint.removeIf(io.kumo.code.check.RuffJsonParser::isSyntaxError); // the compiler's message says it better
                }
                found.put(linter, lint);
            }
            return found;
        }, found -> {
            if (number == this.checks) {
                problems.putAll(found);
            }
        }, error -> message.set(error.getMessage()));
    }

    /**
     * Formats {@code text}, the editor's text when asked; {@code apply} gets the new text when it changed and the
     * editor still holds {@code text} ({@code current}): anything typed while the formatter ran is kept, and the
     * format is then dropped with a message. A refusal leaves the text alone.
     */
    public void format(String text, Supplier<String> current, Consumer<String> apply) {
        format(text, current, apply, () -> { });
    }

    /**
     * As {@link #format(String, Supplier, Consumer)}, then {@code after} whatever the outcome (a save that formats
     * first). When a format is already running, {@code after} runs at once: the save writes the text unformatted
     * rather than not at all.
     */
    public void format(String text, Supplier<String> current, Consumer<String> apply, Runnable after) {
        if (formatting.get()) {
            after.run();
            return;
        }
        formatting.set(true);
        message.set(null);
        CodeCheckService checks = tools.checks();
        background.run(() -> checks.format(project, relativePath, text), formatted -> {
            formatting.set(false);
            if (formatted.changed()) {
                if (text.equals(current.get())) {
                    apply.accept(formatted.text());
                } else {
                    message.set("The text changed while " + formatted.formatter()
                            + " was formatting it; nothing was replaced. Format again to apply it.");
                }
            }
            after.run();
        }, error -> {
            formatting.set(false);
            message.set(error.getMessage());
            after.run();
        });
    }

    public boolean formatOnSave() {
        return tools.checks().formatOnSave();
    }

    /**
     * Installs ruff into the project's environment (a formatter and linter in one), then looks again. Which environment
     * that is comes from the database, so it is looked up in the background too.
     */
    public void installRuff() {
        if (installing.get()) {
            return;
        }
        installing.set(true);
        message.set(null);
        CodeCheckService checks = tools.checks();
        background.run(() -> tools.environments().of(project), found -> {
            PythonEnvironment environment = found.orElse(null);
            if (environment == null) {
                installing.set(false);
                message.set("Project " + project.getName() + " has no Python environment of its own: create one in "
                        + "Environments (or pick one for its tasks), then install ruff into it.");
                return;
            }
            background.run(() -> {
                tools.packages().install(environment, List.of("ruff"), ToolOutput.discard(), Cancellation.none());
                checks.redetect(project);
                return checks.tools(project);
            }, redetected -> {
                installing.set(false);
                available.set(redetected);
            }, error -> {
                installing.set(false);
                message.set("Could not install ruff into " + environment.getName() + ": " + error.getMessage());
            });
        }, error -> {
            installing.set(false);
            message.set("Could not install ruff: " + error.getMessage());
        });
    }

    /** What Format does now, for its tooltip. */
    public String formatHint() {
        AvailableTools found = available.get();
        if (found == null) {
            return "Format (Ctrl+Shift+F)";
        }
        return found.canFormat() ? "Format with " + found.formatter() + " (Ctrl+Shift+F)"
                : "No formatter: install ruff into " + environmentName.get();
    }

    public ObjectProperty<AvailableTools> availableProperty() { return available; }
    public StringProperty messageProperty() { return message; }
    public StringProperty environmentNameProperty() { return environmentName; }
    public BooleanProperty formattingProperty() { return formatting; }
    public BooleanProperty installingProperty() { return installing; }
}
