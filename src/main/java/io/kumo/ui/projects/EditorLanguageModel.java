package io.kumo.ui.projects;

import io.kumo.code.CodeProblem;
import io.kumo.code.lsp.Completion;
import io.kumo.code.lsp.DefinitionTarget;
import io.kumo.code.lsp.LanguageServerCommand;
import io.kumo.code.lsp.LanguageServers;
import io.kumo.code.lsp.LanguageSession;
import io.kumo.code.lsp.ServerChoice;
import io.kumo.code.lsp.SessionStatus;
import io.kumo.domain.Project;
import io.kumo.domain.PythonEnvironment;
import io.kumo.python.Cancellation;
import io.kumo.ui.common.BackgroundExecutor;
import io.kumo.ui.common.UiThread;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The language server behind one project's editors: which one (or why none), its status line, the offer to install
 * one, and the open Python files it knows about. Diagnostics land in each file's {@code problems()} under "lsp".
 * The session starts with the first Python file and stops when the last one closes.
 */
public final class EditorLanguageModel {

    /** A Python file an editor shows, and how to read its current text. */
    private record Document(EditorTabViewModel tab, Path file, java.util.function.Supplier<String> text) {
    }

    private final Project project;
    private final LanguageServers servers;
    private final BackgroundExecutor background;
    private final Map<Path, Document> documents = new LinkedHashMap<>();
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final ObjectProperty<PythonEnvironment> installTarget = new SimpleObjectProperty<>();
    private final BooleanProperty installing = new SimpleBooleanProperty();
    private final BooleanProperty stopped = new SimpleBooleanProperty();
    private final Consumer<SessionStatus> statusListener = next -> UiThread.run(() -> showStatus(next));
    private final BiConsumer<Path, List<CodeProblem>> diagnosticsListener = (file, problems) -> UiThread.run(() -> published(file, problems));
    private LanguageServerCommand command;
    private LanguageSession session;
    private boolean starting;

    public EditorLanguageModel(Project project, LanguageServers servers, BackgroundExecutor background) {
        this.project = project;
        this.servers = servers;
        this.background = background;
    }

    /** "pyright 1.1.414", "pyright starting…", "No language server"... */
    public StringProperty statusProperty() { return status; }

    /** A one-line answer to the last action (a definition outside the project, an install that failed). */
    public StringProperty messageProperty() { return message; }

    /** Where a server can be installed, while the project has none. */
    public ObjectProperty<PythonEnvironment> installTargetProperty() { return installTarget; }

    public BooleanProperty installingProperty() { return installing; }

    /** The server died or never answered: it can be restarted. */
    public BooleanProperty stoppedProperty() { return stopped; }

    /** An editor shows this Python file now; the server learns its text and starts if it is the first one. */
    public void opened(EditorTabViewModel tab, Path file, java.util.function.Supplier<String> text) {
        documents.put(file, new Document(tab, file, text));
        if (session != null) {
            session.open(file, text.get());
        } else if (!starting) {
            start();
        }
    }

    public void changed(Path file, String text) {
        if (session != null && documents.containsKey(file)) {
            session.change(file, text);
        }
    }

    public void saved(Path file, String text) {
        if (session != null && documents.containsKey(file)) {
            session.save(file, text);
        }
    }

    public void closed(Path file) {
        if (documents.remove(file) == null) {
            return;
        }
        if (session != null) {
            session.close(file);
        }
        if (documents.isEmpty()) {
            release();
        }
    }

    public CompletableFuture<List<Completion>> completion(Path file, int line, int column) {
        return session == null ? CompletableFuture.completedFuture(List.of()) : session.completion(file, line, column);
    }

    public CompletableFuture<String> hover(Path file, int line, int column) {
        return session == null ? CompletableFuture.completedFuture("") : session.hover(file, line, column);
    }

    public CompletableFuture<Optional<DefinitionTarget>> definition(Path file, int line, int column) {
        return session == null ? CompletableFuture.completedFuture(Optional.empty()) : session.definition(file, line, column);
    }

    /** Finds the project's server and starts it (off the FX thread: it reads the database and starts a process). */
    private void start() {
        starting = true;
        status.set("Looking for a language server\u2026");
        background.run(() -> servers.choose(project), choice -> {
            if (documents.isEmpty()) {
                starting = false; // every editor closed while it looked
                status.set("");
                return;
            }
            if (choice.server().isEmpty()) {
                starting = false;
                installTarget.set(choice.installTarget().orElse(null));
                status.set("No language server");
                return;
            }
            installTarget.set(null);
            command = choice.server().get();
            status.set(command.kind().displayName() + " starting\u2026");
            background.run(() -> servers.acquire(project, command), this::attach, this::failed);
        }, this::failed);
    }

    /** Starts the server again after it stopped. */
    public void restart() {
        if (command == null || starting) {
            return;
        }
        detachSession();
        starting = true;
        stopped.set(false);
        status.set(command.kind().displayName() + " starting\u2026");
        background.run(() -> servers.restart(project, command), this::attach, this::failed);
    }

    /** Installs the offered server into the project's environment, then starts it. */
    public void install() {
        PythonEnvironment target = installTarget.get();
        if (target == null || installing.get()) {
            return;
        }
        installing.set(true);
        message.set("Installing " + ServerChoice.OFFERED.packageName() + " into " + target.getName() + "\u2026");
        background.run(() -> {
            servers.install(target, line -> UiThread.run(() -> message.set(line.strip())), Cancellation.none());
            return target;
        }, installed -> {
            installing.set(false);
            message.set(ServerChoice.OFFERED.packageName() + " installed into " + installed.getName() + ".");
            if (!documents.isEmpty()) {
                start();
            }
        }, error -> {
            installing.set(false);
            message.set("Installing " + ServerChoice.OFFERED.packageName() + " failed: " + error.getMessage());
        });
    }

    private void attach(LanguageSession started) {
        starting = false;
        if (documents.isEmpty()) {
            LanguageServers owner = servers; // every editor closed while it started; stopping it takes seconds
            background.run(() -> owner.release(project), error -> { });
            return;
        }
        session = started;
        session.addStatusListener(statusListener);
        session.addDiagnosticsListener(diagnosticsListener);
        showStatus(session.status());
        documents.values().forEach(document -> session.open(document.file(), document.text().get()));
    }

    private void failed(Throwable error) {
        starting = false;
        stopped.set(command != null);
        status.set(command == null ? "No language server" : command.kind().displayName() + " stopped");
        message.set(error.getMessage());
    }

    private void showStatus(SessionStatus next) {
        status.set(next.text());
        stopped.set(next.state() == SessionStatus.State.STOPPED);
    }

    private void published(Path file, List<CodeProblem> problems) {
        Document document = documents.get(file);
        if (document != null) {
            document.tab().problems().put(io.kumo.code.lsp.LspConversions.SOURCE, problems);
        }
    }

    private void detachSession() {
        if (session != null) {
            session.removeStatusListener(statusListener);
            session.removeDiagnosticsListener(diagnosticsListener);
            session = null;
        }
    }

    /** The project's editors are gone: its server may stop. */
    public void release() {
        documents.clear();
        if (session != null) {
            detachSession();
            LanguageServers owner = servers;
            background.run(() -> owner.release(project), error -> { });
        }
    }
}
