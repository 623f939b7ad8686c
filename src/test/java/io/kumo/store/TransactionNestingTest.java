package io.kumo.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kumo.domain.Setting;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TransactionNestingTest {

    static final Instant AT = Instant.parse("2026-05-04T10:05:00Z");

    @TempDir
    Path dir;

    @Test
    void aNestedTransactionLeavesTheThreadHoldingNoConnectionOnceTheOuterOneEnds() throws Exception {
        try (Database database = Database.open(dir)) {
            database.inTransaction(() -> database.inTransactionWithoutSync(() -> database.settings().create(new Setting("a", "1", AT))));

            assertThat(database.connectionSource().getSpecialConnection(null)).isNull();
            assertThat(database.settings().idExists("a")).isTrue();
        }
    }

    @Test
    void aFailedNestedTransactionRollsBackItsOwnWritesAndTheOuterOneGoesOn() throws Exception {
        try (Database database = Database.open(dir)) {
            database.inTransaction(() -> {
                database.settings().create(new Setting("kept", "1", AT));
                assertThatThrownBy(() -> database.inTransaction(() -> {
                    database.settings().create(new Setting("undone", "1", AT));
                    throw new IllegalStateException("no");
                })).isInstanceOf(IllegalStateException.class);
                return null;
            });

            assertThat(database.settings().idExists("kept")).isTrue();
            assertThat(database.settings().idExists("undone")).isFalse();
            assertThat(database.connectionSource().getSpecialConnection(null)).isNull();
        }
    }
}
