package io.kumo.reports.xlsx;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/** A native Excel chart beside the Days table: succeeded and failed runs per day side by side, read from the cells (it follows edits). */
final class DaysChart {

    private DaysChart() {
    }

    static void draw(XSSFSheet sheet, int days) {
        if (days == 0) {
            return;
        }
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 7, 1, 19, 22);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText("Runs per day");
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        XDDFCategoryAxis dayAxis = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis runAxis = chart.createValueAxis(AxisPosition.LEFT);
        XDDFDataSource<String> dayCells = XDDFDataSourcesFactory.fromStringCellRange(sheet, new CellRangeAddress(1, days, 0, 0));
        XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, dayAxis, runAxis);
        bars.setBarDirection(BarDirection.COL);
        series(sheet, bars, dayCells, days, 2, "Succeeded");
        series(sheet, bars, dayCells, days, 3, "Failed");
        chart.plot(bars);
    }

    private static void series(XSSFSheet sheet, XDDFBarChartData bars, XDDFDataSource<String> dayCells, int days,
                               int column, String title) {
        XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                new CellRangeAddress(1, days, column, column));
        bars.addSeries(dayCells, values).setTitle(title, null);
    }
}
