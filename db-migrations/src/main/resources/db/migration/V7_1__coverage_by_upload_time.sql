-- Triage reads a branch's newest strict runs by the time the coverage rule places them at: the claimed start, never
-- later than the upload (a client's clock cannot move a run past the moment the service received it), and the
-- hosted runs received since the oldest of them.
CREATE INDEX strict_run_branch_coverage ON strict_run (project_id, branch, (least(started_at, ingested_at)) DESC, id DESC)
    WHERE commit_sha IS NOT NULL;
CREATE INDEX hosted_run_branch_uploads ON hosted_run (project_id, branch, ingested_at);
