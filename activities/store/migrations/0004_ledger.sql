-- Up Migration

-- Market development funds. Money is bigint minor units (cents for USD) with the currency of
-- the budget; every row names the companies it belongs to, so reads are scoped in SQL.

-- A vendor's fund for a period, and the people who work its fund requests.
CREATE TABLE mdf_budgets (
  id                text PRIMARY KEY,
  vendor_company_id text NOT NULL,
  name              text NOT NULL,
  period            text NOT NULL,                  -- e.g. 2025-H1
  currency          char(3) NOT NULL,
  total             bigint NOT NULL CHECK (total >= 0),
  team              jsonb NOT NULL,                 -- role -> people of the vendor
  settings          jsonb NOT NULL DEFAULT '{}',    -- thresholds and windows passed to each fund request
  created_at        timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX mdf_budgets_vendor ON mdf_budgets (vendor_company_id, period);

-- Part of a budget granted to one partner. The balance columns change only together with a
-- movement row, in one transaction holding this row's lock.
CREATE TABLE mdf_allocations (
  id                 text PRIMARY KEY,
  budget_id          text NOT NULL REFERENCES mdf_budgets (id),
  vendor_company_id  text NOT NULL,
  partner_company_id text NOT NULL,
  currency           char(3) NOT NULL,
  amount             bigint NOT NULL CHECK (amount >= 0),
  reserved           bigint NOT NULL DEFAULT 0 CHECK (reserved >= 0),
  committed          bigint NOT NULL DEFAULT 0 CHECK (committed >= 0),
  released           bigint NOT NULL DEFAULT 0 CHECK (released >= 0),
  clawed_back        bigint NOT NULL DEFAULT 0 CHECK (clawed_back >= 0),
  expires_at         timestamptz,                   -- use it or lose it: no new reservations after this
  created_at         timestamptz NOT NULL DEFAULT now(),
  -- The ledger never overdraws, whatever the code above it does.
  CHECK (reserved + committed <= amount),
  CHECK (clawed_back <= committed)
);
CREATE INDEX mdf_allocations_partner ON mdf_allocations (partner_company_id);
CREATE INDEX mdf_allocations_vendor ON mdf_allocations (vendor_company_id, budget_id);

-- One fund request (an mdf-fund-request instance) and what it holds of its allocation.
CREATE TABLE mdf_fund_requests (
  id                 text PRIMARY KEY,              -- the instance id
  allocation_id      text NOT NULL REFERENCES mdf_allocations (id),
  vendor_company_id  text NOT NULL,
  partner_company_id text NOT NULL,
  currency           char(3) NOT NULL,
  requested          bigint NOT NULL CHECK (requested >= 0),
  reserved           bigint NOT NULL DEFAULT 0 CHECK (reserved >= 0),
  committed          bigint NOT NULL DEFAULT 0 CHECK (committed >= 0),
  released           bigint NOT NULL DEFAULT 0 CHECK (released >= 0),
  clawed_back        bigint NOT NULL DEFAULT 0 CHECK (clawed_back >= 0),
  created_at         timestamptz NOT NULL DEFAULT now(),
  CHECK (clawed_back <= committed)
);
CREATE INDEX mdf_fund_requests_allocation ON mdf_fund_requests (allocation_id);
CREATE INDEX mdf_fund_requests_partner ON mdf_fund_requests (partner_company_id);
CREATE INDEX mdf_fund_requests_vendor ON mdf_fund_requests (vendor_company_id);

-- Every change of a balance. `key` is the business identity of the movement (fund request,
-- step visit, kind): a retried activity finds its movement here and moves nothing again.
CREATE TABLE mdf_movements (
  id                 bigserial PRIMARY KEY,
  key                text NOT NULL UNIQUE,
  allocation_id      text NOT NULL REFERENCES mdf_allocations (id),
  fund_request_id    text NOT NULL REFERENCES mdf_fund_requests (id),
  vendor_company_id  text NOT NULL,
  partner_company_id text NOT NULL,
  kind               text NOT NULL CHECK (kind IN ('reserve', 'adjust', 'commit', 'release', 'clawback')),
  amount             bigint NOT NULL,               -- signed only for adjust
  reason             text,
  created_at         timestamptz NOT NULL DEFAULT now(),
  CHECK (kind = 'adjust' OR amount > 0)
);
CREATE INDEX mdf_movements_allocation ON mdf_movements (allocation_id, id);
CREATE INDEX mdf_movements_fund_request ON mdf_movements (fund_request_id, id);

-- Proof of performance uploaded for a fund request, kept with its sha256.
CREATE TABLE mdf_documents (
  id                 text PRIMARY KEY,
  fund_request_id    text NOT NULL,                 -- the instance id
  vendor_company_id  text NOT NULL,
  partner_company_id text NOT NULL,
  name               text NOT NULL,
  content_type       text NOT NULL,
  size               integer NOT NULL CHECK (size >= 0),
  sha256             char(64) NOT NULL,
  content            bytea NOT NULL,
  uploaded_by        text NOT NULL,
  uploaded_at        timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX mdf_documents_fund_request ON mdf_documents (fund_request_id);

-- Down Migration
DROP TABLE mdf_documents;
DROP TABLE mdf_movements;
DROP TABLE mdf_fund_requests;
DROP TABLE mdf_allocations;
DROP TABLE mdf_budgets;
