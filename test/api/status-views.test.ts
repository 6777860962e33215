/** The company views the status read holds per revision: whose they are, which revision wins, what goes first. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { etagOf } from '../../api/conditional.js';
import { StatusViews } from '../../api/status-views.js';

const bodyOf = (companyId: string, instanceId: string, revision: number) => JSON.stringify({ companyId, instanceId, revision });

describe('status views', () => {
  it('holds one view per company of one instance, each tagged for its company', () => {
    const views = new StatusViews();
    views.put('acme', 'i-1', 3, '{"same":true}');
    views.put('globex', 'i-1', 3, '{"same":true}');
    const acme = views.get('acme', 'i-1');
    const globex = views.get('globex', 'i-1');
    expect(acme?.etag).toBe(etagOf('acme', '{"same":true}'));
    expect(globex?.etag).toBe(etagOf('globex', '{"same":true}'));
    expect(acme?.etag).not.toBe(globex?.etag);
    expect(views.get('initech', 'i-1')).toBeUndefined();
  });

  it('replaces a view with a newer revision and keeps it when an older one arrives late', () => {
    const views = new StatusViews();
    views.put('acme', 'i-1', 3, bodyOf('acme', 'i-1', 3));
    views.put('acme', 'i-1', 4, bodyOf('acme', 'i-1', 4));
    const late = views.put('acme', 'i-1', 3, bodyOf('acme', 'i-1', 3));
    expect(late.revision).toBe(3);
    expect(views.get('acme', 'i-1')?.revision).toBe(4);
    expect(views.get('acme', 'i-1')?.body.toString()).toBe(bodyOf('acme', 'i-1', 4));
  });

  it('forgets a view on request', () => {
    const views = new StatusViews();
    views.put('acme', 'i-1', 1, '{}');
    views.forget('acme', 'i-1');
    expect(views.get('acme', 'i-1')).toBeUndefined();
    expect(views.size).toBe(0);
  });

  it('drops the least recently sent view beyond its count or its bytes', () => {
    const byCount = new StatusViews({ entries: 2, bytes: 1_000_000 });
    byCount.put('acme', 'i-1', 1, '{}');
    byCount.put('acme', 'i-2', 1, '{}');
    byCount.get('acme', 'i-1');
    byCount.put('acme', 'i-3', 1, '{}');
    expect(byCount.get('acme', 'i-2')).toBeUndefined();
    expect(byCount.get('acme', 'i-1')).toBeDefined();
    expect(byCount.get('acme', 'i-3')).toBeDefined();

    const byBytes = new StatusViews({ entries: 100, bytes: 25 });
    byBytes.put('acme', 'i-1', 1, 'x'.repeat(10));
    byBytes.put('acme', 'i-2', 1, 'x'.repeat(10));
    byBytes.put('acme', 'i-3', 1, 'x'.repeat(10));
    expect(byBytes.size).toBe(2);
    expect(byBytes.get('acme', 'i-1')).toBeUndefined();
    // A body larger than the whole budget is sent but never held.
    expect(byBytes.put('acme', 'i-4', 1, 'x'.repeat(30)).body.length).toBe(30);
    expect(byBytes.get('acme', 'i-4')).toBeUndefined();
  });

  it('whatever the order of puts, holds for each company and instance the newest revision put, made for that company', () => {
    const companies = ['acme', 'globex', 'acme\u0001', 'ac'];
    const instances = ['i-1', 'i-2', 'me\u0000i-1'];
    fc.assert(
      fc.property(fc.array(fc.record({ company: fc.constantFrom(...companies), instance: fc.constantFrom(...instances), revision: fc.nat(20) }), { maxLength: 60 }), (puts) => {
        const views = new StatusViews();
        const newest = new Map<string, number>();
        for (const { company, instance, revision } of puts) {
          views.put(company, instance, revision, bodyOf(company, instance, revision));
          const key = JSON.stringify([company, instance]);
          newest.set(key, Math.max(newest.get(key) ?? -1, revision));
        }
        for (const company of companies) {
          for (const instance of instances) {
            const held = views.get(company, instance);
            const expected = newest.get(JSON.stringify([company, instance]));
            if (expected === undefined) {
              expect(held).toBeUndefined();
              continue;
            }
            expect(held?.revision).toBe(expected);
            expect(held?.body.toString()).toBe(bodyOf(company, instance, expected));
            expect(held?.etag).toBe(etagOf(company, bodyOf(company, instance, expected)));
          }
        }
      }),
    );
  });
});
