package io.kumo.insights.errors;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ErrorSignaturesTest {

    private static final Optional<Path> PROJECT = Optional.of(Path.of("/home/ana/projects/shop"));

    private static List<String> stderr(String text) {
        return Arrays.stream(text.split("\n")).map(line -> "[stderr] " + line).toList();
    }

    private static String traceback(int line, String type, String message) {
        return """
                Traceback (most recent call last):
                  File "/home/ana/projects/shop/jobs/load.py", line 3, in <module>
                    main()
                  File "/home/ana/projects/shop/jobs/load.py", line %d, in parse
                    rows = json.loads(text)
                  File "/usr/lib/python3.12/json/__init__.py", line 346, in loads
                    return _default_decoder.decode(s)
                %s: %s""".formatted(line, type, message);
    }

    private static ErrorSignature of(String log) {
        return ErrorSignatures.of(stderr(log), PROJECT, "exit code 1");
    }

    @Test
    void innermostUserFrameNamesTheErrorRelativeToTheProject() {
        ErrorSignature signature = of(traceback(12, "json.decoder.JSONDecodeError", "Expecting value: line 1 column 1 (char 0)"));

        assertThat(signature.type()).isEqualTo("json.decoder.JSONDecodeError");
        assertThat(signature.message()).isEqualTo("Expecting value: line 1 column 1 (char 0)");
        assertThat(signature.file()).isEqualTo("jobs/load.py");
        assertThat(signature.line()).isEqualTo(12);
        assertThat(signature.function()).isEqualTo("parse");
        assertThat(signature.fingerprint()).hasSize(40).matches("[0-9a-f]{40}");
    }

    @Test
    void lineNumberOnlyChangeKeepsTheFingerprint() {
        assertThat(of(traceback(12, "ValueError", "bad row 7")).fingerprint())
                .isEqualTo(of(traceback(40, "ValueError", "bad row 9")).fingerprint());
    }

    @Test
    void anotherExceptionTypeIsAnotherGroup() {
        assertThat(of(traceback(12, "ValueError", "x")).fingerprint()).isNotEqualTo(of(traceback(12, "KeyError", "x")).fingerprint());
    }

    @Test
    void anotherInnermostUserFrameIsAnotherGroup() {
        String elsewhere = traceback(12, "ValueError", "x").replace("in parse", "in load");

        assertThat(of(elsewhere).fingerprint()).isNotEqualTo(of(traceback(12, "ValueError", "x")).fingerprint());
    }

    @Test
    void libraryFramesAreNotTheUsersCode() {
        assertThat(ErrorSignatures.isUserCode("/opt/venv/lib/python3.12/site-packages/requests/models.py")).isFalse();
        assertThat(ErrorSignatures.isUserCode("/usr/lib/python3/dist-packages/yaml/reader.py")).isFalse();
        assertThat(ErrorSignatures.isUserCode("/usr/lib/python3.12/json/decoder.py")).isFalse();
        assertThat(ErrorSignatures.isUserCode("<frozen importlib._bootstrap>")).isFalse();
        assertThat(ErrorSignatures.isUserCode("<string>")).isFalse();
        assertThat(ErrorSignatures.isUserCode("/home/ana/projects/shop/jobs/load.py")).isTrue();
    }

    @Test
    void chainedExceptionsTakeTheLastRaised() {
        ErrorSignature signature = of("""
                Traceback (most recent call last):
                  File "/home/ana/projects/shop/fetch.py", line 5, in get
                    return cache[key]
                KeyError: 'page'

                During handling of the above exception, another exception occurred:

                Traceback (most recent call last):
                  File "/home/ana/projects/shop/fetch.py", line 9, in <module>
                    get("page")
                  File "/home/ana/projects/shop/fetch.py", line 7, in get
                    raise RuntimeError("no page") from None
                RuntimeError: no page""");

        assertThat(signature.type()).isEqualTo("RuntimeError");
        assertThat(signature.message()).isEqualTo("no page");
        assertThat(signature.line()).isEqualTo(7);
        assertThat(signature.function()).isEqualTo("get");
    }

    @Test
    void directCauseChainTakesTheLastToo() {
        ErrorSignature signature = of("""
                Traceback (most recent call last):
                  File "/home/ana/projects/shop/a.py", line 2, in f
                    int("x")
                ValueError: invalid literal for int() with base 10: 'x'

                The above exception was the direct cause of the following exception:

                Traceback (most recent call last):
                  File "/home/ana/projects/shop/a.py", line 6, in main
                    raise ImportError("config broken") from e
                ImportError: config broken""");

        assertThat(signature.type()).isEqualTo("ImportError");
        assertThat(signature.location()).isEqualTo("a.py:6 in main");
    }

    @Test
    void syntaxErrorOfTheMainScriptHasNoTracebackHeader() {
        ErrorSignature signature = of("""
                  File "/home/ana/projects/shop/bad.py", line 4
                    def f(
                         ^
                SyntaxError: '(' was never closed""");

        assertThat(signature.type()).isEqualTo("SyntaxError");
        assertThat(signature.message()).isEqualTo("'(' was never closed");
        assertThat(signature.file()).isEqualTo("bad.py");
        assertThat(signature.line()).isEqualTo(4);
        assertThat(signature.function()).isNull();
    }

    @Test
    void keyboardInterruptHasNoMessage() {
        ErrorSignature signature = of("""
                Traceback (most recent call last):
                  File "/home/ana/projects/shop/loop.py", line 8, in <module>
                    time.sleep(1)
                KeyboardInterrupt""");

        assertThat(signature.type()).isEqualTo("KeyboardInterrupt");
        assertThat(signature.message()).isEmpty();
        assertThat(signature.summary()).isEqualTo("KeyboardInterrupt at loop.py:8 in <module>");
    }

    @Test
    void moduleQualifiedExceptionsKeepTheirPath() {
        ErrorSignature signature = of(traceback(3, "requests.exceptions.HTTPError", "404 Client Error: Not Found for url: https://x"));

        assertThat(signature.type()).isEqualTo("requests.exceptions.HTTPError");
    }

    @Test
    void fileOutsideTheProjectIsNamedByItsFileName() {
        ErrorSignature signature = of(traceback(3, "ValueError", "x").replace("/home/ana/projects/shop/jobs", "/srv/other"));

        assertThat(signature.file()).isEqualTo("load.py");
    }

    @Test
    void stdoutAfterTheTracebackDoesNotHideIt() {
        List<String> log = new java.util.ArrayList<>(List.of("starting", "row 1 ok"));
        log.addAll(stderr(traceback(12, "ValueError", "bad")));
        log.add("[kumo] Exit code 1");

        assertThat(ErrorSignatures.of(log, PROJECT, null).type()).isEqualTo("ValueError");
    }

    @Test
    void withoutTracebackTheLastStderrLineNormalisedNamesTheGroup() {
        ErrorSignature first = ErrorSignatures.of(List.of("working", "[stderr] error: connect to 10.0.0.7:5432 failed after 3012 ms "
                + "(request 3f2a9c1e77, file '/tmp/tmpab12/x.csv') at 2026-03-01T06:00:00Z id 123e4567-e89b-12d3-a456-426614174000",
                "done"), PROJECT, null);
        ErrorSignature second = ErrorSignatures.of(List.of("[stderr] error: connect to 10.0.0.9:5432 failed after 17 ms "
                + "(request 99bb0012ff, file '/tmp/tmpzz/y.csv') at 2026-03-02 07:15:02 id 00000000-1111-2222-3333-444444444444"),
                PROJECT, null);

        assertThat(first.type()).isEqualTo("Error");
        assertThat(first.message()).startsWith("error: connect to 10.0.0.7");
        assertThat(first.fingerprint()).isEqualTo(second.fingerprint());
        assertThat(first.location()).isEmpty();
    }

    @Test
    void normaliserReplacesWhatChangesBetweenRuns() {
        assertThat(ErrorLineNormalizer.normalize("object at 0x7f3a2b1c failed 3 times in /tmp/pytest-1/run.log, 'abc'"))
                .isEqualTo("object at X failed N times in <tmp> '…'");
        assertThat(ErrorLineNormalizer.normalize("job 123e4567-e89b-12d3-a456-426614174000 at 2026-03-01 10:00:00"))
                .isEqualTo("job <uuid> at <time>");
    }

    @Test
    void differentErrorLinesAreDifferentGroups() {
        assertThat(ErrorSignatures.of(List.of("[stderr] disk full"), PROJECT, null).fingerprint())
                .isNotEqualTo(ErrorSignatures.of(List.of("[stderr] permission denied"), PROJECT, null).fingerprint());
    }

    @Test
    void emptyLogTakesKumosOwnReason() {
        ErrorSignature signature = ErrorSignatures.of(List.of(), PROJECT, "timed out after 10m");

        assertThat(signature.type()).isEqualTo("Error");
        assertThat(signature.message()).isEqualTo("timed out after 10m");
    }

    @Test
    void messageIsCutAtAThousandCharacters() {
        assertThat(of(traceback(3, "ValueError", "x".repeat(1500))).message()).hasSize(1000);
    }
}
