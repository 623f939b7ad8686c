package io.kumo.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kumo.common.ValidationException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

class ConnectionFileTest {

    @TempDir
    Path dir;

    private ConnectionFile file() {
        return new ConnectionFile(dir.resolve("connection.properties"));
    }

    @Test
    void noFileMeansNoConnection() {
        assertThat(file().load()).isEmpty();
    }

    @Test
    void savedSettingsLoadBackEqual() {
        ConnectionSettings settings = new ConnectionSettings("jdbc:postgresql://db:5432/kumo", "kumo", " s3cret=#!x ",
                "node-a", Set.of("gpu", "eu"), false);
        file().save(settings);
        assertThat(file().load()).contains(settings);
    }

    @Test
    void savingReplacesAndClearForgets() {
        file().save(new ConnectionSettings("jdbc:postgresql://one/kumo", null, null, null, Set.of(), true));
        file().save(new ConnectionSettings("jdbc:postgresql://two/kumo", null, null, null, Set.of(), true));
        assertThat(file().load().orElseThrow().url()).isEqualTo("jdbc:postgresql://two/kumo");
        file().clear();
        assertThat(file().load()).isEmpty();
        assertThat(dir).isEmptyDirectory(); // no temporary file left behind either
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void fileIsOwnerOnlyEvenWhenItExistedLooser() throws Exception {
        Path path = dir.resolve("connection.properties");
        Files.writeString(path, "url=jdbc:postgresql://old/kumo\n");
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-r--r--"));
        file().save(new ConnectionSettings("jdbc:postgresql://db/kumo", "kumo", "pw", null, Set.of(), true));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(path))).isEqualTo("rw-------");
    }

    @Test
    void aFileWithoutUrlIsRefusedNamingTheFile() throws Exception {
        Files.writeString(dir.resolve("connection.properties"), "user=kumo\n");
        assertThatThrownBy(() -> file().load()).isInstanceOf(ValidationException.class)
                .hasMessageContaining("connection.properties: no url");
    }

    @Test
    void aBadSavedLabelIsRefusedNamingIt() throws Exception {
        Files.writeString(dir.resolve("connection.properties"), "url=jdbc:postgresql://db/kumo\nlabels=gpu,bad!label\n");
        assertThatThrownBy(() -> file().load()).isInstanceOf(ValidationException.class)
                .hasMessageContaining("label 'bad!label'");
    }
}
