package io.benchwarden.trend;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import io.benchwarden.support.PostgresSliceSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The trend window's SQL against PostgreSQL: the filters, the even thinning, the verdict rows behind the charts. */
@Import(TrendQueries.class)
class TrendQueriesTests extends PostgresSliceSupport {

    private static final Instant T0 = Instant.parse("2026-10-01T00:00:00Z");

    @Autowired
    TrendQueries queries;
    @Autowired
    JdbcClient jdbc;

    private long project;
    private final List<Long> runs = new ArrayList<>();

    @BeforeEach
    void tenDailyRunsOnMainAndOneOnAnotherBranch() {
        project = jdbc.sql("INSERT INTO project (name) VALUES ('trend-slice') RETURNING id").query(Long.class).single();
        for (int day = 0; day < 10; day++) {
            runs.add(run("main", day));
        }
        run("feature", 3);
    }

    private long run(String branch, int day) {
        return jdbc.sql("""
                INSERT INTO strict_run (project_id, branch, started_at, idempotency_key, fingerprint, status)
                VALUES (?, ?, ?, ?, 'f', 'pass') RETURNING id""")
                .params(project, branch, Timestamp.from(T0.plus(day, ChronoUnit.DAYS)), branch + day)
                .query(Long.class).single();
    }

    private List<Long> ids(TrendQueries.Window window) {
        return queries.runs(TrendQueries.Source.STRICT, window).stream().map(TrendQueries.RunRow::id).toList();
    }

    @Test
    void shouldKeepEveryRunOfTheBranchOldestFirstWhenTheyFit() {
        assertThat(ids(new TrendQueries.Window(project, "main", null, null, null, null, 2000))).isEqualTo(runs);
    }

    @Test
    void shouldThinToEveryKthRunWhereKIsTheRunsOverTheMaximumRoundedUp() {
        // 10 runs, at most 4 points: k = ceil(10 / 4) = 3, so the 1st, 4th, 7th and 10th run by start time
        List<TrendQueries.RunRow> thinned = queries.runs(TrendQueries.Source.STRICT,
                new TrendQueries.Window(project, "main", null, null, null, null, 4));

        assertThat(thinned.stream().map(TrendQueries.RunRow::id))
                .containsExactly(runs.get(0), runs.get(3), runs.get(6), runs.get(9));
        assertThat(thinned).allMatch(row -> row.total() == 10);
    }

    @Test
    void shouldWindowByTimeHalfOpenAndByTheNewestRuns() {
        assertThat(ids(new TrendQueries.Window(project, "main", null, T0.plus(2, ChronoUnit.DAYS),
                T0.plus(5, ChronoUnit.DAYS), null, 2000))).containsExactly(runs.get(2), runs.get(3), runs.get(4));
        assertThat(ids(new TrendQueries.Window(project, "main", null, null, null, 3, 2000)))
                .containsExactly(runs.get(7), runs.get(8), runs.get(9));
    }

    @Test
    void shouldReadEachRunsVerdictRowsWithTheBudgetThatJudgedThem() {
        gateRow(runs.get(0), 0, "audit_mode_open", "p95_ratio", 1.01, 1.05);
        gateRow(runs.get(1), 0, "audit_mode_open", "p95_ratio", 1.02, 1.08);
        gateRow(runs.get(1), 1, "artifact_contract", "missing_artifacts", 0, 0);

        List<TrendQueries.GateRow> rows = queries.gateRows(List.of(runs.get(0), runs.get(1)), List.of("p95_ratio"));

        assertThat(rows).containsExactlyInAnyOrder(
                new TrendQueries.GateRow(runs.get(0), "audit_mode_open", "p95_ratio", 1.01, 1.05),
                new TrendQueries.GateRow(runs.get(1), "audit_mode_open", "p95_ratio", 1.02, 1.08));
    }

    private void gateRow(long run, int position, String scenario, String metric, double value, double budget) {
        jdbc.sql("""
                INSERT INTO gate_row (run_id, position, scenario, metric, value, budget, comparator, unit, pass, evidence)
                VALUES (?, ?, ?, ?, ?, ?, '<=', 'ratio', true, 'test')""")
                .params(run, position, scenario, metric, value, budget).update();
    }
}
