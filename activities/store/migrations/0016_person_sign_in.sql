-- Up Migration

-- People sign in without a password: by a link mailed to their directory address, or at
-- their company's OIDC identity provider. Both end in a session (a cookie). All of these
-- tables are read and written by the API's sign-in code as the owner role, before anyone is
-- authenticated, the way API keys are verified; the API role gets nothing of them but what
-- a company may see of its own identity provider.

-- A mailed sign-in link: single-use, short-lived, bound to one person of one company. The
-- token in the mail is signed (api/session/sign-in-token.ts) and names this row.
CREATE TABLE sign_in_links (
  id         text PRIMARY KEY,
  company_id text NOT NULL,
  person_id  text NOT NULL,
  expires_at timestamptz NOT NULL,
  used_at    timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (company_id, person_id) REFERENCES people (company_id, id)
);
CREATE INDEX sign_in_links_person ON sign_in_links (company_id, person_id);

-- A signed-in person's session. `id` is the SHA-256 of the cookie's secret, so a database
-- leak does not leak usable sessions. A session ends at `expires_at` (absolute), after
-- the idle timeout since `last_seen_at`, or when revoked (sign-out, sign-out everywhere,
-- the person deactivated).
CREATE TABLE person_sessions (
  id           text PRIMARY KEY,
  company_id   text NOT NULL,
  person_id    text NOT NULL,
  csrf_token   text NOT NULL,
  method       text NOT NULL CHECK (method IN ('link', 'oidc')),
  created_at   timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  expires_at   timestamptz NOT NULL,
  revoked_at   timestamptz,
  FOREIGN KEY (company_id, person_id) REFERENCES people (company_id, id)
);
CREATE INDEX person_sessions_person ON person_sessions (company_id, person_id) WHERE revoked_at IS NULL;

-- A company's OIDC identity provider. The client secret is stored as given (it is sent to
-- the provider) and never granted to the API role.
CREATE TABLE oidc_connections (
  company_id    text PRIMARY KEY REFERENCES companies (id),
  issuer        text NOT NULL,
  client_id     text NOT NULL,
  client_secret text NOT NULL,
  created_at    timestamptz NOT NULL DEFAULT now(),
  updated_at    timestamptz NOT NULL DEFAULT now()
);

-- One sign-in started at a provider: what the callback must find again (state, nonce and
-- PKCE verifier), single-use and short-lived.
CREATE TABLE oidc_logins (
  state         text PRIMARY KEY,
  company_id    text NOT NULL REFERENCES companies (id),
  nonce         text NOT NULL,
  code_verifier text NOT NULL,
  expires_at    timestamptz NOT NULL,
  used_at       timestamptz,
  created_at    timestamptz NOT NULL DEFAULT now()
);

GRANT SELECT (company_id, issuer, client_id, created_at, updated_at) ON oidc_connections TO tandem_api;

ALTER TABLE sign_in_links ENABLE ROW LEVEL SECURITY;
ALTER TABLE sign_in_links FORCE ROW LEVEL SECURITY;
ALTER TABLE person_sessions ENABLE ROW LEVEL SECURITY;
ALTER TABLE person_sessions FORCE ROW LEVEL SECURITY;
ALTER TABLE oidc_connections ENABLE ROW LEVEL SECURITY;
ALTER TABLE oidc_connections FORCE ROW LEVEL SECURITY;
ALTER TABLE oidc_logins ENABLE ROW LEVEL SECURITY;
ALTER TABLE oidc_logins FORCE ROW LEVEL SECURITY;
CREATE POLICY company_rows ON sign_in_links
  USING (current_user <> 'tandem_api' OR company_id = current_setting('tandem.company_id', true));
CREATE POLICY person_rows ON person_sessions
  USING (current_user <> 'tandem_api' OR (company_id = current_setting('tandem.company_id', true) AND person_id = current_setting('tandem.person_id', true)));
CREATE POLICY company_rows ON oidc_connections
  USING (current_user <> 'tandem_api' OR company_id = current_setting('tandem.company_id', true));
CREATE POLICY company_rows ON oidc_logins
  USING (current_user <> 'tandem_api' OR company_id = current_setting('tandem.company_id', true));

-- Down Migration
DROP TABLE oidc_logins;
DROP TABLE oidc_connections;
DROP TABLE person_sessions;
DROP TABLE sign_in_links;
