package io.kumo.ui.layout;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.ui.common.FxThread;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LayoutProbeTest {

    @TempDir
    Path dir;

    @BeforeAll
    static void toolkit() throws Exception {
        FxThread.start();
    }

    @Test
    void reportsAButtonTooNarrowForItsTextButNotAColumnHeader() throws Exception {
        List<String> found = FxThread.call(() -> {
            Button clear = new Button("Clear all filters");
            clear.setId("clear");
            clear.setMaxWidth(40);
            clear.setMinWidth(10);
            TableView<String> table = new TableView<>();
            TableColumn<String, String> column = new TableColumn<>("A very long column header");
            column.setPrefWidth(30);
            table.getColumns().add(column);
            VBox root = new VBox(new HBox(clear, new Label("fits")), table);
            Stage stage = new Stage();
            stage.setScene(new Scene(root, 200, 200));
            stage.show();
            root.applyCss();
            root.layout();
            List<String> truncated = LayoutProbe.truncatedTexts(root);
            stage.hide();
            return truncated;
        });
        assertThat(found).singleElement().asString().startsWith("#clear Button \"Clear all filters\"");
    }

    @Test
    void reportsAWindowSmallerThanItsContentAndWritesAScreenshot() throws Exception {
        var result = FxThread.call(() -> {
            VBox root = new VBox(new Label("line"), new Label("line"), new Label("line"));
            root.setMinHeight(10);
            Stage stage = new Stage();
            stage.setTitle("Squashed");
            stage.setScene(new Scene(root, 300, 20));
            stage.show();
            root.applyCss();
            root.layout();
            var undersized = LayoutProbe.undersized(stage);
            Path file = new Screenshots(dir).write(stage.getScene(), "squashed window");
            stage.hide();
            return java.util.Map.entry(undersized, file);
        });
        assertThat(result.getKey()).hasValueSatisfying(text -> assertThat(text).startsWith("\"Squashed\" is 300x20"));
        assertThat(result.getValue()).hasFileName("squashed-window.png");
        assertThat(Files.exists(result.getValue())).isTrue();
    }
}
