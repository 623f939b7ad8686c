package io.kumo.testkit;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Prometheus's own Python client parsing an exposition ({@code prometheus_client.parser.text_string_to_metric_families})
 * in a real {@code python3} process: Debian's interpreter with {@code python3-prometheus-client}, which {@code .ci/run}
 * installs. What it reports is what a Prometheus scraper would read.
 */
public final class PrometheusTextParser {

    public static final Path PYTHON = Path.of("/usr/bin/python3");

    private static final String SCRIPT = """
            import json, sys
            from prometheus_client.parser import text_string_to_metric_families
            families = []
            for family in text_string_to_metric_families(sys.stdin.read()):
                families.append({"name": family.name, "type": family.type, "samples": [
                    {"name": s.name, "labels": s.labels, "value": s.value} for s in family.samples]})
            print(json.dumps(families))
            """;
    private static final JsonMapper JSON = JsonMapper.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();

    /** One sample line as the parser read it. */
    public record Sample(String name, Map<String, String> labels, double value) {
    }

    /** One metric family: its name without suffixes ({@code kumo_runs} for {@code kumo_runs_total}), its type, its samples. */
    public record Family(String name, String type, List<Sample> samples) {

        /** The value of the sample with this name and exactly these labels, if there is one. */
        public Optional<Double> value(String sampleName, Map<String, String> labels) {
            return samples.stream().filter(sample -> sample.name().equals(sampleName) && sample.labels().equals(labels))
                    .map(Sample::value).findFirst();
        }
    }

    private PrometheusTextParser() {
    }

    /** The families of {@code exposition}; an exposition the parser refuses fails with its error. */
    public static List<Family> parse(String exposition) {
        if (!Files.isExecutable(PYTHON)) {
            throw new IllegalStateException("needs " + PYTHON + " with python3-prometheus-client (.ci/run installs it)");
        }
        try {
            Process process = new ProcessBuilder(PYTHON.toString(), "-c", SCRIPT).start();
            try (OutputStream in = process.getOutputStream()) {
                in.write(exposition.getBytes(StandardCharsets.UTF_8));
            }
            CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> drain(process.getErrorStream()));
            byte[] out = process.getInputStream().readAllBytes();
            if (process.waitFor() != 0) {
                throw new IllegalStateException("the Prometheus parser refused the text: " + new String(err.join(), StandardCharsets.UTF_8).strip());
            }
            return JSON.readValue(out, new TypeReference<List<Family>>() { });
        } catch (IOException e) {
            throw new IllegalStateException("could not run " + PYTHON, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static byte[] drain(InputStream stream) {
        try {
            return stream.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The family named {@code name}; fails when the exposition has none. */
    public static Family family(List<Family> families, String name) {
        return families.stream().filter(family -> family.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no metric family " + name + " in " + families.stream().map(Family::name).toList()));
    }
}
