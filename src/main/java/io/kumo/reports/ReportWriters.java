package io.kumo.reports;

import io.kumo.common.ValidationException;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The writer of each format Kumo can write a report as. */
public final class ReportWriters {

    private final Map<ReportFormat, ReportWriter> byFormat = new EnumMap<>(ReportFormat.class);

    public ReportWriters(List<ReportWriter> writers) {
        for (ReportWriter writer : writers) {
            if (byFormat.put(writer.format(), writer) != null) {
                throw new IllegalArgumentException("Two writers for " + writer.format());
            }
        }
    }

    /** The formats with a writer, in the enum's order. */
    public Set<ReportFormat> available() {
        return Collections.unmodifiableSet(byFormat.keySet());
    }

    public Optional<ReportWriter> find(ReportFormat format) {
        return Optional.ofNullable(byFormat.get(format));
    }

    /** @throws ValidationException "format xlsx is not available" when no writer writes it */
    public ReportWriter writer(ReportFormat format) {
        return find(format).orElseThrow(() -> new ValidationException("format " + format.extension() + " is not available"));
    }
}
