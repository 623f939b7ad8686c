package io.kumo.ui.alerts;

import io.kumo.alerts.AlertMessage;
import io.kumo.alerts.AlertTemplate;
import io.kumo.alerts.EventKind;
import io.kumo.alerts.Rendering;
import io.kumo.alerts.Templates;
import io.kumo.alerts.service.ChannelView;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The selected channel's subject and body template, and its live preview for a chosen event: rendered by the service
 * off the FX thread, the newest edit winning, the body's Markdown turned into HTML for the preview.
 */
public final class TemplateViewModel {

    private final ChannelsViewModel channels;
    private final StringProperty subject = new SimpleStringProperty("");
    private final StringProperty body = new SimpleStringProperty("");
    private final ObjectProperty<EventKind> event = new SimpleObjectProperty<>(EventKind.FAILURE);
    private final ReadOnlyStringWrapper previewSubject = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper previewHtml = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final NewestWins previews;
    private ChannelView shown;

    public TemplateViewModel(ChannelsViewModel channels) {
        this.channels = channels;
        this.previews = new NewestWins(channels.background());
        channels.selectedProperty().subscribe(item -> show(item == null ? null : item.view()));
        subject.subscribe(this::preview);
        body.subscribe(this::preview);
        event.subscribe(this::preview);
    }

    private void show(ChannelView view) {
        if (view != null && shown != null && view.id() == shown.id()) {
            shown = view; // a refresh of the same channel keeps what is being typed
            return;
        }
        shown = view;
        AlertTemplate template = view == null || view.template() == null ? Templates.DEFAULT : view.template();
        subject.set(template.subject() == null ? Templates.DEFAULT.subject() : template.subject());
        body.set(template.body() == null ? Templates.DEFAULT.body() : template.body());
        message.set("");
        preview();
    }

    /** Puts {@code {{name}}} where the caret is ({@code at} in the body, or its end when negative). */
    public int insert(String variable, int at) {
        String text = body.get();
        int where = at < 0 || at > text.length() ? text.length() : at;
        String token = "{{" + variable + "}}";
        body.set(text.substring(0, where) + token + text.substring(where));
        return where + token.length();
    }

    public void resetToDefault() {
        subject.set(Templates.DEFAULT.subject());
        body.set(Templates.DEFAULT.body());
    }

    public void save() {
        ChannelView view = shown;
        if (view == null) {
            return;
        }
        AlertTemplate template = new AlertTemplate(subject.get(), body.get());
        channels.background().run(() -> channels.services().channels().setTemplate(view.id(),
                template.equals(Templates.DEFAULT) ? null : template), saved -> {
                    message.set("Saved");
                    channels.refresh();
                }, error -> message.set(error.getMessage()));
    }

    private void preview() {
        ChannelView view = shown;
        if (view == null) {
            previews.cancel();
            previewSubject.set("");
            previewHtml.set("");
            return;
        }
        AlertTemplate template = new AlertTemplate(subject.get(), body.get());
        EventKind sample = event.get(); // read here, on the FX thread
        previews.run(() -> {
            String problem = Templates.problem(template).orElse(null);
            if (problem != null) {
                return new Preview(null, null, problem);
            }
            AlertMessage message = channels.services().channels().preview(template, view.kind(), sample);
            return new Preview(message.subject(), Rendering.html(message.markdown()), "");
        }, preview -> {
            message.set(preview.problem());
            if (preview.problem().isEmpty()) {
                previewSubject.set(preview.subject());
                previewHtml.set(preview.html());
            }
        }, error -> message.set("No preview: " + error.getMessage()));
    }

    private record Preview(String subject, String html, String problem) {
    }

    public StringProperty subjectProperty() {
        return subject;
    }

    public StringProperty bodyProperty() {
        return body;
    }

    public ObjectProperty<EventKind> eventProperty() {
        return event;
    }

    public ReadOnlyStringProperty previewSubjectProperty() {
        return previewSubject.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty previewHtmlProperty() {
        return previewHtml.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
