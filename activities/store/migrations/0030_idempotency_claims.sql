-- Up Migration

-- An Idempotency-Key is claimed before the request's work and answered after it, each in a
-- short transaction of its own, so no connection is held while the work runs. A claim is a
-- row without an answer yet; it lapses at `claimed_until`, so a key whose process died in
-- the middle can be taken over by a retry. `claim_token` names the request that holds the
-- claim: only that request answers or releases it.
ALTER TABLE idempotency_records ALTER COLUMN status DROP NOT NULL;
ALTER TABLE idempotency_records ALTER COLUMN response DROP NOT NULL;
ALTER TABLE idempotency_records ADD COLUMN claim_token uuid;
ALTER TABLE idempotency_records ADD COLUMN claimed_until timestamptz;
ALTER TABLE idempotency_records ADD CONSTRAINT idempotency_answer_or_claim
  CHECK ((status IS NOT NULL AND response IS NOT NULL) OR (claim_token IS NOT NULL AND claimed_until IS NOT NULL));

-- The API role answers and releases its own claims (row-level security from 0011 still
-- confines it to the calling key's rows).
GRANT UPDATE (request_hash, status, response, claim_token, claimed_until), DELETE ON idempotency_records TO tandem_api;

-- Down Migration
REVOKE UPDATE (request_hash, status, response, claim_token, claimed_until), DELETE ON idempotency_records FROM tandem_api;
DELETE FROM idempotency_records WHERE status IS NULL;
ALTER TABLE idempotency_records DROP CONSTRAINT idempotency_answer_or_claim;
ALTER TABLE idempotency_records DROP COLUMN claimed_until;
ALTER TABLE idempotency_records DROP COLUMN claim_token;
ALTER TABLE idempotency_records ALTER COLUMN response SET NOT NULL;
ALTER TABLE idempotency_records ALTER COLUMN status SET NOT NULL;
