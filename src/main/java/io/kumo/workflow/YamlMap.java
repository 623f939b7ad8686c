package io.kumo.workflow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * A YAML mapping of a workflow file read key by key, each problem naming the line of its key: typed values, a key
 * given twice, and keys Kumo does not know, does not support, or reads past.
 */
final class YamlMap {

    private final String where;
    private final int line;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();

    private YamlMap(String where, int line) {
        this.where = where;
        this.line = line;
    }

    /** {@code node} as a mapping; {@code where} names it in messages ("step 'load'", "retryPolicy"). */
    static YamlMap of(Node node, String where) {
        if (!(node instanceof MappingNode mapping)) {
            throw new WorkflowFileException(lineOf(node), where + ": expected a mapping of keys, found " + kind(node));
        }
        YamlMap map = new YamlMap(where, lineOf(node));
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                throw new WorkflowFileException(lineOf(tuple.getKeyNode()), where + ": a key must be plain text");
            }
            if (map.entries.putIfAbsent(key.getValue(), tuple) != null) {
                throw new WorkflowFileException(lineOf(key), where + ": key '" + key.getValue() + "' is given twice");
            }
        }
        return map;
    }

    static int lineOf(Node node) {
        return node.getStartMark().map(mark -> mark.getLine() + 1).orElse(0);
    }

    static boolean isNull(Node node) {
        return node == null || node.getTag().equals(Tag.NULL);
    }

    static String kind(Node node) {
        if (node instanceof MappingNode) {
            return "a mapping";
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        return isNull(node) ? "nothing" : "'" + ((ScalarNode) node).getValue() + "'";
    }

    /** The line of the mapping itself. */
    int line() {
        return line;
    }

    /**
     * Checks every key: {@code known} are read, {@code ignored} are accepted and passed over, {@code unsupported} are
     * refused as Dagu keys Kumo does not run, anything else is refused with the closest known key as a hint.
     */
    void checkKeys(List<String> known, List<String> ignored, List<String> unsupported) {
        for (Map.Entry<String, NodeTuple> entry : entries.entrySet()) {
            String key = entry.getKey();
            int keyLine = lineOf(entry.getValue().getKeyNode());
            if (known.contains(key) || ignored.contains(key)) {
                continue;
            }
            if (unsupported.contains(key)) {
                throw new WorkflowFileException(keyLine, "key '" + key + "' is not supported by Kumo");
            }
            String hint = KeyHints.closest(key, known).map(close -> "; did you mean '" + close + "'?").orElse("");
            throw new WorkflowFileException(keyLine, where + ": unknown key '" + key + "'" + hint);
        }
    }

    boolean has(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple != null && !isNull(tuple.getValueNode());
    }

    /** The first of {@code keys} that is set (Dagu's camelCase and snake_case spellings of one key); refuses two. */
    Optional<String> oneOf(String... keys) {
        String found = null;
        for (String key : keys) {
            if (has(key)) {
                if (found != null) {
                    throw new WorkflowFileException(keyLine(key), "'" + found + "' and '" + key + "' say the same thing; give one");
                }
                found = key;
            }
        }
        return Optional.ofNullable(found);
    }

    /** The line of {@code key}, or of the mapping when it is not there. */
    int keyLine(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple == null ? line : lineOf(tuple.getKeyNode());
    }

    Node node(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple == null || isNull(tuple.getValueNode()) ? null : tuple.getValueNode();
    }

    /** Keys in file order, with their value nodes (null values included as null). */
    Map<String, Node> entries() {
        Map<String, Node> all = new LinkedHashMap<>();
        entries.forEach((key, tuple) -> all.put(key, isNull(tuple.getValueNode()) ? null : tuple.getValueNode()));
        return all;
    }

    String text(String key) {
        Node node = node(key);
        return node == null ? null : scalar(node, key);
    }

    Long whole(String key) {
        return number(key, text -> Long.parseLong(text.replace("_", "")), "a whole number");
    }

    Double decimal(String key) {
        return number(key, Double::parseDouble, "a number");
    }

    private <N> N number(String key, Function<String, N> parser, String what) {
        String text = text(key);
        if (text == null) {
            return null;
        }
        try {
            return parser.apply(text.strip());
        } catch (NumberFormatException e) {
            throw new WorkflowFileException(keyLine(key), key + ": '" + text + "' is not " + what);
        }
    }

    boolean flag(String key) {
        String text = text(key);
        if (text == null) {
            return false;
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on" -> true;
            case "false", "no", "off" -> false;
            default -> throw new WorkflowFileException(keyLine(key), key + ": '" + text + "' is not true or false");
        };
    }

    /** A string or a list of strings. */
    List<String> texts(String key) {
        Node node = node(key);
        List<String> texts = new ArrayList<>();
        if (node == null) {
            return texts;
        }
        if (node instanceof SequenceNode sequence) {
            for (Node item : sequence.getValue()) {
                texts.add(scalar(item, key));
            }
        } else {
            texts.add(scalar(node, key));
        }
        return texts;
    }

    /** The plain text of a scalar; a mapping or list where text belongs is refused at its line. */
    static String scalar(Node node, String key) {
        if (node instanceof ScalarNode scalar && !isNull(node)) {
            return scalar.getValue();
        }
        throw new WorkflowFileException(lineOf(node), key + ": expected text, found " + kind(node));
    }
}
