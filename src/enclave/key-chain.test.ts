import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { keccak_256 } from '@noble/hashes/sha3.js';
import { drawRoundKey, KEY_CHAIN_LENGTH, type KeyChain } from './key-chain.js';

describe('round keys as hash chains', () => {
  it('gives each next round the preimage of the key before, for a segment of KEY_CHAIN_LENGTH rounds, then starts a new one', () => {
    let chain: KeyChain | undefined;
    let previous: Uint8Array | undefined;
    const starts: bigint[] = [];
    for (let round = 5n; round < 5n + 2n * BigInt(KEY_CHAIN_LENGTH) + 1n; round++) {
      const drawn = drawRoundKey(chain, round);
      assert.equal(drawn.key.length, 32);
      if (drawn.chained) assert.deepEqual(keccak_256(drawn.key), previous, `round ${round}: keccak256(k) is the key of the round before`);
      else starts.push(round);
      chain = drawn.chain;
      previous = drawn.key;
    }
    assert.deepEqual(starts, [5n, 5n + BigInt(KEY_CHAIN_LENGTH), 5n + 2n * BigInt(KEY_CHAIN_LENGTH)]);
  });

  it('starts a new segment for a round that does not follow the one it gave last (a rerun, a view change)', () => {
    const first = drawRoundKey(undefined, 1n);
    assert.equal(first.chained, false);
    assert.equal(drawRoundKey(first.chain, 1n).chained, false, 'round 1 again');
    assert.equal(drawRoundKey(first.chain, 3n).chained, false, 'a round skipped');
    assert.equal(drawRoundKey(first.chain, 2n).chained, true);
    // Fresh seeds: two segments share no key.
    assert.notDeepEqual(drawRoundKey(undefined, 1n).key, first.key);
  });
});
