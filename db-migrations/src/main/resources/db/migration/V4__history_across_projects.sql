-- The run list without a project filter pages through every project's runs newest first.
CREATE INDEX strict_run_started ON strict_run (started_at DESC, id DESC);
