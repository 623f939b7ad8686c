package io.kumo.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StorageHealthTest {

    static final Path DATA = Path.of("/srv/kumo-data");
    static final Instant T0 = Instant.parse("2026-05-04T10:00:00Z");

    final AtomicLong free = new AtomicLong(500L * 1024 * 1024);
    final StorageHealth health = new StorageHealth(DATA, free::get, Clock.fixed(T0, ZoneOffset.UTC));

    @AfterEach
    void close() {
        health.close();
    }

    @Test
    void refusesAWriteWhenLessThanTheReserveIsFreeAndSaysWhereAndHowMuch() {
        free.set(300 * 1024);

        assertThatThrownBy(health::checkWritable).isInstanceOf(DiskFullException.class)
                .hasMessage("the disk holding /srv/kumo-data is full (0 MB free): the change was not saved; free some space and try again");
        assertThat(health.state().get()).isEqualTo(new StorageState(true, 300 * 1024, T0));
    }

    @Test
    void classifiesH2sFailedWriteWithNoSpaceLeftAsDiskFull() {
        Exception h2 = new SQLException("General error: \"org.h2.mvstore.MVStoreException: Writing to file failed\"", "HY000", 50000,
                new RuntimeException("Writing to sun.nio.ch.FileChannelImpl@1 failed; length 4096 at 20480 [2.4.240/2]",
                        new IOException("No space left on device")));

        assertThat(health.classify(h2)).hasValueSatisfying(full -> assertThat(full.getCause()).isSameAs(h2));
        assertThat(health.isFull()).isTrue();
    }

    @Test
    void aFailedFileWriteCountsAsDiskFullOnlyWhenTheDiskIsAlmostFull() {
        Exception io = new SQLException("IO Exception: write", "90028", 90028);

        assertThat(health.classify(io)).isEmpty();
        free.set(1000);
        assertThat(health.classify(io)).isPresent();
    }

    @Test
    void otherFailuresAreNotDiskFull() {
        free.set(0);

        assertThat(health.classify(new SQLException("Unique index or primary key violation", "23505", 23505))).isEmpty();
        assertThat(health.isFull()).isFalse();
    }

    @Test
    void aProbeWithSpaceAgainReturnsToOkAndTellsTheListeners() {
        List<StorageState> seen = new ArrayList<>();
        health.state().observe(seen::add);
        free.set(0);
        assertThatThrownBy(health::checkWritable).isInstanceOf(DiskFullException.class);
        assertThat(health.probe()).isFalse();

        free.set(50L * 1024 * 1024);
        assertThat(health.probe()).isTrue();

        assertThat(seen).containsExactly(StorageState.OK, new StorageState(true, 0, T0), StorageState.OK);
    }

    @Test
    void aWatchingInstanceSeesTheDiskFillAndEmptyWithoutAnyWrite() throws InterruptedException {
        java.util.concurrent.BlockingQueue<StorageState> seen = new java.util.concurrent.LinkedBlockingQueue<>();
        health.state().observe(seen::add);
        assertThat(seen.poll()).isEqualTo(StorageState.OK);
        health.watch();

        free.set(0);
        assertThat(seen.poll(10, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(new StorageState(true, 0, T0));
        free.set(50L * 1024 * 1024);
        assertThat(seen.poll(10, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(StorageState.OK);
        free.set(0); // still watching after the disk recovered once
        assertThat(seen.poll(10, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(new StorageState(true, 0, T0));
    }
}
