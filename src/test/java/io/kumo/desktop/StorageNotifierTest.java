package io.kumo.desktop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.kumo.storage.StorageHealth;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StorageNotifierTest {

    final AtomicLong free = new AtomicLong(0);
    final StorageHealth storage = new StorageHealth(Path.of("/srv/kumo-data"), free::get, Clock.systemUTC());
    final List<Notice> shown = new ArrayList<>();
    final StorageNotifier notifier = new StorageNotifier(storage, shown::add);

    @AfterEach
    void close() {
        notifier.close();
        storage.close();
    }

    @Test
    void aFullDiskIsAnnouncedOnceWithWhereAndHowMuchIsFree() {
        notifier.start();

        catchThrowable(storage::checkWritable);
        free.set(300 * 1024);
        storage.probe(); // still full, other free bytes: no second notice

        assertThat(shown).singleElement().satisfies(notice -> {
            assertThat(notice.level()).isEqualTo(Notice.Level.ERROR);
            assertThat(notice.title()).isEqualTo("Kumo cannot save: the disk is full");
            assertThat(notice.body()).startsWith("The disk holding /srv/kumo-data is full (0 MB free). ")
                    .contains("Kumo retries");
        });
    }

    @Test
    void spaceComingBackIsAnnounced() {
        notifier.start();
        catchThrowable(storage::checkWritable);

        free.set(100L * 1024 * 1024);
        storage.probe();

        assertThat(shown).extracting(Notice::title).containsExactly("Kumo cannot save: the disk is full", "Disk space is back");
    }

    @Test
    void nothingIsAnnouncedWhileTheDiskTakesWrites() {
        free.set(100L * 1024 * 1024);
        notifier.start();
        storage.checkWritable();

        assertThat(shown).isEmpty();
    }
}
