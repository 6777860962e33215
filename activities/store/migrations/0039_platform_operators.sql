-- Up Migration

-- People who may do the operator's work from the console (templates: validate, publish,
-- deprecate, try): a person of a directory company, named here by the platform itself (a
-- platform key or the CLI, which runs as the platform). A company's own admins cannot name
-- anyone: the API role inserts and deletes only with `tandem.platform` on, so holding a
-- company's `admin` scope never leads to the `platform` one. A signed-in person reads only
-- their own row, to learn whether their session carries the platform rights; a person who is
-- deactivated has no session, so the grant sleeps with them.
CREATE TABLE platform_operators (
  company_id text NOT NULL,
  person_id  text NOT NULL,
  granted_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (company_id, person_id),
  FOREIGN KEY (company_id, person_id) REFERENCES people (company_id, id)
);

GRANT SELECT, INSERT, DELETE ON platform_operators TO tandem_api;
ALTER TABLE platform_operators ENABLE ROW LEVEL SECURITY;
ALTER TABLE platform_operators FORCE ROW LEVEL SECURITY;
CREATE POLICY own_row ON platform_operators FOR SELECT
  USING (current_user <> 'tandem_api' OR current_setting('tandem.platform', true) = 'on'
    OR (company_id = current_setting('tandem.company_id', true) AND person_id = current_setting('tandem.person_id', true)));
CREATE POLICY platform_grants ON platform_operators FOR INSERT
  WITH CHECK (current_user <> 'tandem_api' OR current_setting('tandem.platform', true) = 'on');
CREATE POLICY platform_revokes ON platform_operators FOR DELETE
  USING (current_user <> 'tandem_api' OR current_setting('tandem.platform', true) = 'on');

-- A trial ("try it" in the console): an instance an operator starts of a template version with
-- every party played by their own company, so every person it binds and mails is one of the
-- operator's own people. The ledger moves money only for `mdf_budget` bindings, so a trial of
-- the MDF template moves none.
ALTER TABLE instance_bindings DROP CONSTRAINT instance_bindings_source_check;
ALTER TABLE instance_bindings ADD CONSTRAINT instance_bindings_source_check CHECK (source IN ('directory', 'mdf_budget', 'legacy', 'trial'));

-- Down Migration
DELETE FROM instance_bindings WHERE source = 'trial';
ALTER TABLE instance_bindings DROP CONSTRAINT instance_bindings_source_check;
ALTER TABLE instance_bindings ADD CONSTRAINT instance_bindings_source_check CHECK (source IN ('directory', 'mdf_budget', 'legacy'));
DROP TABLE platform_operators;
