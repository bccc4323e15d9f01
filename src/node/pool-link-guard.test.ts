/**
 * The bounds a standby puts on pool links (pool-link-guard.ts), on real WebSockets over loopback:
 * a silent link, a link that goes silent, a link that mixes sessions and one link too many for a
 * session are each ended with POOL_LINK_REFUSED; the end of a session closes its links.
 */
import assert from 'node:assert/strict';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { WebSocket, WebSocketServer } from 'ws';
import { decodePoolFrame, encodePoolFrame, type PoolFrame } from '../protocol/pool-wire.js';
import { MAX_POOL_LINKS_PER_SESSION, PoolLinkGuard } from './pool-link-guard.js';
import { eventually } from './testing.js';

const LIMITS = { preOpenMs: 300, idleMs: 600 };
const session = (n: number) => new Uint8Array(32).fill(n);
const poolKeyFrame = (n: number): PoolFrame => ({ kind: 'poolKey', sessionId: session(n), sealedPoolKey: new Uint8Array(80), signature: new Uint8Array(64) });

let server: WebSocketServer;
let url: string;
const guard = new PoolLinkGuard(LIMITS);
const framesSeen: PoolFrame[] = [];

before(async () => {
  server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await once(server, 'listening');
  url = `ws://127.0.0.1:${(server.address() as AddressInfo).port}`;
  server.on('connection', (ws) => guard.guard(ws, { onFrame: (frame) => void framesSeen.push(frame) }));
});
after(() => {
  for (const client of server.clients) client.terminate();
  server.close();
});

/** A raw peer: what it was sent (decoded) and how its link ended. */
async function peer(): Promise<{ ws: WebSocket; received: PoolFrame[]; closed: Promise<number> }> {
  const ws = new WebSocket(url);
  const received: PoolFrame[] = [];
  ws.on('message', (data: Buffer) => received.push(decodePoolFrame(new Uint8Array(data))));
  const closed = once(ws, 'close').then(([code]) => code as number);
  await once(ws, 'open');
  return { ws, received, closed };
}

const refusal = (received: PoolFrame[]) => received.find((frame) => frame.kind === 'error') as { code: string; message: string } | undefined;

describe('pool link guard', () => {
  it('a link that sends no frame is closed after the pre-open limit', async () => {
    const silent = await peer();
    const started = performance.now();
    assert.equal(await silent.closed, 1008);
    assert.ok(performance.now() - started >= LIMITS.preOpenMs - 50);
    assert.equal(refusal(silent.received)?.code, 'POOL_LINK_REFUSED');
    assert.match(refusal(silent.received)!.message, /no frame within 300 ms/);
  });

  it('a link that went silent after its first frame is closed after the idle limit', async () => {
    const quiet = await peer();
    quiet.ws.send(encodePoolFrame(poolKeyFrame(1)));
    assert.equal(await quiet.closed, 1008);
    assert.match(refusal(quiet.received)!.message, /silent for 600 ms/);
    await eventually(async () => (guard.linksOf(session(1)) === 0 ? true : undefined), 5_000, 'its session lost the link');
  });

  it('a link carries one session: a frame of another ends it, unhandled', async () => {
    const mixed = await peer();
    mixed.ws.send(encodePoolFrame(poolKeyFrame(2)));
    mixed.ws.send(encodePoolFrame(poolKeyFrame(3)));
    assert.equal(await mixed.closed, 1008);
    assert.match(refusal(mixed.received)!.message, /one session/);
    assert.ok(!framesSeen.some((frame) => 'sessionId' in frame && frame.sessionId[0] === 3), 'the frame of the other session reached no handler');
  });

  it(`a session takes ${MAX_POOL_LINKS_PER_SESSION} links at once; the next is refused; the session's end closes them`, async () => {
    const links = await Promise.all(Array.from({ length: MAX_POOL_LINKS_PER_SESSION }, () => peer()));
    for (const link of links) link.ws.send(encodePoolFrame(poolKeyFrame(4)));
    await eventually(async () => (guard.linksOf(session(4)) === MAX_POOL_LINKS_PER_SESSION ? true : undefined), 5_000, 'all links bound');
    const extra = await peer();
    extra.ws.send(encodePoolFrame(poolKeyFrame(4)));
    assert.equal(await extra.closed, 1008);
    assert.match(refusal(extra.received)!.message, /already has 7 pool links/);
    guard.endSession(session(4));
    assert.deepEqual(await Promise.all(links.map((link) => link.closed)), links.map(() => 1000));
    assert.equal(guard.linksOf(session(4)), 0);
  });
});
