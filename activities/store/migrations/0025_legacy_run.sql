-- Up Migration

-- A `legacy` binding (0010) vouches for the run of the instance that existed before the
-- directory, not for its workflow id: Temporal lets a new run reuse the id of a closed one.
-- The ledger trusts a legacy binding only for the run that started at this time.
ALTER TABLE instance_bindings ADD COLUMN legacy_run_started_at timestamptz;
UPDATE instance_bindings SET legacy_run_started_at = instances.started_at
  FROM instances WHERE instances.id = instance_bindings.instance_id AND instance_bindings.source = 'legacy';

-- Down Migration
ALTER TABLE instance_bindings DROP COLUMN legacy_run_started_at;
