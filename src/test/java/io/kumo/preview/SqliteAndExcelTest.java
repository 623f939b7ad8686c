package io.kumo.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SQLite tables and Excel sheets (streamed .xlsx, whole .xls) as paged tables. */
class SqliteAndExcelTest {

    @TempDir
    Path dir;

    @Test
    void sqliteTablesAreListedPagedAndCounted() throws IOException, SQLException {
        Path db = dir.resolve("out.sqlite");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE prices (id INTEGER, price REAL, name TEXT)");
                statement.execute("CREATE TABLE empty (x TEXT)");
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO prices VALUES (?, ?, ?)")) {
                for (int i = 0; i < 1000; i++) {
                    insert.setInt(1, i);
                    insert.setDouble(2, i + 0.5);
                    insert.setString(3, "item " + i);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }
        try (DataFile file = DataFiles.open(db)) {
            assertThat(file.tables()).containsExactly("empty", "prices");
            DataTable prices = file.table("prices");

            assertThat(prices.columns()).containsExactly(new Column("id", ColumnType.INTEGER),
                    new Column("price", ColumnType.DECIMAL), new Column("name", ColumnType.TEXT));
            assertThat(prices.countRows()).isEqualTo(1000);
            assertThat(prices.rows(998, 10)).containsExactly(List.of("998", "998.5", "item 998"), List.of("999", "999.5", "item 999"));
            assertThat(file.table("empty").countRows()).isZero();
        }
    }

    @Test
    void xlsxSheetsAreStreamedPageByPage() throws IOException {
        Path xlsx = dir.resolve("book.xlsx");
        try (SXSSFWorkbook book = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(xlsx)) {
            Sheet data = book.createSheet("data");
            Row header = data.createRow(0);
            header.createCell(0).setCellValue("n");
            header.createCell(1).setCellValue("label");
            for (int i = 0; i < 5000; i++) {
                Row row = data.createRow(i + 1);
                row.createCell(0).setCellValue(i);
                row.createCell(1).setCellValue("row " + i);
            }
            book.createSheet("notes").createRow(0).createCell(1).setCellValue("only B");
            book.write(out);
        }
        try (DataFile file = DataFiles.open(xlsx)) {
            assertThat(file.tables()).containsExactly("data", "notes");
            DataTable data = file.table("data");

            assertThat(data.columns()).containsExactly(new Column("n", ColumnType.INTEGER), new Column("label", ColumnType.TEXT));
            assertThat(data.rows(4998, 10)).containsExactly(List.of("4998", "row 4998"), List.of("4999", "row 4999"));
            assertThat(data.rows(0, 1)).containsExactly(List.of("0", "row 0"));
            assertThat(data.countRows()).isEqualTo(5000);
            assertThat(file.table("notes").columns()).extracting(Column::name).containsExactly("A", "only B");
        }
    }

    @Test
    void xlsSheetsAreReadToo() throws IOException {
        Path xls = dir.resolve("old.xls");
        try (Workbook book = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(xls)) {
            Sheet sheet = book.createSheet("s");
            sheet.createRow(0).createCell(0).setCellValue("when");
            sheet.createRow(1).createCell(0).setCellValue("2024-05-01");
            book.write(out);
        }
        try (DataFile file = DataFiles.open(xls)) {
            DataTable sheet = file.table("s");
            assertThat(sheet.columns()).containsExactly(new Column("when", ColumnType.DATE));
            assertThat(sheet.rows(0, 5)).containsExactly(List.of("2024-05-01"));
        }
    }
}
