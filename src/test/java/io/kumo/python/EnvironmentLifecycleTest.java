package io.kumo.python;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kumo.app.KumoCore;
import io.kumo.audit.AuditAction;
import io.kumo.audit.AuditEntry;
import io.kumo.audit.AuditQuery;
import io.kumo.audit.FieldChange;
import io.kumo.common.ValidationException;
import io.kumo.domain.EnvironmentKind;
import io.kumo.domain.EnvironmentState;
import io.kumo.domain.PythonEnvironment;
import io.kumo.domain.Task;
import io.kumo.settings.Settings;
import io.kumo.testkit.LocalPackageIndex;
import io.kumo.testkit.RealPython;
import io.kumo.testkit.TestCores;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real venvs made from the machine's python3, and real pip installs from a package index served by the test (PyPI
 * is not reachable here). One venv is shared by the ordered package tests: making one costs seconds.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EnvironmentLifecycleTest {

    @TempDir
    static Path dir;
    static KumoCore core;
    static LocalPackageIndex index;
    static PythonEnvironment venv;
    static final List<String> createOutput = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void createVenv() {
        core = TestCores.open(dir.resolve("data"));
        index = LocalPackageIndex.start().add("kumo-demo", "1.0").add("kumo-demo", "2.0").add("kumo-extra", "0.3", "kumo-demo>=1")
                .add("kumo-proxied", "1.0");
        core.mirrors().add(index.simpleUrl(), null, true);
        venv = environments().createVenv("etl", RealPython.path(), createOutput::add, Cancellation.none());
    }

    @AfterAll
    static void close() {
        index.close();
        core.close();
    }

    static EnvironmentService environments() {
        return core.python().environments();
    }

    static PackageService packages() {
        return core.python().packages();
    }

    @Test
    @Order(1)
    void aVenvIsMadeUnderTheDataDirectoryWithPip() throws IOException {
        assertThat(venv.getState()).isEqualTo(EnvironmentState.READY);
        assertThat(venv.getKind()).isEqualTo(EnvironmentKind.VENV);
        assertThat(venv.getPythonVersion()).startsWith("3.");
        assertThat(Path.of(venv.getLocation())).isEqualTo(core.dataDirectory().environments().resolve("etl"));
        assertThat(Path.of(venv.getInterpreterPath())).isExecutable();
        assertThat(packages().list(venv)).extracting(InstalledPackage::name).contains("pip");
        try (var logs = Files.list(core.dataDirectory().installLogs())) {
            Path log = logs.filter(file -> file.getFileName().toString().startsWith("etl-create-")).findFirst().orElseThrow();
            assertThat(Files.readString(log)).contains("-m venv").contains("[kumo] exit code 0");
        }
    }

    @Test
    @Order(2)
    void installsFromTheMirrorListsAndImports() throws Exception {
        List<String> output = new CopyOnWriteArrayList<>();
        packages().install(venv, List.of("kumo-demo==1.0"), output::add, Cancellation.none());

        assertThat(output).anyMatch(line -> line.contains("Successfully installed kumo-demo-1.0"));
        assertThat(packages().list(venv)).anySatisfy(pkg -> {
            assertThat(pkg.name()).isEqualTo("kumo-demo");
            assertThat(pkg.version()).isEqualTo("1.0");
            assertThat(pkg.location()).startsWith(venv.getLocation());
        });
        assertThat(run(venv, "import kumo_demo; print(kumo_demo.__version__)")).isEqualTo("1.0");
        assertThat(index.requests()).isPositive();
    }

    @Test
    @Order(3)
    void upgradesThenUninstalls() {
        packages().upgrade(venv, List.of("kumo-demo"), ToolOutput.discard(), Cancellation.none());
        assertThat(versionOf("kumo-demo")).isEqualTo("2.0");

        packages().uninstall(venv, List.of("kumo-demo"), ToolOutput.discard(), Cancellation.none());
        assertThat(packages().list(venv)).extracting(InstalledPackage::name).doesNotContain("kumo-demo");
    }

    @Test
    @Order(4)
    void installsARequirementsFileWithItsDependenciesAndExportsFreeze() throws IOException {
        Path requirements = Files.writeString(dir.resolve("requirements.txt"), "# pinned\nkumo-extra==0.3\n");
        packages().installRequirements(venv, requirements, ToolOutput.discard(), Cancellation.none());
        assertThat(versionOf("kumo-extra")).isEqualTo("0.3");
        assertThat(versionOf("kumo-demo")).isEqualTo("2.0");

        Path frozen = dir.resolve("out").resolve("frozen.txt");
        int count = packages().exportFreeze(venv, frozen);
        assertThat(count).isGreaterThanOrEqualTo(2);
        assertThat(Files.readString(frozen)).contains("kumo-extra==0.3").contains("kumo-demo==2.0");
    }

    @Test
    @Order(5)
    void aFailingInstallCarriesPipsOwnErrorAndKeepsItsLog() throws IOException {
        assertThatThrownBy(() -> packages().install(venv, List.of("no-such-package==9.9"), ToolOutput.discard(), Cancellation.none()))
                .isInstanceOfSatisfying(ToolFailedException.class, e -> {
                    assertThat(e.getMessage()).startsWith("Install in 'etl' failed: ")
                            .contains("No matching distribution found for no-such-package==9.9");
                    assertThat(e.logFile()).isPresent();
                });
        assertThat(packages().list(venv)).extracting(InstalledPackage::name).doesNotContain("no-such-package");
    }

    @Test
    @Order(5)
    void aFailedInstallIsInTheAuditLogWithPipsError() {
        assertThatThrownBy(() -> packages().install(venv, List.of("kumo-missing==1.0"), ToolOutput.discard(), Cancellation.none()))
                .isInstanceOf(ToolFailedException.class);

        AuditEntry entry = newestAbout("kumo-missing==1.0");
        assertThat(entry.action()).isEqualTo(AuditAction.INSTALL.name());
        assertThat(entry.targetType()).isEqualTo("ENVIRONMENT");
        assertThat(entry.targetName()).isEqualTo("etl");
        assertThat(entry.note()).startsWith("Install in 'etl' failed: ")
                .contains("No matching distribution found for kumo-missing==1.0");
    }

    @Test
    @Order(5)
    void aSucceededInstallIsInTheAuditLogWithoutAnError() {
        AuditEntry entry = newestAbout("kumo-demo==1.0");
        assertThat(entry.action()).isEqualTo(AuditAction.INSTALL.name());
        assertThat(entry.targetName()).isEqualTo("etl");
        assertThat(entry.changes()).containsExactly(new FieldChange("packages", null, "kumo-demo==1.0"));
        assertThat(entry.note()).isNull();
    }

    private static AuditEntry newestAbout(String packages) {
        return core.audit().query(new AuditQuery(null, null, AuditAction.INSTALL.name(), "ENVIRONMENT", packages, 10))
                .getFirst();
    }

    @Test
    @Order(6)
    void specsThatLookLikeOptionsAreRefusedBeforePipRuns() {
        assertThatThrownBy(() -> packages().install(venv, List.of("--index-url=http://evil/"), ToolOutput.discard(), Cancellation.none()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("looks like an option");
        assertThatThrownBy(() -> packages().install(venv, List.of(" "), ToolOutput.discard(), Cancellation.none()))
                .isInstanceOf(ValidationException.class).hasMessage("no requirement given");
    }

    @Test
    @Order(7)
    void deleteIsRefusedWhileATaskUsesTheEnvironmentThenRemovesItsFolder() {
        PythonEnvironment doomed = environments().createVenv("doomed", RealPython.path(), ToolOutput.discard(), Cancellation.none());
        Task task = new Task("nightly", "python main.py");
        task.setEnvironmentId(doomed.getId());
        core.tasks().create(task);

        assertThatThrownBy(() -> environments().delete(doomed))
                .isInstanceOf(ValidationException.class)
                .hasMessage("environment 'doomed' is used by task nightly; give them another environment or delete them first");
        assertThat(Path.of(doomed.getLocation())).isDirectory();

        core.tasks().delete(task.getId());
        environments().delete(environments().find("doomed"));
        assertThat(Path.of(doomed.getLocation())).doesNotExist();
        assertThat(core.environments().findByName("doomed")).isEmpty();
        assertThat(Path.of(RealPython.path().toString())).exists();
    }

    @Test
    @Order(8)
    void theProxySettingReachesPip() {
        String unreachable = "http://kumo-index.invalid/simple/";
        core.mirrors().setEnabled(index.simpleUrl(), false);
        core.mirrors().add(unreachable, null, true);
        core.settings().set(Settings.HTTP_PROXY, index.proxyUrl());
        try {
            packages().install(venv, List.of("kumo-proxied==1.0"), ToolOutput.discard(), Cancellation.none());
            assertThat(versionOf("kumo-proxied")).isEqualTo("1.0");
            assertThat(index.proxiedRequests()).isPositive();
        } finally {
            core.settings().set(Settings.HTTP_PROXY, "");
            core.mirrors().remove(unreachable);
            core.mirrors().setEnabled(index.simpleUrl(), true);
        }
    }

    @Test
    void cancellingCreationLeavesNeitherFolderNorRecord() throws Exception {
        Cancellation cancellation = new Cancellation();
        Path location = core.dataDirectory().environments().resolve("cancelled");
        CompletableFuture<PythonEnvironment> creation = CompletableFuture.supplyAsync(
                () -> environments().createVenv("cancelled", RealPython.path(), ToolOutput.discard(), cancellation));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!Files.exists(location.resolve("pyvenv.cfg")) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        cancellation.cancel();

        assertThatThrownBy(() -> creation.get(30, TimeUnit.SECONDS)).hasCauseInstanceOf(Cancellation.CancelledException.class);
        assertThat(location).doesNotExist();
        assertThat(core.environments().findByName("cancelled")).isEmpty();
    }

    @Test
    void aBrokenInterpreterIsRefusedWithItsOwnErrorAndNothingIsMade() throws IOException {
        Path broken = script("broken-python", "#!/bin/sh\necho 'Fatal Python error: init_fs_encoding' >&2\nexit 1\n");

        assertThatThrownBy(() -> environments().createVenv("from-broken", broken, ToolOutput.discard(), Cancellation.none()))
                .isInstanceOf(ValidationException.class)
                .hasMessage(broken + " is not a working Python interpreter: Fatal Python error: init_fs_encoding");
        assertThat(core.dataDirectory().environments().resolve("from-broken")).doesNotExist();
        assertThat(core.environments().findByName("from-broken")).isEmpty();
    }

    @Test
    void namesThatArePathsOrTakenAreRefused() {
        for (String name : List.of("../evil", "a/b", "a\\b", ".hidden", "", "x".repeat(65))) {
            assertThatThrownBy(() -> environments().createVenv(name, RealPython.path(), ToolOutput.discard(), Cancellation.none()))
                    .as(name).isInstanceOf(ValidationException.class).hasMessageStartingWith("environment name: ");
        }
        assertThatThrownBy(() -> environments().useInterpreter("etl", RealPython.path(), false))
                .isInstanceOf(ValidationException.class).hasMessage("environment name: 'etl' is already used");
        assertThat(Path.of(venv.getLocation())).isDirectory();
    }

    @Test
    void theSystemInterpreterIsReadOnlyUntilAllowed() {
        PythonEnvironment system = environments().useInterpreter("system", RealPython.path(), false);
        assertThat(system.getKind()).isEqualTo(EnvironmentKind.SYSTEM);
        assertThat(system.getState()).isEqualTo(EnvironmentState.READY);

        assertThatThrownBy(() -> packages().install(system, List.of("kumo-demo"), ToolOutput.discard(), Cancellation.none()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("read-only");
        assertThat(packages().list(system)).isNotEmpty();

        environments().delete(system);
        assertThat(RealPython.path()).exists();
    }

    @Test
    void resetDecidesAStuckStateByWhetherTheInterpreterRuns() throws IOException {
        PythonEnvironment stuck = environments().useInterpreter("stuck", RealPython.path(), false);
        stuck.setState(EnvironmentState.CREATING);
        core.environments().update(stuck);
        assertThat(environments().reset(stuck).healthy()).isTrue();
        assertThat(environments().find("stuck").getState()).isEqualTo(EnvironmentState.READY);

        Path vanishing = script("vanishing-python", "#!/bin/sh\nexec " + RealPython.path() + " \"$@\"\n");
        PythonEnvironment gone = environments().useInterpreter("gone", vanishing, false);
        Files.delete(vanishing);
        EnvironmentService.HealthReport report = environments().check(gone);
        assertThat(report.healthy()).isFalse();
        assertThat(report.message()).isEqualTo("No file at " + vanishing);
        assertThat(environments().find("gone").getState()).isEqualTo(EnvironmentState.BROKEN);
    }

    @Test
    void condaIsRefusedPlainlyWhenNoneIsInstalled() {
        org.junit.jupiter.api.Assumptions.assumeTrue(environments().condaTool().isEmpty(), "conda is installed here");
        assertThatThrownBy(() -> environments().createConda("ds", "3.12", ToolOutput.discard(), Cancellation.none()))
                .isInstanceOf(ValidationException.class)
                .hasMessageStartingWith("conda environments need conda, mamba or micromamba, and none was found");
        assertThatThrownBy(() -> environments().createConda("ds", "latest", ToolOutput.discard(), Cancellation.none()))
                .isInstanceOf(ValidationException.class).hasMessage("Python version: 'latest' is not a version such as 3.12");
    }

    private static String versionOf(String name) {
        return packages().list(venv).stream().filter(pkg -> pkg.name().equals(name)).findFirst()
                .map(InstalledPackage::version).orElse(null);
    }

    private static String run(PythonEnvironment environment, String code) throws Exception {
        Process process = new ProcessBuilder(environment.getInterpreterPath(), "-c", code).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        process.waitFor();
        return out;
    }

    private static Path script(String name, String content) throws IOException {
        Path file = Files.writeString(dir.resolve(name), content);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }
}
