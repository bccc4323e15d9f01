/**
 * The requester's connection against hostile or busy executors, on loopback with a real WebSocket
 * server: 503 is retried with bounded backoff (honouring Retry-After), and frames built to stall a
 * CBOR decoder are refused at once with a typed error.
 */
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { after, describe, it } from 'node:test';
import { WebSocketServer } from 'ws';
import { waitUntil } from '../util/eventually.js';
import { isAirtntError } from '../util/errors.js';
import { backoffDelayMs, connectWithBackoff, ExecutorPeer, retryAfterMsOf } from './peer.js';

const servers: Server[] = [];
after(() => {
  for (const server of servers) server.close();
});

/** A WebSocket server that answers the first `refusals` upgrades with 503 and `retryAfter`, then accepts. */
async function busyServer(refusals: number, retryAfter: string, onConnection: (send: (frame: Uint8Array) => void) => void = () => undefined): Promise<{ url: string; attempts: () => number }> {
  let attempts = 0;
  const wss = new WebSocketServer({ noServer: true });
  const server = createServer();
  server.on('upgrade', (request, socket, head) => {
    socket.on('error', () => socket.destroy());
    attempts += 1;
    if (attempts <= refusals) {
      socket.end(`HTTP/1.1 503 Service Unavailable\r\nRetry-After: ${retryAfter}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n`);
      return;
    }
    wss.handleUpgrade(request, socket, head, (ws) => onConnection((frame) => ws.send(frame)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  servers.push(server);
  return { url: `ws://127.0.0.1:${(server.address() as AddressInfo).port}/v1/session`, attempts: () => attempts };
}

describe('requester connection', () => {
  it('computes bounded, jittered backoff and reads Retry-After', () => {
    assert.equal(retryAfterMsOf('3'), 3_000);
    assert.equal(retryAfterMsOf(new Date(Date.now() + 5_000).toUTCString(), Date.now()) !== undefined, true);
    assert.equal(retryAfterMsOf('soon'), undefined);
    assert.equal(retryAfterMsOf(undefined), undefined);
    assert.equal(backoffDelayMs(0, undefined, { random: () => 0 }), 125);
    assert.equal(backoffDelayMs(0, undefined, { random: () => 1 }), 250);
    assert.equal(backoffDelayMs(20, undefined, { random: () => 1 }), 8_000, 'capped');
    assert.equal(backoffDelayMs(0, 2_000, { random: () => 0 }), 2_000, 'Retry-After honoured');
    assert.equal(backoffDelayMs(0, 3_600_000, { random: () => 0 }), 30_000, 'but not an hour of it');
  });

  it('retries an executor that answers 503 and gets in once it has room', async () => {
    const server = await busyServer(2, '0');
    const peer = await connectWithBackoff(server.url, { timeoutMs: 5_000, backoff: { baseDelayMs: 10 } });
    assert.equal(server.attempts(), 3);
    peer.close();
  });

  it('gives up after its retries with EXECUTOR_BUSY', async () => {
    const server = await busyServer(100, '0');
    await assert.rejects(connectWithBackoff(server.url, { timeoutMs: 5_000, backoff: { retries: 2, baseDelayMs: 10 } }), (error) => isAirtntError(error, 'EXECUTOR_BUSY'));
    assert.equal(server.attempts(), 3);
  });

  it('stops retrying, and stops a handshake under way, once the connection is given up (CONNECTION_ABANDONED)', async () => {
    const busy = await busyServer(100, '30');
    const giveUp = new AbortController();
    const started = performance.now();
    const connecting = connectWithBackoff(busy.url, { timeoutMs: 5_000, signal: giveUp.signal });
    await waitUntil(() => busy.attempts() === 1, 'the first refusal', 5_000);
    giveUp.abort();
    await assert.rejects(connecting, (error) => isAirtntError(error, 'CONNECTION_ABANDONED'));
    assert.ok(performance.now() - started < 5_000, 'not after the 30 s the executor asked for');
    assert.equal(busy.attempts(), 1);
    // An upgrade that is never answered: the socket goes when the connection is given up.
    const silent = createServer();
    const sockets: Duplex[] = [];
    silent.on('upgrade', (_request, socket) => sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    servers.push(silent);
    const stalled = new AbortController();
    const pending = ExecutorPeer.connect(`ws://127.0.0.1:${(silent.address() as AddressInfo).port}/v1/session`, { timeoutMs: 30_000, signal: stalled.signal });
    await waitUntil(() => sockets.length === 1, 'the upgrade request', 5_000);
    // The executor's side sees the connection end (its HTTP server keeps its half open until it ends it).
    const ended = new Promise((resolve) => sockets[0]!.once('end', resolve));
    stalled.abort();
    await assert.rejects(pending, (error) => isAirtntError(error, 'CONNECTION_ABANDONED'));
    await ended;
    sockets[0]!.destroy();
  });

  it('refuses a hostile executor\'s bignum and empty-string frames at once', async () => {
    const bignumResult = new Uint8Array(Buffer.concat([Buffer.from([0x87, 0x02, 0xc2, 0x5a]), Buffer.from([0x00, 0x04, 0x00, 0x00]), Buffer.alloc(256 * 1024, 0xff)]));
    const emptyStrings = new Uint8Array(Buffer.concat([Buffer.from([0x9a, 0x00, 0x3f, 0xff, 0xfa]), Buffer.alloc(0x3ffffa, 0x40)]));
    for (const frame of [bignumResult, emptyStrings]) {
      const server = await busyServer(0, '0', (send) => send(frame));
      const peer = await ExecutorPeer.connect(server.url, { timeoutMs: 5_000 });
      const started = performance.now();
      await assert.rejects(peer.next(10_000, 'result'), (error) => isAirtntError(error, 'EXECUTOR_SENT_MALFORMED'));
      // Includes receiving 4 MiB on loopback; the old decoder took about a minute on the bignum alone.
      assert.ok(performance.now() - started < 2_000, `refused after ${(performance.now() - started).toFixed(0)} ms`);
      peer.close();
    }
  });
});
