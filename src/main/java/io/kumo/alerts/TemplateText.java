package io.kumo.alerts;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code {{name}}} substitution of one template text, without logic: {@code {{ name }}} with blanks is the same
 * variable, and a line whose variables all came out empty is left out (so "Exit code: {{exit_code}}" disappears for a
 * run that has none). Unknown names stay as written; {@link #problem} refuses them before a template is saved.
 */
final class TemplateText {

    private static final Pattern VARIABLE = Pattern.compile("\\{\\{\\s*([^{}]*?)\\s*}}");

    private TemplateText() {
    }

    /** Why the text cannot be a template: an unknown variable or an unclosed {@code {{}, or empty. */
    static Optional<String> problem(String text, List<String> known) {
        if (text == null) {
            return Optional.empty();
        }
        int from = 0;
        while (true) {
            int open = text.indexOf("{{", from);
            if (open < 0) {
                return Optional.empty();
            }
            int close = text.indexOf("}}", open + 2);
            int nextOpen = text.indexOf("{{", open + 2);
            if (close < 0 || nextOpen >= 0 && nextOpen < close) {
                return Optional.of("unclosed {{ at character " + (open + 1) + "; write {{name}}");
            }
            String name = text.substring(open + 2, close).strip();
            if (!known.contains(name)) {
                return Optional.of("unknown variable {{" + name + "}}; known: " + String.join(", ", known));
            }
            from = close + 2;
        }
    }

    /**
     * The text with each known variable replaced by {@code value.apply(raw value)}; {@code values} holds the raw values
     * ("" for an empty one). A variable standing inside a line gets {@code block} values on their own lines.
     */
    static String substitute(String text, Map<String, String> values, UnaryOperator<String> escape, String blockVariable,
                             UnaryOperator<String> block) {
        StringBuilder out = new StringBuilder();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Optional<String> line = substituteLine(lines[i], values, escape, blockVariable, block);
            if (line.isPresent()) {
                out.append(line.get());
                if (i < lines.length - 1) {
                    out.append('\n');
                }
            }
        }
        return out.toString();
    }

    private static Optional<String> substituteLine(String line, Map<String, String> values, UnaryOperator<String> escape,
                                                   String blockVariable, UnaryOperator<String> block) {
        Matcher matcher = VARIABLE.matcher(line);
        StringBuilder out = new StringBuilder();
        boolean anyVariable = false;
        boolean anyValue = false;
        int last = 0;
        while (matcher.find()) {
            String name = matcher.group(1);
            String raw = values.get(name);
            out.append(line, last, matcher.start());
            last = matcher.end();
            if (raw == null) {
                out.append(matcher.group());
                continue;
            }
            anyVariable = true;
            anyValue |= !raw.isEmpty();
            if (name.equals(blockVariable)) {
                String rendered = block.apply(raw);
                boolean alone = line.substring(0, matcher.start()).isBlank() && line.substring(matcher.end()).isBlank();
                out.append(alone || rendered.isEmpty() ? rendered : "\n" + rendered + "\n");
            } else {
                out.append(escape.apply(raw));
            }
        }
        out.append(line.substring(last));
        return anyVariable && !anyValue ? Optional.empty() : Optional.of(out.toString());
    }
}
