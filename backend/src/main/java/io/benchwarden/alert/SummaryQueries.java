package io.benchwarden.alert;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import io.benchwarden.system.RunLabels;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads alert summaries with their alerts and trails, a page's worth at a time in a few queries. */
@Component
public class SummaryQueries {

    private static final String SUMMARY_COLUMNS = """
            s.id, s.project_id, p.name, s.branch, s.state, s.first_run_id, s.last_run_id, s.fixed_by_run_id,
            s.merged_into_id, s.created_at, s.updated_at FROM alert_summary s JOIN project p ON p.id = s.project_id""";

    private final JdbcClient jdbc;

    SummaryQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param firstRunId the first bad strict run; null (with {@code lastRunId}) while it holds hosted alerts only
     * @param mergedIntoId set when its alerts moved to another summary
     */
    public record Summary(long id, long projectId, String project, String branch, String state, Long firstRunId,
            Long lastRunId, Long fixedByRunId, Long mergedIntoId, Instant createdAt, Instant updatedAt) {
    }

    /** @param run the run's label: {@code #12} strict, {@code H-11} hosted */
    public record Member(long id, long summaryId, String kind, long runId, String run, String commit, String subject,
            String detail, String state) {
    }

    /** @param runId the run behind an entry by the system (the run that passed, for a fix), or null */
    public record Entry(String fromState, String toState, String actor, String note, Long runId, Instant at) {
    }

    public Optional<Summary> find(long id) {
        return jdbc.sql("SELECT " + SUMMARY_COLUMNS + " WHERE s.id = ?").param(id).query(SummaryQueries::summary)
                .optional();
    }

    /**
     * The newest summaries of a branch that still hold alerts, optionally in one state.
     *
     * @param state a wire name, or null for every state
     */
    public List<Summary> ofBranch(long projectId, String branch, String state, int limit) {
        return jdbc.sql("SELECT " + SUMMARY_COLUMNS + """
                 WHERE s.project_id = :project AND s.branch IS NOT DISTINCT FROM :branch AND s.merged_into_id IS NULL
                   AND (CAST(:state AS varchar) IS NULL OR s.state = :state)
                ORDER BY s.id DESC LIMIT :limit""")
                .param("project", projectId).param("branch", branch).param("state", state).param("limit", limit)
                .query(SummaryQueries::summary).list();
    }

    /** The alerts of each summary, oldest first. */
    public Map<Long, List<Member>> members(Collection<Long> summaryIds) {
        if (summaryIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("""
                SELECT id, summary_id, kind, run_id, commit_sha, subject, detail, state FROM alert
                WHERE summary_id IN (:ids) ORDER BY id""").param("ids", summaryIds)
                .query(SummaryQueries::member).list().stream()
                .collect(Collectors.groupingBy(Member::summaryId, Collectors.toList()));
    }

    /** The alerts a run raised, with the summary each is in. */
    public List<Member> ofRun(AlertKind kind, long runId) {
        return jdbc.sql("""
                SELECT id, summary_id, kind, run_id, commit_sha, subject, detail, state FROM alert
                WHERE kind = ? AND run_id = ? AND summary_id IS NOT NULL ORDER BY id""")
                .params(kind.wireName(), runId).query(SummaryQueries::member).list();
    }

    /** Each summary's trail, oldest first. */
    public Map<Long, List<Entry>> history(Collection<Long> summaryIds) {
        if (summaryIds.isEmpty()) {
            return Map.of();
        }
        record Row(long summaryId, Entry entry) {
        }
        return jdbc.sql("""
                SELECT summary_id, from_state, to_state, actor, note, run_id, at FROM alert_summary_event
                WHERE summary_id IN (:ids) ORDER BY at, id""").param("ids", summaryIds)
                .query((rs, n) -> new Row(rs.getLong(1), new Entry(rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), (Long) rs.getObject(6), rs.getTimestamp(7).toInstant())))
                .list().stream()
                .collect(Collectors.groupingBy(Row::summaryId, Collectors.mapping(Row::entry, Collectors.toList())));
    }

    private static Summary summary(ResultSet rs, int n) throws SQLException {
        return new Summary(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                (Long) rs.getObject(6), (Long) rs.getObject(7), (Long) rs.getObject(8), (Long) rs.getObject(9),
                rs.getTimestamp(10).toInstant(), rs.getTimestamp(11).toInstant());
    }

    private static Member member(ResultSet rs, int n) throws SQLException {
        return new Member(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4),
                RunLabels.of(rs.getString(3), rs.getLong(4)), rs.getString(5), rs.getString(6), rs.getString(7),
                rs.getString(8));
    }
}
