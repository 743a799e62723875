package io.benchwarden.system.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import io.benchwarden.support.ApiTestSupport;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The database settings as they really are on the running embedded PostgreSQL and on each kind of connection. */
class DatabaseSettingsIntegrationTests extends ApiTestSupport {

    @Autowired
    DataSource pool;
    @Autowired
    DirectConnections direct;
    @Autowired
    Flyway flyway;

    @Test
    void shouldRunTheEmbeddedDatabaseWithFsyncSynchronousCommitAndFullPageWrites() throws SQLException {
        try (Connection connection = pool.getConnection()) {
            assertThat(show(connection, "fsync")).isEqualTo("on");
            assertThat(show(connection, "synchronous_commit")).isEqualTo("on");
            assertThat(show(connection, "full_page_writes")).isEqualTo("on");
        }
    }

    @Test
    void shouldBoundRequestWorkWithStatementLockAndSocketTimeouts() throws SQLException {
        try (Connection connection = pool.getConnection()) {
            assertThat(show(connection, "statement_timeout")).isEqualTo("4s");
            assertThat(show(connection, "lock_timeout")).isEqualTo("2s");
            assertThat(connection.getNetworkTimeout()).as("socket timeout, ms").isEqualTo(5_000);
        }
    }

    @Test
    void shouldRunMigrationsAndStartUpLocksWithoutTheRequestTimeouts() throws SQLException {
        try (Connection migrations = flyway.getConfiguration().getDataSource().getConnection();
                Connection lock = direct.open()) {
            for (Connection connection : new Connection[] { migrations, lock }) {
                assertThat(show(connection, "statement_timeout")).isEqualTo("0");
                assertThat(show(connection, "lock_timeout")).isEqualTo("0");
                assertThat(connection.getNetworkTimeout()).as("socket timeout").isZero();
            }
        }
    }

    private static String show(Connection connection, String setting) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SHOW " + setting)) {
            result.next();
            return result.getString(1);
        }
    }
}
