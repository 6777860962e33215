-- Up Migration

-- The status read a portal polls, in one statement and so in one round trip: the function
-- becomes the API role with the caller's company set, exactly as a company transaction
-- begins (api/tenant.ts), and then reads the row. Row-level security (0006) decides whether
-- the company may see the instance; nothing here repeats that rule.
--
-- It is deliberately not SECURITY DEFINER: the role switch needs the caller's own membership
-- of tandem_api (0006), and a definer function may not switch roles. Both settings are local:
-- called on its own, the statement is its transaction and they end with it; called inside a
-- transaction, the rest of that transaction stays the API role for that company, which can
-- only narrow what it sees. A session that logs in as tandem_api (0014) may call it too: it
-- sets nothing that session could not set itself.
--
-- `known_revision` is the revision the caller already holds a view of: when the row is still
-- at it, the state is not sent again (NULL), so an unchanged instance costs a few bytes.
CREATE FUNCTION instance_status_as_company(company_id text, instance_id text, known_revision integer)
  RETURNS TABLE (revision integer, state jsonb)
  LANGUAGE plpgsql SET search_path = public AS $$
BEGIN
  PERFORM set_config('role', 'tandem_api', true);
  PERFORM set_config('tandem.company_id', company_id, true);
  RETURN QUERY
    SELECT i.revision, CASE WHEN i.revision = known_revision THEN NULL ELSE i.state END
    FROM instances i WHERE i.id = instance_id;
END;
$$;
REVOKE ALL ON FUNCTION instance_status_as_company(text, text, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION instance_status_as_company(text, text, integer) TO tandem_api;

-- Down Migration
DROP FUNCTION instance_status_as_company(text, text, integer);
