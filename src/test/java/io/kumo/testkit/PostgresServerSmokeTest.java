package io.kumo.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

class PostgresServerSmokeTest {

    @Test
    void startsARealServerWithADatabaseOfItsOwn() throws Exception {
        try (PostgresServer server = PostgresServer.start()) {
            var target = server.newDatabase();
            try (Connection connection = DriverManager.getConnection(target.url(), target.user(), "");
                 Statement sql = connection.createStatement();
                 ResultSet version = sql.executeQuery("SHOW server_version")) {
                assertThat(version.next()).isTrue();
                assertThat(version.getString(1)).matches("\\d+.*");
            }
        }
    }
}
