package io.kumo.ui.dashboard;

import io.kumo.core.KumoCore;
import io.kumo.ui.common.BackgroundExecutor;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;

/** Totals for the dashboard, read from the store in the background. */
public final class DashboardViewModel {

    private final KumoCore core;
    private final BackgroundExecutor background;
    private final Consumer<Throwable> onError;
    private final LongProperty tasks = new SimpleLongProperty();
    private final LongProperty projects = new SimpleLongProperty();
    private final LongProperty environments = new SimpleLongProperty();
    private final LongProperty runs = new SimpleLongProperty();
    private final BooleanProperty loaded = new SimpleBooleanProperty();

    public DashboardViewModel(KumoCore core, BackgroundExecutor background, Consumer<Throwable> onError) {
        this.core = core;
        this.background = background;
        this.onError = onError;
    }

    public void refresh() {
        background.run(() -> new long[] {core.tasks().count(), core.projects().count(), core.environments().count(),
                        core.database().runs().countOf()},
                counts -> {
                    tasks.set(counts[0]);
                    projects.set(counts[1]);
                    environments.set(counts[2]);
                    runs.set(counts[3]);
                    loaded.set(true);
                },
                onError);
    }

    public LongProperty tasksProperty() { return tasks; }
    public LongProperty projectsProperty() { return projects; }
    public LongProperty environmentsProperty() { return environments; }
    public LongProperty runsProperty() { return runs; }
    public BooleanProperty loadedProperty() { return loaded; }
}
