package io.kumo.ui.preview;

import io.kumo.preview.Column;
import io.kumo.preview.DataFile;
import io.kumo.preview.DataFiles;
import io.kumo.preview.DataTable;
import io.kumo.ui.common.BackgroundExecutor;
import java.io.IOException;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.ObjectProperty;

/**
 * A data file being previewed: its tables (sheets), the chosen one's columns and row count ("counting…" until the
 * background count ends), and its rows by page, loaded on the background executor as the table asks for them.
 */
public final class DataPreviewViewModel implements AutoCloseable {

    private final BackgroundExecutor background;
    private final Path file;
    private final PageCache cache = new PageCache();
    private final ReadOnlyObjectWrapper<List<String>> tables = new ReadOnlyObjectWrapper<>(List.of());
    private final ObjectProperty<String> table = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<List<Column>> columns = new ReadOnlyObjectWrapper<>(List.of());
    /** Rows the table shows: the exact count once known, before that the rows of the first page. */
    private final ReadOnlyLongWrapper rows = new ReadOnlyLongWrapper();
    private final ReadOnlyStringWrapper rowCount = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    /** Bumped when pages arrive: the view refreshes its visible cells. */
    private final ReadOnlyLongWrapper pagesLoaded = new ReadOnlyLongWrapper();
    /** Pages failed to load: the user may ask for them again. */
    private final javafx.beans.property.ReadOnlyBooleanWrapper retryable = new javafx.beans.property.ReadOnlyBooleanWrapper();
    private DataFile data;
    private DataTable current;
    private long generation;
    /** Set once the window closed: a file that opens after that is closed at once. */
    private boolean closed;

    public DataPreviewViewModel(Path file, BackgroundExecutor background) {
        this.file = file;
        this.background = background;
        table.addListener((observable, old, name) -> {
            if (name != null && data != null && !name.equals(old)) {
                openTable(name);
            }
        });
    }

    public Path file() {
        return file;
    }

    /** Opens the file and its first table. */
    public void open() {
        background.run(() -> DataFiles.open(file), opened -> {
            if (closed) { // the window closed while the file opened: nobody will close it later
                closeInBackground(opened);
                return;
            }
            data = opened;
            tables.set(opened.tables());
            if (opened.tables().isEmpty()) {
                error.set(file.getFileName() + " holds no tables");
            } else {
                table.set(opened.tables().getFirst());
            }
        }, failure -> error.set(message(failure)));
    }

    private void openTable(String name) {
        long opening = ++generation;
        DataFile opened = data;
        cache.clear();
        retryable.set(false);
        columns.set(List.of());
        rows.set(0);
        rowCount.set("");
        error.set("");
        background.run(() -> {
            DataTable chosen = opened.table(name);
            return new FirstPage(chosen, chosen.rows(0, PageCache.PAGE_SIZE));
        }, first -> {
            if (opening != generation) {
                return;
            }
            current = first.table();
            cache.loaded(0, first.rows());
            columns.set(first.table().columns());
            first.table().knownRowCount().ifPresentOrElse(this::counted, () -> {
                rows.set(first.rows().size());
                rowCount.set(first.rows().size() < PageCache.PAGE_SIZE ? format(first.rows().size()) : "counting…");
                count(opening, first.table());
            });
            pagesLoaded.set(pagesLoaded.get() + 1);
        }, failure -> {
            if (opening == generation) {
                error.set(message(failure));
            }
        });
    }

    private record FirstPage(DataTable table, List<List<String>> rows) { }

    private void count(long opening, DataTable counted) {
        background.run(counted::countRows, count -> {
            if (opening == generation) {
                counted(count);
            }
        }, failure -> {
            if (opening == generation) {
                rowCount.set("rows not counted: " + message(failure));
            }
        });
    }

    private void counted(long count) {
        rows.set(count);
        rowCount.set(format(count));
    }

    private static String format(long count) {
        return NumberFormat.getIntegerInstance(Locale.US).format(count) + (count == 1 ? " row" : " rows");
    }

    /** The row, or empty while its page loads (asking for it). FX thread. */
    public Optional<List<String>> row(long index) {
        Optional<List<String>> row = cache.row(index);
        if (row.isEmpty() && current != null) {
            load(index / PageCache.PAGE_SIZE);
        }
        return row;
    }

    private void load(long page) {
        if (!cache.startLoading(page)) {
            return;
        }
        long opening = generation;
        DataTable source = current;
        background.run(() -> source.rows(page * PageCache.PAGE_SIZE, PageCache.PAGE_SIZE), loaded -> {
            if (opening == generation) {
                cache.loaded(page, loaded);
                pagesLoaded.set(pagesLoaded.get() + 1);
            }
        }, failure -> {
            if (opening == generation) { // kept as failed: a cell render does not ask for it again in a loop
                cache.failed(page);
                retryable.set(true);
                error.set(message(failure));
            }
        });
    }

    /** Asks again for the pages that failed to load. FX thread. */
    public void retry() {
        if (!cache.hasFailed()) {
            return;
        }
        cache.retryFailed();
        retryable.set(false);
        error.set("");
        pagesLoaded.set(pagesLoaded.get() + 1); // the view refreshes its cells, which ask for their pages again
    }

    private static String message(Throwable failure) {
        Throwable cause = failure.getCause() != null && !(failure instanceof IOException) ? failure.getCause() : failure;
        return cause.getMessage() == null ? cause.toString() : cause.getMessage();
    }

    @Override
    public void close() {
        closed = true;
        generation++;
        DataFile closing = data;
        data = null;
        current = null;
        cache.clear();
        if (closing != null) {
            closeInBackground(closing);
        }
    }

    /** Closes on the background executor: a read still under way ends first (SqliteFile waits for it) or fails quietly. */
    private void closeInBackground(DataFile closing) {
        background.run(() -> {
            try {
                closing.close();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, failure -> { });
    }

    public boolean isClosed() {
        return closed;
    }

    public ReadOnlyObjectProperty<List<String>> tablesProperty() { return tables.getReadOnlyProperty(); }
    public ObjectProperty<String> tableProperty() { return table; }
    public ReadOnlyObjectProperty<List<Column>> columnsProperty() { return columns.getReadOnlyProperty(); }
    public ReadOnlyLongProperty rowsProperty() { return rows.getReadOnlyProperty(); }
    public ReadOnlyStringProperty rowCountProperty() { return rowCount.getReadOnlyProperty(); }
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }
    public javafx.beans.property.ReadOnlyBooleanProperty retryableProperty() { return retryable.getReadOnlyProperty(); }
    public ReadOnlyLongProperty pagesLoadedProperty() { return pagesLoaded.getReadOnlyProperty(); }
}
