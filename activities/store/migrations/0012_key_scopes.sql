-- Up Migration

-- Key scopes: `read` (see), `act` (start, decide, cancel), `admin` (the company's directory,
-- keys and webhooks) and `platform` (the operator: companies and templates across tenants).
-- Existing keys keep what they could do: a `company` key becomes `read` + `act` (not `admin`:
-- managing people and keys is a new power a company grants on purpose), an `ops` key
-- becomes `platform`.
ALTER TABLE api_keys DROP CONSTRAINT api_keys_scopes_check;
UPDATE api_keys SET scopes = ARRAY(
  SELECT DISTINCT unnest(CASE scope WHEN 'company' THEN ARRAY['read', 'act'] WHEN 'ops' THEN ARRAY['platform'] ELSE ARRAY[scope] END)
  FROM unnest(scopes) AS scope ORDER BY 1
);
ALTER TABLE api_keys ADD CONSTRAINT api_keys_scopes_check
  CHECK (scopes <@ ARRAY['read', 'act', 'admin', 'platform']::text[] AND cardinality(scopes) > 0);

-- Down Migration
ALTER TABLE api_keys DROP CONSTRAINT api_keys_scopes_check;
UPDATE api_keys SET scopes = CASE WHEN 'platform' = ANY (scopes) THEN ARRAY['ops'] ELSE ARRAY['company'] END;
ALTER TABLE api_keys ADD CONSTRAINT api_keys_scopes_check CHECK (scopes <@ ARRAY['company', 'ops']::text[] AND cardinality(scopes) > 0);
