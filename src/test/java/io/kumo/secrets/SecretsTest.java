package io.kumo.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kumo.app.KumoCore;
import io.kumo.common.ValidationException;
import io.kumo.testkit.TestCores;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Secret values never reach the database file, the audit log or listings in clear. */
class SecretsTest {

    static final String SECRET = "sk-live-4f9a8b7c6d5e-never-in-clear";

    @TempDir
    Path dir;

    @Test
    void aSecretIsSealedAtRestMaskedInListsAndAuditAndClearOnlyForRunsAndReveal() throws IOException {
        try (KumoCore core = TestCores.open(dir)) {
            VariableService variables = core.variableService();
            variables.set("API_TOKEN", SECRET, true, "payment API");
            variables.set("REGION", "eu-west-1", false, null);

            assertThat(variables.list()).extracting(VariableService.VariableView::name, VariableService.VariableView::shownValue)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("API_TOKEN", "******"),
                            org.assertj.core.groups.Tuple.tuple("REGION", "eu-west-1"));
            assertThat(variables.reveal("API_TOKEN")).isEqualTo(SECRET);
            assertThat(variables.forRuns().values()).containsEntry("API_TOKEN", SECRET).containsEntry("REGION", "eu-west-1");
            assertThat(variables.forRuns().secrets()).containsExactly(SECRET);
            assertThat(core.variables().findByName("API_TOKEN").orElseThrow().getValue()).startsWith(SecretCipher.PREFIX);
            assertThat(core.audit().latest(10)).allSatisfy(entry -> assertThat(entry.changesSummary()).doesNotContain(SECRET));

            variables.set("API_TOKEN", SECRET + "-rotated", true, null);
            assertThat(variables.forRuns().values()).containsEntry("API_TOKEN", SECRET + "-rotated");
        }
        assertThat(bytesOfDataDirectoryContain(SECRET)).isFalse();
        assertThat(Files.getPosixFilePermissions(dir.resolve("secret.key"))).isEqualTo(PosixFilePermissions.fromString("rw-------"));
    }

    @Test
    void anotherKeyCannotReadTheSecretAndSaysWhatToDo() {
        try (KumoCore core = TestCores.open(dir)) {
            core.variableService().set("TOKEN", SECRET, true, null);
        }
        try (KumoCore core = TestCores.open(dir)) {
            assertThat(core.variableService().reveal("TOKEN")).isEqualTo(SECRET);
        }
        SecretCipher other = new SecretCipher(SecretKeyFile.loadOrCreate(dir.resolve("other.key")));
        try (KumoCore core = TestCores.open(dir)) {
            String sealed = core.variables().findByName("TOKEN").orElseThrow().getValue();
            assertThatThrownBy(() -> other.decrypt(sealed)).isInstanceOf(SecretCipher.SecretUnreadableException.class)
                    .hasMessageContaining("set it again");
        }
    }

    @Test
    void namesAreCheckedAndUnknownNamesNamed() {
        try (KumoCore core = TestCores.open(dir)) {
            assertThatThrownBy(() -> core.variableService().set("1BAD", "x", false, null)).isInstanceOf(ValidationException.class)
                    .hasMessage("variable name: '1BAD' must be letters, digits and _, not starting with a digit");
            assertThatThrownBy(() -> core.variableService().remove("NOPE")).hasMessage("no variable named 'NOPE'");
        }
    }

    @Test
    void anEmptySecretIsRefusedAndNothingChangesWhileAnEmptyPlainValueStaysAllowed() {
        try (KumoCore core = TestCores.open(dir)) {
            VariableService variables = core.variableService();
            assertThatThrownBy(() -> variables.set("API_TOKEN", "", true, null)).isInstanceOf(ValidationException.class)
                    .hasMessage("variable API_TOKEN: a secret needs a value, and this one is empty");
            assertThat(variables.list()).isEmpty();

            variables.set("API_TOKEN", SECRET, true, null);
            assertThatThrownBy(() -> variables.set("API_TOKEN", "", true, null)).isInstanceOf(ValidationException.class);
            assertThat(variables.reveal("API_TOKEN")).isEqualTo(SECRET);

            variables.set("EMPTY_ON_PURPOSE", "", false, null);
            assertThat(variables.forRuns().values()).containsEntry("EMPTY_ON_PURPOSE", "");
        }
    }

    private boolean bytesOfDataDirectoryContain(String text) throws IOException {
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(file);
                for (int i = 0; i + needle.length <= bytes.length; i++) {
                    if (java.util.Arrays.equals(bytes, i, i + needle.length, needle, 0, needle.length)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
