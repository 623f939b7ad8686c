package io.kumo.testkit;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Reads server-sent events off a stream, one at a time, as a browser's EventSource would (comments skipped). */
public final class ServerSentEvents {

    public record Event(String name, String data, String id) {
    }

    private final BufferedReader reader;

    public ServerSentEvents(BufferedReader reader) {
        this.reader = reader;
    }

    /** The next event, or null when the stream ended. */
    public Event next() throws IOException {
        String name = null;
        String id = null;
        List<String> data = new ArrayList<>();
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.isEmpty()) {
                if (name != null || !data.isEmpty()) {
                    return new Event(name == null ? "message" : name, String.join("\n", data), id);
                }
                continue;
            }
            if (line.startsWith(":")) {
                continue;
            }
            int colon = line.indexOf(':');
            String field = colon < 0 ? line : line.substring(0, colon);
            String value = colon < 0 ? "" : line.substring(colon + 1);
            if (value.startsWith(" ")) {
                value = value.substring(1);
            }
            switch (field) {
                case "event" -> name = value;
                case "data" -> data.add(value);
                case "id" -> id = value;
                default -> {
                    // retry and unknown fields mean nothing to these tests
                }
            }
        }
        return null;
    }
}
