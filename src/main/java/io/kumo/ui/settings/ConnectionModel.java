package io.kumo.ui.settings;

import io.kumo.cluster.ConnectionSettings;
import io.kumo.cluster.NodeLabels;
import io.kumo.cluster.service.ConnectionCheck;
import io.kumo.common.ValidationException;
import io.kumo.ui.common.BackgroundExecutor;
import io.kumo.ui.common.DialogService;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Settings → Connection: what this Kumo works on now, and the form that saves a connection to a cluster's PostgreSQL
 * for the next start (URL, user, password, node name, labels, whether this computer runs tasks). Fields are checked as
 * typed; the connection is tried, saved and forgotten on the background executor. The saved file is read once, when
 * the section is first shown, so that coming back to the page keeps what was typed.
 */
public final class ConnectionModel {

    static final String NEXT_START = "quit Kumo (Ctrl+Q) and start it again";

    private final ConnectionServices services;
    private final BackgroundExecutor background;
    private final DialogService dialogs;
    private final StringProperty url = new SimpleStringProperty("");
    private final StringProperty user = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty nodeName = new SimpleStringProperty("");
    private final StringProperty labels = new SimpleStringProperty("");
    private final BooleanProperty runsTasks = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper urlError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper nodeNameError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper labelsError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper override = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper saved = new ReadOnlyBooleanWrapper();
    private final StatusLine testResult = new StatusLine();
    private final StatusLine status = new StatusLine();
    private final BooleanBinding valid;
    private final BooleanBinding testable;
    private boolean loaded;

    public ConnectionModel(ConnectionServices services, BackgroundExecutor background, DialogService dialogs) {
        this.services = services;
        this.background = background;
        this.dialogs = dialogs;
        // an empty URL is not yet an error to show; it only keeps Test and Save disabled
        url.subscribe(typed -> urlError.set(typed == null || typed.isBlank() ? "" : problem(() -> {
            ConnectionCheck.validate(typed, null, null);
            return null;
        })));
        nodeName.subscribe(typed -> nodeNameError.set(problem(() -> ConnectionCheck.nodeName(typed))));
        labels.subscribe(typed -> labelsError.set(problem(() -> NodeLabels.parse(typed))));
        url.addListener((obs, old, now) -> testResult.clear());
        valid = Bindings.createBooleanBinding(() -> !url.get().isBlank() && urlError.get().isEmpty()
                && nodeNameError.get().isEmpty() && labelsError.get().isEmpty(), url, urlError, nodeNameError, labelsError);
        testable = Bindings.createBooleanBinding(() -> !url.get().isBlank() && urlError.get().isEmpty(), url, urlError);
    }

    private static String problem(Supplier<?> check) {
        try {
            check.get();
            return "";
        } catch (ValidationException e) {
            return capitalized(e.getMessage());
        }
    }

    /** The first time the section shows: fills the form from the saved connection, if there is one. */
    public void activate() {
        if (loaded) {
            return;
        }
        loaded = true;
        background.run(() -> services.file().load(), this::fill,
                error -> status.bad("Could not read the saved connection: " + oneLine(error)));
    }

    private void fill(Optional<ConnectionSettings> stored) {
        saved.set(stored.isPresent());
        stored.ifPresent(settings -> {
            url.set(settings.url());
            user.set(orEmpty(settings.user()));
            password.set(orEmpty(settings.password()));
            nodeName.set(orEmpty(settings.nodeName()));
            labels.set(String.join(", ", new java.util.TreeSet<>(settings.labels())));
            runsTasks.set(settings.runsTasks());
        });
        String current = services.currentUrl();
        if (stored.isPresent() && !stored.get().url().equals(current)) {
            override.set(current == null
                    ? "The saved connection is not in use yet: Kumo started on its embedded database. " + capitalized(NEXT_START) + "."
                    : "Kumo works on " + current + ": --db-url or KUMO_DB_URL win over the saved connection.");
        } else if (stored.isEmpty() && current != null) {
            override.set("Kumo was started with --db-url or KUMO_DB_URL. What you save here is used by starts without them.");
        }
    }

    /** Tries the typed connection; the result (or the error, in one line) shows under the buttons. */
    public void test() {
        if (!testable.get() || busy.get()) {
            return;
        }
        String typedUrl = url.get();
        String typedUser = user.get();
        String typedPassword = password.get();
        busy.set(true);
        testResult.info("Connecting…");
        background.run(() -> services.check().check(typedUrl, typedUser, typedPassword), result -> {
            busy.set(false);
            testResult.good(result.describe());
        }, error -> {
            busy.set(false);
            testResult.bad("Could not connect: " + oneLine(error));
        });
    }

    /** Saves the connection for the next start. */
    public void save() {
        if (!valid.get() || busy.get()) {
            status.bad("Not saved: " + firstError());
            return;
        }
        ConnectionSettings settings = settings();
        busy.set(true);
        background.run(() -> {
            services.file().save(settings);
            return settings;
        }, done -> {
            busy.set(false);
            saved.set(true);
            override.set("");
            status.good("Saved. Kumo connects to the cluster at its next start: " + NEXT_START + ".");
        }, error -> {
            busy.set(false);
            status.bad("Could not save the connection: " + oneLine(error));
        });
    }

    /** After asking: deletes the saved connection, so that the next start works on the embedded database again. */
    public void forget() {
        if (busy.get() || !dialogs.confirm("Forget the connection?", "From its next start Kumo works on this computer's "
                + "embedded database again. The cluster's data stays on its server.", "Forget")) {
            return;
        }
        busy.set(true);
        background.run(() -> {
            services.file().clear();
            return null;
        }, done -> {
            busy.set(false);
            saved.set(false);
            override.set("");
            url.set("");
            user.set("");
            password.set("");
            nodeName.set("");
            labels.set("");
            runsTasks.set(false);
            testResult.clear();
            status.good("Forgotten. Kumo works on its embedded database from its next start: " + NEXT_START + ".");
        }, error -> {
            busy.set(false);
            status.bad("Could not forget the connection: " + oneLine(error));
        });
    }

    ConnectionSettings settings() {
        Set<String> parsed = NodeLabels.parse(labels.get());
        return new ConnectionSettings(url.get().strip(), blankToNull(user.get()), emptyToNull(password.get()),
                ConnectionCheck.nodeName(nodeName.get()), parsed, runsTasks.get());
    }

    private String firstError() {
        return java.util.stream.Stream.of(urlError.get(), nodeNameError.get(), labelsError.get())
                .filter(message -> !message.isEmpty()).findFirst()
                .orElse(url.get().isBlank() ? "enter the database URL" : "wait for the connection test to finish");
    }

    /** A driver's message can span lines (a hint under the reason): the first line says it. */
    static String oneLine(Throwable error) {
        Throwable shown = error;
        while (shown.getMessage() == null && shown.getCause() != null) {
            shown = shown.getCause();
        }
        String message = shown.getMessage() == null ? shown.toString() : shown.getMessage();
        return message.strip().lines().findFirst().orElse(message);
    }

    private static String capitalized(String message) {
        return message == null || message.isEmpty() ? "" : Character.toUpperCase(message.charAt(0)) + message.substring(1);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    /** What this Kumo works on now: "Embedded database in …" or "PostgreSQL … as node …". */
    public String current() { return services.current(); }
    /** The host name, the node's name when none is given. */
    public String hostName() { return services.hostName(); }
    public StringProperty urlProperty() { return url; }
    public StringProperty userProperty() { return user; }
    public StringProperty passwordProperty() { return password; }
    public StringProperty nodeNameProperty() { return nodeName; }
    public StringProperty labelsProperty() { return labels; }
    /** Off by default: a desktop usually controls the cluster and leaves the runs to servers. */
    public BooleanProperty runsTasksProperty() { return runsTasks; }
    public ReadOnlyStringProperty urlErrorProperty() { return urlError.getReadOnlyProperty(); }
    public ReadOnlyStringProperty nodeNameErrorProperty() { return nodeNameError.getReadOnlyProperty(); }
    public ReadOnlyStringProperty labelsErrorProperty() { return labelsError.getReadOnlyProperty(); }
    /** Why the saved connection is not what Kumo works on now; empty when it is. */
    public ReadOnlyStringProperty overrideProperty() { return override.getReadOnlyProperty(); }
    /** Whether everything typed can be saved. */
    public BooleanBinding validProperty() { return valid; }
    /** Whether the URL can be tried. */
    public BooleanBinding testableProperty() { return testable; }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    /** Whether a connection is saved (Forget has something to forget). */
    public ReadOnlyBooleanProperty savedProperty() { return saved.getReadOnlyProperty(); }
    /** What Test connection found. */
    public StatusLine testResult() { return testResult; }
    /** What Save or Forget did. */
    public StatusLine status() { return status; }
}
