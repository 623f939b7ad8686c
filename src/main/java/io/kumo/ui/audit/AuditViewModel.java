package io.kumo.ui.audit;

import io.kumo.audit.AuditEntry;
import io.kumo.audit.AuditService;
import io.kumo.ui.common.BackgroundExecutor;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The newest audit entries, loaded in the background. */
public final class AuditViewModel {

    static final int PAGE_SIZE = 500;

    private final AuditService audit;
    private final BackgroundExecutor background;
    private final Consumer<Throwable> onError;
    private final ObservableList<AuditEntry> entries = FXCollections.observableArrayList();
    private final BooleanProperty loading = new SimpleBooleanProperty();

    public AuditViewModel(AuditService audit, BackgroundExecutor background, Consumer<Throwable> onError) {
        this.audit = audit;
        this.background = background;
        this.onError = onError;
    }

    public void refresh() {
        loading.set(true);
        background.run(() -> audit.latest(PAGE_SIZE), latest -> {
            entries.setAll(latest);
            loading.set(false);
        }, error -> {
            loading.set(false);
            onError.accept(error);
        });
    }

    public ObservableList<AuditEntry> entries() { return entries; }
    public BooleanProperty loadingProperty() { return loading; }
}
