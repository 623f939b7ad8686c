package io.kumo.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kumo.common.ValidationException;
import io.kumo.store.Database;
import io.kumo.store.Migrations;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Export from an embedded database and import into another, and what an import refuses. */
class H2TransferTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T06:00:00Z"), ZoneOffset.UTC);

    @TempDir
    static Path shared;
    @TempDir
    Path dir;

    private static Database source;
    private static Map<String, List<Map<String, Object>>> original;
    private static Path export;

    @BeforeAll
    static void fillAndExport() throws SQLException {
        source = Database.open(shared.resolve("source"));
        FilledDatabase.fill(source);
        original = TableRows.of(source);
        export = shared.resolve("kumo-export.jsonl.gz");
        new DataExport(CLOCK, "9.9.9").export(source, export, new DataExport.Options(false, Optional.of("abc")),
                TransferProgress.NONE);
    }

    @AfterAll
    static void closeSource() {
        source.close();
    }

    @Test
    void anImportIntoAnEmptyDatabaseHoldsEveryRowOfEveryTable() throws SQLException {
        try (Database target = Database.open(dir.resolve("target"))) {
            TransferSummary summary = new DataImport().importFile(target, export, TransferProgress.NONE);

            assertThat(TableRows.of(target)).isEqualTo(original);
            assertThat(summary.rows().get("runs")).isEqualTo(FilledDatabase.ROWS - 1);
            assertThat(summary.sealedRows()).isPositive();
            assertThat(summary.header().secretKey()).contains("abc");
        }
        assertThat(TableRows.total(original)).isGreaterThan(100);
    }

    @Test
    void theHeaderNamesFormatSchemaAndTheCountOfEveryTable() throws Exception {
        var header = TransferFiles.header(export);

        assertThat(header.path("format").asText()).isEqualTo("kumo-export");
        assertThat(header.path("version").asInt()).isEqualTo(1);
        assertThat(header.path("schema").asText()).isEqualTo(Migrations.newestVersion());
        assertThat(header.path("kumo").asText()).isEqualTo("9.9.9");
        assertThat(header.path("exported_at").asLong()).isEqualTo(CLOCK.millis());
        assertThat(header.path("tables").path("tasks").asLong()).isEqualTo(FilledDatabase.ROWS - 1);
        assertThat(header.path("tables").has("nodes")).isFalse();
        assertThat(header.path("secrets").asText()).contains("secret.key");
        assertThat(TransferFiles.lines(export)).hasSize(1 + (int) TableRows.total(original));
    }

    @Test
    void theNextTaskAndRunAfterAnImportGetIdsAboveTheImportedOnes() throws SQLException {
        try (Database target = Database.open(dir.resolve("target"))) {
            new DataImport().importFile(target, export, TransferProgress.NONE);

            assertThat(NewRows.task(target)).isGreaterThan(NewRows.maxId(source, "tasks"));
            assertThat(NewRows.run(target)).isGreaterThan(NewRows.maxId(source, "runs"));
            assertThat(NewRows.maxId(source, "runs")).isEqualTo(FilledDatabase.ROWS); // the highest id is past the count
        }
    }

    @Test
    void withoutLogsTheRunLogChunksStayBehind() throws SQLException {
        Path withoutLogs = dir.resolve("without-logs.gz");
        TransferSummary exported = new DataExport(CLOCK, "9.9.9").export(source, withoutLogs,
                new DataExport.Options(true, Optional.empty()), TransferProgress.NONE);
        try (Database target = Database.open(dir.resolve("target"))) {
            new DataImport().importFile(target, withoutLogs, TransferProgress.NONE);

            Map<String, List<Map<String, Object>>> imported = TableRows.of(target);
            assertThat(imported.get("run_log_chunks")).isEmpty();
            assertThat(imported.get("runs")).isEqualTo(original.get("runs"));
        }
        assertThat(exported.rows()).doesNotContainKey("run_log_chunks");
    }

    @Test
    void anImportIntoADatabaseThatHoldsDataIsRefusedNamingWhatItHolds() throws SQLException {
        assertThatThrownBy(() -> new DataImport().importFile(source, export, TransferProgress.NONE))
                .isInstanceOf(ValidationException.class)
                .hasMessageStartingWith("the target database already holds 6 projects, 6 python envs")
                .hasMessageContaining(", 6 tasks, ")
                .hasMessageEndingWith(" and 6 audit events: import needs an empty database");
        assertThat(TableRows.of(source)).isEqualTo(original);
    }

    @Test
    void anExportOfAnotherSchemaVersionIsRefusedNamingBothVersions() throws Exception {
        Path older = TransferFiles.withHeader(export, dir.resolve("older.gz"), header -> header.put("schema", "13").put("kumo", "1.4.0"));
        try (Database target = Database.open(dir.resolve("target"))) {
            assertThatThrownBy(() -> new DataImport().importFile(target, older, TransferProgress.NONE))
                    .isInstanceOf(ValidationException.class)
                    .hasMessage("older.gz holds a Kumo database of schema version 13 (written by Kumo 1.4.0), this Kumo's "
                            + "schema version is " + Migrations.newestVersion() + ": import it with the Kumo version that "
                            + "wrote it (1.4.0); nothing was imported");
            assertThat(TableRows.total(TableRows.of(target))).isZero();
        }
    }

    @Test
    void aTruncatedFileIsRefusedAndNothingIsWritten() throws Exception {
        byte[] whole = Files.readAllBytes(export);
        Path truncated = Files.write(dir.resolve("truncated.gz"), java.util.Arrays.copyOf(whole, whole.length * 3 / 4));
        try (Database target = Database.open(dir.resolve("target"))) {
            assertThatThrownBy(() -> new DataImport().importFile(target, truncated, TransferProgress.NONE))
                    .isInstanceOf(ValidationException.class)
                    .hasMessageStartingWith("truncated.gz is damaged or cut short (")
                    .hasMessageEndingWith("); nothing was imported")
                    .hasMessageNotContaining("\n");
            assertThat(TableRows.total(TableRows.of(target))).isZero();
            new DataImport().importFile(target, export, TransferProgress.NONE); // and a whole file still goes in
            assertThat(TableRows.of(target)).isEqualTo(original);
        }
    }

    @Test
    void aFileCutAtALineEndIsRefusedByItsHeaderCounts() throws Exception {
        int lines = TransferFiles.lines(export).size();
        Path cut = TransferFiles.firstLines(export, dir.resolve("cut.gz"), lines - 3);
        try (Database target = Database.open(dir.resolve("target"))) {
            assertThatThrownBy(() -> new DataImport().importFile(target, cut, TransferProgress.NONE))
                    .isInstanceOf(ValidationException.class)
                    .hasMessage("cut.gz is incomplete: its header announces 6 audit events, it holds 3; nothing was imported");
            assertThat(TableRows.total(TableRows.of(target))).isZero();
        }
    }

    @Test
    void aFileThatIsNotAnExportIsRefused() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.txt"), "hello");
        Path json = TransferFiles.write(dir.resolve("other.gz"), List.of("{\"format\":\"something-else\"}"));
        try (Database target = Database.open(dir.resolve("target"))) {
            assertThatThrownBy(() -> new DataImport().importFile(target, text, TransferProgress.NONE))
                    .hasMessage("notes.txt is not a Kumo export (not a gzip file)");
            assertThatThrownBy(() -> new DataImport().importFile(target, json, TransferProgress.NONE))
                    .hasMessage("other.gz is not a Kumo export (make one with: kumo db export FILE)");
        }
    }
}
