package io.benchwarden.budget;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Budget versions are only ever added; the newest is in force for new runs. */
@Component
public class BudgetRepository {

    private static final String COLUMNS = """
            id, version, max_open_p95_ratio, max_connect_p95_ratio, max_open_delta_pct, max_open_p95_overhead_pct,
            max_connect_p95_overhead_pct, max_workload_delta_pct, max_workload_failed_rows, max_soak_rss_growth_mb,
            max_soak_ringbuf_drop_rate_pct, created_by, created_at""";

    private final JdbcClient jdbc;

    BudgetRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The version in force: the newest stored one, or the reference workflow's defaults. */
    public BudgetVersion current(long projectId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM budget_version WHERE project_id = ? ORDER BY version DESC LIMIT 1")
                .param(projectId).query(BudgetRepository::map).optional().orElse(BudgetVersion.defaults());
    }

    public Optional<BudgetVersion> byId(Long id) {
        if (id == null) {
            return Optional.of(BudgetVersion.defaults());
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM budget_version WHERE id = ?").param(id)
                .query(BudgetRepository::map).optional();
    }

    public List<BudgetVersion> history(long projectId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM budget_version WHERE project_id = ? ORDER BY version DESC")
                .param(projectId).query(BudgetRepository::map).list();
    }

    /**
     * Checks the change (422 with every problem) and stores it as the next version. The project row is locked
     * first so two admins saving at once get versions n+1 and n+2, not a clash.
     */
    public BudgetVersion add(long projectId, BudgetChange change, String actor) {
        jdbc.sql("SELECT id FROM project WHERE id = ? FOR UPDATE").param(projectId).query(Long.class).single();
        BudgetVersion budgets = change.applyTo(current(projectId), actor);
        int next = jdbc.sql("SELECT coalesce(max(version), 0) + 1 FROM budget_version WHERE project_id = ?")
                .param(projectId).query(Integer.class).single();
        long id = jdbc.sql("""
                INSERT INTO budget_version (project_id, version, max_open_p95_ratio, max_connect_p95_ratio,
                    max_open_delta_pct, max_open_p95_overhead_pct, max_connect_p95_overhead_pct, max_workload_delta_pct,
                    max_workload_failed_rows, max_soak_rss_growth_mb, max_soak_ringbuf_drop_rate_pct, created_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(projectId, next, budgets.maxOpenP95Ratio(), budgets.maxConnectP95Ratio(),
                        budgets.maxOpenDeltaPct(), budgets.maxOpenP95OverheadPct(), budgets.maxConnectP95OverheadPct(),
                        budgets.maxWorkloadDeltaPct(), budgets.maxWorkloadFailedRows(), budgets.maxSoakRssGrowthMb(),
                        budgets.maxSoakRingbufDropRatePct(), actor)
                .query(Long.class).single();
        return byId(id).orElseThrow();
    }

    private static BudgetVersion map(ResultSet rs, int row) throws SQLException {
        return new BudgetVersion(rs.getLong("id"), rs.getInt("version"), rs.getDouble("max_open_p95_ratio"),
                rs.getDouble("max_connect_p95_ratio"), rs.getDouble("max_open_delta_pct"),
                rs.getDouble("max_open_p95_overhead_pct"), rs.getDouble("max_connect_p95_overhead_pct"),
                rs.getDouble("max_workload_delta_pct"), rs.getInt("max_workload_failed_rows"),
                rs.getDouble("max_soak_rss_growth_mb"), rs.getDouble("max_soak_ringbuf_drop_rate_pct"),
                rs.getString("created_by"), rs.getTimestamp("created_at").toInstant());
    }
}
