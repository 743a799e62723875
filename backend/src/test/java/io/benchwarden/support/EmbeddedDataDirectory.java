package io.benchwarden.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A service's data directory seen from outside, as an operator would: the embedded postmaster's pid and port from
 * {@code pgdata/postmaster.pid}, and a connection with the password the service keeps beside it.
 */
public record EmbeddedDataDirectory(Path root) {

    public Path pgdata() {
        return root.resolve("pgdata");
    }

    public long postmasterPid() {
        return Long.parseLong(pidFileLine(0));
    }

    public int port() {
        return Integer.parseInt(pidFileLine(3));
    }

    /** A fresh connection each call: the postmaster may have been restarted on another pid since. */
    public JdbcClient jdbc() {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(
                "jdbc:postgresql://127.0.0.1:" + port() + "/postgres", "postgres", password());
        return JdbcClient.create(dataSource);
    }

    public String password() {
        Path file = root.resolve("pgdata.password");
        try {
            return Files.exists(file) ? Files.readString(file).strip() : "";
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private String pidFileLine(int index) {
        try {
            List<String> lines = Files.readAllLines(pgdata().resolve("postmaster.pid"));
            return lines.get(index).strip();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
