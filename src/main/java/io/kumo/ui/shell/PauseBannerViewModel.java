package io.kumo.ui.shell;

import io.kumo.ui.common.DisplayTime;
import io.kumo.common.Observable;
import io.kumo.service.SchedulingPause;
import io.kumo.ui.common.BackgroundExecutor;
import io.kumo.ui.common.FxBindings;
import java.time.ZoneId;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.binding.StringBinding;
import javafx.beans.binding.StringExpression;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The banner over the panes while all scheduling is paused, with its Resume command; it follows the pause wherever it
 * is made (tray, this window, {@code kumo scheduler} sent to this instance).
 */
public final class PauseBannerViewModel implements AutoCloseable {

    static final String TITLE = "Scheduling is paused";

    // one property for the state, so the banner's texts and its visibility always change together
    private final ObjectProperty<SchedulingPause.State> state;
    private final BooleanBinding shown;
    private final StringBinding detail;
    private final ReadOnlyBooleanWrapper resuming = new ReadOnlyBooleanWrapper();
    private final SchedulingPause pause;
    private final BackgroundExecutor background;
    private final Consumer<Throwable> onError;
    private final Observable.Pin pin;

    public PauseBannerViewModel(SchedulingPause pause, BackgroundExecutor background, ZoneId zone, Consumer<Throwable> onError) {
        this.pause = pause;
        this.background = background;
        this.onError = onError;
        this.state = new SimpleObjectProperty<>(pause.state().get());
        this.shown = Bindings.createBooleanBinding(() -> state.get().paused(), state);
        this.detail = Bindings.createStringBinding(() -> detail(state.get(), zone), state);
        this.pin = FxBindings.bind(pause.state(), state, current -> current);
    }

    static String detail(SchedulingPause.State state, ZoneId zone) {
        if (!state.paused()) {
            return "";
        }
        String since = state.since() == null ? "" : "Since " + DisplayTime.in(zone).dateTimeMinutes(state.since());
        String by = state.by() == null ? "" : (since.isEmpty() ? "By " : ", by ") + state.by();
        String who = since + by;
        return (who.isEmpty() ? "" : who + ". ") + "No task starts on its schedule; runs in progress go on and Run now "
                + "still works. Resuming schedules every task from now on.";
    }

    /** Resumes all scheduling (a saved, audited change: off the FX thread). */
    public void resume() {
        resuming.set(true);
        background.run(pause::resume, ignored -> resuming.set(false), error -> {
            resuming.set(false);
            onError.accept(error);
        });
    }

    public BooleanExpression shownProperty() { return shown; }
    public String title() { return TITLE; }
    public StringExpression detailProperty() { return detail; }
    /** True while a resume is being saved, so the button is not pressed twice. */
    public ReadOnlyBooleanProperty resumingProperty() { return resuming.getReadOnlyProperty(); }

    @Override
    public void close() {
        pin.close();
    }
}
