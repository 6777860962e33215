-- Up Migration

-- Mail leaves the decision path: the workflow records a due mail (its request) in the
-- projection's transaction, and the mail dispatcher of a worker process delivers it. A row
-- is claimed by moving `next_attempt_at` past the lease; a crashed dispatcher's row becomes
-- due again when the lease runs out. Rows without a request are the sendMail activity's
-- (instances that started before this change) and are not the dispatcher's.
ALTER TABLE mail_outbox ADD COLUMN request jsonb;
ALTER TABLE mail_outbox ADD COLUMN next_attempt_at timestamptz NOT NULL DEFAULT now();
-- The subject is known once the mail is composed, at send time.
ALTER TABLE mail_outbox ALTER COLUMN subject DROP NOT NULL;
-- `skipped`: a task mail whose task closed (or left the recipient) before it was sent.
ALTER TABLE mail_outbox DROP CONSTRAINT mail_outbox_status_check;
ALTER TABLE mail_outbox ADD CONSTRAINT mail_outbox_status_check CHECK (status IN ('pending', 'sent', 'failed', 'skipped'));
CREATE INDEX mail_outbox_due ON mail_outbox (next_attempt_at) WHERE status = 'pending' AND request IS NOT NULL;

-- New rows wake the dispatchers at once instead of at their next poll.
CREATE FUNCTION notify_mail_due() RETURNS trigger AS $$
BEGIN
  PERFORM pg_notify('mail_due', '');
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER mail_outbox_inserted AFTER INSERT ON mail_outbox
  FOR EACH STATEMENT EXECUTE FUNCTION notify_mail_due();

-- Down Migration
DROP TRIGGER mail_outbox_inserted ON mail_outbox;
DROP FUNCTION notify_mail_due();
DROP INDEX mail_outbox_due;
UPDATE mail_outbox SET status = 'failed', last_error = coalesce(last_error, 'skipped') WHERE status = 'skipped';
ALTER TABLE mail_outbox DROP CONSTRAINT mail_outbox_status_check;
ALTER TABLE mail_outbox ADD CONSTRAINT mail_outbox_status_check CHECK (status IN ('pending', 'sent', 'failed'));
UPDATE mail_outbox SET subject = '' WHERE subject IS NULL;
ALTER TABLE mail_outbox ALTER COLUMN subject SET NOT NULL;
ALTER TABLE mail_outbox DROP COLUMN next_attempt_at;
ALTER TABLE mail_outbox DROP COLUMN request;
