/**
 * Who a connection comes from, for the per-peer limits (connection-limits.ts): the socket's address,
 * or, when the socket comes from a configured trusted proxy, the client address that proxy reports
 * (X-Forwarded-For or RFC 7239 Forwarded, whichever the operator names: a proxy passes the other
 * one through from the client untouched, so believing both would let a client pick its own key).
 * Addresses are then aggregated into the key limits are counted on: an IPv4 address, or the /64
 * prefix of an IPv6 address (one subscriber usually holds a whole /64), IPv4-mapped IPv6 counted as
 * the IPv4 address it carries.
 */
import { BlockList, isIP, isIPv4, isIPv6 } from 'node:net';
import { AirtntError } from '../util/errors.js';

export type ProxyHeader = 'x-forwarded-for' | 'forwarded';

/** At most this many hops of a forwarding header are looked at (the header is the client's to make long). */
const MAX_FORWARDED_HOPS = 32;

/** Addresses and CIDR ranges of trusted proxies (e.g. "127.0.0.1", "10.0.0.0/8", "fd00::/8"). */
export function trustedProxyList(entries: readonly string[]): BlockList {
  const list = new BlockList();
  for (const entry of entries) {
    const [address, bits, extra] = entry.split('/');
    const family = isIPv4(address ?? '') ? 'ipv4' : isIPv6(address ?? '') ? 'ipv6' : undefined;
    const prefix = bits === undefined ? undefined : Number(bits);
    const maxBits = family === 'ipv4' ? 32 : 128;
    if (family === undefined || extra !== undefined || (prefix !== undefined && (!Number.isInteger(prefix) || prefix < 0 || prefix > maxBits || bits === ''))) {
      throw new AirtntError('INVALID_EXECUTOR_OPTIONS', `"${entry}" is not an IP address or CIDR range`, {
        hint: 'name trusted proxies as 203.0.113.7, 10.0.0.0/8 or 2001:db8::/32',
      });
    }
    if (prefix === undefined) list.addAddress(address!, family);
    else list.addSubnet(address!, prefix, family);
  }
  return list;
}

/** An address as the limits see it: IPv4-mapped IPv6 ("::ffff:1.2.3.4") becomes "1.2.3.4"; undefined if not an IP. */
export function normaliseAddress(raw: string): string | undefined {
  const address = raw.trim();
  if (isIPv4(address)) return address;
  if (!isIPv6(address)) return undefined;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped !== null && isIPv4(mapped[1]!)) return mapped[1]!;
  const groups = ipv6Groups(address);
  // ::ffff:a.b.c.d written in hex groups (::ffff:102:304) is the same mapped address.
  if (groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff) {
    return `${groups[6]! >> 8}.${groups[6]! & 0xff}.${groups[7]! >> 8}.${groups[7]! & 0xff}`;
  }
  return address.toLowerCase();
}

/** The key limits are counted on: the IPv4 address, or the IPv6 /`ipv6PrefixBits` prefix (default 64). */
export function limitKey(address: string, ipv6PrefixBits = 64): string {
  if (!isIPv6(address)) return address;
  const groups = ipv6Groups(address);
  const kept = groups.map((group, index) => {
    const bitsBefore = index * 16;
    if (bitsBefore >= ipv6PrefixBits) return 0;
    const keep = Math.min(16, ipv6PrefixBits - bitsBefore);
    return group & ((0xffff << (16 - keep)) & 0xffff);
  });
  return `${kept.map((g) => g.toString(16)).join(':')}/${ipv6PrefixBits}`;
}

/**
 * The client address of a request: the socket's, unless the socket is a trusted proxy; then the
 * header named is read from the right (the nearest hop first), skipping trusted proxies, and the first
 * untrusted hop is the client. A hop that is not an address stops the walk at the last trusted one,
 * so a garbled header counts against the proxy that forwarded it rather than against nobody.
 */
export function clientAddress(
  socketAddress: string | undefined,
  headers: Record<string, string | string[] | undefined>,
  trusted: BlockList | undefined,
  header: ProxyHeader = 'x-forwarded-for',
): string {
  const peer = normaliseAddress(socketAddress ?? '') ?? 'unknown';
  if (trusted === undefined || peer === 'unknown' || !isTrusted(trusted, peer)) return peer;
  const raw = headers[header];
  const text = Array.isArray(raw) ? raw.join(',') : (raw ?? '');
  const hops = (header === 'forwarded' ? forwardedFor(text) : text.split(',')).slice(-MAX_FORWARDED_HOPS);
  let client = peer;
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = normaliseAddress(hops[i]!);
    if (hop === undefined) return client;
    client = hop;
    if (!isTrusted(trusted, hop)) return hop;
  }
  return client;
}

function isTrusted(list: BlockList, address: string): boolean {
  return list.check(address, isIP(address) === 4 ? 'ipv4' : 'ipv6');
}

/** The `for=` values of an RFC 7239 Forwarded header, in order ("[v6]:port" and "v4:port" reduced to the address). */
function forwardedFor(text: string): string[] {
  const out: string[] = [];
  for (const element of text.split(',')) {
    const pair = element
      .split(';')
      .map((p) => p.trim())
      .find((p) => p.toLowerCase().startsWith('for='));
    if (pair === undefined) {
      out.push('');
      continue;
    }
    let value = pair.slice(4).trim().replace(/^"|"$/g, '');
    const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(value);
    if (bracketed !== null) value = bracketed[1]!;
    else if (/^\d+\.\d+\.\d+\.\d+:\d+$/.test(value)) value = value.slice(0, value.lastIndexOf(':'));
    out.push(value);
  }
  return out;
}

/** The eight 16-bit groups of a valid IPv6 address (with "::" and a dotted IPv4 tail expanded). */
function ipv6Groups(address: string): number[] {
  let text = address.toLowerCase().split('%')[0]!;
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted !== null) {
    const [a, b, c, d] = dotted[1]!.split('.').map(Number) as [number, number, number, number];
    text = `${text.slice(0, -dotted[1]!.length)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.split('::') as [string, string | undefined];
  const parse = (part: string) => (part === '' ? [] : part.split(':').map((g) => parseInt(g, 16)));
  const left = parse(head);
  const right = tail === undefined ? [] : parse(tail);
  return [...left, ...new Array<number>(8 - left.length - right.length).fill(0), ...right];
}
