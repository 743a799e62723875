package io.benchwarden.system.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Connections outside the pool and without the limits that bound request work (statement, lock and socket
 * timeouts), for work that may rightly take long: the migrations at start, and waiting on a start-up lock while
 * another instance does the work. Address, credentials and every other driver setting are the pool's.
 */
public final class DirectConnections {

    private final DriverManagerDataSource dataSource;

    DirectConnections(HikariDataSource pool) {
        Properties properties = new Properties();
        properties.putAll(pool.getDataSourceProperties());
        properties.setProperty("socketTimeout", "0");
        // Later -c settings win, so any other options configured for the pool still apply.
        String options = properties.getProperty("options", "");
        properties.setProperty("options", (options + " -c statement_timeout=0 -c lock_timeout=0").strip());
        dataSource = new DriverManagerDataSource(pool.getJdbcUrl(), properties);
        dataSource.setUsername(pool.getUsername());
        dataSource.setPassword(pool.getPassword());
    }

    /** A new connection of its own; the caller closes it. */
    public Connection open() throws SQLException {
        return dataSource.getConnection();
    }

    DataSource dataSource() {
        return dataSource;
    }
}
