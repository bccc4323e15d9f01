/**
 * Round keys in a pool session are never hash-chained (key-chain.ts): a pool's key hashes cross the pool
 * link in the clear (replicate, ack), round r+1's possibly ahead of payment r, and chained that key hash
 * would be k(r). A plain session on the same enclave chains. Simulated TEE: the hardware is the one thing mocked.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { keccak_256 } from '@noble/hashes/sha3.js';
import { generatePrivateKey, privateKeyToAccount } from 'viem/accounts';
import { loadBuiltinFunction, measureFunction } from '../functions/abi.js';
import { encodeLifeState, parseRle } from '../functions/life.js';
import { poolOpeningSection, sealPoolSessionOpening, type PoolTerms } from '../protocol/pool-opening.js';
import type { PoolOpening } from '../protocol/pool-rules.js';
import { sealSessionOpening } from '../protocol/sealing.js';
import { createSimulatedProvider } from '../tee/simulated.js';
import { createEnclave, type EnclaveHandle } from './index.js';

describe('round keys of a pool session', { timeout: 60_000 }, () => {
  const enclaves: EnclaveHandle[] = [];
  let functionMeasurement: Uint8Array;
  const state = encodeLifeState(20, 20, parseRle('x = 3, y = 3, rule = B3/S23\nbo$2bo$3o!'));

  before(async () => {
    for (let i = 0; i < 2; i++) enclaves.push(await createEnclave({ tee: createSimulatedProvider(), executionWorkers: 1 }));
    functionMeasurement = measureFunction(await loadBuiltinFunction('life'));
  });
  after(async () => {
    for (const enclave of enclaves) await enclave.close().catch(() => undefined);
  });

  /** Four rounds from round 1; for each, whether it was chained and whether keccak256(k) is the key before. */
  async function fourRounds(sessionId: Uint8Array): Promise<{ chained: boolean[]; hashIsKeyBefore: boolean[] }> {
    const chained: boolean[] = [];
    const hashIsKeyBefore: boolean[] = [];
    let before: Uint8Array | undefined;
    for (let round = 1n; round <= 4n; round++) {
      const result = await enclaves[0]!.runRound(sessionId, round, 2);
      chained.push(result.keyChained === true);
      hashIsKeyBefore.push(before !== undefined && Buffer.from(keccak_256(result.key)).equals(before));
      before = result.key;
    }
    return { chained, hashIsKeyBefore };
  }

  it('are each fresh in a pool session, and chained in a plain session on the same enclave', async () => {
    const terms: PoolTerms = { requester: privateKeyToAccount(generatePrivateKey()).address, domain: { chainId: 31337, verifyingContract: privateKeyToAccount(generatePrivateKey()).address }, rate: 1n };
    const members = enclaves.map((enclave) => ({ payee: privateKeyToAccount(generatePrivateKey()).address, enclavePublicKey: enclave.identity().signingPublicKey, enclaveHpkeKey: enclave.identity().hpkePublicKey }));
    const pooled = { sessionId: new Uint8Array(randomBytes(32)), channelId: new Uint8Array(randomBytes(32)), functionMeasurement, firstRound: 1n };
    const pool: PoolOpening = { index: 0, ackCount: 1, members };
    const sessionSecret = new Uint8Array(randomBytes(32));
    await enclaves[0]!.openSession({ ...pooled, poolSection: poolOpeningSection(pool, terms), sealedSession: sealPoolSessionOpening({ ...pooled, enclaveHpkePublicKey: members[0]!.enclaveHpkeKey, sessionSecret, pool, terms, state }) });
    assert.deepEqual(await fourRounds(pooled.sessionId), { chained: [false, false, false, false], hashIsKeyBefore: [false, false, false, false] });

    const plain = { sessionId: new Uint8Array(randomBytes(32)), channelId: new Uint8Array(randomBytes(32)), functionMeasurement, firstRound: 1n };
    await enclaves[0]!.openSession({ ...plain, sealedSession: sealSessionOpening({ ...plain, enclaveHpkePublicKey: members[0]!.enclaveHpkeKey, sessionSecret, state }) });
    assert.deepEqual(await fourRounds(plain.sessionId), { chained: [false, true, true, true], hashIsKeyBefore: [false, true, true, true] });
  });
});
