package io.kumo.supervisor;

import com.sun.jna.Library;
import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.StringArray;
import com.sun.jna.ptr.IntByReference;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * glibc's {@code posix_spawn} through JNA: one vfork-style spawn that also makes the child a session leader
 * ({@code POSIX_SPAWN_SETSID}), with default signal handling, an empty signal mask, stdin from /dev/null and no file
 * descriptor of Kumo's inherited (closefrom 3). Faster than {@link ProcessBuilder} plus a {@code setsid} program (two
 * execs), which is what fire lateness is made of. Linux with glibc 2.34 or newer only; absent elsewhere.
 */
final class PosixSpawn {

    private static final short POSIX_SPAWN_SETSIGDEF = 0x04;
    private static final short POSIX_SPAWN_SETSIGMASK = 0x08;
    private static final short POSIX_SPAWN_SETSID = 0x80;
    private static final int O_RDONLY = 0;
    private static final int O_CLOEXEC = 0x80000;
    private static final int EINTR = 4;
    /** glibc's posix_spawn_file_actions_t is 80 bytes, posix_spawnattr_t 336, sigset_t 128: room to spare. */
    private static final int STRUCT_BYTES = 512;

    @SuppressWarnings("checkstyle:MethodName")
    interface LibC extends Library {
        int pipe2(int[] fds, int flags);

        int close(int fd);

        int posix_spawn_file_actions_init(Pointer actions);

        int posix_spawn_file_actions_destroy(Pointer actions);

        int posix_spawn_file_actions_adddup2(Pointer actions, int fd, int newFd);

        int posix_spawn_file_actions_addopen(Pointer actions, int fd, String path, int flags, int mode);

        int posix_spawn_file_actions_addchdir_np(Pointer actions, String path);

        int posix_spawn_file_actions_addclosefrom_np(Pointer actions, int from);

        int posix_spawnattr_init(Pointer attributes);

        int posix_spawnattr_destroy(Pointer attributes);

        int posix_spawnattr_setflags(Pointer attributes, short flags);

        int posix_spawnattr_setsigmask(Pointer attributes, Pointer signals);

        int posix_spawnattr_setsigdefault(Pointer attributes, Pointer signals);

        int sigemptyset(Pointer signals);

        int sigfillset(Pointer signals);

        int posix_spawn(IntByReference pid, String path, Pointer actions, Pointer attributes, StringArray argv, StringArray envp);

        int waitpid(int pid, IntByReference status, int options);
    }

    /**
     * A spawned child: its pid, the read ends of its stdout and stderr pipes, and those pipes as {@code /proc} names
     * them ({@code pipe:[inode]}, to find who else holds them).
     */
    record Child(int pid, InputStream stdout, InputStream stderr, Set<String> pipes) {
    }

    private static final Optional<LibC> LIBC = load();

    private PosixSpawn() {
    }

    private static Optional<LibC> load() {
        if (!System.getProperty("os.name").equals("Linux") || !Path.of("/proc/self/fd").toFile().isDirectory()) {
            return Optional.empty();
        }
        try {
            LibC libc = Native.load("c", LibC.class);
            // glibc ≥ 2.34: closefrom and chdir file actions exist (an older libc fails to link here)
            com.sun.jna.NativeLibrary c = com.sun.jna.NativeLibrary.getInstance("c");
            c.getFunction("posix_spawn_file_actions_addclosefrom_np");
            c.getFunction("posix_spawn_file_actions_addchdir_np");
            return Optional.of(libc);
        } catch (UnsatisfiedLinkError | RuntimeException e) {
            return Optional.empty();
        }
    }

    static boolean available() {
        return LIBC.isPresent();
    }

    /**
     * Everything but the spawn itself, made ahead of the scheduled instant: pipes, file actions, attributes and the
     * native argv/envp arrays, the read ends of the pipes and their names. {@link #start()} is then one system call and
     * closing the child's ends.
     */
    static final class Prepared {
        private final LibC libc;
        private final String program;
        private final String name;
        private final int[] out;
        private final int[] err;
        private final Memory actions = new Memory(STRUCT_BYTES);
        private final Memory attributes = new Memory(STRUCT_BYTES);
        private final Memory emptySet = new Memory(STRUCT_BYTES);
        private final Memory fullSet = new Memory(STRUCT_BYTES);
        private final StringArray argv;
        private final StringArray envp;
        /** The read ends, opened here rather than after the spawn: at the instant, only the spawn is left to do. */
        private final InputStream stdout;
        private final InputStream stderr;
        private final Set<String> pipes;
        private boolean used;

        private Prepared(LibC libc, Path program, List<String> arguments, Path workDir, Map<String, String> environment) throws IOException {
            this.libc = libc;
            this.program = program.toString();
            this.name = arguments.getFirst();
            this.out = pipe(libc);
            try {
                this.err = pipe(libc);
            } catch (IOException e) {
                closeAll(libc, out);
                throw e;
            }
            libc.posix_spawn_file_actions_init(actions);
            libc.posix_spawnattr_init(attributes);
            try {
                check(libc.posix_spawn_file_actions_addopen(actions, 0, "/dev/null", O_RDONLY, 0), "stdin");
                check(libc.posix_spawn_file_actions_adddup2(actions, out[1], 1), "stdout");
                check(libc.posix_spawn_file_actions_adddup2(actions, err[1], 2), "stderr");
                check(libc.posix_spawn_file_actions_addclosefrom_np(actions, 3), "closefrom");
                check(libc.posix_spawn_file_actions_addchdir_np(actions, workDir.toString()), "chdir");
                libc.sigemptyset(emptySet);
                libc.sigfillset(fullSet);
                check(libc.posix_spawnattr_setsigmask(attributes, emptySet), "sigmask");
                check(libc.posix_spawnattr_setsigdefault(attributes, fullSet), "sigdefault");
                check(libc.posix_spawnattr_setflags(attributes,
                        (short) (POSIX_SPAWN_SETSID | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF)), "flags");
            } catch (IOException e) {
                release();
                throw e;
            }
            String[] args = arguments.toArray(String[]::new);
            args[0] = this.program;
            this.argv = new StringArray(args);
            this.envp = new StringArray(environment.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toArray(String[]::new));
            Set<String> names = new HashSet<>();
            ProcTable.target(Path.of("/proc/self/fd/" + out[0])).ifPresent(names::add);
            ProcTable.target(Path.of("/proc/self/fd/" + err[0])).ifPresent(names::add);
            this.pipes = Set.copyOf(names);
            InputStream stdoutEnd = null;
            try {
                stdoutEnd = readEnd(libc, out[0]);
                this.stdout = stdoutEnd;
                this.stderr = readEnd(libc, err[0]);
            } catch (IOException e) { // readEnd closed the descriptor it was given, also when it failed
                closeQuietly(stdoutEnd);
                if (stdoutEnd == null) {
                    libc.close(err[0]);
                }
                releaseSpawnSetup();
                throw e;
            }
        }

        Child start() throws IOException {
            if (used) {
                throw new IllegalStateException("already started");
            }
            used = true;
            IntByReference pid = new IntByReference();
            int result = libc.posix_spawn(pid, program, actions, attributes, argv, envp);
            releaseSpawnSetup();
            if (result != 0) {
                closeQuietly(stdout);
                closeQuietly(stderr);
                throw new IOException("cannot start '" + name + "': error=" + result + ", " + describe(result));
            }
            return new Child(pid.getValue(), stdout, stderr, pipes);
        }

        void cancel() {
            if (!used) {
                used = true;
                releaseSpawnSetup();
                closeQuietly(stdout);
                closeQuietly(stderr);
            }
        }

        /** Whether any of the native buffers made for the spawn is still allocated. */
        boolean holdsNativeMemory() {
            return Stream.of(actions, attributes, emptySet, fullSet, argv, envp).anyMatch(Memory::valid);
        }

        /** What only the spawn needs: the structures and the child's (write) ends of the pipes. */
        private void releaseSpawnSetup() {
            destroyStructures();
            argv.close();
            envp.close();
            libc.close(out[1]);
            libc.close(err[1]);
        }

        private void release() {
            destroyStructures();
            closeAll(libc, out);
            closeAll(libc, err);
        }

        /**
         * Frees the native memory now rather than when the collector finds the objects: at 200 runs a second, tens
         * of thousands of spawns' buffers waited for a collection and kept glibc's arenas large.
         */
        private void destroyStructures() {
            libc.posix_spawn_file_actions_destroy(actions);
            libc.posix_spawnattr_destroy(attributes);
            for (Memory memory : List.of(actions, attributes, emptySet, fullSet)) {
                memory.close();
            }
        }
    }

    static Prepared prepare(Path program, List<String> argv, Path workDir, Map<String, String> environment) throws IOException {
        return new Prepared(LIBC.orElseThrow(() -> new IOException("posix_spawn is not available")), program, argv, workDir, environment);
    }

    /** Blocks until the child ends and reaps it: its exit code, or 128 + the signal that ended it (as Java reports). */
    static int waitFor(int pid) throws IOException {
        LibC libc = LIBC.orElseThrow();
        IntByReference status = new IntByReference();
        while (true) {
            int result = libc.waitpid(pid, status, 0);
            if (result == pid) {
                int raw = status.getValue();
                int signal = raw & 0x7f;
                return signal == 0 ? (raw >> 8) & 0xff : 128 + signal;
            }
            int errno = Native.getLastError();
            if (result == -1 && errno != EINTR) {
                throw new IOException("waitpid(" + pid + ") failed: errno " + errno);
            }
        }
    }

    private static int[] pipe(LibC libc) throws IOException {
        int[] fds = new int[2];
        if (libc.pipe2(fds, O_CLOEXEC) != 0) {
            throw new IOException("cannot create a pipe: errno " + Native.getLastError());
        }
        return fds;
    }

    /**
     * Java cannot wrap a raw descriptor; reopening it through /proc gives a stream on the same pipe. A channel's stream,
     * because closing a channel wakes a thread blocked reading it (a plain FileInputStream's read would go on waiting
     * for as long as some escaped process keeps the write end open).
     */
    private static InputStream readEnd(LibC libc, int fd) throws IOException {
        try {
            return Channels.newInputStream(FileChannel.open(Path.of("/proc/self/fd/" + fd), StandardOpenOption.READ));
        } finally {
            libc.close(fd);
        }
    }

    private static void closeQuietly(InputStream stream) {
        if (stream == null) {
            return;
        }
        try {
            stream.close();
        } catch (IOException e) {
            // a pipe's read end: nothing to lose
        }
    }

    private static void check(int result, String what) throws IOException {
        if (result != 0) {
            throw new IOException("posix_spawn setup (" + what + ") failed: error " + result);
        }
    }

    private static void closeAll(LibC libc, int[] fds) {
        for (int fd : fds) {
            libc.close(fd);
        }
    }

    private static String describe(int errno) {
        return switch (errno) {
            case 2 -> "No such file or directory";
            case 13 -> "Permission denied";
            case 8 -> "Exec format error";
            case 20 -> "Not a directory";
            default -> "errno " + errno;
        };
    }
}
