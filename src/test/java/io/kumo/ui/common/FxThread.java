package io.kumo.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * For view-model tests whose model needs the toolkit (an animation: Timeline, PauseTransition): the headless toolkit
 * started once, and calls made on the FX thread, returning their result.
 */
public final class FxThread {

    private FxThread() {
    }

    public static void start() throws java.util.concurrent.TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    public static <T> T call(Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get(10, TimeUnit.SECONDS);
    }
}
