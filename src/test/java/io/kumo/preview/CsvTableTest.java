package io.kumo.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CSV and TSV files as tables: sniffing, quoting, encodings, and pages that match the rows wherever they fall. */
class CsvTableTest {

    @TempDir
    Path dir;

    private DataTable open(Path file) throws IOException {
        DataFile data = DataFiles.open(file);
        return data.table(data.tables().getFirst());
    }

    @Test
    void quotedFieldsKeepTheirNewlinesDelimitersAndQuotes() throws IOException {
        Path file = Files.writeString(dir.resolve("q.csv"), "name,note,count\r\n"
                + "a,\"two\nlines\",1\r\n"
                + "b,\"with, comma and \"\"quotes\"\"\",2\r\n"
                + "\r\n"
                + "c,,3\r\n");
        DataTable table = open(file);

        assertThat(table.columns()).extracting(Column::name).containsExactly("name", "note", "count");
        assertThat(table.rows(0, 10)).containsExactly(List.of("a", "two\nlines", "1"),
                List.of("b", "with, comma and \"quotes\"", "2"), List.of("c", "", "3"));
        assertThat(table.countRows()).isEqualTo(3);
        assertThat(table.rows(2, 10)).containsExactly(List.of("c", "", "3"));
    }

    @Test
    void columnTypesComeFromTheValues() throws IOException {
        Path file = Files.writeString(dir.resolve("t.csv"), """
                id,price,ok,day,at,label
                1,2.5,true,2024-01-02,2024-01-02T10:00:00,x
                2,3,false,2024-01-03,2024-01-02 11:30:00,7
                """);
        assertThat(open(file).columns()).extracting(Column::type).containsExactly(ColumnType.INTEGER, ColumnType.DECIMAL,
                ColumnType.BOOLEAN, ColumnType.DATE, ColumnType.DATETIME, ColumnType.TEXT);
    }

    @Test
    void semicolonsAndTabsAreSniffedAndANumericFirstRowIsNoHeader() throws IOException {
        DataTable semicolons = open(Files.writeString(dir.resolve("s.csv"), "1;2,5;x\n3;4,5;y\n"));
        DataTable tabs = open(Files.writeString(dir.resolve("t.tsv"), "a b\tc\n1\t2\n"));

        assertThat(semicolons.columns()).extracting(Column::name).containsExactly("column 1", "column 2", "column 3");
        assertThat(semicolons.rows(0, 5)).containsExactly(List.of("1", "2,5", "x"), List.of("3", "4,5", "y"));
        assertThat(tabs.columns()).extracting(Column::name).containsExactly("a b", "c");
        assertThat(tabs.rows(0, 5)).containsExactly(List.of("1", "2"));
    }

    @Test
    void utf8WithBomAndLatin1AreDecoded() throws IOException {
        Path bom = dir.resolve("bom.csv");
        Files.write(bom, concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "city,n\nKöln,1\n".getBytes(StandardCharsets.UTF_8)));
        Path latin = dir.resolve("latin.csv");
        Files.write(latin, "city,n\nMünchen,2\n".getBytes(StandardCharsets.ISO_8859_1));

        assertThat(open(bom).columns().getFirst().name()).isEqualTo("city");
        assertThat(open(bom).rows(0, 1)).containsExactly(List.of("Köln", "1"));
        assertThat(open(latin).rows(0, 1)).containsExactly(List.of("München", "2"));
    }

    @Test
    void pagesAtIndexBoundariesHoldTheRightRowsBeforeAndAfterCounting() throws IOException {
        Path file = dir.resolve("big.csv");
        int rows = RecordIndex.STEP * 3 + 17;
        try (Writer out = Files.newBufferedWriter(file)) {
            out.write("n,text\n");
            for (int i = 0; i < rows; i++) {
                out.write(i + (i % 100 == 0 ? ",\"multi\nline " + i + "\"\n" : ",row " + i + "\n"));
            }
        }
        DataTable table = open(file);
        long[] offsets = {0, RecordIndex.STEP - 1, RecordIndex.STEP, RecordIndex.STEP * 2 - 3, rows - 2};

        for (long offset : offsets) { // before the index exists: skipped from the start
            assertThat(table.rows(offset, 5).getFirst().getFirst()).isEqualTo(String.valueOf(offset));
        }
        assertThat(table.countRows()).isEqualTo(rows);
        for (long offset : offsets) { // from the index
            List<List<String>> page = table.rows(offset, 5);
            assertThat(page.getFirst().getFirst()).isEqualTo(String.valueOf(offset));
            assertThat(page).hasSize((int) Math.min(5, rows - offset));
            assertThat(page.getLast().getFirst()).isEqualTo(String.valueOf(offset + page.size() - 1));
        }
        assertThat(table.rows(2100, 1).getFirst().get(1)).isEqualTo("multi\nline 2100");
        assertThat(table.rows(rows, 5)).isEmpty();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
