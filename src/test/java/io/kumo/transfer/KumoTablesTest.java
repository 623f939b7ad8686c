package io.kumo.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.store.Database;
import java.nio.file.Path;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export's table list against the schema the migrations build: a new table must be exported or left out on purpose. */
class KumoTablesTest {

    @TempDir
    static Path dir;
    private static Database database;

    @BeforeAll
    static void open() {
        database = Database.open(dir.resolve("db"));
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @Test
    void everyTableOfTheSchemaIsExportedOrDeliberatelyLeftOut() throws SQLException {
        Set<String> schema = new HashSet<>(database.withConnection(connection -> {
            List<String> names = new ArrayList<>();
            try (ResultSet tables = connection.getMetaData().getTables(null, "public", null, new String[] {"TABLE", "BASE TABLE"})) {
                while (tables.next()) {
                    names.add(tables.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
                }
            }
            return names;
        }));
        Set<String> known = new HashSet<>(KumoTables.NOT_EXPORTED);
        KumoTables.EXPORTED.forEach(table -> known.add(table.name()));

        assertThat(schema).as("tables of the schema; add a new one to KumoTables.EXPORTED (or NOT_EXPORTED)")
                .containsExactlyInAnyOrderElementsOf(known);
    }

    @Test
    void everyTableComesAfterTheTablesItReferences() throws SQLException {
        List<String> order = KumoTables.EXPORTED.stream().map(KumoTables.Table::name).toList();
        assertThat(referencedTables("tasks")).as("the schema's references are read").contains("projects", "python_envs");
        for (String table : order) {
            for (String parent : referencedTables(table)) {
                assertThat(order.indexOf(parent)).as(table + " references " + parent).isLessThan(order.indexOf(table));
            }
        }
    }

    @Test
    void theTablesWithAnIdentityAreTheOnesWhoseIdCounterAnImportMoves() throws SQLException {
        for (KumoTables.Table table : KumoTables.EXPORTED) {
            boolean identity = database.withConnection(connection -> {
                try (ResultSet id = connection.getMetaData().getColumns(null, "public", table.name(), "id")) {
                    return id.next() && "YES".equals(id.getString("IS_AUTOINCREMENT"));
                }
            });
            assertThat(table.identity()).as(table.name()).isEqualTo(identity);
        }
    }

    private static List<String> referencedTables(String table) throws SQLException {
        return database.withConnection(connection -> {
            List<String> parents = new ArrayList<>();
            DatabaseMetaData meta = connection.getMetaData();
            try (ResultSet keys = meta.getImportedKeys(null, "public", table)) {
                while (keys.next()) {
                    parents.add(keys.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT));
                }
            }
            return parents;
        });
    }
}
