-- Retention: a project may keep raw artifact bytes for a number of days only. Pruning empties run_artifact.content
-- and records when; the row, its name and its sha256 stay, and so do measurements, gate rows and alerts.
ALTER TABLE project ADD COLUMN artifact_retention_days integer
    CONSTRAINT project_artifact_retention_days_positive CHECK (artifact_retention_days > 0);

ALTER TABLE run_artifact ALTER COLUMN content DROP NOT NULL;
ALTER TABLE run_artifact ADD COLUMN pruned_at timestamptz;
ALTER TABLE run_artifact ADD CONSTRAINT run_artifact_pruned_has_no_content
    CHECK ((pruned_at IS NULL) = (content IS NOT NULL));

-- A hosted run's raw benchmark.json likewise; its series values and exclusions stay.
ALTER TABLE hosted_run ALTER COLUMN content DROP NOT NULL;
ALTER TABLE hosted_run ADD COLUMN content_pruned_at timestamptz;
ALTER TABLE hosted_run ADD CONSTRAINT hosted_run_pruned_has_no_content
    CHECK ((content_pruned_at IS NULL) = (content IS NOT NULL));

-- The pruning job looks for old runs whose bytes are still there, per project.
CREATE INDEX run_artifact_unpruned ON run_artifact (run_id) WHERE pruned_at IS NULL;
