package io.kumo.ui.settings;

import io.kumo.api.ApiState;
import io.kumo.common.Observable;
import io.kumo.ui.common.FxBindings;
import io.kumo.ui.common.LinkOpener;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableStringValue;

/**
 * Whether the REST API listens, as the section's status line says it, the URL to copy and the docs to open; and the
 * hint that an address other computers can reach wants a certificate. The server itself restarts on saved settings.
 */
public final class ApiServerModel {

    static final String DOCS_PATH = "/api/v1/docs";

    private final Observable<ApiState> source;
    private final LinkOpener browser;
    private final ObjectProperty<ApiState> state = new SimpleObjectProperty<>(ApiState.OFF);
    private final StatusLine status = new StatusLine();
    private final StatusLine notice = new StatusLine();
    private final ReadOnlyStringWrapper url = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper addressHint = new ReadOnlyStringWrapper("");
    private Observable.Pin pin;

    ApiServerModel(Observable<ApiState> source, LinkOpener browser, ObservableStringValue address,
                   ObservableStringValue certificate) {
        this.source = source;
        this.browser = browser;
        state.subscribe(this::show);
        address.subscribe(typed -> addressHint.set(hint(typed, certificate.get())));
        certificate.subscribe(typed -> addressHint.set(hint(address.get(), typed)));
    }

    /** Follows the server's state until {@link #deactivate()}. */
    public void activate() {
        if (pin == null) {
            pin = FxBindings.bind(source, state, current -> current);
        }
    }

    public void deactivate() {
        if (pin != null) {
            pin.close();
            pin = null;
        }
    }

    private void show(ApiState current) {
        url.set(current.phase() == ApiState.Phase.LISTENING ? current.url().orElse("") : "");
        notice.clear();
        switch (current.phase()) {
            case OFF -> status.info("Off");
            case STARTING -> status.info("Starting…");
            case LISTENING -> status.good("Listening on " + url.get() + current.error().map(note -> " (" + note + ")").orElse(""));
            case FAILED -> status.bad("Could not start: " + current.error().orElse("unknown error"));
        }
    }

    private static String hint(String address, String certificate) {
        try {
            boolean reachable = !io.kumo.api.ApiAddress.parse(address).isLoopback();
            return reachable && (certificate == null || certificate.isBlank())
                    ? "Other computers can reach this address: give a TLS certificate and key, so that tokens do not "
                    + "travel in clear text" : "";
        } catch (io.kumo.common.ValidationException notAnAddress) {
            return ""; // the field's own error says what is wrong
        }
    }

    /** Where a path of the API is reached: the full URL while listening, else the path alone. */
    public String urlOf(String path) {
        return url.get().isEmpty() ? path : url.get() + path;
    }

    public void openDocs() {
        String docs = urlOf(DOCS_PATH);
        if (!url.get().isEmpty()) {
            browser.open(docs, () -> notice.info("This system cannot open links from Kumo: open " + docs + " in a browser"));
        }
    }

    public StatusLine status() { return status; }
    /** Why the docs did not open, when they could not. */
    public StatusLine notice() { return notice; }
    /** The URL the API listens on; empty when it does not. */
    public ReadOnlyStringProperty urlProperty() { return url.getReadOnlyProperty(); }
    public ReadOnlyStringProperty addressHintProperty() { return addressHint.getReadOnlyProperty(); }
}
