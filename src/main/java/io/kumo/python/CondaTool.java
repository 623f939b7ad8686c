package io.kumo.python;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The conda-style package manager found on this machine: conda, mamba or micromamba (their CLIs agree here). */
public record CondaTool(Path executable, Flavor flavor) {

    public enum Flavor { CONDA, MAMBA, MICROMAMBA }

    /** {@code create -y -p PREFIX python=VERSION}; micromamba has no default channel, so it is given conda-forge. */
    public List<String> createCommand(Path prefix, String pythonVersion) {
        List<String> argv = new ArrayList<>(List.of(executable.toString(), "create", "-y", "-p", prefix.toString(),
                "python=" + pythonVersion));
        addChannel(argv);
        return argv;
    }

    public List<String> installCommand(Path prefix, List<String> specs) {
        List<String> argv = new ArrayList<>(List.of(executable.toString(), "install", "-y", "-p", prefix.toString()));
        argv.addAll(specs);
        addChannel(argv);
        return argv;
    }

    public List<String> updateCommand(Path prefix, List<String> names) {
        List<String> argv = new ArrayList<>(List.of(executable.toString(), "update", "-y", "-p", prefix.toString()));
        argv.addAll(names);
        addChannel(argv);
        return argv;
    }

    public List<String> removeCommand(Path prefix, List<String> names) {
        List<String> argv = new ArrayList<>(List.of(executable.toString(), "remove", "-y", "-p", prefix.toString()));
        argv.addAll(names);
        return argv;
    }

    public List<String> listCommand(Path prefix) {
        return List.of(executable.toString(), "list", "-p", prefix.toString(), "--json");
    }

    private void addChannel(List<String> argv) {
        if (flavor == Flavor.MICROMAMBA) {
            argv.addAll(List.of("-c", "conda-forge"));
        }
    }
}
