package io.benchwarden.hosted;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import javax.sql.DataSource;

import io.benchwarden.support.ApiTestSupport;
import io.benchwarden.support.MigrationSchema;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A hosted run's baseline runs and warnings are stored as lists and come back as they went in. */
class HostedRunListsIntegrationTests extends ApiTestSupport {

    @Autowired
    private DataSource dataSource;

    @Autowired
    private HostedRunStore store;

    @Autowired
    private HostedRunReader reader;

    private long insert(List<Long> baselineRunIds, List<String> warnings) {
        long project = jdbc.sql("INSERT INTO project (name) VALUES (?) RETURNING id").param(newProject("lists"))
                .query(Long.class).single();
        return store.insertRun(new HostedRunStore.NewRun(project, "main", "c0ffee", "ci-1",
                Instant.parse("2026-12-04T12:00:00Z"), "ci:ci-1", "f".repeat(64), baselineRunIds, 0.2,
                "{}".getBytes(), warnings));
    }

    @Test
    void shouldReadBackAWarningThatContainsANewlineAsOneWarning() {
        long id = insert(List.of(7L, 3L), List.of("nothing was compared:\nsecond line", "another"));

        HostedViews.HostedRun run = reader.read(id, "/hosted-runs/" + id);

        assertThat(run.warnings()).containsExactly("nothing was compared:\nsecond line", "another");
        assertThat(run.baselineRunIds()).containsExactly(7L, 3L);
    }

    @Test
    void shouldReadEmptyListsWhenThereWasNoBaselineAndNoWarning() {
        long id = insert(List.of(), List.of());

        HostedViews.HostedRun run = reader.read(id, "/hosted-runs/" + id);

        assertThat(run.warnings()).isEmpty();
        assertThat(run.baselineRunIds()).isEmpty();
    }

    /** Run on a schema of its own, from the migration before the lists up to the newest. */
    @Test
    void shouldTurnTheStoredTextsIntoListsWhenMigrating() {
        try (MigrationSchema schema = MigrationSchema.migratedTo(dataSource, "hosted_lists_migration", "13")) {
            long project = schema.jdbc().sql("INSERT INTO " + schema.table("project")
                    + " (name) VALUES ('p') RETURNING id").query(Long.class).single();
            String insert = "INSERT INTO " + schema.table("hosted_run") + " (project_id, started_at, idempotency_key,"
                    + " fingerprint, threshold, content, baseline_run_ids, warnings)"
                    + " VALUES (?, now(), ?, 'f', 0.2, '\\x00', ?, ?)";
            schema.jdbc().sql(insert).params(project, "k1", "12,5", "first warning\nsecond warning").update();
            schema.jdbc().sql(insert).params(project, "k2", "", "").update();

            schema.migrateToLatest();

            assertThat(schema.jdbc().sql("SELECT idempotency_key, baseline_run_ids, warnings FROM "
                    + schema.table("hosted_run") + " ORDER BY idempotency_key")
                    .query((rs, n) -> rs.getString(1) + " " + List.of((Long[]) rs.getArray(2).getArray()) + " "
                            + List.of((String[]) rs.getArray(3).getArray()))
                    .list())
                    .containsExactly("k1 [12, 5] [first warning, second warning]", "k2 [] []");
        }
    }
}
