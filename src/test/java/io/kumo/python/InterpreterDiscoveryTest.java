package io.kumo.python;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kumo.common.ValidationException;
import io.kumo.testkit.RealPython;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Discovery over a made-up machine in a temporary folder; the "interpreters" are scripts that run the real python3. */
class InterpreterDiscoveryTest {

    @TempDir
    Path dir;
    final ToolRunner runner = new ToolRunner(new io.kumo.supervisor.OsProcessLauncher(), System.getenv());

    @Test
    void findsPyenvCondaAndPathInterpretersOnceEach() throws IOException {
        Path home = dir.resolve("home");
        Path pyenv = python(home.resolve(".pyenv/versions/3.12.1/bin/python3"));
        python(home.resolve(".pyenv/versions/3.12.1/bin/python"));
        Path condaBase = python(home.resolve("miniconda3/bin/python"));
        Path condaEnv = python(home.resolve("miniconda3/envs/ds/bin/python"));
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Files.createSymbolicLink(bin.resolve("python3"), pyenv);
        Path versioned = python(bin.resolve("python3.13"));
        python(bin.resolve("pythonw"));
        python(bin.resolve("python3-config"));
        Path shims = python(home.resolve(".pyenv/shims/python3")).getParent();

        DiscoveryContext context = new DiscoveryContext(DiscoveryContext.Os.LINUX, List.of(shims, bin), home, Map.of(),
                argv -> Optional.empty());
        List<InterpreterDiscovery.Candidate> candidates = new InterpreterDiscovery(context).candidates();

        assertThat(candidates).containsExactly(
                new InterpreterDiscovery.Candidate(pyenv, InterpreterKind.PYENV),
                new InterpreterDiscovery.Candidate(condaBase, InterpreterKind.CONDA),
                new InterpreterDiscovery.Candidate(condaEnv, InterpreterKind.CONDA),
                new InterpreterDiscovery.Candidate(versioned, InterpreterKind.PATH));
        assertThat(new InterpreterDiscovery(context).condaInstallations()).containsExactly(home.resolve("miniconda3"));
    }

    @Test
    void windowsPyLauncherAndRegistryOutputsAreRead() {
        String launcher = """
                 -V:3.12 *        C:\\Users\\ana\\AppData\\Local\\Programs\\Python\\Python312\\python.exe
                 -V:3.11          C:\\Python311\\python.exe
                 -3.10-64         C:\\Python310\\python.exe
                """;
        assertThat(InterpreterDiscovery.parsePyLauncher(launcher)).extracting(Path::toString).containsExactly(
                "C:\\Users\\ana\\AppData\\Local\\Programs\\Python\\Python312\\python.exe",
                "C:\\Python311\\python.exe", "C:\\Python310\\python.exe");

        String registry = """

                HKEY_CURRENT_USER\\Software\\Python\\PythonCore\\3.12\\InstallPath
                    ExecutablePath    REG_SZ    C:\\Python312\\python.exe

                End of search: 1 match(es) found.
                """;
        assertThat(InterpreterDiscovery.parseRegistry(registry)).extracting(Path::toString)
                .containsExactly("C:\\Python312\\python.exe");
    }

    @Test
    void probeTellsVersionArchitectureAndPip() {
        InterpreterInfo info = new InterpreterProbe(runner).probe(RealPython.path(), InterpreterKind.PATH);
        assertThat(info.version()).matches("3\\.\\d+\\.\\d+.*");
        assertThat(info.implementation()).isEqualTo("CPython");
        assertThat(info.architecture()).endsWith("-bit");
        assertThat(info.pipAvailable()).isTrue();
        assertThat(info.isVirtualEnvironment()).isFalse();
    }

    @Test
    void probeNamesWhatIsWrongWithAFile() throws IOException {
        InterpreterProbe probe = new InterpreterProbe(runner);
        Path missing = dir.resolve("nothing-here");
        assertThatThrownBy(() -> probe.probe(missing, InterpreterKind.REGISTERED))
                .isInstanceOf(ValidationException.class).hasMessage("No file at " + missing);
        assertThatThrownBy(() -> probe.probe(dir, InterpreterKind.REGISTERED))
                .hasMessage(dir + " is a folder, not a Python interpreter");
        Path text = Files.writeString(dir.resolve("notes.txt"), "hello");
        assertThatThrownBy(() -> probe.probe(text, InterpreterKind.REGISTERED)).hasMessage(text + " is not executable");
        assertThatThrownBy(() -> probe.probe(Path.of("/bin/echo"), InterpreterKind.REGISTERED))
                .hasMessageStartingWith("/bin/echo is not a Python interpreter (it printed: -c import sys");
    }

    @Test
    void registeringKeepsTheInterpreterAndRefusesNonPython(@TempDir Path data) {
        try (var core = io.kumo.testkit.TestCores.open(data)) {
            InterpreterService interpreters = core.python().interpreters();
            Path real = RealPython.path();
            interpreters.register(real);
            assertThat(interpreters.registered()).extracting(i -> i.getPath()).containsExactly(real.toString());
            assertThat(interpreters.list()).first().satisfies(info -> {
                assertThat(info.path()).isEqualTo(real);
                assertThat(info.kind()).isEqualTo(InterpreterKind.REGISTERED);
            });
            assertThatThrownBy(() -> interpreters.register(real)).hasMessage(real + " is already registered");
            assertThatThrownBy(() -> interpreters.register(Path.of("/bin/true")))
                    .hasMessage("/bin/true is not a Python interpreter");
            interpreters.unregister(real);
            assertThat(interpreters.registered()).isEmpty();
        }
    }

    private Path python(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, "#!/bin/sh\nexec " + RealPython.path() + " \"$@\"\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }
}
