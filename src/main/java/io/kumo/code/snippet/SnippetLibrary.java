package io.kumo.code.snippet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The Python snippets: Kumo's own (a resource) and the user's file in the data directory ({@code snippets.json}, a
 * JSON array of {@code {"prefix", "name", "description", "body"}} with the body a string or an array of lines). A
 * user snippet with the prefix of a built-in one replaces it. A broken user file leaves the built-in snippets and
 * says what is wrong in {@link #problem()}.
 */
public final class SnippetLibrary {

    private static final String BUILT_IN = "/io/kumo/code/snippet/python-snippets.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<Snippet> snippets;
    private final String problem;

    private SnippetLibrary(List<Snippet> snippets, String problem) {
        this.snippets = List.copyOf(snippets);
        this.problem = problem;
    }

    /** Reads the built-in snippets and the user's file (which may be missing); call off the FX thread. */
    public static SnippetLibrary load(Path userFile) {
        Map<String, Snippet> byPrefix = new LinkedHashMap<>();
        try (InputStream in = SnippetLibrary.class.getResourceAsStream(BUILT_IN)) {
            parse(JSON.readTree(in)).forEach(snippet -> byPrefix.put(snippet.prefix(), snippet));
        } catch (IOException e) {
            throw new IllegalStateException("The built-in snippets cannot be read", e);
        }
        String problem = null;
        if (userFile != null && Files.isRegularFile(userFile)) {
            try {
                parse(JSON.readTree(userFile.toFile())).forEach(snippet -> byPrefix.put(snippet.prefix(), snippet));
            } catch (IOException | IllegalArgumentException e) {
                problem = "Your snippets in " + userFile + " were not loaded: " + e.getMessage();
            }
        }
        return new SnippetLibrary(new ArrayList<>(byPrefix.values()), problem);
    }

    static List<Snippet> parse(JsonNode root) {
        if (root == null || !root.isArray()) {
            throw new IllegalArgumentException("expected a JSON array of snippets");
        }
        List<Snippet> parsed = new ArrayList<>();
        for (JsonNode node : root) {
            JsonNode body = node.path("body");
            String text;
            if (body.isArray()) {
                List<String> lines = new ArrayList<>();
                body.forEach(line -> lines.add(line.asText()));
                text = String.join("\n", lines);
            } else if (body.isTextual()) {
                text = body.asText();
            } else {
                throw new IllegalArgumentException("snippet '" + node.path("prefix").asText() + "' has no body");
            }
            Snippet snippet = new Snippet(node.path("prefix").asText(null), node.path("name").asText(null),
                    node.path("description").asText(null), text);
            SnippetExpander.expand(snippet.body(), ""); // a body with a broken placeholder is refused here, not on Tab
            parsed.add(snippet);
        }
        return parsed;
    }

    public List<Snippet> all() {
        return snippets;
    }

    public Optional<Snippet> byPrefix(String prefix) {
        return snippets.stream().filter(snippet -> snippet.prefix().equals(prefix)).findFirst();
    }

    /** The snippets whose prefix, name or description contains every word of {@code filter}, prefix matches first. */
    public List<Snippet> matching(String filter) {
        String[] words = filter.toLowerCase(Locale.ROOT).strip().split("\\s+");
        return snippets.stream()
                .filter(snippet -> {
                    String haystack = (snippet.prefix() + " " + snippet.name() + " " + snippet.description()).toLowerCase(Locale.ROOT);
                    for (String word : words) {
                        if (!haystack.contains(word)) {
                            return false;
                        }
                    }
                    return true;
                })
                .sorted(java.util.Comparator.comparing((Snippet snippet) -> !snippet.prefix().startsWith(words[0])))
                .toList();
    }

    public Optional<String> problem() {
        return Optional.ofNullable(problem);
    }
}
