package io.kumo.boot;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Java25CheckTest {

    @Test
    void java17IsRefusedInOneLineNamingTheJavaCommand() {
        assertThat(Java25Check.refusal("17", "/usr/lib/jvm/java-17-openjdk-amd64")).isEqualTo(
                "Kumo needs Java 25 or newer; this is Java 17 (/usr/lib/jvm/java-17-openjdk-amd64/bin/java). Install a "
                        + "Java 25 runtime (e.g. Eclipse Temurin 25) and run the jar with it, or run the packaged app.");
    }

    @Test
    void java8IsNamedByItsFeatureNumber() {
        assertThat(Java25Check.refusal("1.8", "/opt/jre8")).startsWith("Kumo needs Java 25 or newer; this is Java 8 (");
    }

    @Test
    void java24IsStillTooOld() {
        assertThat(Java25Check.refusal("24", "/opt/jdk24")).isNotNull();
    }

    @Test
    void java25AndNewerPass() {
        assertThat(Java25Check.refusal("25", "/opt/jdk25")).isNull();
        assertThat(Java25Check.refusal("26", "/opt/jdk26")).isNull();
    }

    @Test
    void anUnreadableVersionIsLeftToTheLauncher() {
        assertThat(Java25Check.refusal(null, "/opt/x")).isNull();
        assertThat(Java25Check.refusal("experimental", "/opt/x")).isNull();
    }

    @Test
    void thisJvmPasses() {
        assertThat(Java25Check.refusal(System.getProperty("java.specification.version"), System.getProperty("java.home")))
                .isNull();
    }
}
