-- Up Migration

-- The API writes an instance's row when it starts it (api/starting-row.ts), so the instance is
-- never 404 to its companies and a refused first projection write has a row to mark. The API
-- role may insert only such a row: revision 0, status `Starting`, running, for an instance its
-- company has just bound (instance_bindings, written in the same transaction), and visible to
-- the bound companies only (the company_rows policy of 0006 also checks inserted rows). It may
-- delete a row only while it is still at revision 0: a start that Temporal refused leaves no
-- phantom, and nothing the workflow wrote can be removed. The workflow's writes (revision 1 and
-- up, as the owner) replace the row as they replace their own older revisions.
GRANT INSERT (id, template_id, template_version, business_key, title, status, lifecycle, companies, company_ids, revision, state, started_at, updated_at)
  ON instances TO tandem_api;
GRANT DELETE ON instances TO tandem_api;

CREATE POLICY starting_rows ON instances AS RESTRICTIVE FOR INSERT
  WITH CHECK (current_user <> 'tandem_api' OR (
    revision = 0 AND status = 'Starting' AND lifecycle = 'running'
    AND EXISTS (SELECT 1 FROM instance_bindings b WHERE b.instance_id = instances.id AND b.starter_company_id = current_setting('tandem.company_id', true))));
CREATE POLICY starting_rows_removed ON instances AS RESTRICTIVE FOR DELETE
  USING (current_user <> 'tandem_api' OR (
    revision = 0
    AND EXISTS (SELECT 1 FROM instance_bindings b WHERE b.instance_id = instances.id AND b.starter_company_id = current_setting('tandem.company_id', true))));

-- Down Migration
DROP POLICY starting_rows_removed ON instances;
DROP POLICY starting_rows ON instances;
REVOKE DELETE ON instances FROM tandem_api;
REVOKE INSERT ON instances FROM tandem_api;
