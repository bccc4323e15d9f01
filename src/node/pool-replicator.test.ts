import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { nobleRecordSigner } from '../crypto/primitives.js';
import { poolAckBytes, type PoolMember } from '../protocol/pool-rules.js';
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
});
