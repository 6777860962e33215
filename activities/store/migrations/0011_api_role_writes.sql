-- Up Migration

-- The API does all of its request work, reads and writes, as `tandem_api`: a role that owns
-- no table, with row-level security forced on every company-owned table. Each transaction
-- sets `tandem.company_id` (the caller's company, from its verified key), `tandem.key_id`,
-- `tandem.person_id` when a signed-in person acts, and `tandem.platform` = 'on' only for a
-- platform key. Only migrations, the worker and the webhook dispatcher use the owner.
--
-- Policies apply to `tandem_api` only (`current_user <> 'tandem_api' OR …`), as in 0006.

-- ── the directory ─────────────────────────────────────────────────────────────────────
GRANT SELECT, INSERT, UPDATE ON companies TO tandem_api;
GRANT SELECT, INSERT, UPDATE ON people TO tandem_api;
GRANT SELECT, INSERT, UPDATE, DELETE ON directory_groups, group_members TO tandem_api;
GRANT SELECT, INSERT, UPDATE ON company_relationships TO tandem_api;
GRANT SELECT, INSERT ON instance_bindings TO tandem_api;

ALTER TABLE companies ENABLE ROW LEVEL SECURITY;
ALTER TABLE companies FORCE ROW LEVEL SECURITY;
ALTER TABLE people ENABLE ROW LEVEL SECURITY;
ALTER TABLE people FORCE ROW LEVEL SECURITY;
ALTER TABLE directory_groups ENABLE ROW LEVEL SECURITY;
ALTER TABLE directory_groups FORCE ROW LEVEL SECURITY;
ALTER TABLE group_members ENABLE ROW LEVEL SECURITY;
ALTER TABLE group_members FORCE ROW LEVEL SECURITY;
ALTER TABLE company_relationships ENABLE ROW LEVEL SECURITY;
ALTER TABLE company_relationships FORCE ROW LEVEL SECURITY;
ALTER TABLE instance_bindings ENABLE ROW LEVEL SECURITY;
ALTER TABLE instance_bindings FORCE ROW LEVEL SECURITY;

-- A company sees itself and the companies it is related to; only the platform creates or renames.
CREATE POLICY company_rows ON companies FOR SELECT
  USING (current_user <> 'tandem_api' OR current_setting('tandem.platform', true) = 'on'
    OR id = current_setting('tandem.company_id', true)
    OR EXISTS (SELECT 1 FROM company_relationships r WHERE (r.vendor_company_id = companies.id AND r.partner_company_id = current_setting('tandem.company_id', true))
                                                        OR (r.partner_company_id = companies.id AND r.vendor_company_id = current_setting('tandem.company_id', true))));
CREATE POLICY platform_writes ON companies FOR INSERT
  WITH CHECK (current_user <> 'tandem_api' OR current_setting('tandem.platform', true) = 'on');
CREATE POLICY platform_updates ON companies FOR UPDATE
  USING (current_user <> 'tandem_api' OR current_setting('tandem.platform', true) = 'on');

-- People, groups and members: a company's own, read and written by that company only.
CREATE POLICY company_rows ON people
  USING (current_user <> 'tandem_api' OR company_id = current_setting('tandem.company_id', true));
CREATE POLICY company_rows ON directory_groups
  USING (current_user <> 'tandem_api' OR company_id = current_setting('tandem.company_id', true));
CREATE POLICY company_rows ON group_members
  USING (current_user <> 'tandem_api' OR company_id = current_setting('tandem.company_id', true));

-- Both sides read a relationship; the vendor invites and ends it, the partner accepts or ends it.
CREATE POLICY company_rows ON company_relationships FOR SELECT
  USING (current_user <> 'tandem_api' OR current_setting('tandem.company_id', true) IN (vendor_company_id, partner_company_id));
CREATE POLICY vendor_invites ON company_relationships FOR INSERT
  WITH CHECK (current_user <> 'tandem_api' OR (vendor_company_id = current_setting('tandem.company_id', true) AND status = 'invited'));
CREATE POLICY either_side_updates ON company_relationships FOR UPDATE
  USING (current_user <> 'tandem_api' OR current_setting('tandem.company_id', true) IN (vendor_company_id, partner_company_id));

CREATE POLICY company_rows ON instance_bindings
  USING (current_user <> 'tandem_api' OR starter_company_id = current_setting('tandem.company_id', true));

-- Roles of another party resolve from that company's directory: the starter may learn who is
-- in the group the template names (the workflow mails them), never anything else about them.
CREATE FUNCTION directory_group_members(company text, group_name text)
  RETURNS TABLE (id text, email text, name text, company_id text)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
    SELECT p.id, p.email, p.name, p.company_id FROM group_members m JOIN people p ON p.company_id = m.company_id AND p.id = m.person_id
    WHERE m.company_id = company AND m.group_name = directory_group_members.group_name AND p.active
    ORDER BY p.email
$$;
REVOKE ALL ON FUNCTION directory_group_members(text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION directory_group_members(text, text) TO tandem_api;
CREATE FUNCTION directory_group_exists(company text, group_name text) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
    SELECT EXISTS (SELECT 1 FROM directory_groups g WHERE g.company_id = company AND g.name = directory_group_exists.group_name)
$$;
REVOKE ALL ON FUNCTION directory_group_exists(text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION directory_group_exists(text, text) TO tandem_api;

-- A fund request's vendor roles come from the budget's team: the partner starting it may learn
-- which of those team members are still active people of the vendor, nothing more.
CREATE FUNCTION directory_active_people(company text, emails text[])
  RETURNS TABLE (id text, email text, name text, company_id text)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
    SELECT p.id, p.email, p.name, p.company_id FROM people p WHERE p.company_id = company AND p.email = ANY (emails) AND p.active ORDER BY p.email
$$;
REVOKE ALL ON FUNCTION directory_active_people(text, text[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION directory_active_people(text, text[]) TO tandem_api;

-- A vendor may invite a company it cannot see yet (not related): it learns only whether the id exists.
CREATE FUNCTION directory_company_exists(company text) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
    SELECT EXISTS (SELECT 1 FROM companies WHERE id = company)
$$;
REVOKE ALL ON FUNCTION directory_company_exists(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION directory_company_exists(text) TO tandem_api;

-- ── API keys ──────────────────────────────────────────────────────────────────────────
-- A company's admin keys see and mint their own company's keys; the platform sees all. The
-- secret's hash is never readable by the API role: verification goes through this function.
GRANT SELECT (id, company_id, name, scopes, created_at, revoked_at, last_used_at) ON api_keys TO tandem_api;
GRANT INSERT (id, company_id, name, scopes, secret_hash) ON api_keys TO tandem_api;
GRANT UPDATE (revoked_at) ON api_keys TO tandem_api;
ALTER TABLE api_keys ENABLE ROW LEVEL SECURITY;
ALTER TABLE api_keys FORCE ROW LEVEL SECURITY;
CREATE POLICY company_rows ON api_keys
  USING (current_user <> 'tandem_api' OR current_setting('tandem.platform', true) = 'on' OR company_id = current_setting('tandem.company_id', true));

CREATE FUNCTION api_key_for_verification(key_id text)
  RETURNS TABLE (company_id text, name text, scopes text[], secret_hash text, revoked boolean)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
    SELECT company_id, name, scopes, secret_hash, revoked_at IS NOT NULL FROM api_keys WHERE id = key_id
$$;
REVOKE ALL ON FUNCTION api_key_for_verification(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION api_key_for_verification(text) TO tandem_api;

-- ── idempotency records: per key ───────────────────────────────────────────────────────
GRANT SELECT, INSERT ON idempotency_records TO tandem_api;
ALTER TABLE idempotency_records ENABLE ROW LEVEL SECURITY;
ALTER TABLE idempotency_records FORCE ROW LEVEL SECURITY;
CREATE POLICY key_rows ON idempotency_records
  USING (current_user <> 'tandem_api' OR key_id = current_setting('tandem.key_id', true));

-- ── webhook subscriptions: the company writes its own (the secret stays unreadable) ──────
GRANT INSERT, DELETE ON webhook_subscriptions TO tandem_api;
GRANT UPDATE (next_attempt_at, replay, status) ON webhook_deliveries TO tandem_api;

-- ── MDF: a vendor creates its budgets, grants allocations to related partners; the partner
-- uploads documents of its fund requests. Balances move only in the worker (the ledger).
GRANT INSERT ON mdf_budgets, mdf_documents TO tandem_api;
GRANT INSERT ON mdf_allocations TO tandem_api;
CREATE POLICY vendor_creates ON mdf_budgets AS RESTRICTIVE FOR INSERT
  WITH CHECK (current_user <> 'tandem_api' OR vendor_company_id = current_setting('tandem.company_id', true));
CREATE POLICY vendor_grants_to_related ON mdf_allocations AS RESTRICTIVE FOR INSERT
  WITH CHECK (current_user <> 'tandem_api' OR (vendor_company_id = current_setting('tandem.company_id', true) AND EXISTS (
    SELECT 1 FROM company_relationships r WHERE r.vendor_company_id = mdf_allocations.vendor_company_id
      AND r.partner_company_id = mdf_allocations.partner_company_id AND r.status = 'active')));
CREATE POLICY partner_uploads ON mdf_documents AS RESTRICTIVE FOR INSERT
  WITH CHECK (current_user <> 'tandem_api' OR partner_company_id = current_setting('tandem.company_id', true));

-- Down Migration
DROP POLICY partner_uploads ON mdf_documents;
DROP POLICY vendor_grants_to_related ON mdf_allocations;
DROP POLICY vendor_creates ON mdf_budgets;
REVOKE INSERT ON mdf_budgets, mdf_documents, mdf_allocations FROM tandem_api;
REVOKE UPDATE (next_attempt_at, replay, status) ON webhook_deliveries FROM tandem_api;
REVOKE INSERT, DELETE ON webhook_subscriptions FROM tandem_api;
DROP POLICY key_rows ON idempotency_records;
ALTER TABLE idempotency_records DISABLE ROW LEVEL SECURITY;
REVOKE SELECT, INSERT ON idempotency_records FROM tandem_api;
DROP FUNCTION api_key_for_verification(text);
DROP POLICY company_rows ON api_keys;
ALTER TABLE api_keys DISABLE ROW LEVEL SECURITY;
REVOKE SELECT, INSERT, UPDATE ON api_keys FROM tandem_api;
DROP FUNCTION directory_company_exists(text);
DROP FUNCTION directory_active_people(text, text[]);
DROP FUNCTION directory_group_exists(text, text);
DROP FUNCTION directory_group_members(text, text);
DROP POLICY company_rows ON instance_bindings;
DROP POLICY either_side_updates ON company_relationships;
DROP POLICY vendor_invites ON company_relationships;
DROP POLICY company_rows ON company_relationships;
DROP POLICY company_rows ON group_members;
DROP POLICY company_rows ON directory_groups;
DROP POLICY company_rows ON people;
DROP POLICY platform_updates ON companies;
DROP POLICY platform_writes ON companies;
DROP POLICY company_rows ON companies;
REVOKE ALL ON companies, people, directory_groups, group_members, company_relationships, instance_bindings FROM tandem_api;
