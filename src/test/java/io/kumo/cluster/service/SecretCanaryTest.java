package io.kumo.cluster.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kumo.common.ValidationException;
import io.kumo.secrets.SecretCipher;
import io.kumo.secrets.SecretKeyFile;
import io.kumo.store.Database;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The first node seals the canary; a node with the same key opens it, one with another key is refused. */
class SecretCanaryTest {

    @TempDir
    Path dir;
    Database database;
    SecretCanary canary;

    @BeforeEach
    void open() {
        database = Database.open(dir.resolve("db"));
        canary = new SecretCanary(database, Clock.systemUTC());
    }

    @AfterEach
    void close() {
        database.close();
    }

    private void checkWith(Path keyFile) {
        SecretCipher cipher = new SecretCipher(SecretKeyFile.loadOrCreate(keyFile));
        canary.check(cipher::encrypt, cipher::decrypt, keyFile);
    }

    @Test
    void theFirstNodeWritesTheCanaryAndANodeWithTheSameKeyPasses() throws Exception {
        Path key = dir.resolve("secret.key");
        checkWith(key);

        assertThatCode(() -> checkWith(key)).doesNotThrowAnyException();
        assertThat(database.settings().queryForId(SecretCanary.KEY).getValue()).startsWith(SecretCipher.PREFIX);
    }

    @Test
    void aNodeWithAnotherKeyIsRefusedNamingItsKeyFile() {
        checkWith(dir.resolve("first.key"));
        Path other = dir.resolve("other.key");

        assertThatThrownBy(() -> checkWith(other)).isInstanceOf(ValidationException.class)
                .hasMessage("this node's secret key (" + other + ") does not match the cluster's: copy secret.key from a node "
                        + "that joined before, or pass --secret-key FILE");
    }
}
