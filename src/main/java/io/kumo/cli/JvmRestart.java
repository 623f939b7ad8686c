package io.kumo.cli;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Starts this JVM again in the same process (Linux {@code execv}: same pid, same standard streams, same working
 * directory and environment, the caller's exit code is the new program's) with JVM options only a launch can set. Done
 * before the instance takes its lock or starts a thread of its own, so nothing is held twice. The restarted JVM is
 * given {@value #RESTARTED} and never restarts again.
 */
final class JvmRestart {

    static final String RESTARTED = "-Dkumo.restarted=true";
    private static final int SIG_SETMASK = 2;
    private static final long SIGSET_BYTES = 128;

    private final String java;
    private final List<String> jvmArguments;
    private final List<String> mainAndArguments;

    JvmRestart(String java, List<String> jvmArguments, List<String> mainAndArguments) {
        this.java = java;
        this.jvmArguments = List.copyOf(jvmArguments);
        this.mainAndArguments = List.copyOf(mainAndArguments);
    }

    /** This JVM's restart, or empty where it cannot be done (not Linux, restarted already, main not known). */
    static Optional<JvmRestart> ofThisJvm(List<String> args) {
        if (!System.getProperty("os.name", "").startsWith("Linux") || Boolean.getBoolean("kumo.restarted")) {
            return Optional.empty();
        }
        List<String> fromEnvironment = new ArrayList<>(tokens(System.getenv("JAVA_TOOL_OPTIONS")));
        fromEnvironment.addAll(tokens(System.getenv("JDK_JAVA_OPTIONS")));
        return of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                ManagementFactory.getRuntimeMXBean().getInputArguments(), fromEnvironment,
                System.getProperty("java.class.path", ""), System.getProperty("sun.java.command", ""), args);
    }

    /**
     * @param inputArguments  the JVM's arguments, those from the environment first (the new JVM reads them again)
     * @param fromEnvironment the tokens of {@code JAVA_TOOL_OPTIONS} and {@code JDK_JAVA_OPTIONS}
     * @param javaCommand     the main class or jar and the arguments, as {@code sun.java.command} has them
     */
    static Optional<JvmRestart> of(String java, List<String> inputArguments, List<String> fromEnvironment,
            String classPath, String javaCommand, List<String> args) {
        List<String> jvmArguments = new ArrayList<>(inputArguments);
        for (String token : fromEnvironment) {
            if (!jvmArguments.isEmpty() && jvmArguments.getFirst().equals(token)) {
                jvmArguments.removeFirst();
            }
        }
        List<String> main = new ArrayList<>();
        if (classPath.endsWith(".jar") && (javaCommand.equals(classPath) || javaCommand.startsWith(classPath + " "))) {
            main.addAll(List.of("-jar", classPath));
        } else if (!javaCommand.isBlank() && !javaCommand.endsWith(".jar") && !javaCommand.contains(".jar ")) {
            main.addAll(List.of("-cp", classPath, javaCommand.split(" ", 2)[0]));
        } else {
            return Optional.empty();
        }
        main.addAll(args);
        return Optional.of(new JvmRestart(java, jvmArguments, main));
    }

    /** The command that starts this JVM as it was started, with {@code options} added. */
    List<String> command(List<String> options) {
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(jvmArguments);
        command.addAll(options);
        command.add(RESTARTED);
        command.addAll(mainAndArguments);
        return command;
    }

    /** Replaces this process; returns only when that failed (logged), and this JVM goes on as it is. */
    void withOptions(List<String> options) {
        List<String> command = command(options);
        Logging.logger(JvmRestart.class).info("Restarting with {}", options);
        System.out.flush();
        System.err.flush();
        try {
            int failed = execv(command);
            Logging.logger(JvmRestart.class).warn("Could not restart with {} (execv returned {})", options, failed);
        } catch (Throwable e) {
            Logging.logger(JvmRestart.class).warn("Could not restart with {}", options, e);
        }
    }

    /**
     * Unblocks every signal first: the JVM blocks SIGQUIT in its threads (only its signal dispatcher takes it), and a
     * blocked signal stays blocked across execv, which would leave the new JVM deaf to jcmd and thread dumps.
     */
    private static int execv(List<String> command) throws Throwable {
        Linker linker = Linker.nativeLinker();
        MethodHandle execv = linker.downcallHandle(linker.defaultLookup().findOrThrow("execv"),
                FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.ADDRESS));
        MethodHandle sigmask = linker.downcallHandle(linker.defaultLookup().findOrThrow("pthread_sigmask"),
                FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.ADDRESS));
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment argv = arena.allocate(ValueLayout.ADDRESS, command.size() + 1L);
            for (int i = 0; i < command.size(); i++) {
                argv.setAtIndex(ValueLayout.ADDRESS, i, arena.allocateFrom(command.get(i)));
            }
            argv.setAtIndex(ValueLayout.ADDRESS, command.size(), MemorySegment.NULL);
            MemorySegment none = arena.allocate(SIGSET_BYTES);
            MemorySegment previous = arena.allocate(SIGSET_BYTES);
            int unused = (int) sigmask.invokeExact(SIG_SETMASK, none, previous);
            int failed = (int) execv.invokeExact(arena.allocateFrom(command.getFirst()), argv);
            unused = (int) sigmask.invokeExact(SIG_SETMASK, previous, MemorySegment.NULL);
            return failed;
        }
    }

    private static List<String> tokens(String value) {
        return value == null || value.isBlank() ? List.of() : Arrays.asList(value.strip().split("\\s+"));
    }
}
