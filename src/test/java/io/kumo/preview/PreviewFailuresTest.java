package io.kumo.preview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that are not what their name says fail with a clear message (and leave nothing open); big JSON is refused. */
class PreviewFailuresTest {

    @TempDir
    Path dir;

    @Test
    void aDbFileThatIsNoSqliteDatabaseFailsClearly() throws IOException {
        Path db = Files.writeString(dir.resolve("notes.db"), "just some text, no SQLite header at all ".repeat(50));

        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> DataFiles.open(db)).isInstanceOf(IOException.class)
                    .hasMessageContaining("notes.db is no readable SQLite database");
        }
    }

    @Test
    void brokenWorkbooksFailClearly() throws IOException {
        Path xlsx = Files.writeString(dir.resolve("sheet.xlsx"), "not a zip");
        Path xls = Files.writeString(dir.resolve("old.xls"), "not an OLE2 file ".repeat(100));

        assertThatThrownBy(() -> DataFiles.open(xlsx)).isInstanceOf(IOException.class)
                .hasMessageContaining("sheet.xlsx is no readable .xlsx workbook");
        assertThatThrownBy(() -> DataFiles.open(xls)).isInstanceOf(IOException.class)
                .hasMessageContaining("old.xls is no readable .xls workbook");
    }

    @Test
    void aJsonDocumentOverTheCapIsRefusedWithItsSize() throws IOException {
        Path json = Files.writeString(dir.resolve("big.json"), "[" + "{\"a\": 1},".repeat(200_000) + "{\"a\": 2}]");

        assertThatThrownBy(() -> JsonDocument.read(json, 1L << 20)).isInstanceOf(IOException.class)
                .hasMessageMatching("big.json is 1\\.[0-9] MB: .*")
                .hasMessageContaining("over 1.0 MB is not previewed");
        assertThat(JsonDocument.read(json).rows(0, 1)).containsExactly(java.util.List.of("1"));
    }
}
