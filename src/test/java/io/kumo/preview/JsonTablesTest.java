package io.kumo.preview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** JSON documents and JSON Lines files as tables. */
class JsonTablesTest {

    @TempDir
    Path dir;

    private DataTable open(Path file) throws IOException {
        DataFile data = DataFiles.open(file);
        return data.table(data.tables().getFirst());
    }

    @Test
    void anArrayOfObjectsIsATableWhoseColumnsAreAllKeys() throws IOException {
        DataTable table = open(Files.writeString(dir.resolve("a.json"),
                "[{\"id\": 1, \"name\": \"x\"}, {\"id\": 2, \"tags\": [\"a\"], \"name\": null}]"));

        assertThat(table.columns()).containsExactly(new Column("id", ColumnType.INTEGER), new Column("name", ColumnType.TEXT),
                new Column("tags", ColumnType.TEXT));
        assertThat(table.rows(0, 10)).containsExactly(List.of("1", "x", ""), List.of("2", "", "[\"a\"]"));
        assertThat(table.knownRowCount()).hasValue(2);
    }

    @Test
    void anObjectWithOneArrayShowsThatArray() throws IOException {
        DataTable table = open(Files.writeString(dir.resolve("o.json"), "{\"count\": 2, \"items\": [{\"v\": 1.5}, {\"v\": 2}]}"));

        assertThat(table.columns()).containsExactly(new Column("v", ColumnType.DECIMAL));
        assertThat(table.rows(1, 10)).containsExactly(List.of("2"));
    }

    @Test
    void aJsonFileWithoutATableSaysSo() throws IOException {
        Path file = Files.writeString(dir.resolve("n.json"), "42");
        assertThatThrownBy(() -> DataFiles.open(file)).isInstanceOf(IOException.class).hasMessageContaining("no JSON array");
    }

    @Test
    void jsonLinesArePagedAcrossTheIndex() throws IOException {
        Path file = dir.resolve("r.jsonl");
        int rows = RecordIndex.STEP * 2 + 5;
        try (Writer out = Files.newBufferedWriter(file)) {
            for (int i = 0; i < rows; i++) {
                out.write("{\"n\": " + i + ", \"ok\": " + (i % 2 == 0) + "}\n");
            }
        }
        DataTable table = open(file);

        assertThat(table.columns()).containsExactly(new Column("n", ColumnType.INTEGER), new Column("ok", ColumnType.BOOLEAN));
        assertThat(table.countRows()).isEqualTo(rows);
        assertThat(table.rows(RecordIndex.STEP - 1, 2)).containsExactly(List.of(String.valueOf(RecordIndex.STEP - 1), "false"),
                List.of(String.valueOf(RecordIndex.STEP), "true"));
        assertThat(table.rows(rows - 1, 10)).containsExactly(List.of(String.valueOf(rows - 1), "true"));
    }
}
