package io.kumo.ui.projects;

import io.kumo.project.FolderWatcher;
import io.kumo.ui.common.BackgroundExecutor;
import io.kumo.ui.common.UiThread;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;

/**
 * The folders of one project watched for changes by other programs: expanded tree folders and the folders of open
 * files, counted (a folder stays watched while anyone needs it). Watching only runs while the project is shown;
 * the watcher is made, fed and closed on the background executor, in the order asked, and changes are reported on
 * the FX thread.
 */
final class WatchedFolders {

    private final BackgroundExecutor background;
    private final Consumer<Set<Path>> onChange;
    private final Map<Path, Integer> counts = new HashMap<>();
    private final Queue<Runnable> operations = new ConcurrentLinkedQueue<>();
    private FolderWatcher watcher; // only touched by drain()
    private boolean active;

    WatchedFolders(BackgroundExecutor background, Consumer<Set<Path>> onChange) {
        this.background = background;
        this.onChange = onChange;
    }

    void start() {
        if (active) {
            return;
        }
        active = true;
        Set<Path> folders = Set.copyOf(counts.keySet());
        submit(() -> {
            watcher = new FolderWatcher(changed -> UiThread.run(() -> {
                if (active) {
                    onChange.accept(changed);
                }
            }));
            folders.forEach(watcher::watch);
        });
    }

    void stop() {
        if (!active) {
            return;
        }
        active = false;
        submit(() -> {
            if (watcher != null) {
                watcher.close();
                watcher = null;
            }
        });
    }

    void watch(Path folder) {
        if (counts.merge(folder, 1, Integer::sum) == 1 && active) {
            submit(() -> {
                if (watcher != null) {
                    watcher.watch(folder);
                }
            });
        }
    }

    void unwatch(Path folder) {
        Integer left = counts.computeIfPresent(folder, (key, count) -> count == 1 ? null : count - 1);
        if (left == null && active) {
            submit(() -> {
                if (watcher != null) {
                    watcher.unwatch(folder);
                }
            });
        }
    }

    private void submit(Runnable operation) {
        operations.add(operation);
        background.run(this::drain, error -> { });
    }

    /** One drainer at a time, in queue order: a watch never overtakes the start or the close before it. */
    private synchronized void drain() {
        for (Runnable operation = operations.poll(); operation != null; operation = operations.poll()) {
            operation.run();
        }
    }
}
