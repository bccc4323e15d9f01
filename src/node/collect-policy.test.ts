/**
 * The collector's pure rules: which collects are sent first, which are not worth their gas, how fees
 * are bumped, how long a collect takes; and the session-side deadlines built on them.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Hex } from 'viem';
import { checkRoundCollectable, paymentRelease } from '../protocol/collect-deadline.js';
import { isAirtntError } from '../util/errors.js';
import { bump, bumpFees, collectTiming, DEFAULT_COLLECT_TUNING, initialFees, observedBlockTime, planCollects, type CollectCandidate } from './collect-policy.js';

const tuning = { ...DEFAULT_COLLECT_TUNING, safetySeconds: 60n };
const now = 1_000_000n;
const id = (n: number): Hex => `0x${n.toString(16).padStart(64, '0')}`;
const candidate = (n: number, expiryIn: bigint, valueWei: bigint, extra: Partial<CollectCandidate> = {}): CollectCandidate => ({
  channelId: id(n),
  expiry: now + expiryIn,
  value: valueWei,
  valueWei,
  active: false,
  priority: false,
  ...extra,
});
const gas = 1_000n; // wei per collect, for these tests
const timing = collectTiming(now, 12, 0, tuning); // lead 60 + 3 x 12 = 96 s; due within 96 + 15 s

describe('collect plan', () => {
  it('sends due collects first, most valuable first, then the rest soonest expiry first', () => {
    const plan = planCollects(
      [candidate(1, 3600n, 50_000n), candidate(2, 100n, 5_000n), candidate(3, 1800n, 9_000n), candidate(4, 90n, 70_000n), candidate(5, 1800n, 20_000n)],
      { timing, gasCostWei: gas, tuning, includeActive: false, slots: 16 },
    );
    assert.deepEqual(plan.send.map((c) => c.channelId), [id(4), id(2), id(5), id(3), id(1)]);
  });

  it('skips collects not worth their gas: factor 2 far from expiry, factor 1 when due, never at a loss', () => {
    const plan = planCollects(
      [
        candidate(1, 3600n, 1n), // a 1-wei decoy
        candidate(2, 3600n, 1_500n), // 1.5x gas, far: wait for more
        candidate(3, 100n, 1_500n), // 1.5x gas, due: last chance, worth more than it costs
        candidate(4, 100n, 1_000n), // due but only pays its gas: never
        candidate(5, 3600n, 2_001n),
      ],
      { timing, gasCostWei: gas, tuning, includeActive: false, slots: 16 },
    );
    assert.deepEqual(plan.send.map((c) => c.channelId), [id(3), id(5)]);
    assert.deepEqual(plan.skipped.map((c) => c.channelId).sort(), [id(1), id(2), id(4)]);
  });

  it('puts a priority collect (a key held back for it) before everything; expired ones are set apart', () => {
    const plan = planCollects([candidate(1, 90n, 90_000n), candidate(2, 3600n, 5_000n, { priority: true }), candidate(3, 0n, 90_000n)], {
      timing,
      gasCostWei: gas,
      tuning,
      includeActive: false,
      slots: 16,
    });
    assert.deepEqual(plan.send.map((c) => c.channelId), [id(2), id(1)]);
    assert.deepEqual(plan.expired.map((c) => c.channelId), [id(3)]);
  });

  it('leaves live sessions alone until due (or when sweeping everything), and defers beyond the slots of a block', () => {
    const cands = [candidate(1, 3600n, 9_000n, { active: true }), candidate(2, 100n, 9_000n, { active: true }), candidate(3, 3600n, 8_000n)];
    assert.deepEqual(planCollects(cands, { timing, gasCostWei: gas, tuning, includeActive: false, slots: 16 }).send.map((c) => c.channelId), [id(2), id(3)]);
    const all = planCollects(cands, { timing, gasCostWei: gas, tuning, includeActive: true, slots: 2 });
    assert.deepEqual(all.send.map((c) => c.channelId), [id(2), id(1)]);
    assert.deepEqual(all.deferred.map((c) => c.channelId), [id(3)]);
  });

  it('with worth factor 0 collects every payment whatever its gas (development chains)', () => {
    const plan = planCollects([candidate(1, 3600n, 1n), candidate(2, 100n, 1n)], { timing, gasCostWei: gas, tuning: { ...tuning, worthFactor: 0n }, includeActive: false, slots: 16 });
    assert.deepEqual(plan.send.map((c) => c.channelId), [id(2), id(1)]);
  });

  it('counts an unknown value (a token without a price) as worth collecting', () => {
    const plan = planCollects([candidate(1, 3600n, 1n, { valueWei: undefined })], { timing, gasCostWei: gas, tuning, includeActive: false, slots: 16 });
    assert.equal(plan.send.length, 1);
  });
});

describe('collect fees', () => {
  it('bumps both EIP-1559 fields by at least 12.5 %, or to the market when higher', () => {
    const previous = { kind: 'eip1559' as const, maxFeePerGas: 1_000n, maxPriorityFeePerGas: 100n };
    assert.deepEqual(bumpFees(previous, { kind: 'eip1559', maxFeePerGas: 900n, maxPriorityFeePerGas: 50n }, undefined), { kind: 'eip1559', maxFeePerGas: 1_125n, maxPriorityFeePerGas: 113n });
    assert.deepEqual(bumpFees(previous, { kind: 'eip1559', maxFeePerGas: 5_000n, maxPriorityFeePerGas: 300n }, undefined), { kind: 'eip1559', maxFeePerGas: 5_000n, maxPriorityFeePerGas: 300n });
    assert.equal(bump(1n), 2n);
    assert.equal(bump(8n), 9n);
  });

  it('bumps a legacy gas price, and never above what the collect is worth per gas', () => {
    assert.deepEqual(bumpFees({ kind: 'legacy', gasPrice: 1_000n }, { kind: 'legacy', gasPrice: 10n }, undefined), { kind: 'legacy', gasPrice: 1_125n });
    assert.equal(bumpFees({ kind: 'legacy', gasPrice: 1_000n }, { kind: 'legacy', gasPrice: 10n }, 1_100n), undefined);
    assert.deepEqual(initialFees({ kind: 'eip1559', maxFeePerGas: 5_000n, maxPriorityFeePerGas: 300n }, 200n), { kind: 'eip1559', maxFeePerGas: 200n, maxPriorityFeePerGas: 200n });
  });
});

describe('collect timing and session deadlines', () => {
  it('grows the lead with the block time and the queue, a block per maxPerBlock collects queued', () => {
    assert.deepEqual(collectTiming(now, 1, 0, tuning), { nowSeconds: now, leadSeconds: 63n, urgentSeconds: 3n, roundSeconds: 15n });
    assert.equal(collectTiming(now, 12, 0, tuning).leadSeconds, 96n);
    assert.equal(collectTiming(now, 12, 17, tuning).leadSeconds, 60n + 12n * 5n);
  });

  it('measures the block time as the median over observed heads', () => {
    const heads = [0, 12, 24, 36, 500, 512].map((t, i) => ({ number: BigInt(i), timestamp: BigInt(t) }));
    assert.equal(observedBlockTime(heads, 7), 12);
    assert.equal(observedBlockTime([], 7), 7);
    assert.equal(observedBlockTime([{ number: 1n, timestamp: 5n }, { number: 2n, timestamp: 5n }], 7), 1);
  });

  it('refuses a round whose collect could not land before expiry', () => {
    const t = collectTiming(now, 12, 0, tuning); // needs 96 + 15 s
    checkRoundCollectable(now + 111n, t);
    assert.throws(() => checkRoundCollectable(now + 110n, t), (e) => isAirtntError(e, 'CHANNEL_COLLECT_INFEASIBLE'));
    // A long queue makes the same channel infeasible.
    assert.throws(() => checkRoundCollectable(now + 111n, collectTiming(now, 12, 40, tuning)), (e) => isAirtntError(e, 'CHANNEL_COLLECT_INFEASIBLE'));
  });

  it('releases a key at once, after collecting first, or not at all, by the time left', () => {
    const t = collectTiming(now, 12, 0, tuning); // lead 96, urgent 36
    assert.equal(paymentRelease(now + 96n, t), 'release');
    assert.equal(paymentRelease(now + 95n, t), 'collect-first');
    assert.equal(paymentRelease(now + 36n, t), 'collect-first');
    assert.throws(() => paymentRelease(now + 35n, t), (e) => isAirtntError(e, 'PAYMENT_TOO_LATE'));
  });
});
