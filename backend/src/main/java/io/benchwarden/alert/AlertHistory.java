package io.benchwarden.alert;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The audit trails of many alerts in one query, for pages that show a whole branch's alerts at once. */
@Component
public class AlertHistory {

    private final JdbcClient jdbc;

    AlertHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return each alert's events, oldest first; alerts without events are absent */
    public Map<Long, List<AlertLifecycle.Event>> of(Collection<Long> alertIds) {
        if (alertIds.isEmpty()) {
            return Map.of();
        }
        record Row(long alertId, AlertLifecycle.Event event) {
        }
        return jdbc.sql("""
                SELECT alert_id, from_state, to_state, actor, note, at FROM alert_event
                WHERE alert_id IN (:ids) ORDER BY at, id""").param("ids", alertIds)
                .query((rs, n) -> new Row(rs.getLong(1), new AlertLifecycle.Event(rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant())))
                .list().stream()
                .collect(Collectors.groupingBy(Row::alertId, Collectors.mapping(Row::event, Collectors.toList())));
    }
}
