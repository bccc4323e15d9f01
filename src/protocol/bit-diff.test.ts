import assert from 'node:assert/strict';
import { once } from 'node:events';
import { describe, it } from 'node:test';
import { Worker } from 'node:worker_threads';
import fc from 'fast-check';
import { genLifeDiff } from '../functions/life-diff.js';
import { decodeLifeState, encodeLifeState, lifeRunReference, parseRle } from '../functions/life.js';
import { isAirtntError } from '../util/errors.js';
import { applyBitDiff, genBitDiff as genBitDiffOrNot, MAX_ORDER } from './bit-diff.js';
import { genDiff } from './diff.js';
import { decodeStatePayload, encodeStatePayload, STATE_KINDS } from './payload.js';
import { BIT_DIFF_CODEC, LIFE_DIFF_CODEC } from './codecs.js';

const malformed = (error: unknown) => isAirtntError(error, 'DIFF_MALFORMED');

function genBitDiff(previous: Uint8Array, next: Uint8Array): Uint8Array {
  const diff = genBitDiffOrNot(previous, next);
  assert.ok(diff !== undefined, 'every state here is small enough for the encoder');
  return diff;
}

/** A state with `flips` bits flipped at the given positions (modulo its size). */
function flipped(previous: Uint8Array, positions: number[]): Uint8Array {
  const next = previous.slice();
  for (const position of positions) {
    const bit = position % (previous.length * 8);
    next[bit >> 3] = next[bit >> 3]! ^ (0x80 >> (bit & 7));
  }
  return next;
}

describe('bit diff (genBitDiff / applyBitDiff)', () => {
  it('applyBitDiff(previous, genBitDiff(previous, next)) === next for any pair of states, any lengths', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.uint8Array({ maxLength: 300 }), (previous, next) => {
        assert.deepEqual(applyBitDiff(previous, genBitDiff(previous, next), 1000), next);
      }),
      { numRuns: 300 },
    );
  });

  it('round-trips scattered flipped bits of a large state, a few bits each', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(80_000 * 8), { maxLength: 60 }), (positions) => {
        const previous = new Uint8Array(80_000).map((_, i) => (i * 31) % 256);
        const next = flipped(previous, positions);
        const diff = genBitDiff(previous, next);
        assert.deepEqual(applyBitDiff(previous, diff, 80_000), next);
        // Length (3), order (1), count (1) and at most 2 x 19 + 1 bits per gap of under 2^19.
        assert.ok(diff.length <= 5 + Math.ceil((positions.length * 39) / 8), `${positions.length} flips in ${diff.length} bytes`);
      }),
      { numRuns: 100 },
    );
  });

  it('an unchanged state diffs to its length, the order and a zero count', () => {
    const state = new Uint8Array(2500).fill(7);
    assert.deepEqual(genBitDiff(state, state), Uint8Array.from([0xc4, 0x13, 0, 0]));
  });

  it('refuses what the encoder could not have written', () => {
    const previous = new Uint8Array(4);
    const good = genBitDiff(previous, flipped(previous, [3, 17, 30]));
    assert.deepEqual(applyBitDiff(previous, good, 4), flipped(previous, [3, 17, 30]));
    const bad = (diff: Uint8Array | number[], max = 100) => assert.throws(() => applyBitDiff(previous, Uint8Array.from(diff), max), malformed);
    bad(good, 3); // announces more than allowed
    bad([...good, 0]); // a trailing byte
    bad(good.subarray(0, good.length - 1)); // cut inside a gap
    bad([4, MAX_ORDER + 1, 0]); // order above the largest
    bad([4, 0, 33]); // more flips than bits
    bad([4, 0, 1, 0b0000_0100, 0b0010_0000]); // gap 32: bit 32, past the 32-bit state
    bad([4, 0, 1, 0b1100_0000]); // gap 0, then a set padding bit
    bad([4, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0]); // a prefix of 64 zero bits
    bad([0x80]); // varint cut short
    bad([]);
  });

  it('a state payload of kind 4 only when allowed, and it decodes', () => {
    const previous = new Uint8Array(1000).fill(0x55);
    const next = flipped(previous, [10, 900, 4000, 7000]);
    assert.notEqual(encodeStatePayload(previous, next).kind, 'bitDiff');
    const { payload, kind } = encodeStatePayload(previous, next, { codecs: { bitDiff: BIT_DIFF_CODEC } });
    assert.equal(kind, 'bitDiff');
    assert.equal(payload[0], STATE_KINDS.bitDiff);
    assert.deepEqual(decodeStatePayload(previous, payload, 1000, { bitDiff: BIT_DIFF_CODEC }), next);
    assert.throws(() => decodeStatePayload(previous, payload, 1000), (error) => isAirtntError(error, 'PAYLOAD_MALFORMED'), 'no decoder given');
    assert.equal(encodeStatePayload(previous, next, { codecs: { bitDiff: BIT_DIFF_CODEC }, fullOnly: true }).kind, 'full');
  });

  it('gives up once it cannot beat the budget: nothing when the flips alone are over it, nothing as long as the best', () => {
    const previous = new Uint8Array(1000);
    const next = flipped(previous, [5, 6000]);
    const diff = genBitDiff(previous, next);
    assert.equal(genBitDiffOrNot(previous, next, diff.length), undefined, 'no shorter than the budget: not written');
    assert.deepEqual(genBitDiffOrNot(previous, next, diff.length + 1), diff);
    assert.equal(genBitDiffOrNot(previous, new Uint8Array(1000).fill(0xff), 1000), undefined, '8,000 flips cannot fit in 1,000 bytes');
  });

  it('a 4 MiB state whose every bit flips is encoded in a worker with a 48 MB heap (no array per flipped bit)', async () => {
    // The enclave worker's heap is bounded (src/enclave/index.ts): a requester's function chooses its states,
    // and once it decodes bit diffs every round's state goes through this encoder.
    const payload = new URL('./payload.js', import.meta.url).href;
    const codecs = new URL('./codecs.js', import.meta.url).href;
    const worker = new Worker(
      `const { parentPort } = require('node:worker_threads');
      Promise.all([import(${JSON.stringify(payload)}), import(${JSON.stringify(codecs)})]).then(([{ encodeStatePayload }, { BIT_DIFF_CODEC }]) => {
        const previous = new Uint8Array(4 << 20);
        const next = new Uint8Array(4 << 20).fill(0xff);
        parentPort.postMessage(encodeStatePayload(previous, next, { codecs: { bitDiff: BIT_DIFF_CODEC } }).kind);
      });`,
      { eval: true, resourceLimits: { maxOldGenerationSizeMb: 48, maxYoungGenerationSizeMb: 8 } },
    );
    const [kind] = (await Promise.race([once(worker, 'message'), once(worker, 'error').then(([error]) => Promise.reject(error))])) as [string];
    assert.notEqual(kind, 'bitDiff');
    await worker.terminate();
  });

  it('a Game of Life soup: about 30% smaller than the Life diff at 10 generations a round', () => {
    // Every cell random (about 1 in 3 alive): the bench's workload, 50 x 50.
    let seed = 7;
    const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
    const rows = Array.from({ length: 50 }, () => Array.from({ length: 50 }, () => (random() < 0.35 ? 'o' : 'b')).join(''));
    let state = encodeLifeState(50, 50, parseRle(`x = 50, y = 50, rule = B3/S23\n${rows.join('$')}!`));
    let bits = 0;
    let life = 0;
    for (let round = 0; round < 20; round++) {
      const next = encodeLifeState(50, 50, lifeRunReference(decodeLifeState(state), 10).pattern);
      const bitDiff = genBitDiff(state, next);
      assert.deepEqual(applyBitDiff(state, bitDiff, next.length), next);
      bits += bitDiff.length;
      life += genLifeDiff(state, next).length;
      assert.ok(genDiff(state, next).length > 0);
      state = next;
    }
    assert.ok(bits < life * 0.8, `bit diffs ${bits} B against Life diffs ${life} B over 20 rounds`);
    const chosen = encodeStatePayload(state, encodeLifeState(50, 50, lifeRunReference(decodeLifeState(state), 10).pattern), { codecs: { lifeDiff: LIFE_DIFF_CODEC, bitDiff: BIT_DIFF_CODEC } });
    assert.equal(chosen.kind, 'bitDiff');
  });

  it('a glider on a 30 x 30 grid, 5 generations a round: the bit diff is the smallest encoding', () => {
    let state = encodeLifeState(30, 30, parseRle('x = 3, y = 3, rule = B3/S23\nbo$2bo$3o!'));
    for (let round = 0; round < 4; round++) {
      const next = encodeLifeState(30, 30, lifeRunReference(decodeLifeState(state), 5).pattern);
      assert.equal(encodeStatePayload(state, next, { codecs: { lifeDiff: LIFE_DIFF_CODEC, bitDiff: BIT_DIFF_CODEC } }).kind, 'bitDiff', `round ${round}`);
      state = next;
    }
  });
});
