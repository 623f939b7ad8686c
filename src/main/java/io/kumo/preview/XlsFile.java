package io.kumo.preview;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;

/** An old .xls workbook (at most 65,536 rows a sheet): read whole, each sheet a table whose first row names the columns. */
final class XlsFile implements DataFile {

    private final HSSFWorkbook workbook;

    XlsFile(Path file) throws IOException {
        POIFSFileSystem filesystem = null;
        try {
            filesystem = new POIFSFileSystem(file.toFile(), true);
            workbook = new HSSFWorkbook(filesystem);
        } catch (IOException | RuntimeException e) {
            if (filesystem != null) {
                try {
                    filesystem.close();
                } catch (IOException | RuntimeException closeFailed) {
                    e.addSuppressed(closeFailed);
                }
            }
            throw new IOException(file.getFileName() + " is no readable .xls workbook: " + e.getMessage(), e);
        }
    }

    @Override
    public List<String> tables() {
        List<String> names = new ArrayList<>();
        workbook.forEach(sheet -> names.add(sheet.getSheetName()));
        return names;
    }

    @Override
    public DataTable table(String name) throws IOException {
        Sheet sheet = workbook.getSheet(name);
        if (sheet == null) {
            throw new IOException("no sheet '" + name + "' in this workbook");
        }
        DataFormatter formatter = new DataFormatter();
        List<List<String>> rows = new ArrayList<>();
        for (Row row : sheet) {
            List<String> values = new ArrayList<>();
            for (int i = 0; i < Math.max(0, row.getLastCellNum()); i++) {
                Cell cell = row.getCell(i);
                values.add(cell == null ? "" : formatter.formatCellValue(cell));
            }
            if (values.stream().anyMatch(value -> !value.isEmpty())) {
                rows.add(values);
            }
        }
        List<String> header = rows.isEmpty() ? List.of() : rows.getFirst();
        List<List<String>> data = rows.isEmpty() ? rows : rows.subList(1, rows.size());
        int width = Math.max(header.size(), data.stream().mapToInt(List::size).max().orElse(0));
        List<String> names = new ArrayList<>();
        for (int i = 0; i < width; i++) {
            names.add(i < header.size() && !header.get(i).isBlank() ? header.get(i) : CellReference.convertNumToColString(i));
        }
        return new ListTable(names, data);
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }
}
