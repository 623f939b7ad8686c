package io.kumo.preview;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Opens data files for preview by their extension: CSV/TSV, JSON, JSON Lines, SQLite, Excel (.xlsx, .xls). Parquet is
 * not read: every maintained Java reader pulls in Hadoop's dependency tree.
 */
public final class DataFiles {

    public enum Kind { CSV, JSON, JSON_LINES, SQLITE, XLSX, XLS }

    private DataFiles() {
    }

    /** The kind a file's name says, if previewable. */
    public static Optional<Kind> kindOf(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
        return Optional.ofNullable(switch (extension) {
            case "csv", "tsv", "tab" -> Kind.CSV;
            case "json" -> Kind.JSON;
            case "jsonl", "ndjson" -> Kind.JSON_LINES;
            case "sqlite", "sqlite3", "db" -> Kind.SQLITE;
            case "xlsx", "xlsm" -> Kind.XLSX;
            case "xls" -> Kind.XLS;
            default -> null;
        });
    }

    public static boolean previewable(Path file) {
        return kindOf(file).isPresent();
    }

    /** Opens the file; an unknown kind, a missing file or an unreadable one is an IOException saying which. */
    public static DataFile open(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + " does not exist (any more)");
        }
        Kind kind = kindOf(file).orElseThrow(() -> new IOException(file.getFileName()
                + ": not a data file Kumo previews (CSV, TSV, JSON, JSON Lines, SQLite, .xlsx, .xls)"));
        String name = file.getFileName().toString();
        return switch (kind) {
            case CSV -> new SingleTableFile(name, new CsvTable(file));
            case JSON -> new SingleTableFile(name, JsonDocument.read(file));
            case JSON_LINES -> new SingleTableFile(name, new JsonLinesTable(file));
            case SQLITE -> new SqliteFile(file);
            case XLSX -> new XlsxFile(file);
            case XLS -> new XlsFile(file);
        };
    }
}
