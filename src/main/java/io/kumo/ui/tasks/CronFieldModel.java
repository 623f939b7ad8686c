package io.kumo.ui.tasks;

import io.kumo.schedule.cron.CronExpression;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The cron field of the editor, checked as it is typed: the error naming the field and rule ("minute: 61 is outside
 * 0-59"), the schedule in words, and the next five fire times in the task's time zone. Plain properties, no toolkit:
 * unit-tested without a window.
 */
public final class CronFieldModel {

    static final int PREVIEW_COUNT = 5;
    static final String HINT = "Five fields: minute hour day-of-month month day-of-week (e.g. */15 * * * *), or @daily, @hourly…";

    private final Clock clock;
    private final StringProperty text = new SimpleStringProperty("");
    private final StringProperty zone = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper description = new ReadOnlyStringWrapper(HINT);
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper();
    private final ObservableList<String> nextFires = FXCollections.observableArrayList();

    public CronFieldModel(Clock clock) {
        this.clock = clock;
        text.addListener((obs, old, now) -> update());
        zone.addListener((obs, old, now) -> update());
    }

    private void update() {
        String typed = text.get() == null ? "" : text.get().strip();
        if (typed.isEmpty()) {
            show("", HINT, false, List.of());
            return;
        }
        CronExpression expression;
        try {
            expression = CronExpression.parse(typed);
        } catch (IllegalArgumentException e) {
            show(e.getMessage(), "", false, List.of());
            return;
        }
        ZoneId zoneId = zoneOrSystem();
        if (expression.isReboot()) {
            show("", expression.describe() + " (when Kumo starts)", true, List.of());
            return;
        }
        List<Instant> fires = expression.nextFires(clock.instant(), zoneId, PREVIEW_COUNT);
        show("", expression.describe(), true, fires.isEmpty() ? List.of("No fire time within 5 years")
                : fires.stream().map(fire -> TimeText.fire(fire, zoneId)).toList());
    }

    private ZoneId zoneOrSystem() {
        try {
            return zone.get() == null || zone.get().isBlank() ? ZoneId.systemDefault() : ZoneId.of(zone.get().strip());
        } catch (DateTimeException e) {
            return ZoneId.systemDefault();
        }
    }

    private void show(String errorText, String words, boolean ok, List<String> fires) {
        error.set(errorText);
        description.set(words);
        valid.set(ok);
        nextFires.setAll(fires);
    }

    public StringProperty textProperty() { return text; }
    /** The task's time zone as typed; blank or unknown previews in the system zone, as the scheduler does. */
    public StringProperty zoneProperty() { return zone; }
    /** Empty when the expression is valid or nothing is typed. */
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }
    public ReadOnlyStringProperty descriptionProperty() { return description.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty validProperty() { return valid.getReadOnlyProperty(); }
    public ObservableList<String> nextFires() { return nextFires; }
}
