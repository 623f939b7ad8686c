package io.kumo.testkit;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real X desktop for tests: an Xvfb server with a system tray host (Debian's {@code trayer}, which speaks the
 * freedesktop system tray protocol as desktop panels do). Windows are read with {@code xwininfo}, the mouse is moved
 * and clicked with {@code xdotool}.
 */
public final class X11Desktop implements AutoCloseable {

    private static final List<String> TOOLS = List.of("Xvfb", "trayer", "xdotool", "xwininfo", "python3");
    /**
     * Sends WM_DELETE_WINDOW to a window, as a window manager's close button does (there is no window manager here,
     * and xdotool can only destroy a window). Python's ctypes over libX11, argument: the window id.
     */
    private static final String SEND_DELETE_WINDOW = """
            import ctypes, sys
            x = ctypes.cdll.LoadLibrary("libX11.so.6")
            x.XOpenDisplay.restype = ctypes.c_void_p
            x.XInternAtom.restype = ctypes.c_ulong
            x.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
            class ClientMessage(ctypes.Structure):
                _fields_ = [("type", ctypes.c_int), ("serial", ctypes.c_ulong), ("send_event", ctypes.c_int),
                            ("display", ctypes.c_void_p), ("window", ctypes.c_ulong), ("message_type", ctypes.c_ulong),
                            ("format", ctypes.c_int), ("data", ctypes.c_long * 5)]
            class Event(ctypes.Union):
                _fields_ = [("xclient", ClientMessage), ("pad", ctypes.c_long * 24)]
            x.XSendEvent.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_long, ctypes.POINTER(Event)]
            x.XFlush.argtypes = [ctypes.c_void_p]
            x.XCloseDisplay.argtypes = [ctypes.c_void_p]
            display = x.XOpenDisplay(None)
            window = int(sys.argv[1])
            event = Event()
            event.xclient.type = 33  # ClientMessage
            event.xclient.window = window
            event.xclient.message_type = x.XInternAtom(display, b"WM_PROTOCOLS", 0)
            event.xclient.format = 32
            event.xclient.data[0] = x.XInternAtom(display, b"WM_DELETE_WINDOW", 0)
            x.XSendEvent(display, window, 0, 0, ctypes.byref(event))
            x.XFlush(display)
            x.XCloseDisplay(display)
            """;
    /** One line of {@code xwininfo -tree}: id, name, class, size, relative and absolute position. */
    private static final Pattern WINDOW = Pattern.compile(
            "^\\s*(0x[0-9a-f]+) (\"[^\"]*\"|\\(has no name\\)):.*?\\s(\\d+)x(\\d+)[+-]-?\\d+[+-]-?\\d+\\s+\\+(-?\\d+)\\+(-?\\d+)\\s*$");

    private final Process server;
    private final Process tray;
    private final String display;

    public record Window(String id, String name, int x, int y, int width, int height) {
        public int centerX() {
            return x + width / 2;
        }

        public int centerY() {
            return y + height / 2;
        }
    }

    private X11Desktop(Process server, String display) throws Exception {
        this.server = server;
        this.display = display;
        this.tray = startTray();
    }

    /**
     * Starts trayer and waits for its panel. A trayer that shows no panel (seen once in CI on a fresh Xvfb, a
     * start-up race of trayer's own) is started once more before the desktop is given up.
     */
    private Process startTray() throws Exception {
        for (int attempt = 1; ; attempt++) {
            ProcessBuilder trayer = new ProcessBuilder("trayer", "--edge", "top", "--align", "right", "--widthtype", "pixel",
                    "--width", "200", "--height", "32").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
            trayer.environment().put("DISPLAY", display);
            Process started = trayer.start();
            try {
                await("the trayer panel", Duration.ofSeconds(15), () -> window("panel"));
                return started;
            } catch (Exception | AssertionError e) {
                started.destroyForcibly();
                if (attempt == 2) {
                    server.destroyForcibly();
                    throw e;
                }
            }
        }
    }

    /** Whether this machine has Xvfb, trayer, xdotool, xwininfo and python3 on its PATH. */
    public static boolean available() {
        return TOOLS.stream().allMatch(X11Desktop::onPath);
    }

    public static X11Desktop start() throws Exception {
        Path displayFile = Files.createTempFile("kumo-xvfb", ".display");
        // -displayfd: Xvfb picks a free display number and writes it once it accepts connections
        Process server = new ProcessBuilder("sh", "-c", "exec Xvfb -displayfd 1 -screen 0 1600x1000x24 -nolisten tcp > '"
                + displayFile + "'").redirectErrorStream(false).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        String number = "";
        while (number.isEmpty() && System.nanoTime() < deadline && server.isAlive()) {
            Thread.sleep(50);
            number = Files.readString(displayFile, StandardCharsets.UTF_8).strip();
        }
        Files.deleteIfExists(displayFile);
        if (number.isEmpty()) {
            server.destroyForcibly();
            throw new IllegalStateException("Xvfb did not start");
        }
        try {
            return new X11Desktop(server, ":" + number);
        } catch (IOException e) { // trayer did not start
            server.destroyForcibly();
            throw e;
        }
    }

    public String display() {
        return display;
    }

    /** Every window, depth-first as {@code xwininfo -root -tree} lists them, with absolute positions. */
    public List<Window> windows() throws IOException, InterruptedException {
        List<Window> windows = new ArrayList<>();
        for (String line : run("xwininfo", "-root", "-tree").lines().toList()) {
            Matcher match = WINDOW.matcher(line);
            if (match.matches()) {
                String name = match.group(2).startsWith("\"") ? match.group(2).substring(1, match.group(2).length() - 1) : "";
                windows.add(new Window(match.group(1), name, Integer.parseInt(match.group(5)), Integer.parseInt(match.group(6)),
                        Integer.parseInt(match.group(3)), Integer.parseInt(match.group(4))));
            }
        }
        return windows;
    }

    public Optional<Window> window(String name) throws IOException, InterruptedException {
        return windows().stream().filter(window -> window.name().equals(name)).findFirst();
    }

    /** The windows with this exact name that are shown (mapped): toolkits keep hidden popups and balloons around. */
    public List<Window> shown(String name) throws IOException, InterruptedException {
        List<Long> mapped = run("xdotool", "search", "--onlyvisible", "--name", "^" + name + "$").lines()
                .map(String::strip).filter(line -> !line.isEmpty()).map(Long::valueOf).toList();
        return windows().stream().filter(window -> window.name().equals(name) && mapped.contains(Long.decode(window.id()))).toList();
    }

    /** Whether a mapped (shown) window has a title matching this (POSIX) regular expression. */
    public boolean isShown(String titleRegex) throws IOException, InterruptedException {
        return !run("xdotool", "search", "--onlyvisible", "--name", titleRegex).isBlank();
    }

    /** Asks the shown window with a title matching this regular expression to close, as its close button would. */
    public void closeWindow(String titleRegex) throws IOException, InterruptedException {
        String id = run("xdotool", "search", "--onlyvisible", "--name", titleRegex).lines().findFirst()
                .orElseThrow(() -> new AssertionError("no shown window matches " + titleRegex));
        run("python3", "-c", SEND_DELETE_WINDOW, id.strip());
    }

    public void click(int x, int y, int button) throws IOException, InterruptedException {
        run("xdotool", "mousemove", Integer.toString(x), Integer.toString(y), "click", Integer.toString(button));
    }

    /** Polls until the value is present, or fails naming what it waited for. */
    public static <T> T await(String what, Duration timeout, Check<Optional<T>> check) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Optional<T> value = check.get();
            if (value.isPresent()) {
                return value.get();
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out after " + timeout + " waiting for " + what);
            }
            Thread.sleep(200);
        }
    }

    /** A check that may run a command. */
    @FunctionalInterface
    public interface Check<T> {
        T get() throws Exception;
    }

    private String run(String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("DISPLAY", display);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor(10, TimeUnit.SECONDS);
        return out;
    }

    private static boolean onPath(String tool) {
        String path = System.getenv().getOrDefault("PATH", "");
        return Arrays.stream(path.split(File.pathSeparator))
                .anyMatch(folder -> Files.isExecutable(Path.of(folder, tool)));
    }

    @Override
    public void close() {
        tray.destroyForcibly();
        server.destroyForcibly();
    }
}
