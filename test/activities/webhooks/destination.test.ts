/** Which addresses webhook deliveries may reach, and how the allowlist for local development is read. */
import { describe, expect, it } from 'vitest';
import { checkDestination, guardedLookup, parseNetworks, refusedAddress } from '../../../activities/webhooks/destination.js';

describe('webhook destinations', () => {
  it('refuses loopback, private, link-local, CGNAT, unique-local and reserved addresses, in every IPv6 disguise', () => {
    const refused = [
      '127.0.0.1',
      '127.8.9.10',
      '0.0.0.0',
      '10.1.2.3',
      '172.16.0.1',
      '172.31.255.255',
      '192.168.1.1',
      '169.254.169.254',
      '100.64.0.1',
      '100.127.255.254',
      '192.0.0.170',
      '198.18.0.1',
      '224.0.0.1',
      '255.255.255.255',
      '::1',
      '::',
      'fd00::1',
      'fc12:3456::1',
      'fe80::1%eth0',
      'ff02::1',
      '::ffff:127.0.0.1',
      '::ffff:7f00:1',
      '::ffff:a9fe:a9fe',
      '::ffff:10.0.0.1',
      '64:ff9b::a9fe:a9fe',
      '2002:a9fe:a9fe::1',
      '2001:db8::1',
    ];
    for (const address of refused) expect(refusedAddress(address), address).toEqual(expect.any(String));
    expect(refusedAddress('169.254.169.254')).toContain('link-local');
    expect(refusedAddress('::ffff:169.254.169.254')).toContain('inside an IPv6 address');
  });

  it('lets public addresses through, including their IPv6-mapped form', () => {
    for (const address of ['93.184.216.34', '8.8.8.8', '172.32.0.1', '100.128.0.1', '2606:4700:4700::1111', '::ffff:8.8.8.8', '2002:5db8:d822::1']) {
      expect(refusedAddress(address), address).toBeUndefined();
    }
  });

  it('allows exactly the listed networks and nothing next to them', () => {
    const allowed = parseNetworks('127.0.0.1/32, ::1, 10.20.0.0/16');
    expect(refusedAddress('127.0.0.1', allowed)).toBeUndefined();
    expect(refusedAddress('::ffff:127.0.0.1', allowed)).toBeUndefined();
    expect(refusedAddress('::1', allowed)).toBeUndefined();
    expect(refusedAddress('10.20.3.4', allowed)).toBeUndefined();
    expect(refusedAddress('127.0.0.2', allowed)).toContain('loopback');
    expect(refusedAddress('10.21.0.1', allowed)).toContain('private');
    expect(refusedAddress('169.254.169.254', allowed)).toContain('link-local');
  });

  it('names a malformed allowlist entry and the form to use', () => {
    for (const bad of ['localhost', '10.0.0.0/33', '::1/129', '10.0.0.0/8/1', '10.0.0.0/x']) {
      expect(() => parseNetworks(bad), bad).toThrow(/is not a network; use an address or CIDR/);
    }
    expect(parseNetworks('')).toEqual([]);
  });

  it('refuses a host name when any of its addresses is internal, and accepts a public one', async () => {
    const resolve = (hostname: string) =>
      Promise.resolve(hostname === 'split.test' ? [{ address: '93.184.216.34', family: 4 }, { address: '10.0.0.5', family: 4 }] : [{ address: '93.184.216.34', family: 4 }]);
    const split = await checkDestination(new URL('https://split.test/hooks'), { allowed: [], resolve });
    expect(split).toMatchObject({ ok: false, problem: 'refused' });
    expect(split.ok ? '' : split.message).toContain('10.0.0.5');
    expect(await checkDestination(new URL('https://public.test/hooks'), { allowed: [], resolve })).toEqual({ ok: true, addresses: ['93.184.216.34'] });
    expect(await checkDestination(new URL('https://[::ffff:169.254.169.254]/'), { allowed: [] })).toMatchObject({ ok: false, problem: 'refused' });
    const unresolved = await checkDestination(new URL('https://nowhere.test/'), { allowed: [], resolve: () => Promise.reject(new Error('ENOTFOUND')) });
    expect(unresolved).toMatchObject({ ok: false, problem: 'unresolved' });
  });

  it('fails the connection lookup with a refusal when the name now resolves to an internal address', async () => {
    let answer = '93.184.216.34';
    const lookup = guardedLookup({ allowed: [], resolve: () => Promise.resolve([{ address: answer, family: 4 }]) });
    const run = () => new Promise<{ error: NodeJS.ErrnoException | null; address: unknown }>((resolve) => lookup('rebind.test', { all: true }, (error, address) => resolve({ error, address })));
    expect(await run()).toEqual({ error: null, address: [{ address: '93.184.216.34', family: 4 }] });
    answer = '169.254.169.254';
    const refused = await run();
    expect(refused.error?.code).toBe('EDESTINATIONREFUSED');
    expect(refused.error?.message).toContain('169.254.169.254');
  });
});
