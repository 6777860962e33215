-- Up Migration

-- The ledger's rules, held by the database too, so no code path can write around them.

-- Every movement carries its currency, and it is the allocation's: a trigger refuses any other.
ALTER TABLE mdf_movements ADD COLUMN currency char(3);
UPDATE mdf_movements m SET currency = a.currency FROM mdf_allocations a WHERE a.id = m.allocation_id;
ALTER TABLE mdf_movements ALTER COLUMN currency SET NOT NULL;

CREATE FUNCTION mdf_movement_currency() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.currency IS DISTINCT FROM (SELECT currency FROM mdf_allocations WHERE id = NEW.allocation_id) THEN
    RAISE EXCEPTION 'movement % is in %, not in the currency of allocation %', NEW.key, NEW.currency, NEW.allocation_id
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER mdf_movement_currency BEFORE INSERT OR UPDATE ON mdf_movements
  FOR EACH ROW EXECUTE FUNCTION mdf_movement_currency();

-- A fund request never holds or spends more than it asked for, and never reimburses more
-- than the actual cost claimed. NOT VALID: rows written before these rules are not re-judged.
ALTER TABLE mdf_fund_requests ADD COLUMN claimed bigint CHECK (claimed >= 0);
ALTER TABLE mdf_fund_requests ADD CONSTRAINT mdf_fund_requests_within_requested CHECK (reserved + committed <= requested) NOT VALID;
ALTER TABLE mdf_fund_requests ADD CONSTRAINT mdf_fund_requests_within_claimed CHECK (claimed IS NULL OR committed <= claimed) NOT VALID;

-- Down Migration
ALTER TABLE mdf_fund_requests DROP CONSTRAINT mdf_fund_requests_within_claimed;
ALTER TABLE mdf_fund_requests DROP CONSTRAINT mdf_fund_requests_within_requested;
ALTER TABLE mdf_fund_requests DROP COLUMN claimed;
DROP TRIGGER mdf_movement_currency ON mdf_movements;
DROP FUNCTION mdf_movement_currency();
ALTER TABLE mdf_movements DROP COLUMN currency;
