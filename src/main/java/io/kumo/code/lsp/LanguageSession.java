package io.kumo.code.lsp;

import io.kumo.code.CodeProblem;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CompletionCapabilities;
import org.eclipse.lsp4j.CompletionItemCapabilities;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionCapabilities;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.HoverCapabilities;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsCapabilities;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.SynchronizationCapabilities;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One running language server for one project: a real process spoken to over stdio. Every message leaves through one
 * named thread, in order, after initialization; edits are sent debounced (full text), and a request first sends the
 * edit still waiting for its file. A server that dies, fails or never answers turns the status to STOPPED and every
 * process it started is ended with it; closing asks it to shut down first. The processes it starts are remembered
 * while it runs, because once it is gone its children are no longer its descendants.
 */
public final class LanguageSession implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LanguageSession.class);
    /** pyright's first start downloads its JavaScript part from npm. */
    static final Duration START_TIMEOUT = Duration.ofMinutes(3);
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    static final Duration DEBOUNCE = Duration.ofMillis(300);
    private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(3);

    private record PendingChange(String text, ScheduledFuture<?> send) {
    }

    private final LanguageServerCommand command;
    private final Path root;
    private final Process process;
    private final Duration startTimeout;
    /** Every process the server started that was seen while it ran. */
    private final Set<ProcessHandle> started = ConcurrentHashMap.newKeySet();
    private final LanguageServer server;
    private final ScheduledExecutorService outbox;
    private final ExecutorService inbox;
    private final Map<String, Integer> versions = new ConcurrentHashMap<>();
    private final Map<String, PendingChange> pending = new ConcurrentHashMap<>();
    private final Map<Path, List<CodeProblem>> diagnostics = new ConcurrentHashMap<>();
    private final List<Consumer<SessionStatus>> statusListeners = new CopyOnWriteArrayList<>();
    private final List<BiConsumer<Path, List<CodeProblem>>> diagnosticListeners = new CopyOnWriteArrayList<>();
    private final AtomicBoolean closing = new AtomicBoolean();
    /** Set once Kumo ends the processes itself, so their exit is not reported as a crash. */
    private volatile boolean ending;
    private volatile SessionStatus status;

    private LanguageSession(LanguageServerCommand command, Path root, Process process, Duration startTimeout) {
        this.command = command;
        this.root = root;
        this.process = process;
        this.startTimeout = startTimeout;
        String name = command.kind().displayName();
        this.status = new SessionStatus(SessionStatus.State.STARTING, name + " starting\u2026");
        AtomicInteger threads = new AtomicInteger();
        this.outbox = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("kumo-lsp-out-" + name).factory());
        this.inbox = Executors.newCachedThreadPool(runnable -> Thread.ofPlatform().daemon()
                .name("kumo-lsp-in-" + name + "-" + threads.incrementAndGet()).unstarted(runnable));
        WorkspaceFolder folder = new WorkspaceFolder(LspConversions.uri(root), root.getFileName() == null ? "project" : root.getFileName().toString());
        SessionClient client = new SessionClient(name, folder, this::published);
        Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(client, process.getInputStream(),
                process.getOutputStream(), inbox, null);
        this.server = launcher.getRemoteProxy();
        launcher.startListening();
        Thread.ofVirtual().name("kumo-lsp-stderr-" + name).start(this::drainStderr);
        process.onExit().thenRun(this::exited);
        outbox.execute(() -> initialize(folder));
    }

    /** Starts the server in the project's folder; it answers once {@link #status()} is READY. */
    public static LanguageSession start(LanguageServerCommand command, Path root) throws IOException {
        return start(command, root, START_TIMEOUT);
    }

    /** As {@link #start(LanguageServerCommand, Path)}, giving up on a server that has not answered within {@code startTimeout}. */
    static LanguageSession start(LanguageServerCommand command, Path root, Duration startTimeout) throws IOException {
        Process process = new ProcessBuilder(command.argv()).directory(root.toFile()).start();
        return new LanguageSession(command, root, process, startTimeout);
    }

    public LanguageServerKind kind() {
        return command.kind();
    }

    public Path root() {
        return root;
    }

    public SessionStatus status() {
        return status;
    }

    /** The server's process and every process it started, for checks that none outlive the session. */
    public Set<ProcessHandle> processes() {
        remember();
        Set<ProcessHandle> all = new java.util.HashSet<>(started);
        all.add(process.toHandle());
        return all;
    }

    /** Notes the processes the server runs now; they are ended with it even if it exits first. */
    private void remember() {
        process.descendants().forEach(started::add);
    }

    public void addStatusListener(Consumer<SessionStatus> listener) {
        statusListeners.add(listener);
    }

    public void removeStatusListener(Consumer<SessionStatus> listener) {
        statusListeners.remove(listener);
    }

    public void addDiagnosticsListener(BiConsumer<Path, List<CodeProblem>> listener) {
        diagnosticListeners.add(listener);
    }

    public void removeDiagnosticsListener(BiConsumer<Path, List<CodeProblem>> listener) {
        diagnosticListeners.remove(listener);
    }

    /** The latest diagnostics the server published for a file. */
    public List<CodeProblem> diagnostics(Path file) {
        return diagnostics.getOrDefault(file.toAbsolutePath().normalize(), List.of());
    }

    public void open(Path file, String text) {
        String uri = LspConversions.uri(file);
        versions.put(uri, 1);
        send(() -> server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "python", 1, text))));
    }

    /** The file's whole new text, sent once typing pauses. */
    public void change(Path file, String text) {
        String uri = LspConversions.uri(file);
        if (closing.get() || !versions.containsKey(uri)) {
            return;
        }
        pending.compute(uri, (key, old) -> {
            if (old != null) {
                old.send().cancel(false);
            }
            return new PendingChange(text, outbox.schedule(() -> flush(uri), DEBOUNCE.toMillis(), TimeUnit.MILLISECONDS));
        });
    }

    public void save(Path file, String text) {
        String uri = LspConversions.uri(file);
        send(() -> {
            flush(uri);
            server.getTextDocumentService().didSave(new DidSaveTextDocumentParams(new TextDocumentIdentifier(uri), text));
        });
    }

    public void close(Path file) {
        String uri = LspConversions.uri(file);
        PendingChange waiting = pending.remove(uri);
        if (waiting != null) {
            waiting.send().cancel(false);
        }
        if (versions.remove(uri) != null) {
            send(() -> server.getTextDocumentService().didClose(new DidCloseTextDocumentParams(new TextDocumentIdentifier(uri))));
        }
        diagnostics.remove(file.toAbsolutePath().normalize());
    }

    /** Proposals at a 0-based line and column; none while the server is not answering. */
    public CompletableFuture<List<Completion>> completion(Path file, int line, int column) {
        String uri = LspConversions.uri(file);
        return request(uri, () -> server.getTextDocumentService()
                .completion(new CompletionParams(new TextDocumentIdentifier(uri), new Position(line, column)))
                .thenApply(LspConversions::completions), List.of());
    }

    /** The signature and docs of the name at a 0-based line and column; empty when there are none. */
    public CompletableFuture<String> hover(Path file, int line, int column) {
        String uri = LspConversions.uri(file);
        return request(uri, () -> server.getTextDocumentService()
                .hover(new HoverParams(new TextDocumentIdentifier(uri), new Position(line, column)))
                .thenApply(LspConversions::hoverText), "");
    }

    public CompletableFuture<Optional<DefinitionTarget>> definition(Path file, int line, int column) {
        String uri = LspConversions.uri(file);
        return request(uri, () -> server.getTextDocumentService()
                .definition(new DefinitionParams(new TextDocumentIdentifier(uri), new Position(line, column)))
                .thenApply(LspConversions::definition), Optional.empty());
    }

    private <T> CompletableFuture<T> request(String uri, java.util.function.Supplier<CompletableFuture<T>> call, T none) {
        if (!status.ready()) {
            return CompletableFuture.completedFuture(none);
        }
        return CompletableFuture.runAsync(() -> flush(uri), outbox)
                .thenCompose(ignored -> call.get())
                .orTimeout(REQUEST_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Sends the edit still waiting for {@code uri}, if any; runs on the outbox thread. */
    private void flush(String uri) {
        PendingChange waiting = pending.remove(uri);
        if (waiting == null || !versions.containsKey(uri)) {
            return;
        }
        waiting.send().cancel(false);
        int version = versions.merge(uri, 1, Integer::sum);
        server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, version),
                List.of(new TextDocumentContentChangeEvent(waiting.text()))));
    }

    private void send(Runnable message) {
        if (closing.get()) {
            return;
        }
        try {
            outbox.execute(() -> {
                if (status.ready()) {
                    message.run();
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException closed) {
            // the session is closing; nothing more goes out
        }
    }

    /** Runs first on the outbox thread, so nothing else leaves before the server is initialized. */
    private void initialize(WorkspaceFolder folder) {
        InitializeParams params = new InitializeParams();
        params.setProcessId((int) ProcessHandle.current().pid());
        params.setRootUri(folder.getUri());
        params.setWorkspaceFolders(List.of(folder));
        params.setClientInfo(new org.eclipse.lsp4j.ClientInfo("Kumo"));
        params.setCapabilities(capabilities());
        try {
            InitializeResult result = server.initialize(params).get(startTimeout.toMillis(), TimeUnit.MILLISECONDS);
            remember(); // the server answered, so whatever it needed to (node, for pyright) runs now
            server.initialized(new InitializedParams());
            String version = result.getServerInfo() == null || result.getServerInfo().getVersion() == null
                    ? "" : result.getServerInfo().getVersion();
            setStatus(new SessionStatus(SessionStatus.State.READY, version.isEmpty() ? command.describe()
                    : command.kind().displayName() + " " + version));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.TimeoutException e) {
            if (!closing.get()) {
                LOG.warn("{} did not answer within {}", command.kind().displayName(), startTimeout);
                terminate();
                setStatus(new SessionStatus(SessionStatus.State.STOPPED, command.kind().displayName() + " did not answer; restart it"));
            }
        } catch (Exception e) {
            if (!closing.get()) {
                LOG.warn("{} failed to start", command.kind().displayName(), e);
                terminate();
                setStatus(new SessionStatus(SessionStatus.State.STOPPED, command.kind().displayName() + " failed to start: "
                        + rootMessage(e)));
            }
        }
    }

    private static String rootMessage(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }

    private static ClientCapabilities capabilities() {
        TextDocumentClientCapabilities text = new TextDocumentClientCapabilities();
        text.setSynchronization(new SynchronizationCapabilities(false, false, true));
        CompletionCapabilities completion = new CompletionCapabilities(new CompletionItemCapabilities(false));
        text.setCompletion(completion);
        text.setHover(new HoverCapabilities(List.of("plaintext", "markdown"), false));
        text.setDefinition(new DefinitionCapabilities(false));
        text.setPublishDiagnostics(new PublishDiagnosticsCapabilities(false));
        WorkspaceClientCapabilities workspace = new WorkspaceClientCapabilities();
        workspace.setConfiguration(true);
        workspace.setWorkspaceFolders(true);
        ClientCapabilities capabilities = new ClientCapabilities();
        capabilities.setTextDocument(text);
        capabilities.setWorkspace(workspace);
        return capabilities;
    }

    private void published(PublishDiagnosticsParams params) {
        Path file;
        try {
            file = LspConversions.path(params.getUri());
        } catch (RuntimeException notAFile) {
            return;
        }
        if (!versions.containsKey(LspConversions.uri(file))) {
            return; // a file no editor shows (pyright checks the whole workspace when asked to)
        }
        List<CodeProblem> problems = LspConversions.problems(params.getDiagnostics());
        diagnostics.put(file, problems);
        diagnosticListeners.forEach(listener -> listener.accept(file, problems));
    }

    /** The server's process ended: unless Kumo ended it, it crashed, and what it started is ended too. */
    private void exited() {
        if (closing.get() || ending) {
            return;
        }
        LOG.warn("{} exited with code {}", command.kind().displayName(), process.exitValue());
        setStatus(new SessionStatus(SessionStatus.State.STOPPED,
                command.kind().displayName() + " stopped (exit code " + process.exitValue() + "); restart it"));
        if (started.stream().anyMatch(ProcessHandle::isAlive)) {
            Thread.ofVirtual().name("kumo-lsp-end-" + command.kind().displayName()).start(this::terminate);
        }
    }

    private void setStatus(SessionStatus next) {
        status = next;
        statusListeners.forEach(listener -> listener.accept(next));
    }

    private void drainStderr() {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                LOG.info("{}: {}", command.kind().displayName(), line);
            }
        } catch (IOException ended) {
            // the process is gone
        }
    }

    /**
     * Asks the server to shut down, then ends it and everything it started; idempotent. Blocks for up to three grace
     * periods (shutdown, exit, forced end), so it belongs on a background thread.
     */
    @Override
    public void close() {
        if (!closing.compareAndSet(false, true)) {
            return;
        }
        remember();
        boolean asked = false;
        try {
            if (status.ready() && process.isAlive()) {
                server.shutdown().get(SHUTDOWN_GRACE.toMillis(), TimeUnit.MILLISECONDS);
                remember();
                server.exit();
                asked = true;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            LOG.debug("{} did not shut down cleanly", command.kind().displayName(), e);
        }
        if (asked) {
            awaitExit(everything()); // a server that was asked to exit gets the grace period to do it itself
        }
        terminate();
        outbox.shutdownNow();
        inbox.shutdownNow();
        setStatus(new SessionStatus(SessionStatus.State.STOPPED, command.kind().displayName() + " stopped"));
    }

    /** The server's process and every process it was seen to start. */
    private Set<ProcessHandle> everything() {
        Set<ProcessHandle> all = new java.util.HashSet<>(started);
        all.add(process.toHandle());
        return all;
    }

    /**
     * Ends the server and every process it started, all at once: first politely, then by force after the grace period.
     * Its descendants are taken before anything is ended, since they stop being its descendants when it dies.
     */
    private void terminate() {
        ending = true;
        remember();
        Set<ProcessHandle> all = everything();
        all.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroy);
        if (!awaitExit(all)) {
            all.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
            if (!awaitExit(all)) {
                LOG.warn("{}: some of its processes did not end: {}", command.kind().displayName(),
                        all.stream().filter(ProcessHandle::isAlive).map(ProcessHandle::pid).toList());
            }
        }
    }

    /** Waits up to the grace period for all of them to end, together; true when they did. */
    private static boolean awaitExit(Set<ProcessHandle> handles) {
        CompletableFuture<?>[] exits = handles.stream().map(ProcessHandle::onExit).toArray(CompletableFuture[]::new);
        try {
            CompletableFuture.allOf(exits).get(SHUTDOWN_GRACE.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            return handles.stream().noneMatch(ProcessHandle::isAlive);
        }
    }
}
