package io.kumo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.app.KumoCore;
import io.kumo.config.DataDirectoryResolver;
import io.kumo.testkit.TestCores;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KumoCliTest {

    @TempDir
    Path dir;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();
    final AtomicReference<KumoCore> desktopCore = new AtomicReference<>();

    private int run(String... args) {
        var resolver = new DataDirectoryResolver(Map.of("KUMO_HOME", dir.resolve("home").toString()), "Linux", dir);
        return new KumoCli(resolver, (core, minimized, errors) -> {
            desktopCore.set(core);
            return ExitCodes.OK;
        }, new PrintWriter(out, true), new PrintWriter(err, true)).run(args);
    }

    @Test
    void versionPrintsNameAndVersion() {
        assertThat(run("--version")).isEqualTo(0);
        assertThat(out.toString()).startsWith("Kumo ");
    }

    @Test
    void unknownOptionExitsTwoWithOneLine() {
        assertThat(run("--frobnicate")).isEqualTo(2);
        assertThat(err.toString().strip()).isEqualTo("kumo: Unknown option: '--frobnicate' (see 'kumo --help')");
        assertThat(err.toString().strip().lines()).hasSize(1);
    }

    @Test
    void noArgumentsOpensTheWindowOnKumoHome() {
        assertThat(run()).isEqualTo(0);
        assertThat(desktopCore.get().dataDirectory().root()).isEqualTo(dir.resolve("home"));
    }

    @Test
    void aWindowStartLetsTheToolkitStartBeforeTheStoreOpens() {
        var resolver = new DataDirectoryResolver(Map.of("KUMO_HOME", dir.resolve("home").toString()), "Linux", dir);
        java.util.List<String> steps = new java.util.concurrent.CopyOnWriteArrayList<>();
        KumoCommand.DesktopStarter starter = new KumoCommand.DesktopStarter() {
            @Override
            public void prepareWindow() {
                boolean opened = java.nio.file.Files.exists(new io.kumo.config.DataDirectory(dir.resolve("home")).lockFile());
                steps.add("prepare, store " + (opened ? "open" : "not open"));
            }

            @Override
            public int runUntilQuit(KumoCore core, boolean minimized, PrintWriter errors) {
                steps.add("window");
                return ExitCodes.OK;
            }
        };

        assertThat(new KumoCli(resolver, starter, new PrintWriter(out, true), new PrintWriter(err, true)).run()).isEqualTo(0);

        assertThat(steps).containsExactly("prepare, store not open", "window");
    }

    @Test
    void dataDirOptionWinsOverKumoHome() {
        assertThat(run("--data-dir", dir.resolve("other").toString())).isEqualTo(0);
        assertThat(desktopCore.get().dataDirectory().root()).isEqualTo(dir.resolve("other"));
    }

    @Test
    void secondInstanceOnTheSameDataDirectoryGetsOneClearLine() {
        try (KumoCore running = TestCores.open(dir.resolve("shared"))) {
            assertThat(run("--data-dir", dir.resolve("shared").toString())).isEqualTo(1);
        }
        assertThat(err.toString().strip().lines()).hasSize(1);
        assertThat(err.toString()).startsWith("kumo: Kumo is already running with data directory " + dir.resolve("shared"));
        assertThat(desktopCore.get()).isNull();
    }
}
