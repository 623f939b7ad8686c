package io.kumo.insights.errors;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The signature of a failed run from the last lines of its log. With a traceback: sha1 of the exception type and the
 * innermost frame in the user's code (its path relative to the project folder, and its function; never its line, so
 * an edit above it keeps the group). Without one: sha1 of the last stderr line normalised, type "Error"; with an empty
 * log, Kumo's own reason for the failure ("timed out after 10m").
 */
public final class ErrorSignatures {

    public static final String STDERR_MARK = "[stderr] ";
    public static final String NOTICE_MARK = "[kumo] ";
    static final int MESSAGE_MAX = 1000;
    private static final Pattern LIBRARY = Pattern.compile("(?:^|[/\\\\])(?:site-packages|dist-packages)[/\\\\]|"
            + "(?:^|[/\\\\])lib[/\\\\]python\\d+(?:\\.\\d+)?[/\\\\]");

    private ErrorSignatures() {
    }

    /**
     * @param logLines    the log's last lines as written (stderr lines marked), oldest first
     * @param projectRoot the folder of the task's project, when it has one
     * @param kumoReason  the run's {@code error} (Kumo's one-line reason), or null
     */
    public static ErrorSignature of(List<String> logLines, Optional<Path> projectRoot, String kumoReason) {
        List<String> output = logLines.stream().filter(line -> !line.startsWith(NOTICE_MARK)).map(ErrorSignatures::unmarked).toList();
        Optional<Traceback> traceback = TracebackParser.parse(output);
        if (traceback.isPresent()) {
            return fromTraceback(traceback.get(), projectRoot);
        }
        String last = lastNonBlank(logLines.stream().filter(line -> line.startsWith(STDERR_MARK)).map(ErrorSignatures::unmarked).toList());
        if (last == null) {
            last = kumoReason == null || kumoReason.isBlank() ? lastNonBlank(output) : kumoReason.strip();
        }
        String message = last == null ? "Failed without output" : last;
        return new ErrorSignature(sha1("Error\n" + ErrorLineNormalizer.normalize(message)), "Error", cut(message), null, null, null);
    }

    private static ErrorSignature fromTraceback(Traceback traceback, Optional<Path> projectRoot) {
        List<Traceback.Frame> frames = traceback.frames();
        Traceback.Frame innermost = null;
        for (int i = frames.size() - 1; i >= 0 && innermost == null; i--) {
            if (isUserCode(frames.get(i).file())) {
                innermost = frames.get(i);
            }
        }
        if (innermost == null && !frames.isEmpty()) {
            innermost = frames.getLast();
        }
        String type = traceback.type();
        String message = cut(traceback.message());
        if (innermost == null) {
            return new ErrorSignature(sha1(type + "\n\n"), type, message, null, null, null);
        }
        String file = shownPath(innermost.file(), projectRoot);
        String function = innermost.function();
        return new ErrorSignature(sha1(type + "\n" + file + "\n" + (function == null ? "" : function)), type, message, file,
                innermost.line(), function);
    }

    /** Not a library's (site-packages, the standard library) nor Python's own ({@code <frozen …>}, {@code <string>}). */
    static boolean isUserCode(String file) {
        return !file.startsWith("<") && !LIBRARY.matcher(file).find();
    }

    private static String shownPath(String file, Optional<Path> projectRoot) {
        Path path;
        try {
            path = Path.of(file).normalize();
        } catch (RuntimeException e) {
            return file;
        }
        if (!path.isAbsolute()) {
            return path.toString().replace('\\', '/'); // relative to the run's folder, the project's as a rule
        }
        if (projectRoot.isPresent()) {
            Path root = projectRoot.get().toAbsolutePath().normalize();
            if (path.startsWith(root) && !path.equals(root)) {
                return root.relativize(path).toString().replace('\\', '/');
            }
        }
        Path name = path.getFileName();
        return name == null ? file : name.toString();
    }

    private static String unmarked(String line) {
        return line.startsWith(STDERR_MARK) ? line.substring(STDERR_MARK.length()) : line;
    }

    private static String lastNonBlank(List<String> lines) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (!lines.get(i).isBlank()) {
                return lines.get(i).strip();
            }
        }
        return null;
    }

    private static String cut(String message) {
        return message.length() <= MESSAGE_MAX ? message : message.substring(0, MESSAGE_MAX);
    }

    static String sha1(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is missing from this Java", e);
        }
    }
}
