package io.kumo.python;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Finds conda, mamba or micromamba: on PATH, through CONDA_EXE / MAMBA_EXE, or in a known installation folder. */
public final class CondaLocator {

    private final DiscoveryContext context;
    private final InterpreterDiscovery discovery;

    public CondaLocator(DiscoveryContext context, InterpreterDiscovery discovery) {
        this.context = context;
        this.discovery = discovery;
    }

    public Optional<CondaTool> find() {
        List<Path> candidates = new ArrayList<>();
        for (String name : List.of("mamba", "micromamba", "conda")) {
            context.pathEntries().forEach(dir -> candidates.add(dir.resolve(executableName(name))));
        }
        for (String variable : List.of("MAMBA_EXE", "CONDA_EXE")) {
            String value = context.environment().get(variable);
            if (value != null && !value.isBlank()) {
                candidates.add(Path.of(value));
            }
        }
        for (Path root : discovery.condaInstallations()) {
            for (String name : List.of("mamba", "conda")) {
                candidates.add(root.resolve(context.windows() ? "Scripts" : "bin").resolve(executableName(name)));
                candidates.add(root.resolve("condabin").resolve(executableName(name)));
            }
        }
        return candidates.stream().filter(path -> Files.isRegularFile(path) && Files.isExecutable(path)).findFirst()
                .map(path -> new CondaTool(path, flavorOf(path)));
    }

    private String executableName(String name) {
        return context.windows() ? name + (name.equals("conda") ? ".bat" : ".exe") : name;
    }

    private static CondaTool.Flavor flavorOf(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.startsWith("micromamba")) {
            return CondaTool.Flavor.MICROMAMBA;
        }
        return name.startsWith("mamba") ? CondaTool.Flavor.MAMBA : CondaTool.Flavor.CONDA;
    }
}
