import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Address } from 'viem';
import { isAirtntError } from '../util/errors.js';
import { nextPoolRound, openPoolLedger, payPoolRound, poolKeyReceived, poolViewChanged, type PoolLedger } from './pool-ledger.js';
import { roundPrice } from './pricing.js';

const payees: Address[] = ['0x70997970C51812dc3A010C7d01b50e0d17dc79C8', '0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC', '0x90F79bf6EB2c4f870365E785982E1f101E93b906'];
const terms = { rate: 5n, deposit: 1_000n, payees };
const price = roundPrice(5n, 10, 100n);
const result = (ledger: PoolLedger, over: Partial<{ view: number; fromIndex: number; round: bigint }> = {}) => ({
  view: ledger.view.view,
  fromIndex: ledger.view.executorIndex,
  round: nextPoolRound(ledger),
  keyHash: new Uint8Array(32).fill(Number(nextPoolRound(ledger))),
  cyclesDone: 10,
  workUnits: 100n,
  ...over,
});

/** Pays the next round of the current view, and (unless withheld) receives its key. */
function runRound(ledger: PoolLedger, keyArrives = true): { ledger: PoolLedger; member: Address; amount: bigint } {
  const paid = payPoolRound(ledger, result(ledger), terms);
  return { ...paid, ledger: keyArrives ? poolKeyReceived(paid.ledger, paid.ledger.lastPaid!.round) : paid.ledger };
}

describe('pool ledger (requester)', () => {
  it('a failover after payment and before the key: each member is signed exactly the rounds it ran, no round twice', () => {
    let ledger = openPoolLedger(3, 1n);
    for (let i = 0; i < 3; i += 1) ledger = runRound(ledger).ledger;
    // Round 4 is paid to member 0, which dies before releasing its key.
    const withheld = runRound(ledger, false);
    assert.deepEqual([withheld.member, withheld.amount], [payees[0], 4n * price]);
    ledger = withheld.ledger;
    assert.throws(() => payPoolRound(ledger, result(ledger, { round: 4n }), terms), (e) => isAirtntError(e, 'POOL_ROUND_NOT_NEXT'));
    assert.throws(() => payPoolRound(ledger, result(ledger), terms), (e) => isAirtntError(e, 'POOL_KEY_OUTSTANDING'));
    // The view change names member 1 and round 4 as the last paid; the key comes from member 1's replica.
    ledger = poolViewChanged(ledger, { view: 1, executorIndex: 1 });
    assert.equal(ledger.view.lastPaidRound, 4n);
    assert.throws(() => payPoolRound(ledger, result(ledger, { round: 4n }), terms), (e) => isAirtntError(e, 'POOL_ROUND_NOT_NEXT'));
    assert.throws(() => payPoolRound(ledger, result(ledger), terms), (e) => isAirtntError(e, 'POOL_KEY_OUTSTANDING'));
    ledger = poolKeyReceived(ledger, 4n);
    // Member 1 continues from round 5; member 0 (old view) cannot get round 5 paid.
    assert.throws(() => payPoolRound(ledger, result(ledger, { view: 0, fromIndex: 0 }), terms), (e) => isAirtntError(e, 'POOL_WRONG_VIEW'));
    assert.throws(() => payPoolRound(ledger, result(ledger, { fromIndex: 2 }), terms), (e) => isAirtntError(e, 'POOL_WRONG_VIEW'));
    const fifth = runRound(ledger);
    assert.deepEqual([fifth.member, fifth.amount], [payees[1], price]);
    ledger = runRound(fifth.ledger).ledger;
    assert.deepEqual(ledger.signedByMember, [4n * price, 2n * price, 0n]);
    assert.equal(nextPoolRound(ledger), 7n);
  });

  it('a failover before any payment continues from the first round, and views only grow', () => {
    let ledger = openPoolLedger(3, 10n);
    ledger = poolViewChanged(ledger, { view: 1, executorIndex: 2 });
    assert.equal(ledger.view.lastPaidRound, 9n);
    assert.equal(result(ledger).round, 10n);
    assert.throws(() => poolViewChanged(ledger, { view: 1, executorIndex: 0 }), (e) => isAirtntError(e, 'POOL_VIEW_STALE'));
  });

  it('never signs a member more than its own allocation (deposit / members), counting its base', () => {
    // 3 members, deposit 1,000: each collects at most 333 on-chain (AirtntPools' AmountAboveAllocation).
    const ledger = openPoolLedger(2, 1n, [333n - price + 1n, 0n, 0n]);
    assert.throws(() => payPoolRound(ledger, result(ledger), terms), (e) => isAirtntError(e, 'POOL_DEPOSIT_EXCEEDED') && (e.details as { allocation?: bigint }).allocation === 333n);
    assert.equal(payPoolRound(openPoolLedger(2, 1n, [333n - price, 0n, 0n]), result(ledger), terms).amount, 333n);
  });
});
