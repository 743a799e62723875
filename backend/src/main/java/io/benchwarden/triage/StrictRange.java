package io.benchwarden.triage;

import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The strict runs of a summary's range: its branch's runs from the first bad run to the last, in start order. */
@Component
class StrictRange {

    private final JdbcClient jdbc;

    StrictRange(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Set<Long> runs(long firstRunId, long lastRunId) {
        return Set.copyOf(jdbc.sql("""
                SELECT r.id FROM strict_run r JOIN strict_run f ON f.id = :first JOIN strict_run l ON l.id = :last
                WHERE r.project_id = f.project_id AND r.branch IS NOT DISTINCT FROM f.branch
                  AND (r.started_at, r.id) >= (f.started_at, f.id) AND (r.started_at, r.id) <= (l.started_at, l.id)""")
                .param("first", firstRunId).param("last", lastRunId).query(Long.class).list());
    }
}
