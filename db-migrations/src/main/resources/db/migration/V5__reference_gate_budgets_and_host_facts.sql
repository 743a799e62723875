-- Every row of the canonical SLO table has a project budget of its own, set by the server, starting at the
-- reference workflow's settings. The budgets that used to defer to an artifact's own limit (NULL) take the default
-- instead: an artifact's limit now only ever tightens a verdict.
ALTER TABLE budget_version
    ADD COLUMN max_open_delta_pct             double precision NOT NULL DEFAULT 10.0 CHECK (max_open_delta_pct > 0),
    ADD COLUMN max_open_p95_overhead_pct      double precision NOT NULL DEFAULT 10.0 CHECK (max_open_p95_overhead_pct > 0),
    ADD COLUMN max_connect_p95_overhead_pct   double precision NOT NULL DEFAULT 10.0 CHECK (max_connect_p95_overhead_pct > 0),
    ADD COLUMN max_workload_delta_pct         double precision NOT NULL DEFAULT 15.0 CHECK (max_workload_delta_pct > 0),
    ADD COLUMN max_workload_failed_rows       integer          NOT NULL DEFAULT 0 CHECK (max_workload_failed_rows >= 0),
    ADD COLUMN max_soak_rss_growth_mb         double precision NOT NULL DEFAULT 128.0 CHECK (max_soak_rss_growth_mb > 0),
    ADD COLUMN max_soak_ringbuf_drop_rate_pct double precision NOT NULL DEFAULT 0.1 CHECK (max_soak_ringbuf_drop_rate_pct >= 0);

UPDATE budget_version SET
    max_open_delta_pct = coalesce(open_compare_max_pct, 10.0),
    max_workload_delta_pct = coalesce(workload_max_pct, 15.0),
    max_soak_ringbuf_drop_rate_pct = coalesce(soak_max_drop_ratio_pct, 0.1);

ALTER TABLE budget_version
    DROP COLUMN open_compare_max_pct,
    DROP COLUMN workload_max_pct,
    DROP COLUMN soak_max_drop_ratio_pct;

-- Where each row's budget came from: the project's budgets, or an artifact's own stricter limit.
ALTER TABLE gate_row ADD COLUMN budget_source varchar(255) NOT NULL DEFAULT 'defaults';
ALTER TABLE gate_row ALTER COLUMN evidence TYPE varchar(1000);

-- What was wrong with an accepted run without being malformed: a pass flag that disagrees with its numbers, an
-- uploaded gate file that claims another verdict than the service's. Judging a run again finds them again. Ids come
-- in blocks like the other child rows (V3).
CREATE SEQUENCE run_finding_ids INCREMENT BY 50;
CREATE TABLE run_finding (
    id        bigint        PRIMARY KEY DEFAULT nextval('run_finding_ids'),
    run_id    bigint        NOT NULL REFERENCES strict_run (id) ON DELETE CASCADE,
    position  integer       NOT NULL,
    artifact  varchar(255)  NOT NULL,
    field     varchar(255)  NOT NULL,
    message   varchar(1000) NOT NULL,
    CONSTRAINT run_finding_once UNIQUE (run_id, position) DEFERRABLE INITIALLY DEFERRED
);
ALTER SEQUENCE run_finding_ids OWNED BY run_finding.id;
CREATE INDEX run_finding_run ON run_finding (run_id);

-- The one note an uploaded summary used to get becomes the run's first finding.
INSERT INTO run_finding (run_id, position, artifact, field, message)
SELECT id, 0, 'perf-slo-summary.json', '', uploaded_summary_note FROM strict_run WHERE uploaded_summary_note IS NOT NULL;
ALTER TABLE strict_run DROP COLUMN uploaded_summary_note;

-- The structured host facts of environment.json, when the run carried one.
ALTER TABLE host_environment
    ADD COLUMN hostname        varchar(255),
    ADD COLUMN architecture    varchar(255),
    ADD COLUMN logical_cores   integer,
    ADD COLUMN mem_total_kib   bigint,
    ADD COLUMN os_version_id   varchar(255);

-- The soak's drop rate as the reference gate computes it (see the gate's soak_runtime/ringbuf_drop_rate_pct row).
ALTER TABLE soak_summary ADD COLUMN reference_drop_rate_pct double precision NOT NULL DEFAULT 0;

-- Extra files keep their own file names.
ALTER TABLE run_artifact ALTER COLUMN name TYPE varchar(255);

-- Why a hosted run deserves attention although nothing alerted (the filters left nothing to compare), one a line.
ALTER TABLE hosted_run ADD COLUMN warnings text NOT NULL DEFAULT '';
