-- Up Migration

-- A company's webhook subscriptions: where to POST, which event types, and the secret that
-- signs every delivery. The secret is stored as is (it has to sign, so it cannot be hashed
-- like an API key); the API role is granted every column but `secret`, and only its own
-- company's rows, so only the dispatcher (the owner role) ever reads it.
CREATE TABLE webhook_subscriptions (
  id          text PRIMARY KEY,
  company_id  text NOT NULL,
  url         text NOT NULL,
  events      text[] NOT NULL CHECK (cardinality(events) > 0),
  description text,
  secret      text NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX webhook_subscriptions_company ON webhook_subscriptions (company_id);

-- What happened, written by the projection in the same transaction as the change, once per
-- business identity (type, instance, and revision or task). `state` is the instance as that
-- write saw it, so each company's payload is rendered later through its own view.
-- Rows exist only for events some subscription asked for.
CREATE TABLE webhook_events (
  id          text PRIMARY KEY,
  type        text NOT NULL,
  instance_id text NOT NULL,
  task_id     text,
  revision    integer NOT NULL,
  state       jsonb NOT NULL,
  occurred_at timestamptz NOT NULL
);

-- The outbox: one event for one subscription. The dispatcher claims due rows, renders the
-- body once (retries and replays send the same bytes), and records every attempt.
CREATE TABLE webhook_deliveries (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  seq             bigint GENERATED ALWAYS AS IDENTITY,   -- creation order, for listing pages
  subscription_id text NOT NULL REFERENCES webhook_subscriptions (id) ON DELETE CASCADE,
  company_id      text NOT NULL,
  event_id        text NOT NULL REFERENCES webhook_events (id),
  event_type      text NOT NULL,
  instance_id     text NOT NULL,
  body            text,
  status          text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'failed')),
  attempts        integer NOT NULL DEFAULT 0,
  replay          boolean NOT NULL DEFAULT false,   -- the pending attempt is a replay: one try, no retries
  next_attempt_at timestamptz NOT NULL DEFAULT now(),
  created_at      timestamptz NOT NULL DEFAULT now(),
  delivered_at    timestamptz,
  UNIQUE (subscription_id, event_id)
);
CREATE INDEX webhook_deliveries_due ON webhook_deliveries (next_attempt_at) WHERE status = 'pending';
CREATE INDEX webhook_deliveries_subscription ON webhook_deliveries (subscription_id, seq DESC);

-- Every attempt, successful or not.
CREATE TABLE webhook_attempts (
  delivery_id     uuid NOT NULL REFERENCES webhook_deliveries (id) ON DELETE CASCADE,
  attempt         integer NOT NULL,
  company_id      text NOT NULL,
  replay          boolean NOT NULL,
  started_at      timestamptz NOT NULL,
  duration_ms     integer NOT NULL,
  status_code     integer,
  error           text,
  next_attempt_at timestamptz,   -- the retry this failure scheduled; null when delivered or given up
  PRIMARY KEY (delivery_id, attempt)
);

-- New deliveries wake the dispatcher at once instead of at its next poll.
CREATE FUNCTION notify_webhook_delivery() RETURNS trigger AS $$
BEGIN
  PERFORM pg_notify('webhook_delivery_due', '');
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER webhook_deliveries_inserted AFTER INSERT ON webhook_deliveries
  FOR EACH STATEMENT EXECUTE FUNCTION notify_webhook_delivery();

-- The API role reads its own company's subscriptions (never the secret), deliveries and
-- attempts; it never reads the events' unredacted state. Writes go through the owner role
-- with the company in every WHERE clause, as for the other tables.
GRANT SELECT (id, company_id, url, events, description, created_at) ON webhook_subscriptions TO tandem_api;
GRANT SELECT ON webhook_deliveries, webhook_attempts TO tandem_api;

ALTER TABLE webhook_subscriptions ENABLE ROW LEVEL SECURITY;
ALTER TABLE webhook_subscriptions FORCE ROW LEVEL SECURITY;
ALTER TABLE webhook_deliveries ENABLE ROW LEVEL SECURITY;
ALTER TABLE webhook_deliveries FORCE ROW LEVEL SECURITY;
ALTER TABLE webhook_attempts ENABLE ROW LEVEL SECURITY;
ALTER TABLE webhook_attempts FORCE ROW LEVEL SECURITY;

CREATE POLICY company_rows ON webhook_subscriptions
  USING (current_user <> 'tandem_api' OR current_setting('tandem.company_id', true) = company_id);
CREATE POLICY company_rows ON webhook_deliveries
  USING (current_user <> 'tandem_api' OR current_setting('tandem.company_id', true) = company_id);
CREATE POLICY company_rows ON webhook_attempts
  USING (current_user <> 'tandem_api' OR current_setting('tandem.company_id', true) = company_id);

-- Down Migration
DROP POLICY company_rows ON webhook_attempts;
DROP POLICY company_rows ON webhook_deliveries;
DROP POLICY company_rows ON webhook_subscriptions;
REVOKE SELECT ON webhook_deliveries, webhook_attempts FROM tandem_api;
REVOKE SELECT (id, company_id, url, events, description, created_at) ON webhook_subscriptions FROM tandem_api;
DROP TRIGGER webhook_deliveries_inserted ON webhook_deliveries;
DROP FUNCTION notify_webhook_delivery();
DROP TABLE webhook_attempts;
DROP TABLE webhook_deliveries;
DROP TABLE webhook_events;
DROP TABLE webhook_subscriptions;
