/**
 * Hostile clients at the wire against real executor processes on a real devnet (issue 9, cases 1, 2
 * and 14): an upgrade answered 404 or 503 and then reset by the client, frames built to stall a CBOR
 * decoder, and connection limits behind a trusted proxy. The executor stays up and keeps serving.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { after, before, describe, it } from 'node:test';
import WebSocket from 'ws';
import type { ExecutorProcess } from './process.js';
import { lifeJob, startTestWorld, type TestWorld } from './testing.js';

let world: TestWorld;
let executor: ExecutorProcess;
/** One new connection per minute per address: after the first, every upgrade is answered 503. */
let limited: ExecutorProcess;
/** Behind a trusted proxy on loopback, one live connection per client. */
let proxied: ExecutorProcess;

before(async () => {
  world = await startTestWorld();
  // Started side by side (each test stops its own when done).
  [executor, limited, proxied] = await Promise.all([
    world.startExecutor(1, { name: 'wire' }),
    world.startExecutor(3, { name: 'limited', args: ['--max-new-connections-per-minute', '1'] }),
    world.startExecutor(4, { name: 'proxied', args: ['--trusted-proxy', '127.0.0.1', '--max-connections-per-address', '1'] }),
  ]);
});
after(async () => {
  await world.close();
});

const UPGRADE = (path: string, extra = '') =>
  `GET ${path} HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n${extra}\r\n`;

/**
 * Sends an upgrade request on a raw TCP connection and resets it (RST), either right away or once
 * the answer starts to arrive; returns the status line seen, if any.
 */
async function upgradeThenReset(url: string, path: string, when: 'at-once' | 'on-answer', options: { localAddress?: string; badHandshake?: boolean } = {}): Promise<string | undefined> {
  const { hostname, port } = new URL(url);
  const socket: Socket = connect({ port: Number(port), host: hostname, ...(options.localAddress === undefined ? {} : { localAddress: options.localAddress }) });
  // A dead executor refuses the connection: that is an answer too (the test then sees it has exited).
  const connected = await new Promise<boolean>((resolve) => {
    socket.once('connect', () => resolve(true));
    socket.once('error', () => resolve(false));
  });
  if (!connected) return 'refused';
  socket.write(options.badHandshake === true ? UPGRADE(path).replace('Sec-WebSocket-Version: 13', 'Sec-WebSocket-Version: 99') : UPGRADE(path));
  if (when === 'at-once') {
    socket.resetAndDestroy();
    return undefined;
  }
  const line = await new Promise<string | undefined>((resolve) => {
    socket.once('data', (chunk: Buffer) => resolve(chunk.toString('latin1').split('\r\n')[0]));
    socket.once('close', () => resolve(undefined));
  });
  socket.resetAndDestroy();
  return line;
}

function rssKiB(pid: number): number {
  return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]);
}

/** Sends one frame on a fresh session connection; the first error code answered, and the time to it. */
async function sendFrame(url: string, frame: Uint8Array, localAddress?: string): Promise<{ code: string | undefined; ms: number }> {
  const ws = new WebSocket(`${url.replace('http', 'ws')}/v1/session`, { maxPayload: 8 * 1024 * 1024, ...(localAddress === undefined ? {} : { localAddress }) });
  ws.on('error', () => undefined);
  await new Promise((resolve, reject) => {
    ws.once('open', resolve);
    ws.once('unexpected-response', (_request, response) => reject(new Error(`upgrade answered ${response.statusCode}`)));
  });
  let started = 0;
  // Timed from the moment the whole frame is handed to the kernel.
  const sent = new Promise<void>((resolve) => ws.send(frame, () => resolve()));
  void sent.then(() => (started = performance.now()));
  const code = await new Promise<string | undefined>((resolve) => {
    ws.once('message', (data: Buffer) => {
      // An error frame: [0, code, text]; the code is a short text string at byte 2.
      const match = /^[A-Z0-9_]+/.exec(data.subarray(3, 3 + (data[2]! & 0x1f)).toString('latin1'));
      resolve(match?.[0]);
    });
    ws.once('close', () => resolve(undefined));
  });
  const ms = performance.now() - (await sent.then(() => started));
  ws.terminate();
  return { code, ms };
}

const header = (major: number, value: number) => (value < 24 ? Buffer.from([(major << 5) | value]) : Buffer.from([(major << 5) | 26, value >>> 24, (value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff]));
const bignumPay = (n: number) => new Uint8Array(Buffer.concat([header(4, 4), header(0, 3), Buffer.from([0xc2]), header(2, n), Buffer.alloc(n, 0xff), header(2, 65), Buffer.alloc(65), header(0, 1)]));
const FOUR_MIB = 4 * 1024 * 1024;

describe('wire attacks', () => {
  it('survives upgrades answered 404, 503 or 400 (failed handshake) that the client resets, and keeps serving', async () => {
    const statuses = new Set<string | undefined>();
    for (let i = 0; i < 20; i++) {
      for (const path of ['/nowhere', '/v1/session']) {
        statuses.add(await upgradeThenReset(limited.url, path, i % 2 === 0 ? 'on-answer' : 'at-once'));
      }
    }
    assert.ok(statuses.has('HTTP/1.1 404 Not Found'), [...statuses].join());
    assert.ok(statuses.has('HTTP/1.1 503 Service Unavailable'), [...statuses].join());
    // Handshakes that fail inside the WebSocket server, each from a fresh address the limiter admits.
    for (let i = 0; i < 10; i++) {
      statuses.add(await upgradeThenReset(limited.url, '/v1/session', i % 2 === 0 ? 'on-answer' : 'at-once', { localAddress: `127.0.0.${10 + i}`, badHandshake: true }));
    }
    assert.ok(statuses.has('HTTP/1.1 400 Bad Request'), [...statuses].join());
    assert.equal(limited.child.exitCode, null, `the executor died: ${limited.log().slice(-2000)}`);
    assert.equal(limited.child.signalCode, null);
    assert.equal((await fetch(`${limited.url}/v1/info`)).status, 200);
    // Its session endpoint still answers, from an address the limit has not seen (a pay before any open).
    const reply = await sendFrame(limited.url, bignumPay(8), '127.0.0.2');
    assert.equal(reply.code, 'MESSAGE_OUT_OF_ORDER');
    await limited.stop();
  });

  it('refuses CBOR bombs fast with a typed error while an honest run proceeds, with bounded memory', async (t) => {
    const rssBefore = rssKiB(executor.child.pid!);
    const { job, expected } = await lifeJob({ width: 64, height: 64, cycles: 60, perRound: 10, executors: [executor.url] });
    const honest = world.requester(2).run(job);
    const attacks: [string, Uint8Array][] = [
      ['64 KiB bignum', bignumPay(64 * 1024)],
      ['256 KiB bignum', bignumPay(256 * 1024)],
      ['4 MiB bignum', bignumPay(FOUR_MIB - 200)],
      ['4 Mi empty byte strings', new Uint8Array(Buffer.concat([header(4, FOUR_MIB - 5), Buffer.alloc(FOUR_MIB - 5, 0x40)]))],
      ['4 Mi nested arrays', new Uint8Array(FOUR_MIB).fill(0x81)],
    ];
    let maxRss = rssBefore;
    for (const [name, frame] of attacks) {
      const { code, ms } = await sendFrame(executor.url, frame);
      maxRss = Math.max(maxRss, rssKiB(executor.child.pid!));
      t.diagnostic(`${name} (${frame.length} bytes): ${code} after ${ms.toFixed(1)} ms`);
      assert.ok(code === 'MESSAGE_MALFORMED' || code === 'MESSAGE_TOO_LARGE', `${name}: ${code}`);
      // From the last byte sent to the error frame back: the old decoder spent 0.7 s to a minute here.
      assert.ok(ms < 1_000, `${name} answered after ${ms.toFixed(0)} ms`);
    }
    const result = await honest;
    assert.deepEqual(result.finalState, expected);
    const rssAfter = rssKiB(executor.child.pid!);
    t.diagnostic(`executor RSS: ${rssBefore} KiB before, ${maxRss} KiB at most during, ${rssAfter} KiB after`);
    assert.equal(executor.child.exitCode, null);
  });

  it('counts clients behind a trusted proxy by their forwarded address, IPv6 by /64, and says when to retry', async () => {
    const url = `${proxied.url.replace('http', 'ws')}/v1/session`;
    const held: WebSocket[] = [];
    const attempt = (forwardedFor: string) =>
      new Promise<number>((resolve, reject) => {
        const ws = new WebSocket(url, { headers: { 'x-forwarded-for': forwardedFor } });
        ws.on('error', () => undefined);
        ws.once('open', () => {
          held.push(ws);
          resolve(101);
        });
        ws.once('unexpected-response', (_request, response) => {
          assert.match(String(response.headers['retry-after']), /^\d+$/);
          resolve(response.statusCode ?? 0);
          ws.terminate();
        });
        ws.once('close', () => reject(new Error('closed before an answer')));
      });
    // Two clients behind one proxy are two clients; a client is one however many proxies it names.
    assert.equal(await attempt('203.0.113.1'), 101);
    assert.equal(await attempt('203.0.113.2'), 101);
    assert.equal(await attempt('203.0.113.1'), 503);
    assert.equal(await attempt('198.51.100.7, 203.0.113.1'), 503, 'the nearest untrusted hop counts, not what the client wrote left of it');
    // One IPv6 /64 is one client; another /64 is another.
    assert.equal(await attempt('2001:db8:0:1::1'), 101);
    assert.equal(await attempt('2001:db8:0:1::2'), 503);
    assert.equal(await attempt('2001:db8:0:2::1'), 101);
    for (const ws of held) ws.terminate();
    await proxied.stop();
  });
});
