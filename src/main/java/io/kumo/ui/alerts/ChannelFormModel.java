package io.kumo.ui.alerts;

import io.kumo.alerts.ChannelForms;
import io.kumo.alerts.ChannelKind;
import io.kumo.alerts.ChannelUrl;
import io.kumo.alerts.ChannelUrlException;
import io.kumo.alerts.service.ChannelService;
import io.kumo.alerts.service.ChannelView;
import io.kumo.ui.common.BackgroundExecutor;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

/**
 * The Add/Edit channel dialog's state: a name, the service, its form's fields (or a pasted URL), the URL they build shown
 * masked as it is typed, and the one inline error ({@link ChannelUrl#parse}'s or the service's). A secret of the channel
 * being edited is {@link ChannelUrl#MASK} until retyped, so the saved one is kept. The saved URL is read into fields
 * once; when the form cannot read it the dialog opens on the pasted URL. "Required" shows under a field once it was
 * edited or Save was pressed.
 */
public final class ChannelFormModel {

    private static final String NAME = " name"; // not a field key

    private final ChannelService channels;
    private final BackgroundExecutor background;
    private final ChannelView editing;
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<ChannelKind> kind = new SimpleObjectProperty<>(ChannelKind.MAILTO);
    private final BooleanProperty paste = new SimpleBooleanProperty();
    private final StringProperty pastedUrl = new SimpleStringProperty("");
    private final ObservableMap<String, String> values = FXCollections.observableHashMap();
    private final ReadOnlyStringWrapper masked = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ObservableMap<String, String> fieldErrors = FXCollections.observableHashMap();
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper();
    private final Set<String> touched = new HashSet<>();
    /** The edited channel's URL as fields; null when adding, or when the form cannot read it. */
    private final Map<String, String> savedFields;
    private boolean saveAsked;

    /** {@code editing} is null to add a channel. */
    public ChannelFormModel(ChannelService channels, BackgroundExecutor background, ChannelView editing) {
        this.channels = channels;
        this.background = background;
        this.editing = editing;
        if (editing != null) {
            name.set(editing.name());
            kind.set(editing.kind());
            pastedUrl.set(editing.maskedUrl());
            savedFields = readable(editing.maskedUrl());
            paste.set(savedFields == null);
        } else {
            savedFields = null;
        }
        name.addListener((property, old, now) -> {
            touched.add(NAME);
            update();
        });
        kind.subscribe(this::kindChanged);
        paste.subscribe(this::update);
        pastedUrl.subscribe(this::update);
        values.addListener((javafx.collections.MapChangeListener<String, String>) change -> update());
        update();
    }

    private static Map<String, String> readable(String maskedUrl) {
        try {
            return Map.copyOf(ChannelForms.fromUrl(maskedUrl));
        } catch (RuntimeException unreadable) {
            return null;
        }
    }

    /** True when the saved URL could not be read into the form's fields: it is shown as a URL to paste over. */
    public boolean unreadable() {
        return editing != null && savedFields == null;
    }

    public boolean isNew() {
        return editing == null;
    }

    /** A secret field that still holds the saved secret (shown empty, "kept unless retyped"). */
    public boolean keepsSecret(String key) {
        return ChannelUrl.MASK.equals(values.get(key));
    }

    public List<ChannelForms.Field> fields() {
        return ChannelForms.fields(kind.get());
    }

    /** Sets a field as typed; an empty secret field of an edited channel keeps the saved secret. */
    public void setValue(String key, String text) {
        boolean secret = fields().stream().anyMatch(field -> field.key().equals(key) && field.secret());
        boolean saved = savedFields != null && editing.kind() == kind.get() && secret && text.isEmpty()
                && savedFields.getOrDefault(key, "").equals(ChannelUrl.MASK);
        if (!text.equals(value(key))) { // a field shown with its value is not yet edited
            touched.add(key);
        }
        values.put(key, saved ? ChannelUrl.MASK : text);
    }

    public String value(String key) {
        String value = values.getOrDefault(key, "");
        return ChannelUrl.MASK.equals(value) ? "" : value;
    }

    /** The URL to save: the form's or the pasted one. @throws ChannelUrlException when it cannot be built */
    public String url() {
        return paste.get() ? pastedUrl.get().strip() : ChannelForms.toUrl(kind.get(), values);
    }

    public void save(Runnable onSaved) {
        saveAsked = true;
        update();
        if (!error.get().isEmpty() || !fieldErrors.isEmpty()) {
            return;
        }
        String url = url();
        String wanted = name.get().strip();
        saving.set(true);
        background.run(() -> editing == null ? channels.add(wanted, url, null)
                        : channels.updateConnection(editing.id(), wanted, url),
                saved -> {
                    saving.set(false);
                    onSaved.run();
                }, failure -> {
                    saving.set(false);
                    error.set(Objects.requireNonNullElse(failure.getMessage(), failure.getClass().getSimpleName()));
                });
    }

    private void kindChanged(ChannelKind now) {
        if (savedFields != null && now == editing.kind()) {
            values.clear();
            values.putAll(savedFields);
        } else {
            values.clear();
        }
        update();
    }

    private void update() {
        Map<String, String> missing = new HashMap<>();
        if (!paste.get()) {
            for (ChannelForms.Field field : fields()) {
                if (field.required() && values.getOrDefault(field.key(), "").isBlank()
                        && !(ChannelForms.fields(kind.get()).stream().anyMatch(f -> f.key().equals("webhook"))
                        && !values.getOrDefault("webhook", "").isBlank())) {
                    missing.put(field.key(), saveAsked || touched.contains(field.key()) || editing != null ? "Required" : "");
                }
            }
        }
        boolean notYetSaid = missing.containsValue(""); // a required field no one edited yet: its URL error waits too
        missing.values().removeIf(String::isEmpty);
        fieldErrors.keySet().retainAll(missing.keySet());
        fieldErrors.putAll(missing);
        String problem = "";
        String shown = "";
        try {
            if (name.get().isBlank() && (saveAsked || touched.contains(NAME))) {
                problem = "Give the channel a name";
            }
            String url = url();
            shown = ChannelForms.maskedUrl(url);
            if (!url.contains(ChannelUrl.MASK)) {
                ChannelUrl.parse(url);
            }
        } catch (ChannelUrlException bad) {
            problem = (missing.isEmpty() && !notYetSaid) || paste.get() ? bad.getMessage() : problem;
        } catch (RuntimeException unreadable) {
            problem = "Cannot read this URL: " + unreadable.getMessage();
        }
        masked.set(shown);
        if (!saving.get()) {
            error.set(problem);
        }
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<ChannelKind> kindProperty() {
        return kind;
    }

    public BooleanProperty pasteProperty() {
        return paste;
    }

    public StringProperty pastedUrlProperty() {
        return pastedUrl;
    }

    public ReadOnlyStringProperty maskedProperty() {
        return masked.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ObservableMap<String, String> fieldErrors() {
        return fieldErrors;
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }
}
