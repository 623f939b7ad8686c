package io.kumo.ui.environments;

import io.kumo.common.ValidationException;
import io.kumo.python.Cancellation;
import io.kumo.python.ToolFailedException;
import io.kumo.python.ToolOutput;
import io.kumo.ui.common.BackgroundExecutor;
import io.kumo.ui.common.DialogService;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The one long operation the pane runs at a time (creating an environment, installing packages...): runs it on the
 * background executor with the console as its output, offers a cancel, and reports how it ended: in the status
 * line, in the console, and for failures in an error dialog.
 */
public final class OperationModel {

    /** How the last operation ended. */
    public enum Outcome { NONE, RUNNING, SUCCEEDED, PROBLEM, FAILED, CANCELLED }

    /** The work, run off the FX thread. */
    @FunctionalInterface
    public interface Work<T> {
        T run(ToolOutput output, Cancellation cancellation) throws Exception;
    }

    /** What a finished operation says in the status line; {@code good} false shows it as a problem. */
    public record Done(boolean good, String message) {
        public static Done ok(String message) {
            return new Done(true, message);
        }

        public static Done problem(String message) {
            return new Done(false, message);
        }
    }

    private final BackgroundExecutor background;
    private final DialogService dialogs;
    private final ConsoleModel console;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper cancellable = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Outcome> outcome = new ReadOnlyObjectWrapper<>(Outcome.NONE);
    private Cancellation cancellation;

    public OperationModel(BackgroundExecutor background, DialogService dialogs, ConsoleModel console) {
        this.background = background;
        this.dialogs = dialogs;
        this.console = console;
    }

    /**
     * Starts {@code work} unless another operation runs (the actions are disabled then).
     *
     * @param title      what it does, "Install requests in 'demo'"; also heads its error dialog
     * @param onSuccess  on the FX thread with the result: the status to show
     * @param afterwards on the FX thread after success or failure (reloading what it may have changed)
     */
    public <T> void start(String title, boolean canCancel, Work<T> work, Function<? super T, Done> onSuccess,
                          Runnable afterwards) {
        if (running.get()) {
            return;
        }
        Cancellation current = new Cancellation();
        cancellation = current;
        running.set(true);
        cancellable.set(canCancel);
        outcome.set(Outcome.RUNNING);
        status.set(title + "…");
        console.note("--- " + title + " ---");
        long started = System.nanoTime();
        ToolOutput output = console.sink();
        background.run(() -> work.run(output, current), result -> {
            end();
            Done done = onSuccess.apply(result);
            console.note("--- " + (done.good() ? "done" : "finished") + " in " + seconds(started) + " ---");
            status.set(done.message());
            outcome.set(done.good() ? Outcome.SUCCEEDED : Outcome.PROBLEM);
            afterwards.run();
        }, error -> {
            end();
            fail(title, error);
            afterwards.run();
        });
    }

    public void cancel() {
        Cancellation current = cancellation;
        if (current != null && running.get()) {
            status.set("Cancelling…");
            current.cancel();
        }
    }

    private void end() {
        console.flush();
        running.set(false);
        cancellable.set(false);
        cancellation = null;
    }

    private void fail(String title, Throwable error) {
        if (error instanceof Cancellation.CancelledException) {
            console.note("--- cancelled ---");
            status.set("Cancelled: " + title);
            outcome.set(Outcome.CANCELLED);
            return;
        }
        String message = error.getMessage() == null ? error.toString() : error.getMessage();
        String where = error instanceof ToolFailedException failed
                ? failed.logFile().map(log -> " (whole output in " + log + ")").orElse("") : "";
        console.note("--- failed: " + firstLine(message) + where + " ---");
        status.set(firstLine(message) + where);
        outcome.set(Outcome.FAILED);
        String header = error instanceof ValidationException || error instanceof ToolFailedException
                ? "Could not " + lowerFirst(title) : "Something went wrong: " + lowerFirst(title);
        dialogs.showError(header, error);
    }

    private static String seconds(long startedNanos) {
        return String.format(Locale.ROOT, "%.1f s", (System.nanoTime() - startedNanos) / 1e9);
    }

    private static String firstLine(String text) {
        return text.lines().findFirst().orElse(text);
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    public ReadOnlyBooleanProperty runningProperty() { return running.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty cancellableProperty() { return cancellable.getReadOnlyProperty(); }
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Outcome> outcomeProperty() { return outcome.getReadOnlyProperty(); }
}
