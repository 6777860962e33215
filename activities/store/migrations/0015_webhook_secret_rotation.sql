-- Up Migration

-- Secret rotation: after a rotation the previous secret keeps signing (beside the new one)
-- until `previous_secret_expires_at`, so receivers can switch without losing deliveries.
-- Like `secret`, the previous secret is never granted to the API role; when it expires is.
ALTER TABLE webhook_subscriptions
  ADD COLUMN previous_secret text,
  ADD COLUMN previous_secret_expires_at timestamptz,
  ADD COLUMN secret_rotated_at timestamptz,
  ADD CONSTRAINT webhook_subscriptions_previous_secret CHECK ((previous_secret IS NULL) = (previous_secret_expires_at IS NULL));
GRANT SELECT (previous_secret_expires_at, secret_rotated_at) ON webhook_subscriptions TO tandem_api;

-- Pruning deletes events no delivery refers to any more.
CREATE INDEX webhook_deliveries_event ON webhook_deliveries (event_id);

-- Down Migration
DROP INDEX webhook_deliveries_event;
REVOKE SELECT (previous_secret_expires_at, secret_rotated_at) ON webhook_subscriptions FROM tandem_api;
ALTER TABLE webhook_subscriptions
  DROP CONSTRAINT webhook_subscriptions_previous_secret,
  DROP COLUMN secret_rotated_at,
  DROP COLUMN previous_secret_expires_at,
  DROP COLUMN previous_secret;
