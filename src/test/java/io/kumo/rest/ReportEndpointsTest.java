package io.kumo.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.kumo.app.KumoCore;
import io.kumo.json.Json;
import io.kumo.reports.ReportFixture;
import io.kumo.testkit.RouteServer;
import io.kumo.testkit.TestCores;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code GET /api/v1/reports} over real HTTP on {@link ReportFixture}'s runs. */
class ReportEndpointsTest {

    private static final String MARCH = "/api/v1/reports?from=2026-03-10&to=2026-03-12&zone=UTC";

    @TempDir
    Path dir;
    private KumoCore core;
    private RouteServer server;

    @BeforeEach
    void start() {
        core = TestCores.open(dir.resolve("data"));
        new ReportFixture(core, dir);
        server = new RouteServer(new ReportEndpoints(core));
    }

    @AfterEach
    void stop() {
        server.close();
        core.close();
    }

    @Test
    void answersTheReportAsJsonByDefault() throws Exception {
        HttpResponse<String> response = server.get(MARCH + "&project=shop");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode report = Json.MAPPER.readTree(response.body());
        assertThat(report.path("title").asText()).isEqualTo("Kumo report 2026-03-10 – 2026-03-12 · project shop");
        assertThat(report.path("summary").path("runs").asLong()).isEqualTo(4);
        assertThat(report.path("tasks").get(0).path("p50_s").asDouble()).isEqualTo(25.0);
        assertThat(report.path("days")).hasSize(3);
        assertThat(report.path("failures").get(0).path("location").asText()).isEqualTo("spider.py:42 in parse");
    }

    @Test
    void answersTheCsvFileWithItsMediaTypeAndFileName() {
        HttpResponse<String> response = server.get(MARCH + "&format=csv&tag=etl");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        assertThat(response.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"kumo-report-2026-03-10-2026-03-12.csv\"");
        assertThat(response.body()).startsWith("\uFEFFsummary,").contains("tag etl").contains("\r\ntasks,").contains("\r\ndays,");
    }

    @Test
    void badInputAnswers400WithAMessage() throws Exception {
        assertError(server.get("/api/v1/reports?from=2026-03-12&to=2026-03-10"), "is after its last day");
        assertError(server.get("/api/v1/reports?from=yesterday&to=2026-03-10"), "'yesterday' is not a date");
        assertError(server.get("/api/v1/reports"), "a period is needed");
        assertError(server.get(MARCH + "&project=nope"), "no project named 'nope'");
        assertError(server.get(MARCH + "&format=doc"), "Unknown report format 'doc'");
        assertError(server.get(MARCH.replace("UTC", "Mars/Olympus")), "is not a time zone");
    }

    private static void assertError(HttpResponse<String> response, String message) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(Json.MAPPER.readTree(response.body()).path("error").asText()).contains(message);
    }
}
