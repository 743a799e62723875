package io.benchwarden.alert;

import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What triage still has to decide, counted in the database at each scrape, so every instance reports the same
 * figure: {@code benchwarden_alerts_open{kind="strict|hosted"}}, alerts in an undecided state
 * ({@link AlertState#UNDECIDED}: untriaged, acknowledged, investigating, confirmed), and
 * {@code benchwarden_alert_summaries_open{state=…}}, summaries in each undecided state. NaN while the database does not
 * answer.
 */
@Component
class AlertMetrics {

    private static final List<String> UNDECIDED = AlertState.UNDECIDED.stream().map(AlertState::wireName).toList();

    AlertMetrics(MeterRegistry registry, JdbcClient jdbc) {
        for (AlertKind kind : AlertKind.values()) {
            Gauge.builder("benchwarden.alerts.open", () -> count(jdbc,
                    "SELECT count(*) FROM alert WHERE state IN (:states) AND kind = :kind",
                    Map.of("states", UNDECIDED, "kind", kind.wireName())))
                    .description("Alerts triage has not decided yet").tags("kind", kind.wireName()).register(registry);
        }
        for (String state : UNDECIDED) {
            Gauge.builder("benchwarden.alert.summaries.open", () -> count(jdbc,
                    "SELECT count(*) FROM alert_summary WHERE state = :state", Map.of("state", state)))
                    .description("Alert summaries triage has not decided yet").tags("state", state)
                    .register(registry);
        }
    }

    private static double count(JdbcClient jdbc, String sql, Map<String, ?> params) {
        try {
            return jdbc.sql(sql).params(params).query(Long.class).single();
        }
        catch (RuntimeException databaseDown) {
            return Double.NaN;
        }
    }
}
