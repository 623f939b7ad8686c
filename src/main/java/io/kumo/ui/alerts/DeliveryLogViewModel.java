package io.kumo.ui.alerts;

import io.kumo.alerts.DeliveryStatus;
import io.kumo.alerts.service.DeliveryQuery;
import io.kumo.alerts.service.DeliveryView;
import io.kumo.ui.common.BackgroundExecutor;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The delivery log, newest first, filtered by channel and status; read off the FX thread in one page, on demand and by
 * the view's timer while it is shown. A refresh that is still running makes the next one wait its turn.
 */
public final class DeliveryLogViewModel {

    /** The newest lines shown. */
    static final int PAGE = 500;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final AlertsServices services;
    private final BackgroundExecutor background;
    private final ObservableList<DeliveryView> rows = FXCollections.observableArrayList();
    private final ObjectProperty<String> channel = new SimpleObjectProperty<>();
    private final ObjectProperty<DeliveryStatus> status = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private boolean loading;

    public DeliveryLogViewModel(AlertsServices services, BackgroundExecutor background) {
        this.services = services;
        this.background = background;
        channel.subscribe(ignored -> refresh());
        status.subscribe(ignored -> refresh());
    }

    public void refresh() {
        if (loading) {
            return;
        }
        loading = true;
        DeliveryQuery query = new DeliveryQuery(channel.get(), status.get() == null ? Set.of() : Set.of(status.get()));
        background.run(() -> new Page(services.deliveries().page(query, 0, PAGE), services.deliveries().count(query)), page -> {
            loading = false;
            rows.setAll(page.lines());
            summary.set(page.total() == 0 ? "No deliveries" : page.total() > page.lines().size()
                    ? "Newest " + page.lines().size() + " of " + page.total() + " deliveries" : page.total() + " deliveries");
        }, error -> {
            loading = false;
            summary.set("Could not read the delivery log: " + error.getMessage());
        });
    }

    public String time(java.time.Instant at) {
        return at == null ? "" : TIME.format(at.atZone(zone()));
    }

    private ZoneId zone() {
        return services.zone();
    }

    private record Page(java.util.List<DeliveryView> lines, long total) {
    }

    public ObservableList<DeliveryView> rows() {
        return rows;
    }

    public ObjectProperty<String> channelProperty() {
        return channel;
    }

    public ObjectProperty<DeliveryStatus> statusProperty() {
        return status;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
