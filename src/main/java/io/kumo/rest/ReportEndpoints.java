package io.kumo.rest;

import io.javalin.http.Context;
import io.kumo.app.KumoCore;
import io.kumo.common.ValidationException;
import io.kumo.json.ReportJson;
import io.kumo.reports.Report;
import io.kumo.reports.ReportFormat;
import io.kumo.reports.ReportPeriod;
import io.kumo.reports.ReportQuery;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** Reports over a period's runs, as {@code kumo report} writes them: the file in a format, or the report as JSON. */
public final class ReportEndpoints implements ApiEndpoints {

    private static final String JSON_FORMAT = "json";

    private final KumoCore core;

    public ReportEndpoints(KumoCore core) {
        this.core = core;
    }

    @Override
    public List<ApiRoute> routes() {
        JsonSchema file = JsonSchema.string().described("the report file");
        return List.of(new ApiRoute(ApiMethod.GET, "/api/v1/reports", Access.VIEWER, this::report,
                ApiDoc.of("Reports", "Build a report of a period's runs").describedAs("Per task, per day and failures "
                                + "grouped by error, as `kumo report`. With `format=csv`, `xlsx` or `pdf` the answer is the file "
                                + "(with a Content-Disposition filename); without, the report as JSON. A format Kumo cannot "
                                + "write yet answers 400.")
                        .withParams(ApiParam.query("from", JsonSchema.string(), "first day, yyyy-MM-dd (with `to`)"),
                                ApiParam.query("to", JsonSchema.string(), "last day, included, yyyy-MM-dd"),
                                ApiParam.query("last", JsonSchema.string(), "instead of from/to: the last N days up to today (30d)"),
                                ApiParam.query("project", JsonSchema.string(), "only this project's tasks (its name)"),
                                ApiParam.query("tag", JsonSchema.string(), "only tasks with this tag"),
                                ApiParam.query("task", JsonSchema.string(), "only this task (its name; repeatable)"),
                                ApiParam.query("zone", JsonSchema.string(), "the time zone days are counted in (default: the server's)"),
                                ApiParam.query("format", JsonSchema.oneOf("json", "csv", "xlsx", "pdf"), "default json"))
                        .returning(200, JsonSchema.anyObject())
                        .orAs(ReportFormat.CSV.mediaType(), file).orAs(ReportFormat.XLSX.mediaType(), file)
                        .orAs(ReportFormat.PDF.mediaType(), file)));
    }

    private void report(Context ctx) throws IOException {
        ZoneId zone = zone(ctx.queryParam("zone"));
        String formatWord = ctx.queryParam("format");
        ReportFormat format = formatWord == null || formatWord.equalsIgnoreCase(JSON_FORMAT) ? null : ReportFormat.parse(formatWord);
        if (format != null) {
            core.reports().writers().writer(format); // refused before the report is built
        }
        ReportQuery query = core.reports().query(period(ctx, LocalDate.ofInstant(core.clock().instant(), zone)), zone,
                ctx.queryParam("project"), ctx.queryParam("tag"), ctx.queryParams("task"));
        Report report = core.reports().build(query);
        if (format == null) {
            ctx.json(ReportJson.of(report));
            return;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        core.reports().writers().writer(format).write(report, bytes);
        ctx.header("Content-Disposition", "attachment; filename=\"" + fileName(query, format) + "\"");
        ctx.contentType(format.mediaType());
        ctx.result(bytes.toByteArray());
    }

    private static ReportPeriod period(Context ctx, LocalDate today) {
        String last = ctx.queryParam("last");
        if (last != null) {
            return ReportPeriod.last(last, today);
        }
        if (ctx.queryParam("from") == null && ctx.queryParam("to") == null) {
            throw new ValidationException("a period is needed: from and to (yyyy-MM-dd), or last=30d");
        }
        return ReportPeriod.parse(ctx.queryParam("from"), ctx.queryParam("to"));
    }

    private static ZoneId zone(String name) {
        if (name == null || name.isBlank()) {
            return ZoneId.systemDefault();
        }
        try {
            return ZoneId.of(name.strip());
        } catch (DateTimeException e) {
            throw new ValidationException("zone: '" + name + "' is not a time zone such as Europe/Berlin");
        }
    }

    /** "kumo-report-2026-03-10-2026-03-12.csv": the period's days in the report's zone. */
    static String fileName(ReportQuery query, ReportFormat format) {
        LocalDate first = LocalDate.ofInstant(query.from(), query.zone());
        LocalDate last = LocalDate.ofInstant(query.to().minusMillis(1), query.zone());
        return "kumo-report-" + first + "-" + last + "." + format.extension();
    }
}
