package io.kumo.reports;

import io.kumo.common.ValidationException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The files a report is written as. */
public enum ReportFormat {
    CSV("csv", "text/csv"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    PDF("pdf", "application/pdf");

    private final String extension;
    private final String mediaType;

    ReportFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** "csv" → CSV; anything else is refused with the list of formats. */
    public static ReportFormat parse(String word) {
        String wanted = word == null ? "" : word.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(format -> format.extension.equals(wanted)).findFirst()
                .orElseThrow(() -> new ValidationException("Unknown report format '" + word + "'; use "
                        + Arrays.stream(values()).map(ReportFormat::extension).collect(Collectors.joining(", "))));
    }
}
