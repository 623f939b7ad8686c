package io.kumo.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.app.KumoCore;
import io.kumo.cluster.ConnectionFile;
import io.kumo.cluster.ConnectionSettings;
import io.kumo.store.DatabaseTarget;
import io.kumo.testkit.PostgresServer;
import io.kumo.testkit.TestCores;
import io.kumo.ui.shell.NavigationItem;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Clicks through Settings → Connection on a real core, testing against a real PostgreSQL. */
class ConnectionSettingsPaneTest {

    private static PostgresServer server;

    @TempDir
    Path dir;
    final FxRobot robot = new FxRobot();
    final FormRobot form = new FormRobot(robot);
    KumoCore core;
    KumoApp app;

    @BeforeAll
    static void startServer() throws Exception {
        server = PostgresServer.start();
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void start() throws TimeoutException {
        core = TestCores.open(dir);
        app = RunningApp.launchOn(robot, core, NavigationItem.SETTINGS);
        robot.clickOn("#settings-nav-connection");
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void stop() throws TimeoutException {
        RunningApp.close(robot, app, core);
    }

    @Test
    void showsTheEmbeddedDatabaseKumoWorksOn() {
        assertThat(form.label("#connection-current").getText()).isEqualTo("Embedded database in " + dir.resolve("db"));
    }

    @Test
    void aBadUrlIsExplainedUnderTheFieldAndSaveStaysOff() {
        reveal("#connection-url");
        form.replaceText("#connection-url", "jdbc:mysql://db/kumo");

        assertThat(form.label("#connection-url-error").isVisible()).isTrue();
        assertThat(form.label("#connection-url-error").getText()).contains("Kumo shares PostgreSQL only");
        assertThat(robot.lookup("#connection-save").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#connection-test").queryButton().isDisabled()).isTrue();

        form.replaceText("#connection-labels", "gpu, *");
        assertThat(form.label("#connection-labels-error").getText()).startsWith("Label '*' is not valid");
    }

    @Test
    void testsAConnectionToARealPostgresql() throws TimeoutException {
        DatabaseTarget.Server database = server.newDatabase();
        reveal("#connection-url");
        form.replaceText("#connection-url", database.url());
        form.replaceText("#connection-user", database.user());

        robot.clickOn("#connection-test");

        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> form.label("#connection-test-result").getText().startsWith("Connected"));
        assertThat(form.label("#connection-test-result").getText()).contains("Empty database: Kumo creates its tables");
        assertThat(form.label("#connection-url-error").isVisible()).isFalse();
    }

    @Test
    void aServerThatIsNotThereIsSaidInOneLine() throws TimeoutException {
        reveal("#connection-url");
        form.replaceText("#connection-url", "jdbc:postgresql://127.0.0.1:1/kumo");

        robot.clickOn("#connection-test");

        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> form.label("#connection-test-result").getText().startsWith("Could not connect"));
        assertThat(form.label("#connection-test-result").getText()).doesNotContain("\n");
    }

    @Test
    void savesTheConnectionToTheDataDirectory() throws TimeoutException {
        DatabaseTarget.Server database = server.newDatabase();
        reveal("#connection-url");
        form.replaceText("#connection-url", database.url());
        form.replaceText("#connection-user", "kumo");
        form.replaceText("#connection-node", "desk-1");
        form.replaceText("#connection-labels", "eu, GPU");

        robot.clickOn("#connection-save");

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> form.label("#connection-status").getText().startsWith("Saved."));
        assertThat(new ConnectionFile(core.dataDirectory().connectionFile()).load()).contains(
                new ConnectionSettings(database.url(), "kumo", null, "desk-1", Set.of("eu", "gpu"), false));
        assertThat(robot.lookup("#connection-forget").queryButton().isDisabled()).isFalse();
    }


    private void reveal(String query) {
        Node node = robot.lookup(query).query();
        ScrollPane scroll = robot.lookup("#settings-scroll").queryAs(ScrollPane.class);
        robot.interact(() -> {
            Node page = scroll.getContent();
            Bounds bounds = page.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
            double room = page.getLayoutBounds().getHeight() - scroll.getViewportBounds().getHeight();
            scroll.setVvalue(room <= 0 ? 0 : Math.max(0, Math.min(1, (bounds.getMinY() - 60) / room)));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }
}
