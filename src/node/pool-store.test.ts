import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { isAirtntError } from '../util/errors.js';
import { PoolStore, REPLICAS_KEPT, sessionKey } from './pool-store.js';

const dir = mkdtempSync(join(tmpdir(), 'airtnt-pool-store-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const session = sessionKey(new Uint8Array(32).fill(5));
const replica = (round: number, view = 0) => ({
  view,
  round: BigInt(round),
  keyHash: new Uint8Array(32).fill(round),
  ciphertext: new Uint8Array([round, 1, 2]),
  lastPayment: round === 1 ? undefined : { amount: BigInt(round) * 10n, signature: new Uint8Array(65).fill(round) },
});

describe('pool store (SQLite)', () => {
  it('keeps views, replicas and released payments across a reopen', () => {
    const path = join(dir, 'reopen.sqlite');
    const store = PoolStore.open(path);
    store.acceptView(session, { view: 1, executorIndex: 2, lastPaidRound: 7n }, new Uint8Array(65).fill(1));
    store.storeReplica(session, replica(8, 1));
    store.storeReleasedPayment({ sessionId: session, member: '0x70997970C51812dc3A010C7d01b50e0d17dc79C8', amount: 70n, keyHash: new Uint8Array(32).fill(7), signature: new Uint8Array(65).fill(2) });
    store.close();
    const reopened = PoolStore.open(path);
    assert.deepEqual(reopened.view(session), { view: 1, executorIndex: 2, lastPaidRound: 7n });
    assert.deepEqual(reopened.replicas(session), [replica(8, 1)]);
    const [payment] = reopened.paymentsFor('0x70997970c51812dc3a010c7d01b50e0d17dc79c8');
    assert.equal(payment?.amount, 70n);
    reopened.markHandedOver(payment!);
    assert.deepEqual(reopened.paymentsFor('0x70997970C51812dc3A010C7d01b50e0d17dc79C8'), []);
    reopened.close();
  });

  it('refuses a view that is not above the stored one', () => {
    const store = PoolStore.open(join(dir, 'views.sqlite'));
    store.acceptView(session, { view: 2, executorIndex: 1, lastPaidRound: undefined });
    assert.throws(() => store.acceptView(session, { view: 2, executorIndex: 0, lastPaidRound: 3n }), (e) => isAirtntError(e, 'POOL_VIEW_STALE'));
    assert.throws(() => store.acceptView(session, { view: 1, executorIndex: 0, lastPaidRound: 3n }), (e) => isAirtntError(e, 'POOL_VIEW_STALE'));
    assert.equal(store.view(session)?.view, 2);
    store.close();
  });

  it(`keeps the last ${REPLICAS_KEPT} rounds of a session, and a round re-run under a new view beside the old one`, () => {
    const store = PoolStore.open(join(dir, 'replicas.sqlite'));
    for (let round = 1; round <= 5; round += 1) store.storeReplica(session, replica(round));
    assert.deepEqual(store.replicas(session).map((r) => r.round), [4n, 5n]);
    store.storeReplica(session, replica(5, 1));
    assert.deepEqual(store.replicas(session).map((r) => [r.round, r.view]), [[4n, 0], [5n, 0], [5n, 1]]);
    store.close();
  });
});
