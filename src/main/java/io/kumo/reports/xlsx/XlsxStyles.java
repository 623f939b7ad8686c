package io.kumo.reports.xlsx;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Workbook;

/** The few cell styles a report workbook uses, made once per workbook (Excel caps a file's styles). */
final class XlsxStyles {

    final CellStyle header;
    final CellStyle integer;
    final CellStyle decimal;
    final CellStyle seconds;
    final CellStyle percent;
    final CellStyle dateTime;
    final CellStyle date;
    final CellStyle text;

    XlsxStyles(Workbook workbook) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        integer = numeric(workbook, "#,##0");
        decimal = numeric(workbook, "#,##0.00");
        seconds = numeric(workbook, "#,##0.0\" s\"");
        percent = numeric(workbook, "0.0%");
        dateTime = numeric(workbook, "yyyy-mm-dd hh:mm:ss");
        date = numeric(workbook, "yyyy-mm-dd");
        text = workbook.createCellStyle();
    }

    private static CellStyle numeric(Workbook workbook, String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        return style;
    }
}
