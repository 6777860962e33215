-- Up Migration

-- `tandem_api` may log in, so the API (and a test) can connect as the role itself: a session
-- that starts as the role has no other role to return to (RESET ROLE leaves it where it is),
-- so not even injected SQL gets out of row-level security. Give it a password (or a
-- certificate) in pg_hba.conf outside development; see README, "The database".
ALTER ROLE tandem_api LOGIN NOINHERIT NOCREATEDB NOCREATEROLE NOSUPERUSER;

-- Down Migration
ALTER ROLE tandem_api NOLOGIN;
