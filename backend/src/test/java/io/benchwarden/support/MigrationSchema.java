package io.benchwarden.support;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A schema of its own for a test of a migration on existing rows: migrated up to the version before the migration,
 * filled by the test, then migrated to the newest; dropped on close, so the tests' own schema never sees it.
 */
public final class MigrationSchema implements AutoCloseable {

    private final DataSource dataSource;
    private final String name;

    private MigrationSchema(DataSource dataSource, String name) {
        this.dataSource = dataSource;
        this.name = name;
    }

    /** A new schema {@code name}, migrated up to and including {@code version}. */
    public static MigrationSchema migratedTo(DataSource dataSource, String name, String version) {
        MigrationSchema schema = new MigrationSchema(dataSource, name);
        schema.migrate(version);
        return schema;
    }

    public void migrateToLatest() {
        migrate("latest");
    }

    /** {@code table} qualified with this schema, for the test's SQL. */
    public String table(String table) {
        return name + "." + table;
    }

    public JdbcClient jdbc() {
        return JdbcClient.create(dataSource);
    }

    @Override
    public void close() {
        jdbc().sql("DROP SCHEMA IF EXISTS " + name + " CASCADE").update();
    }

    private void migrate(String target) {
        Flyway.configure().dataSource(dataSource).schemas(name).createSchemas(true)
                .locations("classpath:db/migration").target(target).load().migrate();
    }
}
