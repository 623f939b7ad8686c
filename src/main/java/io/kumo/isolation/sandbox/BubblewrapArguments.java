package io.kumo.isolation.sandbox;

import io.kumo.isolation.ConfinementRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The {@code bwrap} command line around one run: the system read-only, fresh /proc, /dev and /tmp, no home directory
 * (a private empty one instead), the project, the Python environment, an outside working directory and the webhook
 * payload read-only, OUTPUT_DIR writable, and no network when the task's is off.
 * <p>
 * No {@code --unshare-pid} and no {@code --new-session}: the run's processes stay in Kumo's view and in the session
 * Kumo started them in, so stop, timeouts and CPU/memory samples find the whole tree as for a plain run; a run
 * started without a terminal has none to inject keystrokes into.
 */
final class BubblewrapArguments {

    /** The run's HOME inside the sandbox: an empty folder on the tmpfs laid over /home. */
    static final String SANDBOX_HOME = "/home/sandbox";

    /** The webhook body's file of a run a trigger started (the engine's variable of that name). */
    static final String PAYLOAD_VARIABLE = "KUMO_PAYLOAD";

    private static final List<String> SYSTEM = List.of("/usr", "/etc", "/bin", "/sbin", "/lib", "/lib32", "/lib64",
            "/libx32", "/opt", "/run/systemd/resolve");

    private final Path bwrap;

    BubblewrapArguments(Path bwrap) {
        this.bwrap = bwrap;
    }

    List<String> wrap(ConfinementRequest request, List<String> resolvedArgv) {
        List<String> args = new ArrayList<>(List.of(bwrap.toString(), "--die-with-parent"));
        for (String dir : SYSTEM) {
            args.addAll(List.of("--ro-bind-try", dir, dir));
        }
        args.addAll(List.of("--proc", "/proc", "--dev", "/dev", "--tmpfs", "/tmp"));
        for (String home : homes(request)) {
            args.addAll(List.of("--tmpfs", home));
        }
        args.addAll(List.of("--dir", SANDBOX_HOME, "--setenv", "HOME", SANDBOX_HOME, "--setenv", "TMPDIR", "/tmp"));
        for (Bind bind : binds(request, Path.of(resolvedArgv.getFirst()))) {
            args.addAll(List.of(bind.writable() ? "--bind" : "--ro-bind", bind.path().toString(), bind.path().toString()));
        }
        if (!request.sandbox().network()) {
            args.add("--unshare-net");
        }
        args.addAll(List.of("--chdir", workingDirectory(request).toString(), "--"));
        args.addAll(resolvedArgv);
        return List.copyOf(args);
    }

    /** Where the run starts: its working directory when the sandbox shows it, else the private home. */
    static Path workingDirectory(ConfinementRequest request) {
        return showsWorkDir(request) ? request.workDir() : Path.of(SANDBOX_HOME);
    }

    /** The user's home, /home and /root, each hidden under an empty tmpfs; parents first. */
    private static List<String> homes(ConfinementRequest request) {
        List<String> homes = new ArrayList<>(List.of("/home", "/root"));
        userHome(request).map(Path::toString).filter(home -> !isUnder(Path.of(home), Path.of("/home"))
                && !isUnder(Path.of(home), Path.of("/root")) && !home.equals("/")).ifPresent(homes::add);
        return homes;
    }

    /**
     * What the run may see of the user's files, parents before children so a writable OUTPUT_DIR inside the project
     * stays writable, and a read-only project inside the home stays visible.
     */
    private static List<Bind> binds(ConfinementRequest request, Path program) {
        List<Bind> binds = new ArrayList<>();
        request.projectRoot().ifPresent(root -> binds.add(new Bind(root, false)));
        request.environmentLocation().ifPresent(location -> binds.add(new Bind(location, false)));
        if (showsWorkDir(request) && !covered(request, request.workDir())) {
            binds.add(new Bind(request.workDir(), false));
        }
        Optional.ofNullable(request.environment().get(PAYLOAD_VARIABLE))
                .ifPresent(payload -> binds.add(new Bind(Path.of(payload), false)));
        programBinds(request, program).forEach(path -> binds.add(new Bind(path, false)));
        binds.add(new Bind(request.outputDir(), true));
        return binds.stream().map(bind -> new Bind(bind.path().toAbsolutePath().normalize(), bind.writable()))
                .sorted(Comparator.comparingInt((Bind bind) -> bind.path().getNameCount())).toList();
    }

    /**
     * What the program needs that no other mount shows: a Python interpreter's installation (a pyenv or conda Python
     * in the home, also behind a venv's symlink), pyenv's folder behind one of its shims, else the program file alone
     * (~/bin/tool). Never more of the home than that.
     */
    static List<Path> programBinds(ConfinementRequest request, Path program) {
        List<Path> paths = new ArrayList<>();
        Path real = realPath(program);
        Path parent = real.getParent();
        if (parent != null && parent.getParent() != null) {
            String folder = parent.getFileName().toString();
            boolean interpreter = folder.equals("bin") && real.getFileName().toString().matches("python(\\d+(\\.\\d+)?)?");
            if (interpreter || folder.equals("shims")) {
                paths.add(parent.getParent());
            }
        }
        if (paths.stream().noneMatch(program::startsWith)) {
            paths.add(program);
        }
        return paths.stream().filter(path -> !isSystem(path) && !covered(request, path)).toList();
    }

    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (java.io.IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }

    /**
     * A working directory that holds the user's home (the home itself, as for a task without a project, or /) is not
     * shown: it would bring back every file the sandbox hides.
     */
    private static boolean showsWorkDir(ConfinementRequest request) {
        Path workDir = request.workDir().toAbsolutePath().normalize();
        return workDir.getNameCount() > 0 && !holdsAHome(request, workDir);
    }

    private static boolean holdsAHome(ConfinementRequest request, Path dir) {
        return isUnder(Path.of("/home"), dir) || isUnder(Path.of("/root"), dir)
                || userHome(request).map(home -> isUnder(home, dir)).orElse(false);
    }

    private static boolean covered(ConfinementRequest request, Path path) {
        return request.projectRoot().map(root -> isUnder(path, root)).orElse(false)
                || request.environmentLocation().map(location -> isUnder(path, location)).orElse(false)
                || isUnder(path, request.outputDir());
    }

    private static boolean isSystem(Path program) {
        return SYSTEM.stream().anyMatch(dir -> isUnder(program, Path.of(dir)));
    }

    private static Optional<Path> userHome(ConfinementRequest request) {
        return Optional.ofNullable(request.environment().get("HOME")).filter(home -> !home.isBlank())
                .map(home -> Path.of(home).toAbsolutePath().normalize());
    }

    private static boolean isUnder(Path path, Path dir) {
        return path.toAbsolutePath().normalize().startsWith(dir.toAbsolutePath().normalize());
    }

    private record Bind(Path path, boolean writable) {
    }
}
