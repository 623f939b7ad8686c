package io.kumo.ui.alerts;

import io.kumo.alerts.AlertRule;
import io.kumo.alerts.QuietHours;
import io.kumo.alerts.service.ChannelEdit;
import io.kumo.alerts.service.ChannelView;
import io.kumo.common.ValidationException;
import io.kumo.ui.common.BackgroundExecutor;
import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The selected channel's rules, quiet hours and per-minute limit as edited; Save replaces the rules and sets the rest.
 * What is wrong is said in {@link #messageProperty()}, inline.
 */
public final class RulesViewModel {

    private final ChannelsViewModel channels;
    private final ObservableList<RuleRow> rows = FXCollections.observableArrayList();
    private final StringProperty quietFrom = new SimpleStringProperty("");
    private final StringProperty quietTo = new SimpleStringProperty("");
    private final StringProperty quietZone = new SimpleStringProperty("");
    private final StringProperty perMinute = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private ChannelView shown;

    public RulesViewModel(ChannelsViewModel channels) {
        this.channels = channels;
        channels.selectedProperty().subscribe(item -> show(item == null ? null : item.view()));
    }

    private void show(ChannelView view) {
        shown = view;
        message.set("");
        List<ScopeTarget> targets = List.copyOf(channels.targets());
        rows.setAll(view == null ? List.of() : view.rules().stream().map(rule -> RuleRow.of(rule, targets)).toList());
        QuietHours quiet = view == null ? null : view.quietHours();
        quietFrom.set(quiet == null ? "" : quiet.from().toString());
        quietTo.set(quiet == null ? "" : quiet.to().toString());
        quietZone.set(quiet == null ? ZoneId.systemDefault().getId() : quiet.zone().getId());
        perMinute.set(view == null ? "" : String.valueOf(view.perMinute()));
    }

    public boolean hasChannel() {
        return shown != null;
    }

    public void addRow() {
        rows.add(new RuleRow());
    }

    public void removeRow(RuleRow row) {
        rows.remove(row);
    }

    public void save() {
        ChannelView view = shown;
        if (view == null) {
            return;
        }
        List<AlertRule> rules;
        QuietHours quiet;
        int limit;
        try {
            rules = rows.stream().map(row -> row.toRule(view.id())).toList();
            quiet = quietHours();
            limit = Integer.parseInt(perMinute.get().strip());
            if (limit < 1) {
                throw new NumberFormatException();
            }
        } catch (NumberFormatException notANumber) {
            message.set("Per-minute limit must be a whole number of at least 1");
            return;
        } catch (ValidationException bad) {
            message.set(bad.getMessage());
            return;
        }
        message.set("Saving…");
        channels.background().run(() -> {
            channels.services().channels().setRules(view.id(), rules);
            return channels.services().channels().update(view.id(), new ChannelEdit(view.name(), view.maskedUrl(), view.enabled(),
                    view.template(), limit, quiet, view.logLines()));
        }, saved -> {
            message.set("Saved");
            channels.refresh();
        }, error -> message.set(error.getMessage()));
    }

    private QuietHours quietHours() {
        if (quietFrom.get().isBlank() && quietTo.get().isBlank()) {
            return null;
        }
        try {
            return new QuietHours(LocalTime.parse(quietFrom.get().strip()), LocalTime.parse(quietTo.get().strip()),
                    ZoneId.of(quietZone.get().strip()));
        } catch (DateTimeException bad) {
            throw new ValidationException("Quiet hours: write times as 22:00 and a zone such as Europe/Berlin");
        }
    }

    public ObservableList<RuleRow> rows() {
        return rows;
    }

    public ObservableList<ScopeTarget> targets() {
        return channels.targets();
    }

    public StringProperty quietFromProperty() {
        return quietFrom;
    }

    public StringProperty quietToProperty() {
        return quietTo;
    }

    public StringProperty quietZoneProperty() {
        return quietZone;
    }

    public StringProperty perMinuteProperty() {
        return perMinute;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
