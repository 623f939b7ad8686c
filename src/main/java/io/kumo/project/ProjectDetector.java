package io.kumo.project;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Recognises Scrapy projects ({@code scrapy.cfg}, spiders by their {@code name = "..."}), plain scripts
 * ({@code main.py}, {@code app.py}, {@code run.py}, {@code __main__.py}, and other top-level scripts with a main guard),
 * {@code pyproject.toml} scripts, and the
 * declared dependencies. Reads files only; runs nothing.
 */
public final class ProjectDetector {

    private static final List<String> SCRIPT_NAMES = List.of("main.py", "app.py", "run.py", "__main__.py");
    private static final Pattern SCRAPY_SETTINGS = Pattern.compile("^\\s*default\\s*[=:]\\s*([\\w.]+)\\s*$", Pattern.MULTILINE);
    private static final Pattern SPIDER_NAME = Pattern.compile("^\\s+name\\s*=\\s*['\"]([^'\"]+)['\"]", Pattern.MULTILINE);
    private static final int MAX_SPIDER_FILES = 500;
    private static final long MAX_READ = 2 * 1024 * 1024;
    private static final int MAX_GUARDED_SCRIPTS = 50;
    private static final java.util.regex.Pattern MAIN_GUARD =
            java.util.regex.Pattern.compile("(?m)^if\\s+__name__\\s*==\\s*['\"]__main__['\"]\\s*:");

    public Detection detect(Path root) {
        List<String> commands = new ArrayList<>();
        List<String> spiders = new ArrayList<>();
        ProjectKind kind = ProjectKind.UNKNOWN;
        if (Files.isRegularFile(root.resolve("scrapy.cfg"))) {
            kind = ProjectKind.SCRAPY;
            spiders.addAll(spiders(root));
            spiders.forEach(spider -> commands.add("scrapy crawl " + spider));
        }
        Pyproject pyproject = pyproject(root);
        if (!pyproject.scripts().isEmpty() && kind == ProjectKind.UNKNOWN) {
            kind = ProjectKind.PACKAGE;
        }
        commands.addAll(pyproject.scripts());
        for (String script : SCRIPT_NAMES) {
            if (Files.isRegularFile(root.resolve(script))) {
                commands.add(script.equals("__main__.py") ? "python ." : "python " + script);
            }
        }
        scriptsWithMainGuard(root).forEach(script -> commands.add("python " + script));
        packagesWithMain(root).forEach(pkg -> commands.add("python -m " + pkg));
        if (kind == ProjectKind.UNKNOWN && !commands.isEmpty()) {
            kind = ProjectKind.SCRIPTS;
        }
        List<String> requirements = Stream.of("requirements.txt", "requirements-prod.txt", "requirements/base.txt",
                        "requirements/prod.txt")
                .filter(file -> Files.isRegularFile(root.resolve(file))).toList();
        return new Detection(kind, List.copyOf(new LinkedHashSet<>(commands)), spiders, requirements, pyproject.dependencies());
    }

    /** Other top-level scripts meant to be run: those with an {@code if __name__ == "__main__":} guard. */
    private static List<String> scriptsWithMainGuard(Path root) {
        try (Stream<Path> children = Files.list(root)) {
            return children.filter(file -> Files.isRegularFile(file) && file.getFileName().toString().endsWith(".py"))
                    .filter(file -> !SCRIPT_NAMES.contains(file.getFileName().toString()))
                    .sorted().limit(MAX_GUARDED_SCRIPTS)
                    .filter(ProjectDetector::hasMainGuard)
                    .map(file -> file.getFileName().toString()).toList();
        } catch (IOException e) {
            return List.of(); // an unreadable folder suggests nothing more
        }
    }

    private static boolean hasMainGuard(Path script) {
        try {
            return MAIN_GUARD.matcher(read(script)).find();
        } catch (IOException e) {
            return false;
        }
    }

    private record Pyproject(List<String> scripts, List<String> dependencies) {
    }

    private static Pyproject pyproject(Path root) {
        Path file = root.resolve("pyproject.toml");
        if (!Files.isRegularFile(file)) {
            return new Pyproject(List.of(), List.of());
        }
        try {
            JsonNode project = new TomlMapper().readTree(read(file)).path("project");
            List<String> scripts = new ArrayList<>();
            project.path("scripts").fieldNames().forEachRemaining(scripts::add);
            List<String> dependencies = new ArrayList<>();
            project.path("dependencies").forEach(node -> dependencies.add(node.asText()));
            return new Pyproject(scripts, dependencies);
        } catch (IOException e) {
            // an invalid pyproject.toml suggests nothing; the editor shows the file as it is
            return new Pyproject(List.of(), List.of());
        }
    }

    /** Spider names from the modules of {@code <settings package>/spiders} (or any {@code spiders} folder). */
    private static List<String> spiders(Path root) {
        Set<Path> folders = new LinkedHashSet<>();
        try {
            Matcher settings = SCRAPY_SETTINGS.matcher(read(root.resolve("scrapy.cfg")));
            if (settings.find()) {
                String module = settings.group(1);
                String pkg = module.contains(".") ? module.substring(0, module.lastIndexOf('.')) : module;
                folders.add(root.resolve(pkg.replace('.', '/')).resolve("spiders"));
            }
        } catch (IOException e) {
            // fall back to looking for spiders folders
        }
        try (Stream<Path> walk = Files.walk(root, 3)) {
            walk.filter(path -> path.getFileName().toString().equals("spiders") && Files.isDirectory(path)).forEach(folders::add);
        } catch (IOException e) {
            // what was found so far is still useful
        }
        Set<String> names = new LinkedHashSet<>();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(folder, 2)) {
                files.filter(f -> f.toString().endsWith(".py")).sorted().limit(MAX_SPIDER_FILES).forEach(file -> {
                    try {
                        Matcher name = SPIDER_NAME.matcher(read(file));
                        while (name.find()) {
                            names.add(name.group(1));
                        }
                    } catch (IOException e) {
                        // an unreadable module hides its spiders only
                    }
                });
            } catch (IOException e) {
                // as above
            }
        }
        return List.copyOf(names);
    }

    private static List<String> packagesWithMain(Path root) {
        try (Stream<Path> children = Files.list(root)) {
            return children.filter(dir -> Files.isRegularFile(dir.resolve("__main__.py")) && Files.isRegularFile(dir.resolve("__init__.py")))
                    .map(dir -> dir.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static String read(Path file) throws IOException {
        if (Files.size(file) > MAX_READ) {
            throw new IOException(file + " is too large to inspect");
        }
        return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    }
}
