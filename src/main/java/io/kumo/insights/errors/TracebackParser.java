package io.kumo.insights.errors;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the last Python traceback in a run's output lines (stdout and stderr interleaved, marks already stripped).
 * Of chained exceptions ("During handling of the above exception…") the last printed is the one raised, so the last
 * {@code Traceback} header wins. A SyntaxError in the main script prints no header: its bare {@code File "…", line N}
 * followed by the exception line is taken instead.
 */
public final class TracebackParser {

    static final String HEADER = "Traceback (most recent call last):";
    private static final Pattern FRAME = Pattern.compile("^\\s+File \"(.+)\", line (\\d+)(?:, in (.+))?\\s*$");
    private static final Pattern EXCEPTION = Pattern.compile("^([A-Za-z_][\\w.]*)(?::(?: (.*))?)?$");
    /** How far below a bare SyntaxError location its exception line may come (source line, caret line). */
    private static final int SYNTAX_LOOKAHEAD = 4;

    private TracebackParser() {
    }

    public static Optional<Traceback> parse(List<String> lines) {
        int header = lastIndexOf(lines, HEADER);
        if (header >= 0) {
            return framesFrom(lines, header + 1);
        }
        return bareSyntaxError(lines);
    }

    private static Optional<Traceback> framesFrom(List<String> lines, int start) {
        List<Traceback.Frame> frames = new ArrayList<>();
        for (int i = start; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher frame = FRAME.matcher(line);
            if (frame.matches()) {
                frames.add(frame(frame));
            } else if (!line.isBlank() && !Character.isWhitespace(line.charAt(0))) {
                return exception(line).map(found -> new Traceback(frames, found[0], found[1]));
            }
        }
        return Optional.empty();
    }

    private static Optional<Traceback> bareSyntaxError(List<String> lines) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            Matcher frame = FRAME.matcher(lines.get(i));
            if (frame.matches() && frame.group(3) == null) {
                for (int j = i + 1; j < Math.min(lines.size(), i + 2 + SYNTAX_LOOKAHEAD); j++) {
                    String line = lines.get(j);
                    if (!line.isBlank() && !Character.isWhitespace(line.charAt(0))) {
                        Traceback.Frame location = frame(frame);
                        return exception(line).filter(found -> found[0].endsWith("Error"))
                                .map(found -> new Traceback(List.of(location), found[0], found[1]));
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Traceback.Frame frame(Matcher frame) {
        return new Traceback.Frame(frame.group(1), Integer.parseInt(frame.group(2)), frame.group(3) == null ? null : frame.group(3).strip());
    }

    /** {@code [type, message]} of a line such as {@code requests.exceptions.HTTPError: 404} or {@code KeyboardInterrupt}. */
    private static Optional<String[]> exception(String line) {
        Matcher matcher = EXCEPTION.matcher(line.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(new String[] {matcher.group(1), matcher.group(2) == null ? "" : matcher.group(2).strip()});
    }

    private static int lastIndexOf(List<String> lines, String wanted) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (lines.get(i).strip().equals(wanted)) {
                return i;
            }
        }
        return -1;
    }
}
