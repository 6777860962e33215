-- Up Migration

-- The read model of every instance, written by the workflow through activities so that
-- portals read status from here and never query Temporal per request.
CREATE TABLE instances (
  id               text PRIMARY KEY,          -- the workflow id: template id + business key
  template_id      text NOT NULL,
  template_version integer NOT NULL,
  business_key     text NOT NULL,
  title            text NOT NULL,
  status           text NOT NULL,             -- the portal status, e.g. "In review"
  lifecycle        text NOT NULL CHECK (lifecycle IN ('running', 'completed', 'cancelled')),
  companies        jsonb NOT NULL,            -- party -> company id
  company_ids      text[] NOT NULL,
  revision         integer NOT NULL,          -- the workflow's state counter; only newer writes land
  state            jsonb NOT NULL,            -- the full state as the workflow's query returns it
  started_at       timestamptz NOT NULL,
  updated_at       timestamptz NOT NULL,
  ended_at         timestamptz
);
CREATE INDEX instances_company_ids ON instances USING gin (company_ids);
CREATE INDEX instances_template_status ON instances (template_id, status);
CREATE INDEX instances_updated_at ON instances (updated_at);

CREATE TABLE tasks (
  instance_id  text NOT NULL REFERENCES instances (id) ON DELETE CASCADE,
  id           text NOT NULL,
  step_id      text NOT NULL,
  kind         text NOT NULL,
  title        text NOT NULL,
  role         text NOT NULL,
  company_id   text NOT NULL,
  status       text NOT NULL CHECK (status IN ('open', 'decided', 'cancelled', 'timed_out')),
  assignees    jsonb NOT NULL,
  outcome      text,
  decided_by   jsonb,
  comment      text,
  opened_at    timestamptz NOT NULL,
  due_at       timestamptz,
  decided_at   timestamptz,
  PRIMARY KEY (instance_id, id)
);
CREATE INDEX tasks_open_by_company ON tasks (company_id, status, due_at);
CREATE INDEX tasks_assignees ON tasks USING gin (assignees jsonb_path_ops);

-- Every decision and action, in the order the workflow made them.
CREATE TABLE audit_events (
  instance_id text NOT NULL REFERENCES instances (id) ON DELETE CASCADE,
  seq         integer NOT NULL,
  at          timestamptz NOT NULL,
  type        text NOT NULL,
  step_id     text,
  task_id     text,
  actor       jsonb,
  outcome     text,
  comment     text,
  details     jsonb NOT NULL DEFAULT '{}',
  PRIMARY KEY (instance_id, seq)
);

-- Outgoing mail, recorded before it is sent so a retried activity never mails twice.
CREATE TABLE mail_outbox (
  key          text PRIMARY KEY,              -- business identity: instance, task, recipient, purpose
  instance_id  text NOT NULL,
  task_id      text,
  recipient    text NOT NULL,
  purpose      text NOT NULL,
  subject      text NOT NULL,
  status       text NOT NULL CHECK (status IN ('pending', 'sent', 'failed')),
  attempts     integer NOT NULL DEFAULT 0,
  last_error   text,
  message_id   text,
  created_at   timestamptz NOT NULL DEFAULT now(),
  sent_at      timestamptz
);
CREATE INDEX mail_outbox_instance ON mail_outbox (instance_id);

-- Down Migration
DROP TABLE mail_outbox;
DROP TABLE audit_events;
DROP TABLE tasks;
DROP TABLE instances;
