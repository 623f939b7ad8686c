package io.kumo.python;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kumo.app.KumoCore;
import io.kumo.common.ValidationException;
import io.kumo.domain.PypiMirror;
import io.kumo.testkit.LocalPackageIndex;
import io.kumo.testkit.TestCores;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MirrorServiceTest {

    @TempDir
    Path dir;
    KumoCore core;
    MirrorService mirrors;

    @BeforeEach
    void open() {
        core = openCore(dir);
        mirrors = core.mirrors();
    }

    @AfterEach
    void close() {
        core.close();
    }

    @Test
    void theFirstEnabledMirrorIsTheIndexTheOthersExtraAndTrustedHostsFollow() {
        mirrors.add("https://b.example/simple/", null, false);
        mirrors.add("https://a.example/simple/", 1, false);
        mirrors.add("http://10.0.0.5:8080/simple/", null, true);
        mirrors.add("https://off.example/simple/", null, false);
        mirrors.setEnabled("https://off.example/simple/", false);

        assertThat(mirrors.list()).extracting(PypiMirror::getUrl).containsExactly("https://a.example/simple/",
                "https://b.example/simple/", "http://10.0.0.5:8080/simple/", "https://off.example/simple/");
        assertThat(mirrors.pipArguments()).containsExactly(
                "--index-url", "https://a.example/simple/",
                "--extra-index-url", "https://b.example/simple/",
                "--extra-index-url", "http://10.0.0.5:8080/simple/",
                "--trusted-host", "10.0.0.5:8080");
        assertThat(mirrors.taskEnvironment()).isEqualTo(Map.of(
                "PIP_INDEX_URL", "https://a.example/simple/",
                "PIP_EXTRA_INDEX_URL", "https://b.example/simple/ http://10.0.0.5:8080/simple/",
                "PIP_TRUSTED_HOST", "10.0.0.5:8080"));
    }

    @Test
    void reorderingAndRemovingKeepPositionsDenseAndAreAudited() {
        mirrors.add("https://a.example/simple/", null, false);
        mirrors.add("https://b.example/simple/", null, false);
        mirrors.add("https://c.example/simple/", null, false);

        mirrors.move("https://c.example/simple/", -5);
        mirrors.remove("https://a.example/simple/");

        assertThat(mirrors.list()).extracting(PypiMirror::getUrl, PypiMirror::getPosition).containsExactly(
                org.assertj.core.groups.Tuple.tuple("https://c.example/simple/", 0),
                org.assertj.core.groups.Tuple.tuple("https://b.example/simple/", 1));
        assertThat(core.audit().latest(50)).anyMatch(entry -> entry.targetType().equals("MIRROR")
                && entry.action().equals("DELETE"));
    }

    @Test
    void badUrlsAreRefusedByName() {
        assertThatThrownBy(() -> mirrors.add("ftp://x/simple/", null, false)).isInstanceOf(ValidationException.class)
                .hasMessage("mirror URL: ftp://x/simple/ must start with http:// or https://");
        assertThatThrownBy(() -> mirrors.add("https:///simple/", null, false)).hasMessage("mirror URL: https:///simple/ has no host");
        assertThatThrownBy(() -> mirrors.add(" ", null, false)).hasMessage("mirror URL: must not be empty");
        mirrors.add("https://a.example/simple/", null, false);
        assertThatThrownBy(() -> mirrors.add("https://a.example/simple/", null, false))
                .hasMessage("mirror https://a.example/simple/ is already listed");
        assertThatThrownBy(() -> mirrors.add("https://b.example/simple/", 7, false))
                .hasMessage("mirror priority: 7 is outside 1-2");
        assertThatThrownBy(() -> mirrors.remove("https://nope/")).hasMessage("no mirror https://nope/");
    }

    @Test
    void theTestActionRecognisesASimpleIndexAndExplainsOtherAnswers() {
        try (LocalPackageIndex index = LocalPackageIndex.start().add("kumo-demo", "1.0")) {
            MirrorProbe probe = new MirrorProbe(Map.of());
            MirrorProbe.Result ok = probe.test(index.simpleUrl());
            assertThat(ok.ok()).isTrue();
            assertThat(ok.message()).endsWith("serves a package index with 1 project");

            MirrorProbe.Result missing = probe.test(index.simpleUrl().replace("/simple/", "/nothing"));
            assertThat(missing.ok()).isFalse();
            assertThat(missing.message()).startsWith("HTTP 404 from ");
        }
        MirrorProbe.Result unreachable = new MirrorProbe(Map.of()).test("http://127.0.0.1:9/simple/");
        assertThat(unreachable.ok()).isFalse();
        assertThat(unreachable.message()).startsWith("Cannot reach http://127.0.0.1:9/simple/");
    }

    @Test
    void runsGetTheMirrorsAsPipVariables() {
        mirrors.add("https://a.example/simple/", null, false);
        assertThat(List.copyOf(mirrors.taskEnvironment().keySet())).containsExactly("PIP_INDEX_URL");
    }

    /** The core under test, on H2; {@code PostgresMirrorServiceTest} opens it on PostgreSQL. */
    KumoCore openCore(Path dataDir) {
        return TestCores.open(dataDir);
    }
}
