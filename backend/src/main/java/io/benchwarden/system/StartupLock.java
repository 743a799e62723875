package io.benchwarden.system;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import io.benchwarden.system.database.DirectConnections;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;

/**
 * Start-up work that must happen once even when several instances of the service start together against one
 * PostgreSQL (the demo history, the first admin): it runs under a session-level advisory lock named after it.
 * A second instance waits for the first to finish, then finds the work done and skips it. The lock is held on a
 * direct connection, outside the pool: waiting for another instance's work may rightly outlast the statement
 * timeout that bounds requests. The work itself uses the pool as usual.
 */
@Component
public class StartupLock {

    private final DirectConnections connections;

    StartupLock(DirectConnections connections) {
        this.connections = connections;
    }

    /** Runs {@code work} while holding the advisory lock {@code benchwarden:<name>}, on a connection of its own. */
    public void run(String name, Runnable work) {
        try (Connection connection = connections.open()) {
            lock(connection, "SELECT pg_advisory_lock(hashtextextended(?, 0))", name);
            try {
                work.run();
            }
            finally {
                lock(connection, "SELECT pg_advisory_unlock(hashtextextended(?, 0))", name);
            }
        }
        catch (SQLException ex) {
            throw new DataAccessResourceFailureException("start-up lock " + name + " could not be taken", ex);
        }
    }

    private static void lock(Connection connection, String sql, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, "benchwarden:" + name);
            statement.execute();
        }
    }
}
