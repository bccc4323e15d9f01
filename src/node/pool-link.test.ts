import assert from 'node:assert/strict';
import { once } from 'node:events';
import { after, before, describe, it } from 'node:test';
import { WebSocket, WebSocketServer } from 'ws';
import { decodePoolFrame, encodePoolFrame, MAX_POOL_FRAME_BYTES, type PoolFrame } from '../protocol/pool-wire.js';
import { connectPoolLink, startPoolLinkServer, type PoolLink, type PoolLinkServer } from './pool-link.js';
import { waitUntil } from '../util/eventually.js';

const b = (length: number, fill = 1) => new Uint8Array(length).fill(fill);
const replicate: PoolFrame = { kind: 'replicate', sessionId: b(32), view: 1, round: 5n, keyHash: b(32, 2), ciphertext: b(100, 3), lastPayment: undefined };

let server: PoolLinkServer;
const seen: PoolFrame[] = [];

before(async () => {
  // The standby side: every replicate is answered with an ack of the same position.
  server = await startPoolLinkServer({
    handlers: {
      onFrame: (frame) => {
        seen.push(frame);
        if (frame.kind !== 'replicate') throw new Error('unexpected');
        return { kind: 'ack', sessionId: frame.sessionId, view: frame.view, round: frame.round, keyHash: frame.keyHash, signature: b(64, 9) };
      },
    },
  });
});
after(async () => {
  await server?.close();
});

/** A raw socket to the server: what it answers and how it closes. */
async function rawExchange(send: (ws: WebSocket) => void): Promise<{ frames: Uint8Array[]; code: number }> {
  const ws = new WebSocket(server.url, { maxPayload: 2 * MAX_POOL_FRAME_BYTES });
  const frames: Uint8Array[] = [];
  ws.on('message', (data) => frames.push(new Uint8Array(data as Buffer)));
  ws.on('error', () => undefined);
  await once(ws, 'open');
  send(ws);
  const [code] = (await once(ws, 'close')) as [number];
  return { frames, code };
}

describe('pool link (WebSocket on loopback)', () => {
  it('carries a replicate to the standby and its ack back, in order', async () => {
    const acks: PoolFrame[] = [];
    let gotTwo: () => void = () => undefined;
    const two = new Promise<void>((resolve) => (gotTwo = resolve));
    const link = await connectPoolLink(server.url, {
      onFrame: (frame) => {
        acks.push(frame);
        if (acks.length === 2) gotTwo();
        return undefined;
      },
    });
    assert.ok(link.send(replicate));
    assert.ok(link.send({ ...replicate, round: 6n }));
    await two;
    assert.deepEqual(acks.map((ack) => (ack.kind === 'ack' ? ack.round : undefined)), [5n, 6n]);
    link.close();
    assert.equal((await link.closed).code, 1000);
  });

  it('answers a malformed frame, a text frame and a handler failure with an error frame and 1008, and keeps serving', async () => {
    for (const [send, code] of [
      [(ws: WebSocket) => ws.send(Buffer.from([0xa1, 0x01, 0x02])), 'MESSAGE_MALFORMED'],
      [(ws: WebSocket) => ws.send('hello'), 'MESSAGE_NOT_BINARY'],
      [(ws: WebSocket) => ws.send(Buffer.from([0x82, 0x09, 0x01])), 'MESSAGE_UNKNOWN_KIND'],
    ] as const) {
      const { frames, code: closeCode } = await rawExchange(send);
      assert.equal(closeCode, 1008);
      const answer = decodePoolFrame(frames[0]!);
      assert.equal(answer.kind === 'error' ? answer.code : answer.kind, code);
    }
    const link = await connectPoolLink(server.url, { onFrame: () => undefined });
    link.send({ kind: 'ack', sessionId: b(32), view: 0, round: 1n, keyHash: b(32), signature: b(64) });
    assert.equal((await link.closed).code, 1008);
    const again = await connectPoolLink(server.url, { onFrame: () => undefined });
    again.close();
    await again.closed;
  });

  it('cuts a frame above the limit with 1009 before decoding it', async () => {
    const { code } = await rawExchange((ws) => ws.send(new Uint8Array(MAX_POOL_FRAME_BYTES + 1)));
    assert.equal(code, 1009);
  });

  it('agrees on version 2 between members of this release, and on 1 with a member of an earlier one, either side', async () => {
    const link = await connectPoolLink(server.url, { onFrame: () => undefined });
    assert.equal(link.version, 2);
    link.close(1000, 'done');
    // A standby of an earlier release: ws picks the first subprotocol offered, airtnt-pool.1.
    const earlier = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    await once(earlier, 'listening');
    const served = once(earlier, 'connection') as Promise<[WebSocket]>;
    const toEarlier = await connectPoolLink(`ws://127.0.0.1:${(earlier.address() as { port: number }).port}`, { onFrame: () => undefined });
    assert.equal(toEarlier.version, 1);
    const [earlierSide] = await served;
    assert.equal(earlierSide.protocol, 'airtnt-pool.1');
    toEarlier.close(1000, 'done');
    await new Promise<void>((resolve) => earlier.close(() => resolve()));
    // An executor of an earlier release offers no subprotocol: this standby's side of the link is version 1.
    const sides: PoolLink[] = [];
    const standby = await startPoolLinkServer({ handlers: { onFrame: (_frame, side) => void sides.push(side) } });
    const ws = new WebSocket(standby.url);
    await once(ws, 'open');
    assert.equal(ws.protocol, '');
    ws.send(encodePoolFrame(replicate));
    await waitUntil(() => sides.length === 1, 'the standby to take the frame', 5_000);
    assert.equal(sides[0]!.version, 1);
    ws.close();
    await standby.close();
  });

  it('reports a peer that is not there as CONNECTION_ERROR', async () => {
    const closed = await startPoolLinkServer({ handlers: { onFrame: () => undefined } });
    const url = closed.url;
    await closed.close();
    await assert.rejects(connectPoolLink(url, { onFrame: () => undefined }, { timeoutMs: 2_000 }), (e: unknown) => (e as { code?: string }).code === 'CONNECTION_ERROR');
  });
});
