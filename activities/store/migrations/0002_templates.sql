-- Up Migration

-- Published template versions. A version never changes once published; a new version
-- never touches running instances, which carry a snapshot of their version.
CREATE TABLE templates (
  id            text NOT NULL,
  version       integer NOT NULL CHECK (version > 0),
  title         text NOT NULL,
  content       jsonb NOT NULL,
  content_hash  text NOT NULL,              -- sha256 of the canonical JSON
  built_in      boolean NOT NULL DEFAULT false,
  deprecated_at timestamptz,
  published_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (id, version)
);

-- Down Migration
DROP TABLE templates;
