-- A strict run is stored with about thirty child rows. With ids handed out one at a time those inserts cannot be
-- batched; a sequence stepping by 50 lets the service reserve a block of ids with one call and send each table's
-- rows in one batch. The ids stay unique for rows inserted by other means too, only with gaps. The sequences
-- start past every existing id (a reserved block ends at the value drawn, so the margin covers one block).

ALTER TABLE profile_measurement ALTER COLUMN id DROP IDENTITY;
CREATE SEQUENCE profile_measurement_ids INCREMENT BY 50 OWNED BY profile_measurement.id;
SELECT setval('profile_measurement_ids', coalesce(max(id), 0) + 100, false) FROM profile_measurement;
ALTER TABLE profile_measurement ALTER COLUMN id SET DEFAULT nextval('profile_measurement_ids');

ALTER TABLE comparison_row ALTER COLUMN id DROP IDENTITY;
CREATE SEQUENCE comparison_row_ids INCREMENT BY 50 OWNED BY comparison_row.id;
SELECT setval('comparison_row_ids', coalesce(max(id), 0) + 100, false) FROM comparison_row;
ALTER TABLE comparison_row ALTER COLUMN id SET DEFAULT nextval('comparison_row_ids');

ALTER TABLE gate_row ALTER COLUMN id DROP IDENTITY;
CREATE SEQUENCE gate_row_ids INCREMENT BY 50 OWNED BY gate_row.id;
SELECT setval('gate_row_ids', coalesce(max(id), 0) + 100, false) FROM gate_row;
ALTER TABLE gate_row ALTER COLUMN id SET DEFAULT nextval('gate_row_ids');

ALTER TABLE run_artifact ALTER COLUMN id DROP IDENTITY;
CREATE SEQUENCE run_artifact_ids INCREMENT BY 50 OWNED BY run_artifact.id;
SELECT setval('run_artifact_ids', coalesce(max(id), 0) + 100, false) FROM run_artifact;
ALTER TABLE run_artifact ALTER COLUMN id SET DEFAULT nextval('run_artifact_ids');
