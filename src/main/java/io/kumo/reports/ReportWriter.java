package io.kumo.reports;

import java.io.IOException;
import java.io.OutputStream;

/** Writes a report as one file format; the caller owns and closes the stream. */
public interface ReportWriter {

    ReportFormat format();

    void write(Report report, OutputStream out) throws IOException;
}
