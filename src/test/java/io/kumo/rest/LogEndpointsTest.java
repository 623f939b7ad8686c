package io.kumo.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.kumo.app.KumoCore;
import io.kumo.domain.Run;
import io.kumo.domain.RunStatus;
import io.kumo.domain.Task;
import io.kumo.json.Json;
import io.kumo.supervisor.OsProcessLauncher;
import io.kumo.testkit.RouteServer;
import io.kumo.testkit.TestCores;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** GET /api/v1/runs/{id}/log over real HTTP, for runs of a real python3 that prints its lines slowly. */
class LogEndpointsTest {

    @TempDir
    Path dir;
    KumoCore core;
    RouteServer server;
    Task slow;

    @BeforeEach
    void start() throws IOException {
        core = TestCores.open(dir.resolve("data"));
        core.startEngine(new OsProcessLauncher(), System.getenv());
        Path script = Files.writeString(dir.resolve("slow.py"), """
                import sys, time
                for i in range(5):
                    print(f"line {i} é", flush=True)
                    time.sleep(0.4)
                sys.exit(3)
                """);
        slow = core.tasks().create(new Task("slow", "python3 " + script));
        server = new RouteServer(new LogEndpoints(core, Duration.ofMillis(50), Duration.ofMillis(300)));
    }

    @AfterEach
    void stop() {
        server.close();
        core.close();
    }

    @Test
    void plainTextIsTheWholeLog() {
        Run run = ended(core.engine().orElseThrow().runNow(slow));

        HttpResponse<String> log = server.get("/api/v1/runs/" + run.getId() + "/log");

        assertThat(log.statusCode()).isEqualTo(200);
        assertThat(log.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/plain")
                .containsIgnoringCase("charset=utf-8"));
        assertThat(log.body()).contains("line 0 é\n", "line 4 é\n");
    }

    @Test
    void tailGivesTheLastLines() throws IOException {
        Run run = ended(core.engine().orElseThrow().runNow(slow));
        List<String> all = Files.readAllLines(Path.of(run.getLogPath()));

        HttpResponse<String> log = server.get("/api/v1/runs/" + run.getId() + "/log?tail=2");

        assertThat(log.statusCode()).isEqualTo(200);
        assertThat(log.body()).isEqualTo(String.join("\n", all.subList(all.size() - 2, all.size())) + "\n");
    }

    @Test
    void aTailOutOfRangeIsABadRequest() throws IOException {
        Run run = ended(core.engine().orElseThrow().runNow(slow));

        for (String tail : List.of("0", "100001", "ten")) {
            HttpResponse<String> answer = server.get("/api/v1/runs/" + run.getId() + "/log?tail=" + tail);
            assertThat(answer.statusCode()).isEqualTo(400);
            assertThat(Json.MAPPER.readTree(answer.body()).get("error").asText()).contains("tail", tail);
        }
    }

    @Test
    void anUnknownRunIsNotFound() throws IOException {
        HttpResponse<String> answer = server.get("/api/v1/runs/987654/log");

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(Json.MAPPER.readTree(answer.body()).get("error").asText()).isEqualTo("no run #987654");
        assertThat(server.get("/api/v1/runs/abc/log").statusCode()).isEqualTo(400);
    }

    @Test
    void theEventStreamFollowsALiveRunToItsEnd() throws Exception {
        Run run = core.engine().orElseThrow().runNow(slow);

        try (Events events = open(run.getId(), null)) {
            assertThat(events.response.headers().firstValue("Content-Type")).hasValue("text/event-stream");
            assertThat(events.response.headers().firstValue("Cache-Control")).hasValue("no-cache");
            Event first = events.next();
            while (!first.data.equals("line 0 é")) { // after Kumo's own line that the run started
                first = events.next();
            }
            RunStatus whenFirstArrived = core.runHistory().find(run.getId()).orElseThrow().getStatus();
            List<Event> rest = events.untilEnd();

            assertThat(first.type).isEqualTo("line");
            assertThat(whenFirstArrived.isTerminal()).isFalse();
            String log = Files.readString(Path.of(ended(run).getLogPath()));
            String upToFirst = log.substring(0, log.indexOf("line 0 é\n") + "line 0 é\n".length());
            assertThat(first.id).isEqualTo(String.valueOf(upToFirst.getBytes(StandardCharsets.UTF_8).length));
            List<String> lines = rest.stream().filter(e -> e.type.equals("line")).map(e -> e.data).toList();
            assertThat(lines).contains("line 1 é", "line 4 é");
            Event end = rest.getLast();
            assertThat(end.type).isEqualTo("end");
            JsonNode outcome = Json.MAPPER.readTree(end.data);
            assertThat(outcome.get("status").asText()).isEqualTo("FAILED");
            assertThat(outcome.get("exit_code").asInt()).isEqualTo(3);
            assertThat(events.keepAlives).isPositive(); // 300 ms apart in this test, the run takes 2 s
        }
    }

    @Test
    void lastEventIdResumesAfterTheLineItNames() throws Exception {
        Run run = ended(core.engine().orElseThrow().runNow(slow));
        List<Event> all;
        try (Events events = open(run.getId(), null)) {
            all = events.untilEnd();
        }
        Event second = all.get(1);

        List<Event> resumed;
        try (Events events = open(run.getId(), second.id)) {
            resumed = events.untilEnd();
        }

        assertThat(resumed).containsExactlyElementsOf(all.subList(2, all.size()));
    }

    @Test
    void aBadLastEventIdIsABadRequest() {
        Run run = ended(core.engine().orElseThrow().runNow(slow));
        HttpResponse<String> answer = server.send(HttpRequest.newBuilder(server.uri("/api/v1/runs/" + run.getId() + "/log"))
                .header("Accept", "text/event-stream").header("Last-Event-ID", "-5").build());

        assertThat(answer.statusCode()).isEqualTo(400);
    }

    @Test
    void theEventStreamAnswersAtOnceForAQuietRun() throws Exception {
        Task quiet = core.tasks().create(new Task("quiet", "python3 -c \"import time; time.sleep(8)\""));
        Run run = core.engine().orElseThrow().runNow(quiet);
        try (RouteServer real = new RouteServer(new LogEndpoints(core))) { // the served poll and keep-alive
            HttpRequest request = HttpRequest.newBuilder(real.uri("/api/v1/runs/" + run.getId() + "/log"))
                    .header("Accept", "text/event-stream").build();
            long sent = System.nanoTime();
            HttpResponse<InputStream> response = real.client().sendAsync(request, HttpResponse.BodyHandlers.ofInputStream())
                    .get(10, TimeUnit.SECONDS);
            BufferedReader reader = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8));
            String firstLine = reader.readLine();
            Duration took = Duration.ofNanos(System.nanoTime() - sent);

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(firstLine).isEqualTo(": following run " + run.getId());
            // before the opening comment the headers waited for the first line or keep-alive (5 s, 15 s before)
            assertThat(took).isLessThan(Duration.ofSeconds(1));
            reader.close();
        } finally {
            core.engine().orElseThrow().stop(run.getId());
        }
    }

    private Run ended(Run run) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            Run now = core.runHistory().find(run.getId()).orElseThrow();
            if (now.getStatus().isTerminal()) {
                return now;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("run #" + run.getId() + " did not end");
    }

    private Events open(long runId, String lastEventId) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri("/api/v1/runs/" + runId + "/log"))
                .header("Accept", "text/event-stream");
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        HttpResponse<InputStream> response = server.client().send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        return new Events(response);
    }

    record Event(String type, String data, String id) {
    }

    /** A minimal SSE reader: events of one data line, comments counted. */
    static final class Events implements AutoCloseable {
        final HttpResponse<InputStream> response;
        final BufferedReader reader;
        int keepAlives;
        final List<String> comments = new ArrayList<>();

        Events(HttpResponse<InputStream> response) {
            this.response = response;
            this.reader = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8));
        }

        Event next() throws IOException {
            String type = "message";
            String data = null;
            String id = null;
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isEmpty()) {
                    if (data != null) {
                        return new Event(type, data, id);
                    }
                } else if (line.startsWith(": keep-alive")) {
                    keepAlives++;
                } else if (line.startsWith(":")) {
                    comments.add(line);
                } else if (line.startsWith("event: ")) {
                    type = line.substring(7);
                } else if (line.startsWith("data: ")) {
                    data = line.substring(6);
                } else if (line.startsWith("id: ")) {
                    id = line.substring(4);
                }
            }
            return null;
        }

        List<Event> untilEnd() throws IOException {
            List<Event> events = new ArrayList<>();
            Event event;
            while ((event = next()) != null) {
                events.add(event);
                if (event.type.equals("end")) {
                    assertThat(next()).isNull(); // the server closes the stream after it
                    return events;
                }
            }
            throw new AssertionError("the stream closed without an end event: " + events);
        }

        @Override
        public void close() throws IOException {
            reader.close();
        }
    }
}
