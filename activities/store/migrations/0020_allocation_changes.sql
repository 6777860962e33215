-- Up Migration

-- Portals long-poll allocations (GET /allocations/{id}?waitForChange=…) and fund requests,
-- whose balances move with the allocation: every change of an allocation row is announced,
-- as instances announce theirs (0003).
CREATE FUNCTION notify_allocation_change() RETURNS trigger AS $$
BEGIN
  PERFORM pg_notify('allocation_changed', NEW.id);
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER mdf_allocations_changed AFTER INSERT OR UPDATE ON mdf_allocations
  FOR EACH ROW EXECUTE FUNCTION notify_allocation_change();

-- Down Migration
DROP TRIGGER mdf_allocations_changed ON mdf_allocations;
DROP FUNCTION notify_allocation_change();
