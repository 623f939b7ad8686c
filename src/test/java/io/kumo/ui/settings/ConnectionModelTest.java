package io.kumo.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.cluster.ConnectionFile;
import io.kumo.cluster.ConnectionSettings;
import io.kumo.cluster.service.ConnectionCheck;
import io.kumo.ui.common.RecordingDialogs;
import io.kumo.ui.common.SameThreadBackground;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Connection section's form: fields checked as typed, a failed test said in one line, save and forget. */
class ConnectionModelTest {

    private static final String URL = "jdbc:postgresql://db.example.com:5432/kumo";

    @TempDir
    Path dir;
    final RecordingDialogs dialogs = new RecordingDialogs();

    private ConnectionModel model(String currentUrl) {
        return new ConnectionModel(new ConnectionServices(currentUrl == null ? "Embedded database in " + dir
                : "PostgreSQL " + currentUrl + " as node n1", currentUrl, new ConnectionFile(dir.resolve("connection.properties")),
                new ConnectionCheck(), "desk-1"), new SameThreadBackground(), dialogs);
    }

    @Test
    void anEmptyFormShowsNoErrorButCannotBeTestedOrSaved() {
        ConnectionModel model = model(null);

        assertThat(model.urlErrorProperty().get()).isEmpty();
        assertThat(model.testableProperty().get()).isFalse();
        assertThat(model.validProperty().get()).isFalse();
        assertThat(model.runsTasksProperty().get()).as("a desktop controls the cluster by default").isFalse();
    }

    @Test
    void aUrlOfAnotherDatabaseIsExplainedUnderTheField() {
        ConnectionModel model = model(null);

        model.urlProperty().set("jdbc:mysql://db/kumo");

        assertThat(model.urlErrorProperty().get()).startsWith("Unsupported database URL 'jdbc:mysql://db/kumo'")
                .contains("Kumo shares PostgreSQL only");
        assertThat(model.validProperty().get()).isFalse();
        model.urlProperty().set(URL);
        assertThat(model.urlErrorProperty().get()).isEmpty();
        assertThat(model.validProperty().get()).isTrue();
    }

    @Test
    void badLabelsAndNodeNamesKeepSaveDisabled() {
        ConnectionModel model = model(null);
        model.urlProperty().set(URL);

        model.labelsProperty().set("gpu, eu west");
        assertThat(model.labelsErrorProperty().get()).isEmpty();
        model.labelsProperty().set("gpu, *");
        assertThat(model.labelsErrorProperty().get()).startsWith("Label '*' is not valid");
        assertThat(model.validProperty().get()).isFalse();
        model.labelsProperty().set("gpu");

        model.nodeNameProperty().set("build server");
        assertThat(model.nodeNameErrorProperty().get()).startsWith("Node name 'build server' is not valid");
        assertThat(model.validProperty().get()).isFalse();
        model.nodeNameProperty().set("build-1");
        assertThat(model.validProperty().get()).isTrue();

        model.save();
        assertThat(model.status().textProperty().get()).doesNotStartWith("Not saved");
    }

    @Test
    void aFailedConnectionTestSaysWhyInOneLine() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        ConnectionModel model = model(null);
        model.urlProperty().set("jdbc:postgresql://127.0.0.1:" + closed + "/kumo");

        model.test();

        assertThat(model.testResult().toneProperty().get()).isEqualTo(StatusLine.Tone.BAD);
        assertThat(model.testResult().textProperty().get()).startsWith("Could not connect: ").contains(String.valueOf(closed))
                .doesNotContain("\n");
        assertThat(model.busyProperty().get()).isFalse();
        model.urlProperty().set(URL);
        assertThat(model.testResult().textProperty().get()).as("a new URL wants a new test").isEmpty();
    }

    @Test
    void theFirstLineOfAMultiLineErrorIsKept() {
        assertThat(ConnectionModel.oneLine(new RuntimeException(new IllegalStateException("refused\n  hint: check the port"))))
                .isEqualTo("java.lang.IllegalStateException: refused");
        assertThat(ConnectionModel.oneLine(new IllegalStateException("FATAL: password authentication failed\nDetail")))
                .isEqualTo("FATAL: password authentication failed");
    }

    @Test
    void savesTheTypedConnectionAndSaysWhenItIsUsed() {
        ConnectionModel model = model(null);
        model.activate();
        model.urlProperty().set(" " + URL + " ");
        model.userProperty().set("kumo");
        model.passwordProperty().set("s3cret ");
        model.labelsProperty().set("GPU, eu");

        model.save();

        assertThat(model.status().textProperty().get()).startsWith("Saved. Kumo connects to the cluster at its next start");
        assertThat(model.savedProperty().get()).isTrue();
        assertThat(new ConnectionFile(dir.resolve("connection.properties")).load()).contains(
                new ConnectionSettings(URL, "kumo", "s3cret ", null, Set.of("eu", "gpu"), false));
    }

    @Test
    void aSavedConnectionFillsTheFormAndANewerStartUrlIsSaidToWin() {
        new ConnectionFile(dir.resolve("connection.properties"))
                .save(new ConnectionSettings(URL, "kumo", "pw", "desk", Set.of("eu"), true));
        ConnectionModel model = model("jdbc:postgresql://other:5432/kumo");

        model.activate();

        assertThat(model.urlProperty().get()).isEqualTo(URL);
        assertThat(model.nodeNameProperty().get()).isEqualTo("desk");
        assertThat(model.labelsProperty().get()).isEqualTo("eu");
        assertThat(model.runsTasksProperty().get()).isTrue();
        assertThat(model.overrideProperty().get()).contains("--db-url or KUMO_DB_URL win over the saved connection");
    }

    @Test
    void forgettingAsksFirstThenClearsTheFile() {
        ConnectionFile file = new ConnectionFile(dir.resolve("connection.properties"));
        file.save(new ConnectionSettings(URL, null, null, null, Set.of(), false));
        ConnectionModel model = model(null);
        model.activate();

        dialogs.answer = false;
        model.forget();
        assertThat(file.load()).isPresent();

        dialogs.answer = true;
        model.forget();
        assertThat(dialogs.asked).containsExactly("Forget the connection?", "Forget the connection?");
        assertThat(file.load()).isEmpty();
        assertThat(model.urlProperty().get()).isEmpty();
        assertThat(model.status().textProperty().get()).startsWith("Forgotten.");
    }

}
