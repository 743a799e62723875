-- A hosted run's baseline runs and its warnings as arrays, not as one text each: the readers split that text on a
-- comma and on a newline, which holds only as long as no warning ever contains a newline, and a list stored as a list
-- needs no such rule. Existing rows keep their values, an empty text becoming an empty array.
ALTER TABLE hosted_run ALTER COLUMN baseline_run_ids DROP DEFAULT;
ALTER TABLE hosted_run ALTER COLUMN baseline_run_ids TYPE bigint[]
    USING CASE WHEN baseline_run_ids = '' THEN '{}'::bigint[] ELSE string_to_array(baseline_run_ids, ',')::bigint[] END;
ALTER TABLE hosted_run ALTER COLUMN baseline_run_ids SET DEFAULT '{}';

ALTER TABLE hosted_run ALTER COLUMN warnings DROP DEFAULT;
ALTER TABLE hosted_run ALTER COLUMN warnings TYPE text[]
    USING CASE WHEN warnings = '' THEN '{}'::text[] ELSE string_to_array(warnings, E'\n') END;
ALTER TABLE hosted_run ALTER COLUMN warnings SET DEFAULT '{}';
