/**
 * Test only: a forked enclave, as a cloned VM or a rolled-back TEE would give. Two instances of the
 * real enclave code (EnclaveCore, in this process, simulated TEE) hold one secp256k1 record-claim
 * key; each runs the same round of the same session, with other cycles, so the key signs two
 * different round records for one (session, round). An honest single enclave refuses the second run
 * (ROUND_OUT_OF_ORDER, SESSION_EXISTS): only a fork equivocates.
 */
import { randomBytes } from 'node:crypto';
import type { Hex } from 'viem';
import { generatePrivateKey } from 'viem/accounts';
import { EnclaveCore } from '../../enclave/core.js';
import { DEFAULT_LIMITS } from '../../enclave/index.js';
import type { RoundResult } from '../../enclave/types.js';
import { DEFAULT_WORK_BUDGET, loadBuiltinFunction, measureFunction } from '../../functions/abi.js';
import { encodeLifeState, parseRle } from '../../functions/life.js';
import { sealSessionOpening } from '../../protocol/sealing.js';
import type { RegistryDomain } from '../../registry/signing.js';

export type ForkedEnclave = {
  /** The record-claim address both instances sign with (what the executor registers). */
  recordAddress: Hex;
  /** The original instance (an honest enclave on its own). */
  original: EnclaveCore;
  /** Runs round `round` of one session on both instances, `cycles[0]` and `cycles[1]` cycles. */
  equivocate(round: bigint, cycles: [number, number]): Promise<{ sessionId: Uint8Array; a: RoundResult; b: RoundResult }>;
  close(): Promise<void>;
};

export async function createForkedEnclave(registry: RegistryDomain): Promise<ForkedEnclave> {
  const recordKey = generatePrivateKey();
  const options = { limits: DEFAULT_LIMITS, runtimeMeasurement: new Uint8Array(32).fill(7), insecure: true, builtinFunctions: true, executionWorkers: 1, registry, recordKey };
  const original = await EnclaveCore.create(options);
  const fork = await EnclaveCore.create(options);
  const life = measureFunction(await loadBuiltinFunction('life'));
  const state = encodeLifeState(16, 16, parseRle('x = 3, y = 3, rule = B3/S23\nbo$2bo$3o!'));
  return {
    recordAddress: original.publicKeys().recordAddress!,
    original,
    async equivocate(round, cycles) {
      const sessionId = new Uint8Array(randomBytes(32));
      const channelId = new Uint8Array(randomBytes(32));
      const sessionSecret = new Uint8Array(randomBytes(32));
      const run = async (core: EnclaveCore, n: number) => {
        const fields = { sessionId, channelId, functionMeasurement: life, firstRound: round };
        core.openSession({ ...fields, sealedSession: sealSessionOpening({ ...fields, sessionSecret, state, enclaveHpkePublicKey: core.publicKeys().hpkePublicKey }) });
        return core.runRound(sessionId, round, n, DEFAULT_WORK_BUDGET, 'fork');
      };
      return { sessionId, a: await run(original, cycles[0]), b: await run(fork, cycles[1]) };
    },
    async close() {
      await Promise.all([original.close(), fork.close()]);
    },
  };
}
