package io.kumo.ui.alerts;

import io.kumo.ui.common.DisplayTime;
import io.kumo.alerts.DeliveryStatus;
import io.kumo.alerts.service.DeliveryQuery;
import io.kumo.alerts.service.DeliveryView;
import io.kumo.ui.common.BackgroundExecutor;
import java.time.ZoneId;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The delivery log, newest first, filtered by channel and status; read off the FX thread in one page, on demand and by
 * the view's timer while it is shown. The newest refresh wins: a filter changed while a page loads is never lost.
 */
public final class DeliveryLogViewModel {

    /** The newest lines shown. */
    static final int PAGE = 500;

    private final AlertsServices services;
    private final NewestWins requests;
    private final ObservableList<DeliveryView> rows = FXCollections.observableArrayList();
    private final ObjectProperty<ChannelChoice> channel = new SimpleObjectProperty<>();
    private final ObjectProperty<DeliveryStatus> status = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");

    public DeliveryLogViewModel(AlertsServices services, BackgroundExecutor background) {
        this.services = services;
        this.requests = new NewestWins(background);
        channel.subscribe(ignored -> refresh());
        status.subscribe(ignored -> refresh());
    }

    public void refresh() {
        Set<DeliveryStatus> statuses = status.get() == null ? Set.of() : Set.of(status.get());
        DeliveryQuery query = channel.get() == null ? new DeliveryQuery(null, null, statuses)
                : DeliveryQuery.ofChannel(channel.get().id(), statuses);
        requests.run(() -> new Page(services.deliveries().page(query, 0, PAGE), services.deliveries().count(query)), page -> {
            rows.setAll(page.lines());
            summary.set(page.total() == 0 ? "No deliveries" : page.total() > page.lines().size()
                    ? "Newest " + page.lines().size() + " of " + page.total() + " deliveries" : page.total() == 1 ? "1 delivery" : page.total() + " deliveries");
        }, error -> {
            summary.set("Could not read the delivery log: " + error.getMessage());
        });
    }

    /** Short: the time alone today, the date and time on another day (the full one is {@link #fullTime}). */
    public String time(java.time.Instant at) {
        return at == null ? "" : DisplayTime.in(zone()).recent(at, java.time.Instant.now());
    }

    public String fullTime(java.time.Instant at) {
        return at == null ? "" : DisplayTime.in(zone()).dateTime(at);
    }

    private ZoneId zone() {
        return services.zone();
    }

    private record Page(java.util.List<DeliveryView> lines, long total) {
    }

    public ObservableList<DeliveryView> rows() {
        return rows;
    }

    public ObjectProperty<ChannelChoice> channelProperty() {
        return channel;
    }

    public ObjectProperty<DeliveryStatus> statusProperty() {
        return status;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
