package io.kumo.code.lsp;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.eclipse.lsp4j.ConfigurationParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.UnregistrationParams;
import org.eclipse.lsp4j.WorkDoneProgressCreateParams;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.services.LanguageClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Kumo's side of the conversation: diagnostics go to the session, the server's messages to the log, and the requests
 * servers make of every client (configuration, progress, dynamic registration) get harmless answers.
 */
final class SessionClient implements LanguageClient {

    private static final Logger LOG = LoggerFactory.getLogger(SessionClient.class);

    private final String serverName;
    private final WorkspaceFolder folder;
    private final Consumer<PublishDiagnosticsParams> diagnostics;

    SessionClient(String serverName, WorkspaceFolder folder, Consumer<PublishDiagnosticsParams> diagnostics) {
        this.serverName = serverName;
        this.folder = folder;
        this.diagnostics = diagnostics;
    }

    @Override
    public void publishDiagnostics(PublishDiagnosticsParams params) {
        diagnostics.accept(params);
    }

    @Override
    public void telemetryEvent(Object object) {
    }

    @Override
    public void showMessage(MessageParams message) {
        LOG.info("{}: {}", serverName, message.getMessage());
    }

    @Override
    public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams request) {
        LOG.info("{}: {}", serverName, request.getMessage());
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void logMessage(MessageParams message) {
        LOG.debug("{}: {}", serverName, message.getMessage());
    }

    /** No settings of our own: the server's defaults (and the project's pyproject.toml) apply. */
    @Override
    public CompletableFuture<List<Object>> configuration(ConfigurationParams params) {
        List<Object> answers = new ArrayList<>();
        params.getItems().forEach(item -> answers.add(null));
        return CompletableFuture.completedFuture(answers);
    }

    @Override
    public CompletableFuture<List<WorkspaceFolder>> workspaceFolders() {
        return CompletableFuture.completedFuture(List.of(folder));
    }

    @Override
    public CompletableFuture<Void> createProgress(WorkDoneProgressCreateParams params) {
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletableFuture<Void> registerCapability(RegistrationParams params) {
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletableFuture<Void> unregisterCapability(UnregistrationParams params) {
        return CompletableFuture.completedFuture(null);
    }
}
