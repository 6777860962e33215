-- Up Migration

-- The directory: who people are. Companies are records the platform operator creates; each
-- company then keeps its own people and groups. Roles of an instance resolve to people of
-- this directory only (activities/directory/bindings.ts), never to addresses a caller names.

CREATE TABLE companies (
  id         text PRIMARY KEY CHECK (id ~ '^[a-z0-9][a-z0-9-]{0,99}$'),
  name       text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  kind       text NOT NULL CHECK (kind ~ '^[a-z][a-z_]{0,39}$'),   -- vendor, partner, operator, …
  created_at timestamptz NOT NULL DEFAULT now()
);

-- A person of one company. The email is stored lower-cased, so "unique within the company"
-- is case-insensitive. A deactivated person stays (the audit trail names them) but is never
-- bound to a new role and holds no open task.
CREATE TABLE people (
  id          text PRIMARY KEY,
  company_id  text NOT NULL REFERENCES companies (id),
  email       text NOT NULL CHECK (email = lower(email) AND email LIKE '%_@_%'),
  name        text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  active      boolean NOT NULL DEFAULT true,
  language    text CHECK (language ~ '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$'),
  -- Out of office: tasks that open for this person between `from` and `until` go to the
  -- colleague (same company, enforced by the composite key below).
  out_of_office_delegate_id text,
  out_of_office_from        timestamptz,
  out_of_office_until       timestamptz,
  created_at  timestamptz NOT NULL DEFAULT now(),
  updated_at  timestamptz NOT NULL DEFAULT now(),
  UNIQUE (company_id, email),
  UNIQUE (company_id, id),
  FOREIGN KEY (company_id, out_of_office_delegate_id) REFERENCES people (company_id, id),
  CHECK (out_of_office_delegate_id IS DISTINCT FROM id),
  CHECK ((out_of_office_delegate_id IS NULL) = (out_of_office_from IS NULL)
     AND (out_of_office_from IS NULL) = (out_of_office_until IS NULL)),
  CHECK (out_of_office_from IS NULL OR out_of_office_from < out_of_office_until)
);
CREATE INDEX people_email ON people (email);

-- A company's own groups (`mdf.channel_managers`, `finance`, `admins`, …). Templates name a
-- group for a role to give it default people; `admins` are who a task escalates to when a
-- deactivated person leaves it with nobody.
CREATE TABLE directory_groups (
  company_id  text NOT NULL REFERENCES companies (id),
  name        text NOT NULL CHECK (name ~ '^[a-z0-9][a-z0-9._-]{0,99}$'),
  description text,
  created_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (company_id, name)
);

CREATE TABLE group_members (
  company_id text NOT NULL,
  group_name text NOT NULL,
  person_id  text NOT NULL,
  PRIMARY KEY (company_id, group_name, person_id),
  FOREIGN KEY (company_id, group_name) REFERENCES directory_groups (company_id, name) ON DELETE CASCADE,
  FOREIGN KEY (company_id, person_id) REFERENCES people (company_id, id)
);
CREATE INDEX group_members_person ON group_members (company_id, person_id);

-- A vendor invites a partner into a program; the partner accepts. Allocations and fund
-- requests exist only between companies with an accepted relationship.
CREATE TABLE company_relationships (
  vendor_company_id  text NOT NULL REFERENCES companies (id),
  partner_company_id text NOT NULL REFERENCES companies (id),
  program            text NOT NULL CHECK (program ~ '^[a-z0-9][a-z0-9._-]{0,59}$'),
  status             text NOT NULL CHECK (status IN ('invited', 'active', 'ended')),
  invited_at         timestamptz NOT NULL DEFAULT now(),
  accepted_at        timestamptz,
  ended_at           timestamptz,
  PRIMARY KEY (vendor_company_id, partner_company_id, program),
  CHECK (vendor_company_id <> partner_company_id)
);
CREATE INDEX company_relationships_partner ON company_relationships (partner_company_id);

-- Where each instance's people came from. The API writes a row before it starts an instance
-- whose roles it resolved from the directory; the ledger moves money only for instances with
-- such a row. Instances that ran before the directory are marked `legacy`.
CREATE TABLE instance_bindings (
  instance_id         text PRIMARY KEY,
  template_id         text NOT NULL,
  business_key        text NOT NULL,
  starter_company_id  text NOT NULL,
  source              text NOT NULL CHECK (source IN ('directory', 'mdf_budget', 'legacy')),
  created_at          timestamptz NOT NULL DEFAULT now(),
  UNIQUE (starter_company_id, template_id, business_key)
);
INSERT INTO instance_bindings (instance_id, template_id, business_key, starter_company_id, source)
  SELECT id, template_id, business_key, coalesce(state -> 'initiator' ->> 'company', company_ids[1]), 'legacy' FROM instances
  ON CONFLICT DO NOTHING;

-- Companies that existing rows already name become records, so nothing refers to a company
-- that does not exist. Their display name is their id until an operator renames them.
INSERT INTO companies (id, name, kind)
  SELECT DISTINCT id, id, 'vendor' FROM (SELECT vendor_company_id AS id FROM mdf_budgets) vendors WHERE id ~ '^[a-z0-9][a-z0-9-]{0,99}$'
  ON CONFLICT DO NOTHING;
INSERT INTO companies (id, name, kind)
  SELECT DISTINCT id, id, 'partner' FROM (
    SELECT partner_company_id AS id FROM mdf_allocations
    UNION SELECT unnest(company_ids) FROM instances
    UNION SELECT company_id FROM api_keys WHERE NOT ('ops' = ANY (scopes))
  ) known WHERE id ~ '^[a-z0-9][a-z0-9-]{0,99}$'
  ON CONFLICT DO NOTHING;
-- Existing allocations keep working: their companies are related in the `mdf` program.
INSERT INTO company_relationships (vendor_company_id, partner_company_id, program, status, accepted_at)
  SELECT DISTINCT vendor_company_id, partner_company_id, 'mdf', 'active', now() FROM mdf_allocations
  WHERE vendor_company_id IN (SELECT id FROM companies) AND partner_company_id IN (SELECT id FROM companies)
  ON CONFLICT DO NOTHING;

-- Down Migration
DROP TABLE instance_bindings;
DROP TABLE company_relationships;
DROP TABLE group_members;
DROP TABLE directory_groups;
DROP TABLE people;
DROP TABLE companies;
