-- Up Migration

-- The API reads as `tandem_api`, a role that owns nothing, can only SELECT, and sees only
-- rows of the company set for its transaction (`tandem.company_id`). This is the second
-- fence: the API's queries filter by company too. Roles are cluster-wide, so create once.
DO $$
BEGIN
  CREATE ROLE tandem_api NOLOGIN;
EXCEPTION WHEN duplicate_object THEN NULL;
END $$;
-- The connecting user switches to the role per transaction (SET LOCAL ROLE).
GRANT tandem_api TO CURRENT_USER;

GRANT USAGE ON SCHEMA public TO tandem_api;
GRANT SELECT ON instances, tasks, audit_events, templates TO tandem_api;

ALTER TABLE instances ENABLE ROW LEVEL SECURITY;
ALTER TABLE instances FORCE ROW LEVEL SECURITY;
ALTER TABLE tasks ENABLE ROW LEVEL SECURITY;
ALTER TABLE tasks FORCE ROW LEVEL SECURITY;
ALTER TABLE audit_events ENABLE ROW LEVEL SECURITY;
ALTER TABLE audit_events FORCE ROW LEVEL SECURITY;

-- The owner (worker, migrations) keeps full access; the API role sees its company's rows only.
CREATE POLICY company_rows ON instances
  USING (current_user <> 'tandem_api' OR current_setting('tandem.company_id', true) = ANY (company_ids));
CREATE POLICY company_rows ON tasks
  USING (current_user <> 'tandem_api' OR EXISTS (
    SELECT 1 FROM instances i WHERE i.id = tasks.instance_id AND current_setting('tandem.company_id', true) = ANY (i.company_ids)));
CREATE POLICY company_rows ON audit_events
  USING (current_user <> 'tandem_api' OR EXISTS (
    SELECT 1 FROM instances i WHERE i.id = audit_events.instance_id AND current_setting('tandem.company_id', true) = ANY (i.company_ids)));

-- Down Migration
DROP POLICY company_rows ON audit_events;
DROP POLICY company_rows ON tasks;
DROP POLICY company_rows ON instances;
ALTER TABLE audit_events NO FORCE ROW LEVEL SECURITY;
ALTER TABLE audit_events DISABLE ROW LEVEL SECURITY;
ALTER TABLE tasks NO FORCE ROW LEVEL SECURITY;
ALTER TABLE tasks DISABLE ROW LEVEL SECURITY;
ALTER TABLE instances NO FORCE ROW LEVEL SECURITY;
ALTER TABLE instances DISABLE ROW LEVEL SECURITY;
REVOKE SELECT ON instances, tasks, audit_events, templates FROM tandem_api;
REVOKE USAGE ON SCHEMA public FROM tandem_api;
