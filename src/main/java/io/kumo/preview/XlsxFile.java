package io.kumo.preview;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.apache.poi.ooxml.util.SAXHelper;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * An .xlsx workbook read with POI's streaming SAX reader: a page streams its sheet up to the rows it needs and stops,
 * so a sheet of 100,000 rows is never held whole. The first non-empty row names the columns.
 */
final class XlsxFile implements DataFile {

    private static final int SAMPLE_ROWS = 200;

    private final OPCPackage workbook;
    private final XSSFReader reader;
    private final ReadOnlySharedStringsTable strings;
    private final StylesTable styles;
    private final Map<String, String> sheetParts = new LinkedHashMap<>();

    XlsxFile(Path file) throws IOException {
        OPCPackage opened = null;
        try {
            opened = OPCPackage.open(file.toFile(), PackageAccess.READ);
            workbook = opened;
            reader = new XSSFReader(workbook);
            strings = new ReadOnlySharedStringsTable(workbook);
            styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream ignored = sheets.next()) {
                    sheetParts.put(sheets.getSheetName(), sheets.getSheetPart().getPartName().getName());
                }
            }
        } catch (OpenXML4JException | SAXException | IOException | RuntimeException e) {
            if (opened != null) {
                try {
                    opened.revert(); // opened read-only: nothing to save
                } catch (RuntimeException revertFailed) {
                    e.addSuppressed(revertFailed);
                }
            }
            throw new IOException(file.getFileName() + " is no readable .xlsx workbook: " + e.getMessage(), e);
        }
    }

    @Override
    public List<String> tables() {
        return List.copyOf(sheetParts.keySet());
    }

    @Override
    public DataTable table(String name) throws IOException {
        if (!sheetParts.containsKey(name)) {
            throw new IOException("no sheet '" + name + "' in this workbook");
        }
        return new Sheet(name);
    }

    /** Stops the SAX parse once the page is complete. */
    private static final class Enough extends RuntimeException {
        Enough() {
            super(null, null, false, false);
        }
    }

    /** Collects rows {@code from} (counting the header row as row -1) up to {@code limit}; counts all when limit < 0. */
    private final class Collector implements XSSFSheetXMLHandler.SheetContentsHandler {
        final long from;
        final int limit;
        final List<List<String>> rows = new ArrayList<>();
        List<String> header;
        List<String> current;
        long row = -1;

        Collector(long from, int limit) {
            this.from = from;
            this.limit = limit;
        }

        @Override
        public void startRow(int rowNum) {
            current = new ArrayList<>();
        }

        @Override
        public void endRow(int rowNum) {
            if (current.stream().allMatch(String::isEmpty)) {
                return; // an empty row
            }
            if (header == null) {
                header = current;
            } else {
                row++;
                if (limit >= 0 && row >= from) {
                    rows.add(current);
                    if (rows.size() >= limit) {
                        throw new Enough();
                    }
                }
            }
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            if (current == null) {
                return;
            }
            int column = reference == null ? current.size() : new CellReference(reference).getCol();
            while (current.size() < column) {
                current.add("");
            }
            current.add(value == null ? "" : value);
        }
    }

    private Collector stream(String sheet, long from, int limit) throws IOException {
        Collector collector = new Collector(from, limit);
        try (InputStream part = workbook.getPart(workbook.getPartsByName(java.util.regex.Pattern.compile(
                java.util.regex.Pattern.quote(sheetParts.get(sheet)))).getFirst().getPartName()).getInputStream()) {
            XMLReader parser = SAXHelper.newXMLReader();
            parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, collector, new DataFormatter(), false));
            parser.parse(new InputSource(part));
        } catch (Enough done) {
            // the page is complete
        } catch (SAXException | javax.xml.parsers.ParserConfigurationException | RuntimeException e) {
            throw new IOException("sheet '" + sheet + "' cannot be read: " + e.getMessage(), e);
        }
        return collector;
    }

    private final class Sheet implements DataTable {
        private final String name;
        private final List<Column> columns;

        Sheet(String name) throws IOException {
            this.name = name;
            Collector sample = stream(name, 0, SAMPLE_ROWS);
            List<String> header = sample.header == null ? List.of() : sample.header;
            int width = Math.max(header.size(), sample.rows.stream().mapToInt(List::size).max().orElse(0));
            List<String> names = new ArrayList<>();
            for (int i = 0; i < width; i++) {
                names.add(i < header.size() && !header.get(i).isBlank() ? header.get(i) : CellReference.convertNumToColString(i));
            }
            columns = TypeInference.columns(names, sample.rows);
        }

        @Override
        public List<Column> columns() {
            return columns;
        }

        @Override
        public List<List<String>> rows(long offset, int limit) throws IOException {
            return stream(name, offset, limit).rows;
        }

        @Override
        public OptionalLong knownRowCount() {
            return OptionalLong.empty();
        }

        @Override
        public long countRows() throws IOException {
            return stream(name, 0, -1).row + 1;
        }
    }

    @Override
    public void close() {
        workbook.revert(); // opened read-only: nothing to save
    }
}
