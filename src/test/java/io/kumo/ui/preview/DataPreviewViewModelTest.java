package io.kumo.ui.preview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kumo.preview.DataFile;
import io.kumo.ui.common.BackgroundExecutor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataPreviewViewModelTest {

    @TempDir
    Path dir;

    /** Runs queued work only when asked, so the window can close while a file is still opening. */
    private static final class Queued implements BackgroundExecutor {
        final Deque<Runnable> queue = new ArrayDeque<>();
        final List<Object> results = new ArrayList<>();

        @Override
        public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
            queue.add(() -> {
                T result;
                try {
                    result = work.call();
                } catch (Exception e) {
                    onFailure.accept(e);
                    return;
                }
                results.add(result);
                onSuccess.accept(result);
            });
        }

        void drain() {
            while (!queue.isEmpty()) {
                queue.poll().run();
            }
        }

        @Override
        public void close() {
        }
    }

    @Test
    void aFileThatOpensAfterTheWindowClosedIsClosed() throws IOException {
        Path csv = Files.writeString(dir.resolve("rows.csv"), "a,b\n1,2\n");
        Queued background = new Queued();
        DataPreviewViewModel model = new DataPreviewViewModel(csv, background);

        model.open();
        model.close();
        background.drain();

        DataFile opened = (DataFile) background.results.getFirst();
        assertThatThrownBy(() -> opened.table(opened.tables().getFirst()).rows(0, 10)).isInstanceOf(IOException.class);
        assertThat(model.columnsProperty().get()).isEmpty();
    }

    @Test
    void anOpenFileShowsItsRows() throws IOException {
        Path csv = Files.writeString(dir.resolve("rows.csv"), "a,b\n1,2\n");
        Queued background = new Queued();
        DataPreviewViewModel model = new DataPreviewViewModel(csv, background);

        model.open();
        background.drain();

        assertThat(model.rowsProperty().get()).isEqualTo(1);
        assertThat(model.row(0)).contains(List.of("1", "2"));
        model.close();
        background.drain();
    }
}
