package io.kumo.rest;

import com.fasterxml.jackson.databind.SerializationFeature;
import io.javalin.http.Context;
import io.kumo.app.KumoCore;
import io.kumo.domain.Run;
import io.kumo.json.Json;
import io.kumo.logs.LiveLog;
import io.kumo.logs.LogFollow;
import io.kumo.logs.LogTail;
import io.kumo.logs.RunLogSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/** A run's log: plain text, or a text/event-stream that follows a live run to its end. */
public final class LogEndpoints implements ApiEndpoints {

    static final Duration POLL = Duration.ofMillis(200);
    static final Duration KEEP_ALIVE = Duration.ofSeconds(5); // a client gone is noticed at the next write
    private static final int MAX_TAIL = 100_000;
    private static final String EVENT_STREAM = "text/event-stream";

    private final KumoCore core;
    private final LiveLog live;

    public LogEndpoints(KumoCore core) {
        this(core, POLL, KEEP_ALIVE);
    }

    LogEndpoints(KumoCore core, Duration poll, Duration keepAlive) {
        this.core = core;
        this.live = new LiveLog(id -> core.runHistory().find(id), core.runLogs()::followed, poll, keepAlive);
    }

    @Override
    public List<ApiRoute> routes() {
        return List.of(new ApiRoute(ApiMethod.GET, "/api/v1/runs/{id}/log", Access.VIEWER, this::log, doc()));
    }

    private void log(Context ctx) throws IOException {
        Run run = run(ctx.pathParam("id"));
        OptionalInt tail = tail(ctx.queryParam("tail"));
        String accept = ctx.header("Accept");
        if (accept != null && accept.contains(EVENT_STREAM)) {
            follow(ctx, run, tail);
        } else {
            plain(ctx, run, tail);
        }
    }

    private Run run(String id) {
        long runId;
        try {
            runId = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("the run id must be a number, not '" + id + "'");
        }
        return core.runHistory().find(runId).orElseThrow(() -> ApiException.notFound("no run #" + runId));
    }

    private static OptionalInt tail(String value) {
        if (value == null) {
            return OptionalInt.empty();
        }
        try {
            int lines = Integer.parseInt(value.strip());
            if (lines >= 1 && lines <= MAX_TAIL) {
                return OptionalInt.of(lines);
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ApiException.badRequest("tail must be a number of lines from 1 to " + MAX_TAIL + ", not '" + value + "'");
    }

    /** The file to read (in a cluster, another node's log is fetched first). */
    private Optional<Path> logOf(Run run) {
        return core.runLogs().file(run).filter(Files::isRegularFile);
    }

    private void plain(Context ctx, Run run, OptionalInt tail) throws IOException {
        ctx.contentType("text/plain; charset=utf-8");
        RunLogSource.LogFile file = core.runLogs().open(run);
        file.noteIfAny().ifPresent(note -> ctx.header("X-Kumo-Log-Note", note));
        Optional<Path> log = file.file().filter(Files::isRegularFile);
        if (log.isEmpty()) {
            ctx.result("");
            return;
        }
        long start = tail.isPresent() ? LogTail.startOfLast(log.get(), tail.getAsInt()) : 0;
        InputStream in = Files.newInputStream(log.get());
        try {
            in.skipNBytes(start); // EOF when retention replaced the file meanwhile
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
        ctx.result(in); // from here Javalin streams it and closes it

    }

    /** The SSE stream, in this request's (virtual) thread until the run ends or the client goes away. */
    private void follow(Context ctx, Run run, OptionalInt tail) throws IOException {
        long offset = resumeAt(ctx.header("Last-Event-ID"));
        if (offset < 0) {
            Optional<Path> log = tail.isPresent() ? logOf(run) : Optional.empty();
            offset = log.isPresent() ? LogTail.startOfLast(log.get(), tail.getAsInt()) : 0;
        }
        ctx.status(200);
        ctx.res().setHeader("Content-Type", EVENT_STREAM);
        ctx.res().setHeader("Cache-Control", "no-cache");
        ctx.res().setHeader("X-Accel-Buffering", "no"); // nginx would otherwise hold the events back
        OutputStream out = ctx.res().getOutputStream();
        try {
            // the headers go out now, not with the first line or keep-alive: a quiet run answers 200 at once
            new EventWriter(out).send(": following run " + run.getId() + "\nretry: 3000\n\n");
            live.follow(run.getId(), offset, new EventWriter(out));
        } catch (IOException e) {
            // the client went away (or the log could not be read): the stream just ends
        }
    }

    /** The offset after the last line the client got, from its Last-Event-ID; -1 without one. */
    private static long resumeAt(String lastEventId) {
        if (lastEventId == null || lastEventId.isBlank()) {
            return -1;
        }
        try {
            long offset = Long.parseLong(lastEventId.strip());
            if (offset >= 0) {
                return offset;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ApiException.badRequest("Last-Event-ID must be a byte offset this stream sent as an event id, not '" + lastEventId + "'");
    }

    /** Writes the follow as server-sent events; each batch is flushed at once. */
    private record EventWriter(OutputStream out) implements LiveLog.Reader {

        @Override
        public void lines(List<LogFollow.Line> lines) throws IOException {
            StringBuilder events = new StringBuilder();
            for (LogFollow.Line line : lines) {
                events.append("id: ").append(line.end()).append('\n').append("event: line\n");
                for (String part : line.text().split("\r", -1)) { // a CR would end the data field early
                    events.append("data: ").append(part).append('\n');
                }
                events.append('\n');
            }
            send(events.toString());
        }

        @Override
        public void keepAlive() throws IOException {
            send(": keep-alive\n\n");
        }

        @Override
        public void ended(Run run) throws IOException {
            Map<String, Object> end = new LinkedHashMap<>();
            end.put("status", run.getStatus().name());
            end.put("exit_code", run.getExitCode());
            send("event: end\ndata: " + Json.MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(end) + "\n\n");
        }

        private void send(String text) throws IOException {
            out.write(text.getBytes(StandardCharsets.UTF_8));
            out.flush();
        }
    }

    private static ApiDoc doc() {
        return ApiDoc.of("Logs", "A run's log")
                .describedAs("""
                        The run's output as plain text (UTF-8); empty while the run has no log yet. In a cluster, another node's \
                        log is read from what it shipped to the database; while there is none yet, the header \
                        `X-Kumo-Log-Note` says so. With `Accept: \
                        text/event-stream` the answer is a server-sent event stream that follows a live run: a comment \
                        `: following run N` at once, then an event \
                        `line` per log line (`data:` the line; `id:` the byte offset after it), new complete lines as they \
                        come (the log is read every 200 ms, the run's status every second), a comment `: keep-alive` every 5 s, \
                        and at the run's end \
                        `event: end` with `data: {"status": "SUCCESS", "exit_code": 0}`, then the stream closes. Send \
                        `Last-Event-ID` (the last `id:` received) to resume after a dropped connection.""")
                .withParams(ApiParam.path("id", "the run's id"),
                        ApiParam.query("tail", JsonSchema.integer(), "only the last N lines (1 to 100000); for a stream, where it begins"),
                        ApiParam.header("Last-Event-ID", "event stream only: resume after this byte offset"))
                .returningRaw(200, "text/plain")
                .orAs(EVENT_STREAM, JsonSchema.string().described("With `Accept: text/event-stream`: server-sent events, "
                        + "`event: line` (`id:` the byte offset after the line, `data:` the line) and a last `event: end` "
                        + "(`data:` {\"status\": ..., \"exit_code\": ...}); comments (`:`) are keep-alives"));
    }
}
