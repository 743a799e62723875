package io.benchwarden.alert;

import java.util.Map;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@code benchwarden_alerts_open{kind="strict|hosted"}}: alerts in state open, counted in the database at each
 * scrape (the {@code alert_open} index answers it), so every instance reports the same figure. NaN while the
 * database does not answer.
 */
@Component
class AlertMetrics {

    AlertMetrics(MeterRegistry registry, JdbcClient jdbc) {
        for (AlertKind kind : AlertKind.values()) {
            Gauge.builder("benchwarden.alerts.open", () -> open(jdbc, kind))
                    .description("Alerts waiting for triage").tags("kind", kind.wireName()).register(registry);
        }
    }

    private static double open(JdbcClient jdbc, AlertKind kind) {
        try {
            return jdbc.sql("SELECT count(*) FROM alert WHERE state = 'open' AND kind = :kind")
                    .params(Map.of("kind", kind.wireName())).query(Long.class).single();
        }
        catch (RuntimeException databaseDown) {
            return Double.NaN;
        }
    }
}
