package io.kumo.bench;

import io.kumo.preview.DataFile;
import io.kumo.preview.DataFiles;
import io.kumo.preview.DataTable;
import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Opening a CSV of 1,000,000 rows for preview: time from {@link DataFiles#open} to the columns and the first page
 * (target: under a second, docs/performance.md), then the background count that builds the sparse index, then a page
 * near the end through that index. Each file is opened 5 times (median, max; the first open is printed apart: cold
 * classes). Run after {@code mvn test-compile} with the test class path ({@code mvn -Pbench
 * -Dbench.main=io.kumo.bench.DataPreviewBenchmark -Dbench.args=1000000}); argument: rows (1000000).
 */
public final class DataPreviewBenchmark {

    private static final int OPENS = 5;

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path dir = Files.createTempDirectory("kumo-preview-bench");
        Path csv = dir.resolve("rows.csv");
        try (BufferedWriter out = Files.newBufferedWriter(csv)) {
            out.write("id,name,price,day,active,note\n");
            for (int i = 0; i < rows; i++) {
                out.write(i + ",item " + i + "," + (i % 1000) + ".5,2024-01-" + (10 + i % 19) + "," + (i % 2 == 0)
                        + (i % 5000 == 0 ? ",\"quoted, with\nnewline\"\n" : ",plain\n"));
            }
        }
        System.out.printf("Data preview of a CSV of %,d rows (%,d MB)%n", rows, Files.size(csv) >> 20);
        double[] opens = new double[OPENS];
        double first = 0;
        for (int i = 0; i <= OPENS; i++) {
            long start = System.nanoTime();
            try (DataFile file = DataFiles.open(csv)) {
                DataTable table = file.table(file.tables().getFirst());
                List<List<String>> page = table.rows(0, 200);
                double millis = (System.nanoTime() - start) / 1e6;
                if (page.size() != Math.min(200, rows) || table.columns().size() != 6) {
                    throw new IllegalStateException("wrong first page: " + page.size() + " rows, " + table.columns());
                }
                if (i == 0) {
                    first = millis;
                } else {
                    opens[i - 1] = millis;
                }
            }
        }
        Arrays.sort(opens);
        System.out.printf("open to first page: median %.1f ms, max %.1f ms (first, cold: %.1f ms)%n",
                opens[OPENS / 2], opens[OPENS - 1], first);
        try (DataFile file = DataFiles.open(csv)) {
            DataTable table = file.table(file.tables().getFirst());
            long start = System.nanoTime();
            long count = table.countRows();
            double countMillis = (System.nanoTime() - start) / 1e6;
            if (count != rows) {
                throw new IllegalStateException("counted " + count + " rows of " + rows);
            }
            long target = Math.max(0, rows - 150);
            start = System.nanoTime();
            List<List<String>> page = table.rows(target, 100);
            double pageMillis = (System.nanoTime() - start) / 1e6;
            if (!page.isEmpty() && !page.getFirst().getFirst().equals(String.valueOf(target))) {
                throw new IllegalStateException("row " + target + " read as " + page.getFirst());
            }
            System.out.printf("full count (and sparse index): %.1f ms; a page near the end: %.1f ms%n", countMillis, pageMillis);
        }
        Files.delete(csv);
        Files.delete(dir);
    }
}
