-- The trend charts read a run's verdict rows by metric (p95 ratio, delta percentage) for a thousand runs at once:
-- an index on (run_id, metric) that carries the read columns answers that from the index alone.
CREATE INDEX gate_row_by_metric ON gate_row (run_id, metric) INCLUDE (scenario, value, budget, position);
