package io.benchwarden.noise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import io.benchwarden.support.PostgresSliceSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A host's noise floor read back from a hand-built history of samples, as of each run's start. */
@Import(NoiseProfiles.class)
class NoiseProfilesTests extends PostgresSliceSupport {

    private static final Instant T0 = Instant.parse("2026-10-01T00:00:00Z");
    private static final String HOST = "perf-h";

    @Autowired
    NoiseProfiles profiles;
    @Autowired
    JdbcClient jdbc;

    private long project;

    @BeforeEach
    void project() {
        project = jdbc.sql("INSERT INTO project (name) VALUES ('noise-slice') RETURNING id").query(Long.class).single();
    }

    private long run(String runner, Instant startedAt) {
        return jdbc.sql("""
                INSERT INTO strict_run (project_id, runner, started_at, idempotency_key, fingerprint, status)
                VALUES (?, ?, ?, gen_random_uuid()::text, 'f', 'pass') RETURNING id""")
                .params(project, runner, Timestamp.from(startedAt)).query(Long.class).single();
    }

    private long measured(String runner, int day, Double open, Double connect, Double usPerOp) {
        Instant at = T0.plus(day, ChronoUnit.DAYS);
        long id = run(runner, at);
        profiles.store(id, runner, at, new NoiseSample(NoiseSample.HISTORY, open, connect, usPerOp, 1, null, null));
        return id;
    }

    private long calibrated(int day, double open, double connect) {
        Instant at = T0.plus(day, ChronoUnit.DAYS);
        long id = run(HOST, at);
        profiles.store(id, HOST, at, new NoiseSample(NoiseSample.CALIBRATION, open, connect, null, 20, 1L, 1.05));
        return id;
    }

    /** Five days of one host: connect spreads 0.010, 0.030, 0.020, 0.025, 0.015 and one run without a us_per_op one. */
    private List<Long> fiveRuns() {
        return List.of(measured(HOST, 0, 0.002, 0.010, 0.01), measured(HOST, 1, 0.004, 0.030, 0.01),
                measured(HOST, 2, 0.003, 0.020, 0.01), measured(HOST, 3, 0.005, 0.025, null),
                measured(HOST, 4, 0.001, 0.015, 0.01));
    }

    @Test
    void shouldTakeTheMedianSpreadOfTheHostsRecentRunsOnceThereAreFive() {
        List<Long> runs = fiveRuns();

        NoiseFloor floor = profiles.floor(runs.get(4));

        assertThat(floor.source()).isEqualTo("history");
        assertThat(floor.runner()).isEqualTo(HOST);
        assertThat(floor.runs()).isEqualTo(5);
        // sorted 0.010 0.015 0.020 0.025 0.030 and 0.001 ... 0.005: the middle ones
        assertThat(floor.connectP95RatioSpread()).isCloseTo(0.020, within(1e-12));
        assertThat(floor.openP95RatioSpread()).isCloseTo(0.003, within(1e-12));
        assertThat(floor.p95RatioSpread()).isCloseTo(0.020, within(1e-12));
        // only four of the five runs have a us_per_op spread: too few for that figure
        assertThat(floor.usPerOpSpread()).isNull();
        assertThat(floor.calibration()).isNull();
    }

    @Test
    void shouldReadTheFloorAsOfTheRunsStartAndOnlyFromItsOwnHost() {
        List<Long> runs = fiveRuns();
        long elsewhere = measured("perf-other", 5, 0.5, 0.5, 0.5);

        NoiseFloor fourth = profiles.floor(runs.get(3));
        assertThat(fourth.source()).isEqualTo("none");
        assertThat(fourth.runs()).isEqualTo(4);
        assertThat(fourth.p95RatioSpread()).isNull();
        assertThat(profiles.floor(elsewhere).runs()).isEqualTo(1);
        assertThat(profiles.floor(run(null, T0.plus(6, ChronoUnit.DAYS)))).satisfies(none -> {
            assertThat(none.source()).isEqualTo("none");
            assertThat(none.runner()).isNull();
            assertThat(none.runs()).isZero();
        });
    }

    @Test
    void shouldLeaveOutRunsOlderThanThirtyDays() {
        measured(HOST, -31, 0.5, 0.5, 0.5);
        measured(HOST, -29, 0.001, 0.001, 0.001);
        List<Long> runs = fiveRuns();

        // as of day 0 the window holds day -29 and day 0 itself, not day -31; as of day 4 day -29 has left it too
        NoiseFloor first = profiles.floor(runs.get(0));
        assertThat(first.runs()).isEqualTo(2);
        NoiseFloor last = profiles.floor(runs.get(4));
        assertThat(last.runs()).isEqualTo(5);
        assertThat(last.connectP95RatioSpread()).isCloseTo(0.020, within(1e-12));
    }

    @Test
    void shouldTakeOnlyTheNewestTwentyRuns() {
        // 15 older runs at 0.01, then the newest 20: nine at 0.01 and eleven at 0.05. The newest 20 have the median
        // (0.05 + 0.05) / 2; all 35 would have 0.01.
        for (int i = 0; i < 15; i++) {
            measured(HOST, 0, null, 0.01, null);
        }
        long newest = 0;
        for (int i = 0; i < 20; i++) {
            newest = measured(HOST, 1 + i / 10, null, i < 9 ? 0.01 : 0.05, null);
        }

        NoiseFloor floor = profiles.floor(newest);

        assertThat(floor.runs()).isEqualTo(20);
        assertThat(floor.connectP95RatioSpread()).isCloseTo(0.05, within(1e-12));
        assertThat(floor.openP95RatioSpread()).isNull();
    }

    @Test
    void shouldPreferARecentCalibrationToHistory() {
        List<Long> runs = fiveRuns();
        long calibration = calibrated(3, 0.004, 0.012);
        long after = measured(HOST, 5, 0.1, 0.1, 0.1);

        NoiseFloor floor = profiles.floor(after);

        assertThat(floor.source()).isEqualTo("calibration");
        assertThat(floor.openP95RatioSpread()).isEqualTo(0.004);
        assertThat(floor.connectP95RatioSpread()).isEqualTo(0.012);
        assertThat(floor.usPerOpSpread()).isNull();
        assertThat(floor.runs()).isEqualTo(20);
        assertThat(floor.calibration()).isEqualTo(new NoiseFloor.Calibration(calibration,
                T0.plus(3, ChronoUnit.DAYS), 1L, 1.05));
        // a run started before the calibration does not see it, and has three recent runs only
        assertThat(profiles.floor(runs.get(4)).source()).isEqualTo("calibration");
        assertThat(profiles.floor(runs.get(2)).source()).isEqualTo("none");
    }

    @Test
    void shouldForgetACalibrationAfterThirtyDays() {
        calibrated(0, 0.004, 0.012);
        long within = measured(HOST, 29, 0.1, 0.1, 0.1);
        long after = measured(HOST, 31, 0.1, 0.1, 0.1);

        assertThat(profiles.floor(within).source()).isEqualTo("calibration");
        assertThat(profiles.floor(after).source()).isEqualTo("none");
        assertThat(profiles.floors(List.of(within, after, 987654321L))).containsOnlyKeys(within, after);
    }
}
