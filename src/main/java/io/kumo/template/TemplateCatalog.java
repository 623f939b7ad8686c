package io.kumo.template;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kumo.common.ValidationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The built-in templates, read from the classpath ({@code io/kumo/template/<id>/template.json} and the files it
 * lists; {@code templates.txt} gives the ids in order, since a jar's folders cannot be listed).
 */
public final class TemplateCatalog {

    private static final String ROOT = "io/kumo/template/";
    private static final ObjectMapper JSON = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final List<ProjectTemplate> templates;

    private TemplateCatalog(List<ProjectTemplate> templates) {
        this.templates = templates;
    }

    public static TemplateCatalog builtIn() {
        List<ProjectTemplate> loaded = new String(read("templates.txt"), StandardCharsets.UTF_8).lines()
                .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .map(TemplateCatalog::load).toList();
        return new TemplateCatalog(loaded);
    }

    public List<ProjectTemplate> list() {
        return templates;
    }

    public Optional<ProjectTemplate> find(String id) {
        return templates.stream().filter(template -> template.id().equals(id)).findFirst();
    }

    public ProjectTemplate get(String id) {
        return find(id).orElseThrow(() -> new ValidationException("template: no template '" + id + "'; the templates are "
                + String.join(", ", templates.stream().map(ProjectTemplate::id).toList())));
    }

    /** One file of a template, as shipped. */
    public byte[] file(ProjectTemplate template, String path) {
        if (!template.files().contains(path)) {
            throw new IllegalArgumentException(path + " is not a file of template " + template.id());
        }
        return read(template.id() + "/" + path);
    }

    private static ProjectTemplate load(String id) {
        try {
            Metadata metadata = JSON.readValue(read(id + "/template.json"), Metadata.class);
            return new ProjectTemplate(id, metadata.title(), metadata.description(), metadata.files(), metadata.tasks());
        } catch (IOException e) {
            throw new UncheckedIOException("template " + id + ": template.json cannot be read", e);
        }
    }

    private static byte[] read(String path) {
        try (InputStream in = TemplateCatalog.class.getClassLoader().getResourceAsStream(ROOT + path)) {
            if (in == null) {
                throw new IllegalStateException("missing template resource " + ROOT + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record Metadata(String title, String description, List<String> files, List<SuggestedTask> tasks) {
    }
}
