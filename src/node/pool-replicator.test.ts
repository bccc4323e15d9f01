import assert from 'node:assert/strict';
import { once } from 'node:events';
import { after, describe, it } from 'node:test';
import { WebSocketServer } from 'ws';
import { nobleRecordSigner } from '../crypto/primitives.js';
import { poolAckBytes, type PoolMember } from '../protocol/pool-rules.js';
import { decodePoolFrame, encodePoolFrame, type PoolFrame, type ReplicatedPayment } from '../protocol/pool-wire.js';
import { isAirtntError } from '../util/errors.js';
import { startPoolLinkServer, type PoolLinkServer } from './pool-link.js';
import { PoolReplicator } from './pool-replicator.js';

const sessionId = new Uint8Array(32).fill(7);
const standbyKey = nobleRecordSigner(new Uint8Array(32).fill(2));
const impostor = nobleRecordSigner(new Uint8Array(32).fill(3));
const member = (fill: number, publicKey: Uint8Array): PoolMember => ({ payee: `0x${fill.toString(16).padStart(2, '0').repeat(20)}`, enclavePublicKey: publicKey, enclaveHpkeKey: new Uint8Array(32).fill(fill) });
const members = [member(0x11, new Uint8Array(32).fill(1)), member(0x22, standbyKey.publicKey)];
const replica = { view: 0, keyHash: new Uint8Array(32).fill(5), ciphertext: new Uint8Array(64).fill(6) };
const servers: PoolLinkServer[] = [];

/** A standby that answers each replicate with an ack signed by `signer`, then (optionally) ends the link. */
async function standby(signer: typeof standbyKey, thenClose: boolean): Promise<string> {
  const server = await startPoolLinkServer({
    handlers: {
      onFrame(frame, link) {
        if (frame.kind !== 'replicate') return undefined;
        link.send({ kind: 'ack', sessionId: frame.sessionId, view: frame.view, round: frame.round, keyHash: frame.keyHash, signature: signer.sign(poolAckBytes({ sessionId: frame.sessionId, view: frame.view, round: frame.round, keyHash: frame.keyHash })) });
        if (thenClose) link.close(1000, 'done');
        return undefined;
      },
    },
  });
  servers.push(server);
  return server.url;
}

after(async () => {
  await Promise.all(servers.map((server) => server.close()));
});

describe('pool replicator (executor side)', { timeout: 60_000 }, () => {
  it('returns once the standby\'s valid ack arrived', async () => {
    const replicator = await PoolReplicator.connect({ sessionId, executorIndex: 0, members, standbys: new Map([[1, await standby(standbyKey, false)]]), ackCount: 1, ackTimeoutMs: 60_000 });
    try {
      const acks = await replicator.replicate(4n, replica, undefined);
      assert.deepEqual(acks.map((ack) => ack.index), [1]);
    } finally {
      replicator.close();
    }
  });

  it('counts a valid ack followed by the end of the link (the control for the next test)', async () => {
    const replicator = await PoolReplicator.connect({ sessionId, executorIndex: 0, members, standbys: new Map([[1, await standby(standbyKey, true)]]), ackCount: 1, ackTimeoutMs: 60_000 });
    try {
      assert.equal((await replicator.replicate(4n, replica, undefined)).length, 1);
    } finally {
      replicator.close();
    }
  });

  it('does not count an ack signed by another key: POOL_ACKS_MISSING once the standby is gone', async () => {
    const replicator = await PoolReplicator.connect({ sessionId, executorIndex: 0, members, standbys: new Map([[1, await standby(impostor, true)]]), ackCount: 1, ackTimeoutMs: 60_000 });
    try {
      await assert.rejects(replicator.replicate(4n, replica, undefined), (error) => isAirtntError(error, 'POOL_ACKS_MISSING'));
    } finally {
      replicator.close();
    }
  });

  it('does not wait when fewer standbys are reachable than acks are needed', async () => {
    const replicator = await PoolReplicator.connect({ sessionId, executorIndex: 0, members, standbys: new Map([[1, 'ws://127.0.0.1:9']]), ackCount: 1, ackTimeoutMs: 600_000 });
    assert.deepEqual(replicator.reachable, []);
    await assert.rejects(replicator.replicate(4n, replica, undefined), (error) => isAirtntError(error, 'POOL_ACKS_MISSING'));
  });

  it('sends an executor\'s floor payment to a standby of pool link 3 only; one of link 2 gets the round without it, as before', async () => {
    const secondKey = nobleRecordSigner(new Uint8Array(32).fill(4));
    const three = [...members, member(0x33, secondKey.publicKey)];
    const ackOf = (signer: typeof standbyKey, frame: { sessionId: Uint8Array; view: number; round: bigint; keyHash: Uint8Array }) =>
      ({ kind: 'ack' as const, sessionId: frame.sessionId, view: frame.view, round: frame.round, keyHash: frame.keyHash, signature: signer.sign(poolAckBytes(frame)) });
    const got = new Map<number, ReplicatedPayment | undefined>();
    const onFrame = (frame: PoolFrame) => {
      if (frame.kind !== 'replicate') return undefined;
      got.set(1, frame.lastPayment);
      return ackOf(standbyKey, frame);
    };
    const current = await startPoolLinkServer({ handlers: { onFrame } });
    servers.push(current);
    // A standby of the release before this one: it knows pool link 2 at most.
    const earlier = new WebSocketServer({ host: '127.0.0.1', port: 0, handleProtocols: (offered) => (offered.has('airtnt-pool.2') ? 'airtnt-pool.2' : false) });
    await once(earlier, 'listening');
    earlier.on('connection', (ws) =>
      ws.on('message', (data) => {
        const frame = decodePoolFrame(new Uint8Array(data as Buffer));
        if (frame.kind !== 'replicate') return;
        got.set(2, frame.lastPayment);
        ws.send(encodePoolFrame(ackOf(secondKey, frame)));
      }),
    );
    const standbys = new Map([[1, current.url], [2, `ws://127.0.0.1:${(earlier.address() as { port: number }).port}`]]);
    const replicator = await PoolReplicator.connect({ sessionId, executorIndex: 0, members: three, standbys, ackCount: 2, ackTimeoutMs: 60_000 });
    try {
      const floor = { amount: 2_000_000n, signature: new Uint8Array(65).fill(9), keyHash: new Uint8Array(32).fill(8) };
      assert.equal((await replicator.replicate(5n, { ...replica, view: 2 }, floor)).length, 2);
      assert.deepEqual(got.get(1), floor);
      assert.ok(got.has(2) && got.get(2) === undefined, 'link 2 took the round without the floor');
    } finally {
      replicator.close();
      await new Promise<void>((resolve) => earlier.close(() => resolve()));
    }
  });
});
