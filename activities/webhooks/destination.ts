/**
 * Where a webhook may go. A subscription URL is a request the server makes on a company's
 * behalf from inside its own network, so every address a delivery could reach is checked:
 * loopback, private, link-local (cloud metadata at 169.254.169.254), carrier-grade NAT,
 * unique-local IPv6, multicast, documentation and reserved ranges are refused, including
 * the IPv6 forms that carry an IPv4 address (mapped, NAT64, 6to4). The check runs when a
 * subscription is created and again at every delivery, inside the connection's own DNS
 * lookup and on the socket's remote address, so a name that resolves to a public address
 * at subscription and to an internal one later (DNS rebinding) is still refused.
 *
 * Local development allows chosen networks explicitly (`WEBHOOK_ALLOWED_NETWORKS`).
 */
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { BlockList, isIP } from 'node:net';

/** A network in CIDR form, e.g. `127.0.0.1/32` or `::1/128`. */
export interface Network {
  address: string;
  prefix: number;
  family: 'ipv4' | 'ipv6';
}

/** Resolves a host name to all its addresses, like `dns.lookup(host, { all: true })`. */
export type Resolver = (hostname: string) => Promise<LookupAddress[]>;

/** What decides where deliveries may go. */
export interface DestinationPolicy {
  /** Networks allowed although internal (local development only). */
  allowed: Network[];
  /** How host names resolve; the system resolver unless a test passes its own. */
  resolve?: Resolver;
}

const RANGES: Array<[string, number, 'ipv4' | 'ipv6', string]> = [
  ['0.0.0.0', 8, 'ipv4', 'a "this network" address'],
  ['10.0.0.0', 8, 'ipv4', 'a private address'],
  ['100.64.0.0', 10, 'ipv4', 'a carrier-grade NAT address'],
  ['127.0.0.0', 8, 'ipv4', 'a loopback address'],
  ['169.254.0.0', 16, 'ipv4', 'a link-local address (such as cloud metadata)'],
  ['172.16.0.0', 12, 'ipv4', 'a private address'],
  ['192.0.0.0', 24, 'ipv4', 'a reserved protocol address'],
  ['192.0.2.0', 24, 'ipv4', 'a documentation address'],
  ['192.88.99.0', 24, 'ipv4', 'a 6to4 relay address'],
  ['192.168.0.0', 16, 'ipv4', 'a private address'],
  ['198.18.0.0', 15, 'ipv4', 'a benchmarking address'],
  ['198.51.100.0', 24, 'ipv4', 'a documentation address'],
  ['203.0.113.0', 24, 'ipv4', 'a documentation address'],
  ['224.0.0.0', 4, 'ipv4', 'a multicast address'],
  ['240.0.0.0', 4, 'ipv4', 'a reserved address'],
  ['::', 128, 'ipv6', 'the unspecified address'],
  ['::1', 128, 'ipv6', 'a loopback address'],
  ['100::', 64, 'ipv6', 'a discard address'],
  ['2001::', 23, 'ipv6', 'a reserved protocol address (such as Teredo)'],
  ['2001:db8::', 32, 'ipv6', 'a documentation address'],
  ['fc00::', 7, 'ipv6', 'a unique-local address'],
  ['fe80::', 10, 'ipv6', 'a link-local address'],
  ['fec0::', 10, 'ipv6', 'a site-local address'],
  ['ff00::', 8, 'ipv6', 'a multicast address'],
];

/** The 16 bytes of an IPv6 address (already known to be valid), or undefined. */
function ipv6Bytes(address: string): number[] | undefined {
  let text = address.replace(/%.*$/, '');
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted?.[1]) {
    const [a = 0, b = 0, c = 0, d = 0] = dotted[1].split('.').map(Number);
    text = text.slice(0, -dotted[1].length) + `${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = '', tail] = text.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = tail === undefined ? left : [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right];
  if (groups.length !== 8) return undefined;
  return groups.flatMap((group) => {
    const value = parseInt(group, 16);
    return [value >> 8, value & 0xff];
  });
}

/** The IPv4 address an IPv6 address carries (mapped, compatible, NAT64, 6to4), if any. */
function embeddedIpv4(address: string): string | undefined {
  const bytes = ipv6Bytes(address);
  if (!bytes) return undefined;
  const zeros = (from: number, to: number) => bytes.slice(from, to).every((byte) => byte === 0);
  const quad = (at: number) => bytes.slice(at, at + 4).join('.');
  if (zeros(0, 10) && ((bytes[10] === 0xff && bytes[11] === 0xff) || (bytes[10] === 0 && bytes[11] === 0 && !zeros(12, 16)))) return quad(12);
  if (bytes[0] === 0x00 && bytes[1] === 0x64 && bytes[2] === 0xff && bytes[3] === 0x9b && zeros(4, 12)) return quad(12); // 64:ff9b::/96
  if (bytes[0] === 0x00 && bytes[1] === 0x64 && bytes[2] === 0xff && bytes[3] === 0x9b && bytes[4] === 0x00 && bytes[5] === 0x01) return quad(12); // 64:ff9b:1::/48
  if (bytes[0] === 0x20 && bytes[1] === 0x02) return quad(2); // 2002::/16
  return undefined;
}

function listOf(networks: Network[]): BlockList {
  const list = new BlockList();
  for (const network of networks) list.addSubnet(network.address, network.prefix, network.family);
  return list;
}

const INTERNAL = RANGES.map(([address, prefix, family, reason]) => ({ list: listOf([{ address, prefix, family }]), reason }));

function familyOf(address: string): 'ipv4' | 'ipv6' | undefined {
  const version = isIP(address.replace(/%.*$/, ''));
  return version === 4 ? 'ipv4' : version === 6 ? 'ipv6' : undefined;
}

/**
 * Why a delivery must not go to `address` (an IP address), e.g. "a loopback address", or
 * undefined when it may: a public address, or one inside an allowed network.
 */
export function refusedAddress(address: string, allowed: Network[] = []): string | undefined {
  const plain = address.replace(/%.*$/, '').replace(/^\[|\]$/g, '');
  const family = familyOf(plain);
  if (!family) return 'not an IP address';
  if (insideNetworks(plain, allowed)) return undefined;
  const carried = family === 'ipv6' ? embeddedIpv4(plain) : undefined;
  if (carried !== undefined) {
    const inner = refusedAddress(carried, allowed);
    return inner === undefined ? undefined : `${inner} inside an IPv6 address`;
  }
  return INTERNAL.find((range) => range.list.check(plain, family))?.reason;
}

/** Whether `address` lies inside one of `networks`. */
export function insideNetworks(address: string, networks: Network[]): boolean {
  const plain = address.replace(/%.*$/, '').replace(/^\[|\]$/g, '');
  const family = familyOf(plain);
  return family !== undefined && networks.length > 0 && listOf(networks).check(plain, family);
}

/** Parses `10.0.0.0/8,::1` (a bare address is a single host) into networks; throws a message naming the bad entry. */
export function parseNetworks(text: string): Network[] {
  return text
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '')
    .map((entry) => {
      const [address = '', prefixText, extra] = entry.split('/');
      const family = familyOf(address);
      const max = family === 'ipv4' ? 32 : 128;
      const prefix = prefixText === undefined ? max : Number(prefixText);
      if (!family || extra !== undefined || !Number.isInteger(prefix) || prefix < 0 || prefix > max || (prefixText !== undefined && !/^\d+$/.test(prefixText))) {
        throw new Error(`"${entry}" is not a network; use an address or CIDR such as 127.0.0.1/32 or ::1/128`);
      }
      return { address, prefix, family };
    });
}

/** The system resolver: every address of a name, in the order the system prefers. */
export const systemResolver: Resolver = (hostname) =>
  new Promise((resolve, reject) => dnsLookup(hostname, { all: true, verbatim: true }, (error, addresses) => (error ? reject(error) : resolve(addresses))));

/** An error whose `code` says a destination was refused; sending records its message. */
export class RefusedDestinationError extends Error {
  readonly code = 'EDESTINATIONREFUSED';
  constructor(message: string) {
    super(message);
    this.name = 'RefusedDestinationError';
  }
}

/** The outcome of {@link checkDestination}. */
export type DestinationCheck = { ok: true; addresses: string[] } | { ok: false; problem: 'refused' | 'unresolved'; message: string };

const hostOf = (url: URL) => url.hostname.replace(/^\[|\]$/g, '');

/**
 * Resolves the URL's host and refuses it when any of its addresses is internal (a name
 * with one public and one private address could be sent to either).
 */
export async function checkDestination(url: URL, policy: DestinationPolicy): Promise<DestinationCheck> {
  const host = hostOf(url);
  let addresses: string[];
  if (familyOf(host)) {
    addresses = [host];
  } else {
    try {
      addresses = (await (policy.resolve ?? systemResolver)(host)).map((entry) => entry.address);
    } catch {
      return { ok: false, problem: 'unresolved', message: `${host} does not resolve` };
    }
  }
  for (const address of addresses) {
    const reason = refusedAddress(address, policy.allowed);
    if (reason) return { ok: false, problem: 'refused', message: `${host} points at ${address}, ${reason}; webhooks go only to public addresses` };
  }
  return { ok: true, addresses };
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * A `lookup` for `http.request`/`net.connect` that resolves with the policy's resolver and
 * fails with {@link RefusedDestinationError} when an address is internal, so the connection
 * is only ever opened to an address that passed the check at that moment.
 */
export function guardedLookup(policy: DestinationPolicy) {
  return (hostname: string, options: { all?: boolean; family?: number | string }, callback: LookupCallback): void => {
    (policy.resolve ?? systemResolver)(hostname).then(
      (found) => {
        const wanted = options.family === 4 || options.family === 'IPv4' ? 4 : options.family === 6 || options.family === 'IPv6' ? 6 : 0;
        const addresses = found.filter((entry) => wanted === 0 || entry.family === wanted);
        for (const entry of addresses) {
          const reason = refusedAddress(entry.address, policy.allowed);
          if (reason) return callback(new RefusedDestinationError(`refused: ${hostname} resolved to ${entry.address}, ${reason}`), options.all ? [] : '');
        }
        const [first] = addresses;
        if (!first) return callback(Object.assign(new Error(`${hostname} does not resolve`), { code: 'ENOTFOUND' }), options.all ? [] : '');
        if (options.all) return callback(null, addresses);
        return callback(null, first.address, first.family);
      },
      (error: NodeJS.ErrnoException) => callback(error, options.all ? [] : ''),
    );
  };
}
