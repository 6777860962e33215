-- Up Migration

-- The ledger gets the same second fence as the projection (0006): the API reads it as
-- `tandem_api`, which sees only the rows of the company set for its transaction. A vendor
-- sees what it granted; a partner sees what it was granted and nothing of other partners.
GRANT SELECT ON mdf_budgets, mdf_allocations, mdf_fund_requests, mdf_movements, mdf_documents TO tandem_api;

ALTER TABLE mdf_allocations ENABLE ROW LEVEL SECURITY;
ALTER TABLE mdf_allocations FORCE ROW LEVEL SECURITY;
ALTER TABLE mdf_budgets ENABLE ROW LEVEL SECURITY;
ALTER TABLE mdf_budgets FORCE ROW LEVEL SECURITY;
ALTER TABLE mdf_fund_requests ENABLE ROW LEVEL SECURITY;
ALTER TABLE mdf_fund_requests FORCE ROW LEVEL SECURITY;
ALTER TABLE mdf_movements ENABLE ROW LEVEL SECURITY;
ALTER TABLE mdf_movements FORCE ROW LEVEL SECURITY;
ALTER TABLE mdf_documents ENABLE ROW LEVEL SECURITY;
ALTER TABLE mdf_documents FORCE ROW LEVEL SECURITY;

CREATE POLICY company_rows ON mdf_allocations
  USING (current_user <> 'tandem_api' OR current_setting('tandem.company_id', true) IN (vendor_company_id, partner_company_id));
-- A partner reads the budget its allocation came from (its period and name), never others.
CREATE POLICY company_rows ON mdf_budgets
  USING (current_user <> 'tandem_api' OR current_setting('tandem.company_id', true) = vendor_company_id OR EXISTS (
    SELECT 1 FROM mdf_allocations a WHERE a.budget_id = mdf_budgets.id AND a.partner_company_id = current_setting('tandem.company_id', true)));
CREATE POLICY company_rows ON mdf_fund_requests
  USING (current_user <> 'tandem_api' OR current_setting('tandem.company_id', true) IN (vendor_company_id, partner_company_id));
CREATE POLICY company_rows ON mdf_movements
  USING (current_user <> 'tandem_api' OR current_setting('tandem.company_id', true) IN (vendor_company_id, partner_company_id));
CREATE POLICY company_rows ON mdf_documents
  USING (current_user <> 'tandem_api' OR current_setting('tandem.company_id', true) IN (vendor_company_id, partner_company_id));

-- Down Migration
DROP POLICY company_rows ON mdf_documents;
DROP POLICY company_rows ON mdf_movements;
DROP POLICY company_rows ON mdf_fund_requests;
DROP POLICY company_rows ON mdf_budgets;
DROP POLICY company_rows ON mdf_allocations;
ALTER TABLE mdf_documents NO FORCE ROW LEVEL SECURITY;
ALTER TABLE mdf_documents DISABLE ROW LEVEL SECURITY;
ALTER TABLE mdf_movements NO FORCE ROW LEVEL SECURITY;
ALTER TABLE mdf_movements DISABLE ROW LEVEL SECURITY;
ALTER TABLE mdf_fund_requests NO FORCE ROW LEVEL SECURITY;
ALTER TABLE mdf_fund_requests DISABLE ROW LEVEL SECURITY;
ALTER TABLE mdf_budgets NO FORCE ROW LEVEL SECURITY;
ALTER TABLE mdf_budgets DISABLE ROW LEVEL SECURITY;
ALTER TABLE mdf_allocations NO FORCE ROW LEVEL SECURITY;
ALTER TABLE mdf_allocations DISABLE ROW LEVEL SECURITY;
REVOKE SELECT ON mdf_budgets, mdf_allocations, mdf_fund_requests, mdf_movements, mdf_documents FROM tandem_api;
