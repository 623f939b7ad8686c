package io.kumo.workflow;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The built-in workflows to start from, each a workflow file under {@code io/kumo/workflow/templates/} whose commands
 * run with plain {@code python3}: {@code etl} (extract -> transform -> load, output passing, a failure handler),
 * {@code fan-out} (parallel scrapers, then merge) and {@code report} (nightly, with retries, a precondition and a
 * success handler).
 */
public final class WorkflowTemplates {

    /** @param id a short key ({@code etl}, {@code fan-out}); {@code yaml} parses with {@link WorkflowYaml#parse} */
    public record Template(String id, String title, String description, String yaml) {
    }

    private static final List<String[]> INDEX = List.of(
            new String[] {"etl", "Extract, transform, load", "etl.yaml"},
            new String[] {"fan-out", "Fan-out, then merge", "fan-out.yaml"},
            new String[] {"report", "Nightly report", "report.yaml"});

    private WorkflowTemplates() {
    }

    public static List<Template> all() {
        return INDEX.stream().map(entry -> {
            String yaml = read(entry[2]);
            return new Template(entry[0], entry[1], WorkflowYaml.parse(yaml).description(), yaml);
        }).toList();
    }

    private static String read(String file) {
        try (InputStream in = WorkflowTemplates.class.getResourceAsStream("templates/" + file)) {
            if (in == null) {
                throw new IllegalStateException("the template " + file + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
