package io.benchwarden.system.database;

import java.io.IOException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.benchwarden.system.BenchwardenProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * With no datasource URL configured, Benchwarden runs its own PostgreSQL 17, keeping the data in
 * {@code ${benchwarden.data-dir}/pgdata} so history survives restarts. With {@code SPRING_DATASOURCE_URL} set,
 * this configuration stays out of the way and Spring Boot connects to that database instead.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isBlank()")
class EmbeddedPostgresConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(BenchwardenProperties properties) throws IOException {
        return EmbeddedDatabase.start(properties.dataDir());
    }

    /** Pool and driver settings under {@code spring.datasource.hikari} apply to the embedded database too. */
    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    DataSource dataSource(EmbeddedDatabase database) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(database.jdbcUrl());
        dataSource.setUsername(EmbeddedDatabase.USER);
        dataSource.setPassword(database.password());
        dataSource.setMaximumPoolSize(20);
        dataSource.setPoolName("benchwarden-embedded");
        return dataSource;
    }
}
