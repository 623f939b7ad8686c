package io.kumo.project;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells which watched folders changed on disk (files created, deleted or modified by other programs). Folders are
 * watched one by one, as the tree expands them; events arriving together are reported once per folder, after a
 * short quiet period, on the watcher's own thread.
 */
public final class FolderWatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FolderWatcher.class);
    private static final long QUIET_MILLIS = 150;

    private final WatchService service;
    private final Map<WatchKey, Path> folders = new ConcurrentHashMap<>();
    private final Consumer<Set<Path>> listener;
    private final Thread thread;

    public FolderWatcher(Consumer<Set<Path>> listener) {
        try {
            this.service = FileSystems.getDefault().newWatchService();
        } catch (IOException e) {
            throw new IllegalStateException("No file watching on this system: " + e.getMessage(), e);
        }
        this.listener = listener;
        this.thread = Thread.ofPlatform().daemon().name("kumo-folder-watcher").start(this::loop);
    }

    public void watch(Path folder) {
        if (folders.containsValue(folder)) {
            return;
        }
        try {
            WatchKey key = folder.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                    StandardWatchEventKinds.ENTRY_DELETE, StandardWatchEventKinds.ENTRY_MODIFY);
            folders.put(key, folder);
        } catch (IOException | ClosedWatchServiceException e) {
            LOG.debug("Cannot watch {}", folder, e);
        }
    }

    public void unwatch(Path folder) {
        folders.entrySet().removeIf(entry -> {
            if (entry.getValue().equals(folder)) {
                entry.getKey().cancel();
                return true;
            }
            return false;
        });
    }

    private void loop() {
        try {
            while (true) {
                WatchKey key = service.take();
                Set<Path> changed = new LinkedHashSet<>();
                collect(key, changed);
                WatchKey more;
                while ((more = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    collect(more, changed);
                }
                if (!changed.isEmpty()) {
                    try {
                        listener.accept(changed);
                    } catch (RuntimeException e) {
                        LOG.warn("A folder change listener failed", e);
                    }
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed
        }
    }

    private void collect(WatchKey key, Set<Path> changed) {
        key.pollEvents();
        Path folder = folders.get(key);
        if (folder != null) {
            changed.add(folder);
        }
        if (!key.reset()) {
            folders.remove(key);
        }
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            LOG.debug("Closing the folder watcher failed", e);
        }
        thread.interrupt();
    }
}
