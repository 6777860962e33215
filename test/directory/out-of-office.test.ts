/**
 * Out-of-office settings in the directory: a colleague of the same company and a date range;
 * loops (A→B→A while both are away), self-delegation and colleagues of other companies are
 * refused without changing anything; the holder at a moment follows the chain.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DirectoryError, findPerson, holderAt, setOutOfOffice } from '../../activities/directory/index.js';
import { asTenant } from '../../api/tenant.js';
import { acme, dora, fin, paul, vera } from '../fixtures/people.js';
import { enrolFixtures } from '../support/directory.js';
import { startTestStack, type TestStack } from '../support/stack.js';

let stack: TestStack;
let ids: Map<string, string>;
beforeAll(async () => {
  stack = await startTestStack();
  ids = await enrolFixtures(stack);
});
afterAll(async () => {
  await stack?.stop();
});

const day = 86_400_000;
const asAcme = <T>(work: Parameters<typeof asTenant<T>>[2]) => asTenant(stack.pool, { companyId: acme }, work);
const refusal = async (work: () => Promise<unknown>): Promise<string> => {
  try {
    await work();
  } catch (error) {
    if (error instanceof DirectoryError) return error.code;
    throw error;
  }
  throw new Error('expected a refusal');
};

describe('out of office', () => {
  it('hands tasks that open in the range to the colleague, following a colleague who is away too', async () => {
    const now = Date.now();
    const veraId = ids.get(vera.email) ?? '';
    const finId = ids.get(fin.email) ?? '';
    await asAcme((db) => setOutOfOffice(db, acme, veraId, { delegateEmail: fin.email, from: new Date(now - day), until: new Date(now + day) }));
    await asAcme((db) => setOutOfOffice(db, acme, finId, { delegateEmail: dora.email, from: new Date(now - day), until: new Date(now + 2 * day) }));
    const chain = await asAcme((db) => holderAt(db, acme, vera.email, new Date(now)));
    expect(chain.map((person) => person.email)).toEqual([vera.email, fin.email, dora.email]);
    // After Vera's range she holds her own tasks again.
    expect((await asAcme((db) => holderAt(db, acme, vera.email, new Date(now + 1.5 * day)))).map((person) => person.email)).toEqual([vera.email]);
  });

  it('refuses a loop, themselves, and a colleague of another company, and changes nothing', async () => {
    const now = Date.now();
    const doraId = ids.get(dora.email) ?? '';
    const before = await asAcme((db) => findPerson(db, acme, doraId));
    // Fin is away to Dora (above); Dora away to Vera, who is away to Fin, would go round.
    expect(await refusal(() => asAcme((db) => setOutOfOffice(db, acme, doraId, { delegateEmail: vera.email, from: new Date(now), until: new Date(now + day) })))).toBe('delegation_loop');
    expect(await refusal(() => asAcme((db) => setOutOfOffice(db, acme, doraId, { delegateEmail: dora.email, from: new Date(now), until: new Date(now + day) })))).toBe('self_delegation');
    expect(await refusal(() => asAcme((db) => setOutOfOffice(db, acme, doraId, { delegateEmail: paul.email, from: new Date(now), until: new Date(now + day) })))).toBe('unknown_person');
    expect(await refusal(() => asAcme((db) => setOutOfOffice(db, acme, doraId, { delegateEmail: fin.email, from: new Date(now + day), until: new Date(now) })))).toBe('invalid_range');
    expect(await asAcme((db) => findPerson(db, acme, doraId))).toEqual(before);
    // Ranges that do not overlap are no loop.
    await asAcme((db) => setOutOfOffice(db, acme, doraId, { delegateEmail: vera.email, from: new Date(now + 3 * day), until: new Date(now + 4 * day) }));
    expect((await asAcme((db) => findPerson(db, acme, doraId)))?.outOfOffice?.delegateEmail).toBe(vera.email);
  });
});
