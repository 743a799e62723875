package io.benchwarden.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * With no datasource URL configured, Benchwarden runs its own PostgreSQL 17 in-process, keeping the data in
 * {@code ${benchwarden.data-dir}/pgdata} so history survives restarts. With {@code SPRING_DATASOURCE_URL} set,
 * this configuration stays out of the way and Spring Boot connects to that database instead.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isBlank()")
class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(BenchwardenProperties properties) throws IOException {
        Path dataDir = properties.dataDir().resolve("pgdata");
        Files.createDirectories(dataDir);
        log.info("Starting embedded PostgreSQL with data in {}", dataDir);
        return EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setServerConfig("max_connections", "100")
                // Acknowledged means durable: the library starts PostgreSQL with -F (fsync off) and
                // synchronous_commit=off, which lose acknowledged commits when the postmaster or the machine dies.
                // The -c settings come after -F on the command line, so they win.
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .start();
    }

    /** Pool settings under {@code spring.datasource.hikari} (timeouts) apply to the embedded database too. */
    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    DataSource dataSource(EmbeddedPostgres postgres) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        // Lets the driver send a batch of inserts as one multi-row statement.
        dataSource.addDataSourceProperty("reWriteBatchedInserts", "true");
        dataSource.setUsername("postgres");
        dataSource.setPassword("postgres");
        dataSource.setMaximumPoolSize(20);
        dataSource.setPoolName("benchwarden-embedded");
        return dataSource;
    }
}
