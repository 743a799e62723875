package io.benchwarden.system.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The embedded database admits only loopback clients that know its generated password, on a new data directory
 * and on one an earlier version created with {@code trust}.
 */
class EmbeddedDatabaseSecurityTests {

    @Test
    void shouldRequireTheGeneratedPasswordKeptOwnerOnlyAndReuseItOnTheNextStart(@TempDir Path dataDir)
            throws Exception {
        Path passwordFile = dataDir.resolve("pgdata.password");
        String password;
        try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDir)) {
            assertThat(Files.getPosixFilePermissions(passwordFile)).isEqualTo(PosixFilePermissions.fromString(
                    "rw-------"));
            password = Files.readString(passwordFile).strip();
            assertThat(password).hasSizeGreaterThanOrEqualTo(40);
            assertRequiresPassword(database, password);
            assertThat(Files.readString(dataDir.resolve("pgdata/pg_hba.conf"))).isEqualTo(ClientAuthentication.RULES);
        }
        try (EmbeddedDatabase again = EmbeddedDatabase.start(dataDir)) {
            assertThat(Files.readString(passwordFile).strip()).as("the same password").isEqualTo(password);
            assertRequiresPassword(again, password);
        }
    }

    @Test
    void shouldConvertADataDirectoryThatTrustedEveryLocalConnectionAndKeepItsData(@TempDir Path dataDir)
            throws Exception {
        Path pgdata = Files.createDirectories(dataDir.resolve("pgdata"));
        // What earlier versions left: the library's defaults, trust for every local connection, no password.
        try (EmbeddedPostgres old = EmbeddedPostgres.builder().setDataDirectory(pgdata).setCleanDataDirectory(false)
                .setRegisterShutdownHook(false).start()) {
            JdbcClient jdbc = JdbcClient.create(old.getPostgresDatabase());
            jdbc.sql("CREATE TABLE kept (value text)").update();
            jdbc.sql("INSERT INTO kept VALUES ('from before the upgrade')").update();
        }
        assertThat(Files.readString(pgdata.resolve("pg_hba.conf"))).contains("trust");

        try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDir)) {
            String password = Files.readString(dataDir.resolve("pgdata.password")).strip();
            assertRequiresPassword(database, password);
            assertThat(Files.readString(pgdata.resolve("pg_hba.conf"))).isEqualTo(ClientAuthentication.RULES);
            assertThat(jdbc(database, password).sql("SELECT value FROM kept").query(String.class).single())
                    .isEqualTo("from before the upgrade");
        }
    }

    @Test
    void shouldTightenAPasswordFileOthersCouldRead(@TempDir Path dataDir) throws IOException {
        Path file = dataDir.resolve("pgdata.password");
        Files.writeString(file, "an-existing-password\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        assertThat(DatabasePassword.readOrCreate(file)).isEqualTo("an-existing-password");
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
    }

    private static void assertRequiresPassword(EmbeddedDatabase database, String password) throws Exception {
        JdbcClient jdbc = jdbc(database, password);
        assertThat(jdbc.sql("SHOW listen_addresses").query(String.class).single()).isEqualTo("127.0.0.1");
        assertThat(jdbc.sql("SELECT rolpassword LIKE 'SCRAM-SHA-256$%' FROM pg_authid WHERE rolname = 'postgres'")
                .query(Boolean.class).single()).as("password stored as a SCRAM verifier").isTrue();
        List<Map<String, Object>> rules = jdbc.sql("SELECT type, address, auth_method, error FROM pg_hba_file_rules")
                .query().listOfRows();
        assertThat(rules).isNotEmpty().allSatisfy(rule -> {
            assertThat(rule.get("error")).isNull();
            assertThat(rule.get("type")).isEqualTo("host");
            assertThat(rule.get("address")).isEqualTo("127.0.0.1");
            assertThat(rule.get("auth_method")).isEqualTo("scram-sha-256");
        });

        // The running server, not only its files: no password, a wrong one, another interface.
        assertThatThrownBy(() -> connect(database.jdbcUrl(), null)).isInstanceOf(SQLException.class)
                .hasMessageContaining("no password was provided");
        assertThatThrownBy(() -> connect(database.jdbcUrl(), "wrong-password")).isInstanceOf(SQLException.class)
                .extracting(ex -> ((SQLException) ex).getSQLState()).isEqualTo("28P01");
        for (InetAddress address : nonLoopbackAddresses()) {
            String elsewhere = database.jdbcUrl().replace("127.0.0.1", address.getHostAddress());
            assertThatThrownBy(() -> connect(elsewhere, password)).as("connecting on " + address)
                    .isInstanceOf(SQLException.class).extracting(ex -> ((SQLException) ex).getSQLState())
                    .isEqualTo("08001");
        }
    }

    private static JdbcClient jdbc(EmbeddedDatabase database, String password) {
        return JdbcClient.create(new DriverManagerDataSource(database.jdbcUrl(), EmbeddedDatabase.USER, password));
    }

    private static void connect(String url, String password) throws SQLException {
        java.util.Properties properties = new java.util.Properties();
        properties.setProperty("user", EmbeddedDatabase.USER);
        if (password != null) {
            properties.setProperty("password", password);
        }
        properties.setProperty("connectTimeout", "2");
        try (Connection connection = DriverManager.getConnection(url, properties)) {
            connection.isValid(1);
        }
    }

    private static List<InetAddress> nonLoopbackAddresses() throws SocketException {
        return NetworkInterface.networkInterfaces().filter(network -> {
            try {
                return network.isUp() && !network.isLoopback();
            }
            catch (SocketException ex) {
                return false;
            }
        }).flatMap(NetworkInterface::inetAddresses).filter(Inet4Address.class::isInstance).toList();
    }
}
