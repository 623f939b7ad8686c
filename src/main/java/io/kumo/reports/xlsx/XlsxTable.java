package io.kumo.reports.xlsx;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * One sheet as a table: a bold, frozen header row with an auto-filter, then rows of typed cells. Column widths follow
 * the longest value written (POI's autoSizeColumn measures with AWT fonts: slow, and unreliable on a headless server).
 */
final class XlsxTable {

    private static final int MAX_WIDTH_CHARS = 60;

    private final Sheet sheet;
    private final XlsxStyles styles;
    private final ZoneId zone;
    private final int[] widths;
    private Row row;
    private int column;

    XlsxTable(Sheet sheet, XlsxStyles styles, ZoneId zone, String... headers) {
        this.sheet = sheet;
        this.styles = styles;
        this.zone = zone;
        this.widths = new int[headers.length];
        Row first = sheet.createRow(0);
        for (int i = 0; i < headers.length; i++) {
            Cell cell = first.createCell(i);
            cell.setCellValue(headers[i]);
            cell.setCellStyle(styles.header);
            widths[i] = headers[i].length() + 3; // room for the filter's drop-down button
        }
        sheet.createFreezePane(0, 1);
    }

    XlsxTable row() {
        row = sheet.createRow(sheet.getLastRowNum() + 1);
        column = 0;
        return this;
    }

    XlsxTable text(String value) {
        if (value == null) {
            return skip();
        }
        Cell cell = next(styles.text, value.length());
        cell.setCellValue(value);
        return this;
    }

    XlsxTable integer(long value) {
        next(styles.integer, 10).setCellValue(value);
        return this;
    }

    XlsxTable integer(Long value) {
        return value == null ? skip() : integer(value.longValue());
    }

    XlsxTable decimal(double value) {
        next(styles.decimal, 12).setCellValue(value);
        return this;
    }

    XlsxTable percent(Double share) {
        if (share == null) {
            return skip();
        }
        next(styles.percent, 8).setCellValue(share);
        return this;
    }

    /** As seconds, so a spreadsheet can sum and chart them. */
    XlsxTable seconds(Duration duration) {
        if (duration == null) {
            return skip();
        }
        next(styles.seconds, 12).setCellValue(duration.toMillis() / 1000.0);
        return this;
    }

    /** As the wall-clock time in the report's zone: Excel dates carry no zone. */
    XlsxTable dateTime(Instant instant) {
        if (instant == null) {
            return skip();
        }
        next(styles.dateTime, 19).setCellValue(instant.atZone(zone).toLocalDateTime());
        return this;
    }

    XlsxTable date(LocalDate day) {
        next(styles.date, 10).setCellValue(day);
        return this;
    }

    XlsxTable skip() {
        column++;
        return this;
    }

    /** Sets the widths and, when there are rows, the auto-filter over the whole table. */
    void finish() {
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, Math.min(widths[i], MAX_WIDTH_CHARS) * 256 + 512);
        }
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(sheet.getLastRowNum(), 1), 0, widths.length - 1));
    }

    private Cell next(CellStyle style, int width) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(style);
        if (column < widths.length) {
            widths[column] = Math.max(widths[column], width);
        }
        column++;
        return cell;
    }
}
