-- Up Migration

-- A company revokes the unused task links of a person it deactivates, as the API role and
-- only for its own tasks' links. The link pages (/act) still look links up as the owner: the
-- token, not a company, is their credential.
GRANT SELECT, UPDATE (revoked_at, revoked_reason) ON action_links TO tandem_api;
ALTER TABLE action_links ENABLE ROW LEVEL SECURITY;
ALTER TABLE action_links FORCE ROW LEVEL SECURITY;
CREATE POLICY company_rows ON action_links
  USING (current_user <> 'tandem_api' OR company_id = current_setting('tandem.company_id', true));

-- Down Migration
DROP POLICY company_rows ON action_links;
ALTER TABLE action_links NO FORCE ROW LEVEL SECURITY;
ALTER TABLE action_links DISABLE ROW LEVEL SECURITY;
REVOKE SELECT, UPDATE (revoked_at, revoked_reason) ON action_links FROM tandem_api;
