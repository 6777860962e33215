-- Up Migration

-- API keys: one company each (or ops), stored as a hash of the secret part only.
CREATE TABLE api_keys (
  id           text PRIMARY KEY,
  company_id   text NOT NULL,
  name         text NOT NULL,
  scopes       text[] NOT NULL CHECK (scopes <@ ARRAY['company', 'ops']::text[] AND cardinality(scopes) > 0),
  secret_hash  text NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now(),
  revoked_at   timestamptz,
  last_used_at timestamptz
);
CREATE INDEX api_keys_company ON api_keys (company_id);

-- Responses remembered per Idempotency-Key, so a retried request gets the same answer.
CREATE TABLE idempotency_records (
  key_id       text NOT NULL,
  idem_key     text NOT NULL,
  route        text NOT NULL,
  request_hash text NOT NULL,
  status       integer NOT NULL,
  response     jsonb NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (key_id, idem_key, route)
);

-- Portals long-poll instances; the projection announces every new revision.
CREATE FUNCTION notify_instance_change() RETURNS trigger AS $$
BEGIN
  PERFORM pg_notify('instance_changed', NEW.id || ' ' || NEW.revision);
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER instances_changed AFTER INSERT OR UPDATE OF revision ON instances
  FOR EACH ROW EXECUTE FUNCTION notify_instance_change();

-- Down Migration
DROP TRIGGER instances_changed ON instances;
DROP FUNCTION notify_instance_change();
DROP TABLE idempotency_records;
DROP TABLE api_keys;
