-- What each strict run tells about the noise of its perf host (the run's runner), taken at ingest so a noise floor
-- is one indexed query over the host's recent samples, never a re-read of their artifacts.
--   history:     a run the runner measured in rounds; each spread is half the width of the runner's 95 % interval
--                of that ratio (runs = 1).
--   calibration: a noise_calibration.json that travelled with the run; each spread is half the width of the central
--                95 % of its A/A runs' ratios (runs = its A/A runs, with its false fails and the gate they count against).
-- Spreads are ratios (0.012 = ±1.2 %); NULL where the run or the calibration has no such figure.
-- runner and started_at are the run's, copied so the host's samples are read from this table's index alone; a run's
-- runner and start never change.
CREATE TABLE noise_sample (
    run_id              bigint           NOT NULL REFERENCES strict_run (id) ON DELETE CASCADE,
    source              varchar(16)      NOT NULL CHECK (source IN ('history', 'calibration')),
    runner              varchar(255)     NOT NULL,
    started_at          timestamptz      NOT NULL,
    open_p95_spread     double precision CHECK (open_p95_spread >= 0),
    connect_p95_spread  double precision CHECK (connect_p95_spread >= 0),
    us_per_op_spread    double precision CHECK (us_per_op_spread >= 0),
    runs                integer          NOT NULL CHECK (runs >= 1),
    false_fails         integer,
    gate_p95_ratio      double precision,
    PRIMARY KEY (run_id, source)
);

CREATE INDEX noise_sample_host ON noise_sample (runner, source, started_at DESC, run_id DESC);
