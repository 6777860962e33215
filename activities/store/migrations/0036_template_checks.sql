-- Up Migration

-- A published version is validated once, when it is published, and stored with the result:
-- reads and starts use the stored template and never validate it again. `check_errors` is the
-- validator's list of problems (empty: valid); NULL for versions published before this column,
-- which are validated at their first read and then stored like the others.
ALTER TABLE templates
  ADD COLUMN check_errors jsonb,
  ADD COLUMN checked_at   timestamptz;

-- Down Migration
ALTER TABLE templates
  DROP COLUMN check_errors,
  DROP COLUMN checked_at;
