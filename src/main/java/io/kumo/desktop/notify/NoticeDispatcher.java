package io.kumo.desktop.notify;

import io.kumo.desktop.Notice;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shows notices through the platform's notifier off the caller's thread, and hands a notice to the fallback (the tray
 * balloon, the window) when the platform cannot show it or does not answer in time: a blocked bus never holds anyone.
 */
public final class NoticeDispatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(NoticeDispatcher.class);

    private final DesktopNotifier platform;
    private final Consumer<Notice> fallback;
    private final Duration timeout;
    private final ExecutorService calls = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("kumo-notify").daemon(true).factory());

    /** @param fallback called on the dispatcher's own threads: it moves to the FX thread itself if it needs to */
    public NoticeDispatcher(DesktopNotifier platform, Consumer<Notice> fallback, Duration timeout) {
        this.platform = platform;
        this.fallback = fallback;
        this.timeout = timeout;
    }

    /** Returns at once; the notice shows on the platform or, failing that, through the fallback. */
    public void post(Notice notice) {
        CompletableFuture.supplyAsync(() -> platform.show(notice), calls)
                .orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .whenComplete((shown, error) -> {
                    if (error != null) {
                        LOG.info("The desktop's notifications did not answer: {}", error.toString());
                    }
                    if (!Boolean.TRUE.equals(shown)) {
                        fallback.accept(notice);
                    }
                });
    }

    @Override
    public void close() {
        calls.shutdownNow();
        if (platform instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                LOG.debug("Closing the notifier failed", e);
            }
        }
    }
}
