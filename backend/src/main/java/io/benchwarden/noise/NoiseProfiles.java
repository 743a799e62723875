package io.benchwarden.noise;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.benchwarden.contract.model.StrictBundle;
import io.benchwarden.system.database.IdArray;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The noise profile of each perf host (a run's {@code runner}): every run adds what it tells about its host's noise
 * at ingest ({@link NoiseSample}), and a run's noise floor is read back in one query, as of the run's start.
 *
 * <ul>
 * <li>The host's newest calibration that travelled with one of its runs started within {@value #WINDOW_DAYS} days
 * before the run wins: it measured the noise with nothing else to measure.</li>
 * <li>Otherwise the median spread of the host's newest {@value #RECENT_RUNS} runs measured in rounds within those
 * days, when there are at least {@value #MIN_RUNS}: one run's interval is one draw of the noise, a median over
 * several is the host's.</li>
 * <li>Otherwise none, with the number of recent runs found.</li>
 * </ul>
 */
@Component
public class NoiseProfiles {

    static final int WINDOW_DAYS = 30;
    static final int RECENT_RUNS = 20;
    static final int MIN_RUNS = 5;

    private static final String FLOORS = """
            SELECT t.id, t.runner,
                   c.run_id AS c_run, c.started_at AS c_started, c.open_p95_spread AS c_open,
                   c.connect_p95_spread AS c_connect, c.us_per_op_spread AS c_us, c.runs AS c_runs,
                   c.false_fails AS c_false_fails, c.gate_p95_ratio AS c_gate,
                   h.n AS h_runs, h.open AS h_open, h.connect AS h_connect, h.us AS h_us
            FROM strict_run t
            LEFT JOIN LATERAL (
                SELECT s.* FROM noise_sample s
                WHERE s.runner = t.runner AND s.source = 'calibration'
                  AND s.started_at <= t.started_at AND s.started_at > t.started_at - make_interval(days => :days)
                ORDER BY s.started_at DESC, s.run_id DESC LIMIT 1) c ON true
            LEFT JOIN LATERAL (
                SELECT count(*) AS n,
                       CASE WHEN count(open_p95_spread) >= :min
                            THEN percentile_cont(0.5) WITHIN GROUP (ORDER BY open_p95_spread) END AS open,
                       CASE WHEN count(connect_p95_spread) >= :min
                            THEN percentile_cont(0.5) WITHIN GROUP (ORDER BY connect_p95_spread) END AS connect,
                       CASE WHEN count(us_per_op_spread) >= :min
                            THEN percentile_cont(0.5) WITHIN GROUP (ORDER BY us_per_op_spread) END AS us
                FROM (SELECT s.* FROM noise_sample s
                      WHERE s.runner = t.runner AND s.source = 'history'
                        AND s.started_at <= t.started_at AND s.started_at > t.started_at - make_interval(days => :days)
                      ORDER BY s.started_at DESC, s.run_id DESC LIMIT :recent) recent) h ON true
            WHERE t.id = ANY(:ids)""";

    private final JdbcClient jdbc;

    NoiseProfiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Adds what a run tells about its host; call inside the transaction that stores the run, so the samples land
     * with it or not at all. A run that names no runner has no host to add to.
     *
     * @param calibration the run's noise_calibration.json; null when it had none
     */
    public void record(long runId, String runner, Instant startedAt, StrictBundle bundle, byte[] calibration) {
        if (runner == null || runner.isBlank()) {
            return;
        }
        NoiseSample.ofRounds(bundle).ifPresent(sample -> store(runId, runner, startedAt, sample));
        if (calibration != null) {
            NoiseSample.ofCalibration(calibration, MIN_RUNS).ifPresent(sample -> store(runId, runner, startedAt, sample));
        }
    }

    void store(long runId, String runner, Instant startedAt, NoiseSample sample) {
        jdbc.sql("""
                INSERT INTO noise_sample (run_id, source, runner, started_at, open_p95_spread, connect_p95_spread,
                                          us_per_op_spread, runs, false_fails, gate_p95_ratio)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(runId, sample.source(), runner, Timestamp.from(startedAt), sample.openP95Spread(),
                        sample.connectP95Spread(), sample.usPerOpSpread(), sample.runs(), sample.falseFails(),
                        sample.gateP95Ratio())
                .update();
    }

    /** The run's noise floor, without warnings: {@link NoiseFloor#judging} adds those for its rows. */
    public NoiseFloor floor(long runId) {
        return floors(List.of(runId)).getOrDefault(runId, NoiseFloor.none(null, 0));
    }

    /** The noise floor of each of the runs, as of its own start; runs that do not exist are left out. */
    public Map<Long, NoiseFloor> floors(Collection<Long> runIds) {
        Map<Long, NoiseFloor> floors = new HashMap<>();
        if (runIds.isEmpty()) {
            return floors;
        }
        jdbc.sql(FLOORS).param("ids", IdArray.of(runIds)).param("days", WINDOW_DAYS).param("min", MIN_RUNS)
                .param("recent", RECENT_RUNS)
                .query((rs, i) -> {
                    String runner = rs.getString("runner");
                    int recent = rs.getInt("h_runs");
                    NoiseFloor floor;
                    if (rs.getObject("c_run") != null) {
                        floor = NoiseFloor.of(NoiseSample.CALIBRATION, runner, (Double) rs.getObject("c_open"),
                                (Double) rs.getObject("c_connect"), (Double) rs.getObject("c_us"), rs.getInt("c_runs"),
                                new NoiseFloor.Calibration(rs.getLong("c_run"),
                                        rs.getTimestamp("c_started").toInstant(),
                                        rs.getObject("c_false_fails") == null ? null : rs.getLong("c_false_fails"),
                                        (Double) rs.getObject("c_gate")));
                    }
                    else if (recent >= MIN_RUNS) {
                        floor = NoiseFloor.of(NoiseSample.HISTORY, runner, (Double) rs.getObject("h_open"),
                                (Double) rs.getObject("h_connect"), (Double) rs.getObject("h_us"), recent, null);
                    }
                    else {
                        floor = NoiseFloor.none(runner, recent);
                    }
                    return Map.entry(rs.getLong("id"), floor);
                })
                .list().forEach(entry -> floors.put(entry.getKey(), entry.getValue()));
        return floors;
    }
}
