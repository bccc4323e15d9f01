import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { AirtntError } from '../util/errors.js';
import { prove, vrfPublicKey } from './ecvrf.js';
import { compareKeys, rankCandidates, selectTask, taskSeed, ticketsOf, uniformOf, type SelectionCandidate } from './selection.js';

const TICKET = 10n ** 17n;
const params = { ticket: TICKET };

type Node = { id: string; sk: Uint8Array; vrfKey: Uint8Array; stake: bigint };

function makeNodes(count: number, stakeOf: (i: number) => bigint): Node[] {
  return Array.from({ length: count }, (_, i) => {
    const sk = new Uint8Array(randomBytes(32));
    return { id: `node-${i}`, sk, vrfKey: vrfPublicKey(sk), stake: stakeOf(i) };
  });
}

/** Each node proves on the seed, as it would when asked for its selection proof. */
function candidatesFor(nodes: readonly Node[], seed: Uint8Array): SelectionCandidate[] {
  return nodes.map((n) => ({ id: n.id, vrfKey: n.vrfKey, stake: n.stake, proof: prove(n.sk, seed) }));
}

function throwsCode(fn: () => unknown, code: string): void {
  assert.throws(fn, (error: unknown) => error instanceof AirtntError && error.code === code, `expected ${code}`);
}

const ids = (ranked: readonly { id: string }[]): string[] => ranked.map((r) => r.id);

describe('selection: exact stake-weighted ranking', () => {
  const executors = makeNodes(6, (i) => TICKET * BigInt(1 + i));
  const verifiers = makeNodes(4, () => TICKET * 3n);
  const epochSeed = new Uint8Array(randomBytes(32));
  const taskId = new Uint8Array(randomBytes(32));
  const seed = taskSeed(epochSeed, taskId);
  const executorCandidates = candidatesFor(executors, seed);
  const verifierCandidates = candidatesFor(verifiers, seed);

  it('seed = keccak256(epochSeed || taskId); U = first 8 bytes of beta + 1; tickets capped', () => {
    assert.equal(Buffer.from(taskSeed(new Uint8Array(32), new Uint8Array(32))).toString('hex'),
      'ad3228b676f7d3cd4284a5443f17f1962b36e491b30a40b2405849e597ba5fb5');
    assert.equal(uniformOf(new Uint8Array(64)), 1n);
    assert.equal(uniformOf(new Uint8Array(64).fill(0xff)), 2n ** 64n);
    assert.equal(ticketsOf(TICKET * 5n + 1n, params), 5n);
    assert.equal(ticketsOf(TICKET * 5000n, params), 1024n);
    assert.equal(ticketsOf(TICKET - 1n, params), 0n);
  });

  it('is deterministic and does not depend on the order candidates are listed in', () => {
    const ranked = ids(rankCandidates(seed, executorCandidates, params));
    assert.deepEqual(ids(rankCandidates(seed, [...executorCandidates].reverse(), params)), ranked);
    fc.assert(
      fc.property(fc.shuffledSubarray(executorCandidates, { minLength: 6, maxLength: 6 }), (shuffled) => {
        assert.deepEqual(ids(rankCandidates(seed, shuffled, params)), ranked);
      }),
      { numRuns: 20 },
    );
  });

  it('a candidate withholding its proof only removes itself: the others keep their relative order', () => {
    const ranked = ids(rankCandidates(seed, executorCandidates, params));
    for (const left of executorCandidates) {
      const without = ids(rankCandidates(seed, executorCandidates.filter((c) => c !== left), params));
      assert.deepEqual(without, ranked.filter((id) => id !== left.id));
    }
  });

  it('wins in proportion to stake (Efraimidis-Spirakis), with integers only', () => {
    // 30,000 draws of U for weights 1, 2 and 5: rank 0 should go 1/8, 2/8 and 5/8 of the time.
    const weights = [1n, 2n, 5n];
    const wins = [0, 0, 0];
    const draws = 30_000;
    const key = (i: number) => new Uint8Array([i]);
    for (let d = 0; d < draws; d++) {
      const entries = weights.map((weight, i) => ({ u: uniformOf(new Uint8Array(randomBytes(8))), weight, vrfKey: key(i), i }));
      entries.sort(compareKeys);
      wins[entries[0]!.i]! += 1;
    }
    weights.forEach((w, i) => {
      const expected = (draws * Number(w)) / 8;
      // Five standard deviations of a binomial: fails about once in 3.5 million runs.
      const sd = Math.sqrt(draws * (Number(w) / 8) * (1 - Number(w) / 8));
      assert.ok(Math.abs(wins[i]! - expected) < 5 * sd, `weight ${w}: ${wins[i]} wins, expected ${expected}`);
    });
  });

  it('compares exactly where floating point cannot: keys equal to 2^-60 relative', () => {
    // a: u = 1 - 2^-63, w = 1, key 1 - 2^-63; b: u = 1 - 2^-64, w = 2, key sqrt(1 - 2^-64) ~ 1 - 2^-65.
    // b ranks first. Doubles see both keys as 1.
    const a = { u: 2n ** 64n - 2n, weight: 1n, vrfKey: new Uint8Array([1]) };
    const b = { u: 2n ** 64n - 1n, weight: 2n, vrfKey: new Uint8Array([2]) };
    assert.equal(compareKeys(b, a) < 0, true);
    assert.equal(compareKeys(a, b) > 0, true);
    // Exactly equal keys fall back to the lower public key first.
    const c = { u: 2n ** 63n, weight: 1n, vrfKey: new Uint8Array([9]) };
    const d = { u: 2n ** 63n, weight: 1n, vrfKey: new Uint8Array([3]) };
    assert.equal(compareKeys(d, c) < 0, true);
  });

  it('selects executors and verifiers on the same seed, separately', () => {
    const selection = selectTask({ ...params, epoch: 7n, epochSeed, committedTaskId: taskId, taskId, executors: executorCandidates, verifiers: verifierCandidates });
    assert.deepEqual(selection.seed, seed);
    assert.deepEqual(ids(selection.executors), ids(rankCandidates(seed, executorCandidates, params)));
    assert.deepEqual(ids(selection.verifiers), ids(rankCandidates(seed, verifierCandidates, params)));
  });
});

describe('selection: adversarial inputs (property tests)', () => {
  const nodes = makeNodes(4, () => TICKET * 2n);
  const epochSeed = new Uint8Array(randomBytes(32));
  const committed = new Uint8Array(randomBytes(32));
  const seed = taskSeed(epochSeed, committed);
  const candidates = candidatesFor(nodes, seed);

  it('refuses any selection in which a proof does not verify (SELECTION_PROOF_INVALID)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 79 }), fc.integer({ min: 0, max: 7 }), (who, byte, bit) => {
        const tampered = candidates.map((c, i) => {
          if (i !== who) return c;
          const proof = Uint8Array.from(c.proof);
          proof[byte]! ^= 1 << bit;
          return { ...c, proof };
        });
        throwsCode(() => rankCandidates(seed, tampered, params), 'SELECTION_PROOF_INVALID');
      }),
      { numRuns: 40 },
    );
    // A proof made on another seed (a candidate answering for a task id of its own choosing).
    const other = taskSeed(epochSeed, new Uint8Array(randomBytes(32)));
    const wrongSeed = candidates.map((c, i) => (i === 0 ? { ...c, proof: prove(nodes[0]!.sk, other) } : c));
    throwsCode(() => rankCandidates(seed, wrongSeed, params), 'SELECTION_PROOF_INVALID');
    // A proof with a small-order key: refused as a proof failure, its VRF reason named.
    const smallOrder = candidates.map((c, i) => (i === 1 ? { ...c, vrfKey: new Uint8Array(32).fill(0).map((_, j) => (j === 0 ? 1 : 0)) } : c));
    assert.throws(() => rankCandidates(seed, smallOrder, params), (e: unknown) =>
      e instanceof AirtntError && e.code === 'SELECTION_PROOF_INVALID' && e.details['reason'] === 'VRF_SMALL_ORDER_KEY');
  });

  it('refuses two candidates with one VRF key (SELECTION_DUPLICATE_KEY)', () => {
    throwsCode(() => rankCandidates(seed, [candidates[0]!, { ...candidates[0]!, id: 'twin' }], params), 'SELECTION_DUPLICATE_KEY');
  });

  it('a requester retrying task ids within an epoch cannot change the selection', () => {
    const base = { ...params, epoch: 3n, epochSeed, committedTaskId: committed, executors: candidates, verifiers: [] };
    const honest = ids(selectTask({ ...base, taskId: committed }).executors);
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 32, maxLength: 32 }), (retry) => {
        if (Buffer.from(retry).equals(Buffer.from(committed))) return;
        // Every other task id is refused, whatever ranking it would have given...
        throwsCode(() => selectTask({ ...base, taskId: retry }), 'SELECTION_TASK_NOT_COMMITTED');
        // ...and a task id with no commitment at all is refused too.
        throwsCode(() => selectTask({ ...base, committedTaskId: undefined, taskId: retry }), 'SELECTION_TASK_NOT_COMMITTED');
        // The committed one gives the same selection every time.
        assert.deepEqual(ids(selectTask({ ...base, taskId: committed }).executors), honest);
      }),
      { numRuns: 50 },
    );
  });
});
