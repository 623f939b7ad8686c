package io.kumo.ui.alerts;

import io.kumo.alerts.AlertRule;
import io.kumo.alerts.QuietHours;
import io.kumo.alerts.service.ChannelView;
import io.kumo.common.ValidationException;
import io.kumo.ui.common.BackgroundExecutor;
import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The selected channel's rules, quiet hours and per-minute limit as edited; Save sets them together, and only them. A
 * refresh of the list showing the same channel keeps unsaved edits. What is wrong is said in {@link #messageProperty()}.
 */
public final class RulesViewModel {

    private final ChannelsViewModel channels;
    private final ObservableList<RuleRow> rows = FXCollections.observableArrayList();
    private final BooleanProperty quietOn = new SimpleBooleanProperty();
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
        if (view != null && shown != null && view.id() == shown.id() && edited()) {
            shown = view; // a refresh of the same channel keeps what is being edited
            return;
        }
        shown = view;
        message.set("");
        List<ScopeTarget> targets = List.copyOf(channels.targets());
        rows.setAll(view == null ? List.of() : view.rules().stream().map(rule -> RuleRow.of(rule, targets)).toList());
        QuietHours quiet = view == null ? null : view.quietHours();
        quietOn.set(quiet != null);
        quietFrom.set(quiet == null ? "22:00" : quiet.from().toString());
        quietTo.set(quiet == null ? "07:00" : quiet.to().toString());
        quietZone.set(quiet == null ? ZoneId.systemDefault().getId() : quiet.zone().getId());
        perMinute.set(view == null ? "" : String.valueOf(view.perMinute()));
    }

    /** Whether what is shown differs from the channel as it was shown (rows that do not make a rule count as edited). */
    private boolean edited() {
        try {
            List<ScopeTarget> targets = List.copyOf(channels.targets());
            List<AlertRule> saved = shown.rules().stream().map(rule -> RuleRow.of(rule, targets).toRule(shown.id())).toList();
            return !saved.equals(rows.stream().map(row -> row.toRule(shown.id())).toList())
                    || !Objects.equals(quietHours(), shown.quietHours())
                    || !perMinute.get().strip().equals(String.valueOf(shown.perMinute()));
        } catch (ValidationException notARule) {
            return true;
        }
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
        channels.background().run(() -> channels.services().channels().setRulesAndLimits(view.id(), rules, quiet, limit), saved -> {
            shown = saved;
            message.set("Saved");
            channels.refresh();
        }, error -> message.set(error.getMessage()));
    }

    private QuietHours quietHours() {
        if (!quietOn.get()) {
            return null;
        }
        try {
            return new QuietHours(LocalTime.parse(quietFrom.get().strip()), LocalTime.parse(quietTo.get().strip()),
                    ZoneId.of(quietZone.get().strip()));
        } catch (DateTimeException bad) {
            throw new ValidationException("Quiet hours: write times as 22:00 and a zone such as Europe/Berlin");
        }
    }

    /** The zone field's problem ("" when it names a zone, or quiet hours are off): said under it as it is typed. */
    public static String zoneProblem(String zone) {
        try {
            ZoneId.of(zone.strip());
            return "";
        } catch (DateTimeException bad) {
            return "Not a time zone: pick one such as Europe/Berlin";
        }
    }

    public BooleanProperty quietOnProperty() {
        return quietOn;
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
