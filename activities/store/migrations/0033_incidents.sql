-- Up Migration

-- The oldest open incident of an instance (workflows/core/incidents.ts), or NULL: written with
-- every projection write, and by the projection itself when the database refuses an
-- instance's data. /health and the metrics count the rows where it is set.
ALTER TABLE instances ADD COLUMN incident jsonb;
CREATE INDEX instances_open_incidents ON instances (id) WHERE incident IS NOT NULL AND lifecycle = 'running';

-- Down Migration
DROP INDEX instances_open_incidents;
ALTER TABLE instances DROP COLUMN incident;
