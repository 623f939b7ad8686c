package io.kumo.cluster.service;

import io.kumo.common.ValidationException;
import io.kumo.engine.RunStore;
import io.kumo.storage.StoreException;
import io.kumo.store.Database;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Every node of a cluster must seal secrets with the same key, or one node's saved secrets are unreadable on the
 * others. The first node to join seals a known text into the settings ({@code cluster.secret_check}); every later node
 * must open it with its own key, or it refuses to start before it writes anything sealed.
 */
public final class SecretCanary {

    static final String KEY = "cluster.secret_check";
    static final String TEXT = "kumo cluster secret check";

    private final Database database;
    private final Clock clock;

    public SecretCanary(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /**
     * Checks (or, for the first node, writes) the canary with this node's cipher.
     *
     * @throws ValidationException when this node's key ({@code keyFile}) cannot open the cluster's canary
     */
    public void check(UnaryOperator<String> seal, UnaryOperator<String> open, Path keyFile) {
        Optional<String> sealed = stored();
        if (sealed.isEmpty()) {
            if (write(seal.apply(TEXT))) {
                return;
            }
            sealed = stored(); // another node wrote it first
        }
        if (!opens(open, sealed.orElseThrow())) {
            throw new ValidationException("this node's secret key (" + keyFile + ") does not match the cluster's: copy "
                    + "secret.key from a node that joined before, or pass --secret-key FILE");
        }
    }

    private static boolean opens(UnaryOperator<String> open, String sealed) {
        try {
            return TEXT.equals(open.apply(sealed));
        } catch (RuntimeException e) { // a wrong key fails the cipher's authentication
            return false;
        }
    }

    private Optional<String> stored() {
        return StoreException.unchecked(() -> database.withConnection(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT setting_value FROM settings WHERE setting_key = ?")) {
                query.setString(1, KEY);
                try (ResultSet row = query.executeQuery()) {
                    return row.next() ? Optional.ofNullable(row.getString(1)) : Optional.<String>empty();
                }
            }
        }));
    }

    /** False when another node's canary is there already. */
    private boolean write(String sealed) {
        try {
            database.inTransaction(() -> database.withConnection(connection -> {
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO settings (setting_key, setting_value, updated_at) VALUES (?, ?, ?)")) {
                    insert.setString(1, KEY);
                    insert.setString(2, sealed);
                    insert.setLong(3, clock.millis());
                    return insert.executeUpdate();
                }
            }));
            return true;
        } catch (StoreException e) {
            if (RunStore.isUniqueViolation(e)) {
                return false;
            }
            throw e;
        }
    }
}
