package io.benchwarden.system.database;

import java.sql.SQLException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Long-running work on connections of its own, for the embedded and an external database alike. */
@Configuration(proxyBeanMethods = false)
class DirectConnectionsConfiguration {

    @Bean
    DirectConnections directConnections(DataSource dataSource) throws SQLException {
        return new DirectConnections(dataSource.unwrap(HikariDataSource.class));
    }

    /** An upgrade's migration may rightly run for minutes (an index over a long history); no request timeout. */
    @Bean
    FlywayConfigurationCustomizer migrationsOnDirectConnections(DirectConnections connections) {
        return configuration -> configuration.dataSource(connections.dataSource());
    }
}
