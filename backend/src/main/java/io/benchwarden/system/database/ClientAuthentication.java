package io.benchwarden.system.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who may connect to the embedded database: only clients on the loopback interface that know the password
 * (SCRAM-SHA-256), never {@code trust}. A new cluster is created that way; a data directory from a version that
 * trusted every local connection is converted on its first start: the password is set, {@code pg_hba.conf}
 * rewritten and the server told to reload it.
 */
final class ClientAuthentication {

    static final String RULES = """
            # Written by Benchwarden on every start that finds anything else here.
            # Password (SCRAM-SHA-256) for every connection, TCP on the loopback interface only.
            host    all            all    127.0.0.1/32    scram-sha-256
            host    replication    all    127.0.0.1/32    scram-sha-256
            """;
    private static final Logger log = LoggerFactory.getLogger(ClientAuthentication.class);

    private ClientAuthentication() {
    }

    /** @param superuser a connection as the superuser, which the rules in force still admit */
    static void enforce(Path pgdata, DataSource superuser, String password) throws IOException, SQLException {
        Path hba = pgdata.resolve("pg_hba.conf");
        if (Files.readString(hba, StandardCharsets.UTF_8).equals(RULES)) {
            return;
        }
        log.info("Requiring the password for every connection to the embedded PostgreSQL ({} rewritten)", hba);
        try (Connection connection = superuser.getConnection()) {
            // Hashed on this side (SCRAM), so the password itself never reaches the server or its log.
            connection.unwrap(PGConnection.class).alterUserPassword(EmbeddedDatabase.USER, password.toCharArray(),
                    "scram-sha-256");
            Path written = Files.createTempFile(pgdata, "pg_hba", ".tmp");
            Files.writeString(written, RULES, StandardCharsets.UTF_8);
            Files.move(written, hba, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            try (Statement statement = connection.createStatement()) {
                statement.execute("SELECT pg_reload_conf()");
            }
        }
    }
}
