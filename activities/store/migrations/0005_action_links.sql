-- Up Migration

-- Links in task mails. A link is only a pointer to one of these rows: the row says which
-- instance, task, recipient and outcome the link acts for, until when, and whether it has
-- been used or revoked. Using a link is one conditional UPDATE of `used_at`, so two clicks
-- racing each other can never both decide.
CREATE TABLE action_links (
  id             text PRIMARY KEY,            -- derived from the mail key, purpose and outcome: a retried mail reuses its links
  mail_key       text NOT NULL,               -- the mail_outbox key of the mail that carried the link
  instance_id    text NOT NULL,
  task_id        text NOT NULL,
  company_id     text NOT NULL,               -- the task's company: the only company's rows the link's pages read
  recipient      text NOT NULL,               -- the only person the link acts for
  purpose        text NOT NULL CHECK (purpose IN ('view', 'decide')),
  outcome        text,                        -- the one outcome a `decide` link records
  expires_at     timestamptz NOT NULL,
  created_at     timestamptz NOT NULL DEFAULT now(),
  used_at        timestamptz,
  revoked_at     timestamptz,
  revoked_reason text,
  CHECK ((purpose = 'decide') = (outcome IS NOT NULL))
);
CREATE INDEX action_links_mail ON action_links (mail_key);
CREATE INDEX action_links_task ON action_links (instance_id, task_id);

-- Down Migration
DROP TABLE action_links;
