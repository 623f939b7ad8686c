package io.kumo.python;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds the interpreter files installed on this machine, without running them: pyenv versions, conda / mamba /
 * micromamba installations and their environments, macOS framework and Homebrew Pythons, the Windows {@code py}
 * launcher and PEP 514 registry entries, and {@code python3}, {@code python3.X}, {@code python} on PATH. A file
 * reached by several routes (a symlink on PATH into a pyenv version, say) is listed once, under the first route.
 */
public final class InterpreterDiscovery {

    private static final Pattern UNIX_NAME = Pattern.compile("python(3(\\.\\d+)?)?");
    private static final Pattern WINDOWS_NAME = Pattern.compile("python(3(\\.\\d+)?)?\\.exe", Pattern.CASE_INSENSITIVE);
    private static final Pattern PY_LAUNCHER_LINE = Pattern.compile("^\\s*-\\S+\\s+(?:\\*\\s+)?(.+\\.exe)\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern REGISTRY_VALUE = Pattern.compile("^\\s*ExecutablePath\\s+REG_SZ\\s+(.+?)\\s*$");
    private static final List<String> CONDA_FOLDERS = List.of("miniconda3", "anaconda3", "miniforge3", "mambaforge",
            "micromamba", ".conda", "miniconda", "anaconda");

    private final DiscoveryContext context;

    public InterpreterDiscovery(DiscoveryContext context) {
        this.context = context;
    }

    /** A file that looks like an interpreter, and how it was found. */
    public record Candidate(Path path, InterpreterKind kind) {
    }

    public List<Candidate> candidates() {
        Map<Path, Candidate> found = new LinkedHashMap<>();
        pyenv().forEach(path -> add(found, path, InterpreterKind.PYENV));
        conda().forEach(path -> add(found, path, InterpreterKind.CONDA));
        if (context.os() == DiscoveryContext.Os.MAC) {
            framework().forEach(path -> add(found, path, InterpreterKind.FRAMEWORK));
            homebrew().forEach(path -> add(found, path, InterpreterKind.HOMEBREW));
        }
        if (context.windows()) {
            pyLauncher().forEach(path -> add(found, path, InterpreterKind.PY_LAUNCHER));
            registry().forEach(path -> add(found, path, InterpreterKind.REGISTRY));
        }
        onPath().forEach(path -> add(found, path, InterpreterKind.PATH));
        return List.copyOf(found.values());
    }

    public DiscoveryContext context() {
        return context;
    }

    /** The conda installation folders present (for the conda tool and its environments). */
    public List<Path> condaInstallations() {
        List<Path> roots = new ArrayList<>();
        Stream.of("CONDA_EXE", "MAMBA_EXE").map(context.environment()::get).filter(value -> value != null && !value.isBlank())
                .map(Path::of).map(exe -> exe.getParent() == null ? null : exe.getParent().getParent())
                .filter(root -> root != null).forEach(roots::add);
        Optional.ofNullable(context.environment().get("MAMBA_ROOT_PREFIX")).filter(v -> !v.isBlank()).map(Path::of)
                .ifPresent(roots::add);
        CONDA_FOLDERS.forEach(name -> roots.add(context.home().resolve(name)));
        if (!context.windows()) {
            Stream.of("/opt/conda", "/opt/miniconda3", "/opt/anaconda3", "/opt/miniforge3").map(Path::of).forEach(roots::add);
        }
        return roots.stream().map(Path::normalize).distinct()
                .filter(root -> Files.isDirectory(root.resolve("envs")) || Files.isRegularFile(context.pythonIn(root)))
                .toList();
    }

    private List<Path> pyenv() {
        Path root = Optional.ofNullable(context.environment().get("PYENV_ROOT")).filter(v -> !v.isBlank()).map(Path::of)
                .orElse(context.home().resolve(".pyenv"));
        Path versions = context.windows() ? root.resolve("pyenv-win").resolve("versions") : root.resolve("versions");
        return children(versions).stream().map(this::interpreterOf).flatMap(Optional::stream).toList();
    }

    private List<Path> conda() {
        List<Path> pythons = new ArrayList<>();
        for (Path root : condaInstallations()) {
            pythons.add(context.pythonIn(root));
            children(root.resolve("envs")).forEach(env -> pythons.add(context.pythonIn(env)));
        }
        Path registry = context.home().resolve(".conda").resolve("environments.txt");
        if (Files.isRegularFile(registry)) {
            try {
                Files.readAllLines(registry).stream().map(String::strip).filter(line -> !line.isEmpty())
                        .map(Path::of).map(context::pythonIn).forEach(pythons::add);
            } catch (IOException | RuntimeException e) {
                // an unreadable conda registry only hides those environments
            }
        }
        return pythons.stream().filter(Files::isRegularFile).toList();
    }

    private List<Path> framework() {
        Path versions = Path.of("/Library/Frameworks/Python.framework/Versions");
        return children(versions).stream().map(version -> version.resolve("bin").resolve("python3"))
                .filter(Files::isRegularFile).toList();
    }

    private List<Path> homebrew() {
        List<Path> pythons = new ArrayList<>();
        for (Path prefix : List.of(Path.of("/opt/homebrew"), Path.of("/usr/local"))) {
            pythonsIn(prefix.resolve("bin")).forEach(pythons::add);
            children(prefix.resolve("opt")).stream().filter(dir -> dir.getFileName().toString().startsWith("python@"))
                    .map(dir -> dir.resolve("bin").resolve("python3")).filter(Files::isRegularFile).forEach(pythons::add);
        }
        return pythons;
    }

    private List<Path> pyLauncher() {
        return context.commandOutput().apply(List.of("py", "-0p")).map(InterpreterDiscovery::parsePyLauncher)
                .orElse(List.of());
    }

    private List<Path> registry() {
        List<Path> pythons = new ArrayList<>();
        for (String key : List.of("HKCU\\Software\\Python", "HKLM\\Software\\Python", "HKLM\\Software\\WOW6432Node\\Python")) {
            context.commandOutput().apply(List.of("reg", "query", key, "/s", "/v", "ExecutablePath"))
                    .map(InterpreterDiscovery::parseRegistry).ifPresent(pythons::addAll);
        }
        return pythons;
    }

    private List<Path> onPath() {
        List<Path> pythons = new ArrayList<>();
        for (Path dir : context.pathEntries()) {
            String text = dir.toString().replace('\\', '/');
            // pyenv's shims and the Windows Store's app aliases are stand-ins, not interpreters
            if (text.contains("/.pyenv/shims") || text.contains("/pyenv-win/shims") || text.endsWith("WindowsApps")) {
                continue;
            }
            pythonsIn(dir).forEach(pythons::add);
        }
        return pythons;
    }

    private List<Path> pythonsIn(Path dir) {
        Pattern names = context.windows() ? WINDOWS_NAME : UNIX_NAME;
        return children(dir).stream().filter(file -> names.matcher(file.getFileName().toString()).matches())
                .filter(file -> Files.isRegularFile(file) && Files.isExecutable(file)).sorted().toList();
    }

    private Optional<Path> interpreterOf(Path prefix) {
        Path python = context.pythonIn(prefix);
        Path python3 = python.resolveSibling(context.windows() ? "python3.exe" : "python3");
        return Stream.of(python3, python).filter(Files::isRegularFile).findFirst();
    }

    /** {@code py -0p} prints one installed Python per line: {@code  -V:3.12 *        C:\Python312\python.exe}. */
    static List<Path> parsePyLauncher(String output) {
        return output.lines().map(PY_LAUNCHER_LINE::matcher).filter(Matcher::matches)
                .map(matcher -> Path.of(matcher.group(1).strip())).toList();
    }

    /** {@code reg query ... /s /v ExecutablePath} prints {@code     ExecutablePath    REG_SZ    C:\...\python.exe}. */
    static List<Path> parseRegistry(String output) {
        return output.lines().map(REGISTRY_VALUE::matcher).filter(Matcher::matches)
                .map(matcher -> Path.of(matcher.group(1))).toList();
    }

    private static void add(Map<Path, Candidate> found, Path path, InterpreterKind kind) {
        Path key;
        try {
            key = path.toRealPath();
        } catch (IOException e) {
            return;
        }
        found.putIfAbsent(key, new Candidate(path.toAbsolutePath().normalize(), kind));
    }

    private static List<Path> children(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Path> children = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            stream.forEach(children::add);
        } catch (IOException e) {
            return List.of();
        }
        children.sort(null);
        return children;
    }
}
