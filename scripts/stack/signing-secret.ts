/** The signing secret of a local stack, kept under the data directory so emailed links stay valid across restarts. */
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Reads `<data dir>/signing-secret`, creating it (32 random bytes, hex) when missing. */
export function localSigningSecret(dataDir: string): string {
  const file = path.join(dataDir, 'signing-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const secret = randomBytes(32).toString('hex');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
