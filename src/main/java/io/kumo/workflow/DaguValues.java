package io.kumo.workflow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * The several forms Dagu allows for one value: {@code params} and {@code env} as a map, a list of {@code K=V} texts
 * or one-key maps, or (params) one text {@code "A=1 B='two words'"}; a command as a text or a list of words.
 */
final class DaguValues {

    private DaguValues() {
    }

    /** Variables in file order; a params word without {@code =} is positional and named by its place ("1", "2"...). */
    static Map<String, String> variables(Node node, String key, boolean positional) {
        Map<String, String> variables = new LinkedHashMap<>();
        if (node == null) {
            return variables;
        }
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                put(variables, YamlMap.scalar(tuple.getKeyNode(), key), valueOf(tuple.getValueNode(), key), tuple.getKeyNode(), key);
            }
        } else if (node instanceof SequenceNode sequence) {
            for (Node item : sequence.getValue()) {
                if (item instanceof MappingNode mapping) {
                    if (mapping.getValue().size() != 1) {
                        throw new WorkflowFileException(YamlMap.lineOf(item), key + ": a list item is one KEY: value pair");
                    }
                    NodeTuple tuple = mapping.getValue().getFirst();
                    put(variables, YamlMap.scalar(tuple.getKeyNode(), key), valueOf(tuple.getValueNode(), key), item, key);
                } else {
                    pair(variables, YamlMap.scalar(item, key), item, key, positional);
                }
            }
        } else {
            String text = YamlMap.scalar(node, key);
            if (!positional) {
                throw new WorkflowFileException(YamlMap.lineOf(node), key + ": expected KEY: value pairs or a list of KEY=value");
            }
            for (String word : words(text, YamlMap.lineOf(node), key)) {
                pair(variables, word, node, key, true);
            }
        }
        return variables;
    }

    private static String valueOf(Node node, String key) {
        return YamlMap.isNull(node) ? "" : YamlMap.scalar(node, key);
    }

    private static void pair(Map<String, String> variables, String text, Node node, String key, boolean positional) {
        int equals = text.indexOf('=');
        if (equals > 0) {
            put(variables, text.substring(0, equals).strip(), unquoted(text.substring(equals + 1)), node, key);
        } else if (positional) {
            put(variables, String.valueOf(variables.size() + 1), unquoted(text), node, key);
        } else {
            throw new WorkflowFileException(YamlMap.lineOf(node), key + ": '" + text + "' is not KEY=value");
        }
    }

    private static void put(Map<String, String> variables, String name, String value, Node node, String key) {
        if (variables.put(name, value) != null) {
            throw new WorkflowFileException(YamlMap.lineOf(node), key + ": " + name + " is given twice");
        }
    }

    private static String unquoted(String value) {
        String stripped = value.strip();
        if (stripped.length() >= 2 && (stripped.startsWith("\"") && stripped.endsWith("\"")
                || stripped.startsWith("'") && stripped.endsWith("'"))) {
            return stripped.substring(1, stripped.length() - 1);
        }
        return stripped;
    }

    /** Words split at spaces outside quotes; the quotes stay, {@link #unquoted} takes them off a value. */
    static List<String> words(String text, int line, String key) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        char quote = 0;
        for (char c : text.toCharArray()) {
            if (quote != 0) {
                word.append(c);
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
                word.append(c);
            } else if (Character.isWhitespace(c)) {
                if (!word.isEmpty()) {
                    words.add(word.toString());
                    word.setLength(0);
                }
            } else {
                word.append(c);
            }
        }
        if (quote != 0) {
            throw new WorkflowFileException(line, key + ": a quote " + quote + " is not closed");
        }
        if (!word.isEmpty()) {
            words.add(word.toString());
        }
        return words;
    }

    /** A command as one line; a list of words is joined, each word quoted for the shell when it needs it. */
    static String command(Node node, String key) {
        if (!(node instanceof SequenceNode sequence)) {
            return YamlMap.scalar(node, key);
        }
        List<String> words = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            words.add(shellWord(YamlMap.scalar(item, key)));
        }
        return String.join(" ", words);
    }

    private static String shellWord(String word) {
        if (!word.isEmpty() && word.matches("[A-Za-z0-9_@%+=:,./-]+")) {
            return word;
        }
        return "'" + word.replace("'", "'\"'\"'") + "'";
    }
}
