/** Locations inside the project that the stack scripts share. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project's root folder. */
export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Persistent local state for `npm start` (git-ignored): Temporal's SQLite file, embedded Postgres, secrets. */
export const dataDir = path.join(projectRoot, '.data');
