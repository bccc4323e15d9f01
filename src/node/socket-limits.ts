/**
 * Limits on raw TCP connections to the executor's HTTP server, before any request is parsed.
 *
 * The session endpoint has its own admission at the upgrade (connection-limits.ts), but plain HTTP
 * requests (`/v1/info`, `/v1/collateral`, ...) and half-sent requests never reach it: without these
 * limits one host could hold thousands of sockets open with a request that never finishes. So:
 * - at most `maxPerKey` open sockets per client key (an IPv4 address or an IPv6 /64; a trusted proxy
 *   is exempt, the forwarded clients behind it are counted at the upgrade), beyond which a new
 *   socket is closed at once;
 * - at most `maxTotal` sockets in all: when that is reached, a new socket is let in by closing the
 *   oldest not-yet-upgraded socket of the key holding the most, so many hosts holding sockets open
 *   shut themselves out before they shut out a newcomer; live session sockets are never evicted;
 * - a request must arrive whole in `requestTimeoutMs` (headers in `headersTimeoutMs`), and an idle
 *   keep-alive socket is closed after `keepAliveTimeoutMs`. An upgraded session socket leaves the HTTP
 *   server, so these timeouts do not apply to it.
 */
import type { Server } from 'node:http';
import type { BlockList, Socket } from 'node:net';
import { AirtntError } from '../util/errors.js';
import { limitKey, normaliseAddress } from './client-address.js';

export type SocketLimitOptions = {
  /** Open sockets per client key (default 16). */
  maxPerKey?: number;
  /** Open sockets in all (default 4096). */
  maxTotal?: number;
  /** A request's headers must arrive within this (default 5 s). */
  headersTimeoutMs?: number;
  /** A whole request must arrive within this (default 10 s). */
  requestTimeoutMs?: number;
  /** An idle keep-alive socket is closed after this (default 5 s). */
  keepAliveTimeoutMs?: number;
};

/** Sockets handed to the session endpoint: never evicted by the raw socket limits. */
const upgraded = new WeakSet<Socket>();

/** Marks a socket as a live session (upgraded): the raw socket limits no longer evict it. */
export function markUpgraded(socket: Socket): void {
  upgraded.add(socket);
}

/** Applies the limits to `server`; returns how many sockets are open (for tests and status). */
export function limitSockets(server: Server, options: SocketLimitOptions = {}, trustedProxies?: BlockList): { openSockets(): number } {
  const maxPerKey = options.maxPerKey ?? 16;
  const maxTotal = options.maxTotal ?? 4096;
  for (const [name, value] of Object.entries({ maxPerKey, maxTotal })) {
    if (!Number.isSafeInteger(value) || value < 1) throw new AirtntError('INVALID_EXECUTOR_OPTIONS', `${name} must be a positive integer`, { details: { [name]: value } });
  }
  server.headersTimeout = options.headersTimeoutMs ?? 5_000;
  server.requestTimeout = options.requestTimeoutMs ?? 10_000;
  server.keepAliveTimeout = options.keepAliveTimeoutMs ?? 5_000;
  /** Open sockets by key, oldest first (a Set keeps insertion order). */
  const byKey = new Map<string, Set<Socket>>();
  let open = 0;
  const evictOne = (): void => {
    let heaviest: Set<Socket> | undefined;
    for (const sockets of byKey.values()) if (heaviest === undefined || sockets.size > heaviest.size) heaviest = sockets;
    for (const socket of heaviest ?? []) {
      if (upgraded.has(socket)) continue;
      socket.destroy();
      return;
    }
  };
  server.on('connection', (socket: Socket) => {
    // Every socket gets an error listener first: a reset must never reach the process.
    socket.on('error', () => socket.destroy());
    const address = normaliseAddress(socket.remoteAddress ?? '') ?? 'unknown';
    const family = address.includes(':') ? 'ipv6' : 'ipv4';
    if (trustedProxies?.check(address, family) === true) return;
    const key = limitKey(address);
    const sockets = byKey.get(key) ?? new Set<Socket>();
    if (sockets.size >= maxPerKey) {
      socket.destroy();
      return;
    }
    if (open >= maxTotal) evictOne();
    sockets.add(socket);
    byKey.set(key, sockets);
    open += 1;
    socket.once('close', () => {
      open -= 1;
      sockets.delete(socket);
      if (sockets.size === 0 && byKey.get(key) === sockets) byKey.delete(key);
    });
  });
  return { openSockets: () => open };
}
