package io.kumo.ui.alerts;

import io.kumo.alerts.AlertRule;
import io.kumo.alerts.service.ChannelView;
import io.kumo.alerts.service.DeliveryQuery;
import io.kumo.alerts.service.DeliveryView;
import io.kumo.alerts.service.RuleWords;
import io.kumo.alerts.send.SendResult;
import io.kumo.ui.common.BackgroundExecutor;
import io.kumo.ui.common.DialogService;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The channels list: each channel with what it is told and its last delivery; Send test, Enable/Disable and Delete on
 * the selected one. A test's outcome ("Delivered" or the server's error) is shown inline, never as a dialog.
 */
public final class ChannelsViewModel {

    /** The outcome line under the list; {@code ok} false for an error. */
    public record Outcome(String text, boolean ok) {
    }

    private final AlertsServices services;
    private final BackgroundExecutor background;
    private final NewestWins listings;
    private final DialogService dialogs;
    private final ObservableList<ChannelItem> rows = FXCollections.observableArrayList();
    private final ObservableList<ScopeTarget> targets = FXCollections.observableArrayList();
    private final ObjectProperty<ChannelItem> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Outcome> outcome = new ReadOnlyObjectWrapper<>(new Outcome("", true));
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();

    public ChannelsViewModel(AlertsServices services, BackgroundExecutor background, DialogService dialogs) {
        this.services = services;
        this.background = background;
        this.listings = new NewestWins(background);
        this.dialogs = dialogs;
    }

    public void refresh() {
        listings.run(this::load, this::show, error -> outcome.set(new Outcome("Could not list the channels: " + error.getMessage(), false)));
    }

    /** The dialog's model for a new channel, or for the selected one. */
    public ChannelFormModel form(boolean adding) {
        ChannelItem item = selected.get();
        return new ChannelFormModel(services.channels(), background, adding || item == null ? null : item.view());
    }

    public void test() {
        ChannelItem item = selected.get();
        if (item == null) {
            return;
        }
        busy.set(true);
        outcome.set(new Outcome("Sending a test to " + item.name() + "…", true));
        background.run(() -> services.channels().test(item.name()), result -> {
            busy.set(false);
            outcome.set(result instanceof SendResult.Delivered ? new Outcome("Delivered", true)
                    : new Outcome(item.name() + ": " + result.error(), false));
            refresh();
        }, error -> {
            busy.set(false);
            outcome.set(new Outcome(item.name() + ": " + error.getMessage(), false));
        });
    }

    public void toggleEnabled() {
        ChannelItem item = selected.get();
        if (item == null) {
            return;
        }
        ChannelView view = item.view();
        change(() -> services.channels().setEnabled(view.id(), !view.enabled()), (view.enabled() ? "Disabled " : "Enabled ") + view.name());
    }

    public void remove() {
        ChannelItem item = selected.get();
        if (item == null || !dialogs.confirm("Delete channel '" + item.name() + "'?",
                "Its rules go with it; its lines in the delivery log stay.", "Delete")) {
            return;
        }
        change(() -> {
            services.channels().remove(item.name());
            return null;
        }, "Deleted " + item.name());
    }

    /** After the dialog saved a channel. */
    public void saved() {
        outcome.set(new Outcome("Saved", true));
        refresh();
    }

    private void change(java.util.concurrent.Callable<?> work, String done) {
        busy.set(true);
        background.run(work, ignored -> {
            busy.set(false);
            outcome.set(new Outcome(done, true));
            refresh();
        }, error -> {
            busy.set(false);
            outcome.set(new Outcome(error.getMessage(), false));
        });
    }

    private Loaded load() {
        List<ScopeTarget> known = services.targets().get();
        Map<String, String> names = known.stream().collect(Collectors.toMap(t -> t.scope() + ":" + t.id(), ScopeTarget::name, (a, b) -> a));
        Function<AlertRule, String> nameOf = rule -> names.getOrDefault(rule.scope() + ":" + rule.scopeId(), "#" + rule.scopeId());
        List<ChannelItem> items = services.channels().list().stream().map(view -> new ChannelItem(view,
                RuleWords.of(view.rules(), nameOf, ", "), last(view.id()))).toList();
        return new Loaded(items, known);
    }

    private String last(long channelId) {
        List<DeliveryView> page = services.deliveries().page(DeliveryQuery.ofChannel(channelId, Set.of()), 0, 1);
        return page.isEmpty() ? "" : page.getFirst().status().name().toLowerCase(java.util.Locale.ROOT);
    }

    private void show(Loaded loaded) {
        Long keep = selected.get() == null ? null : selected.get().view().id();
        rows.setAll(loaded.items());
        targets.setAll(loaded.targets());
        selected.set(rows.stream().filter(row -> keep != null && row.view().id() == keep).findFirst().orElse(null));
    }

    private record Loaded(List<ChannelItem> items, List<ScopeTarget> targets) {
    }

    public ObservableList<ChannelItem> rows() {
        return rows;
    }

    public ObservableList<ScopeTarget> targets() {
        return targets;
    }

    public ObjectProperty<ChannelItem> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<Outcome> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    AlertsServices services() {
        return services;
    }

    BackgroundExecutor background() {
        return background;
    }
}
