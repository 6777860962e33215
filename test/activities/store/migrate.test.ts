/** Migrations when several processes start at once (workers and API servers in production). */
import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { migrate } from '../../../activities/store/migrate.js';
import { adminUrl, createDatabase, dropDatabase } from '../../support/database.js';

const name = `tandem_test_migrate_${randomUUID().slice(0, 8)}`;
afterAll(async () => {
  await dropDatabase(adminUrl(), name);
});

describe('migrate', () => {
  it('lets three processes start together on an empty database: one applies every migration, the others wait and apply none', async () => {
    const url = await createDatabase(name);
    const runs = await Promise.all([migrate(url), migrate(url), migrate(url)]);
    const applied = runs.map((names) => names.length).sort((a, b) => b - a);
    expect(applied[0]).toBeGreaterThan(10);
    expect(applied.slice(1)).toEqual([0, 0]);
  });
});
