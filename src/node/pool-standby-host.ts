/**
 * A standby's host side of the pool link (docs/protocol.md, "Each round: replicate, ack, then
 * result"): it hands the pool key and each replica to its enclave, which decides (pool-member.ts),
 * and stores the replica (pool.sqlite, synchronous=FULL) before the enclave's ack leaves, so an ack
 * always means the round's sealed state and key survive a kill -9 of this process. Nothing is stored
 * for a replica the enclave refused; the link then ends with the refusal's error frame.
 */
import { keccak_256 } from '@noble/hashes/sha3.js';
import { AirtntError } from '../util/errors.js';
import type { EnclavePool } from '../enclave/index.js';
import { checkWithinAllocation } from '../protocol/pool-rules.js';
import type { PoolFrame } from '../protocol/pool-wire.js';
import type { PoolLinkHandlers } from './pool-link.js';
import { sessionKey, type PoolStore } from './pool-store.js';

export function poolStandbyHandlers(options: { enclave: EnclavePool; store: PoolStore; log?: (line: string) => void }): PoolLinkHandlers {
  const { enclave, store } = options;
  return {
    async onFrame(frame): Promise<PoolFrame | undefined> {
      switch (frame.kind) {
        case 'poolKey':
          await enclave.acceptPoolKey(frame.sessionId, frame.sealedPoolKey, frame.signature);
          return undefined;
        case 'replicate': {
          const acked = await enclave.takeReplica(frame.sessionId, frame);
          store.storeReplica(sessionKey(frame.sessionId), { view: frame.view, round: frame.round, keyHash: frame.keyHash, ciphertext: frame.ciphertext, lastPayment: frame.lastPayment });
          return { kind: 'ack', sessionId: frame.sessionId, view: acked.view, round: acked.round, keyHash: acked.keyHash, signature: acked.signature };
        }
        default:
          // View changes and payments are not handled by this member yet: refused (the link ends), never half-acted on.
          throw new AirtntError('MESSAGE_UNKNOWN_KIND', `a standby does not take ${frame.kind} frames`, { details: { kind: frame.kind } });
      }
    },
    ...(options.log === undefined ? {} : { log: options.log }),
  };
}

/**
 * A member's release of a replicated round's key against the requester's PoolPayment (docs/protocol.md,
 * "Who may release which key"): the enclave decides; the payment is stored (pool.sqlite) before the
 * key is returned to be sent, so the payee can still collect it after this process is killed.
 */
export async function releaseStandbyKey(
  options: { enclave: EnclavePool; store: PoolStore },
  input: { sessionId: Uint8Array; round: bigint; payment: { amount: bigint; signature: Uint8Array }; allocation?: bigint },
): Promise<Uint8Array> {
  // The enclave checks the amount is owed; the deposit it does not read, so the allocation bound is checked here.
  if (input.allocation !== undefined) checkWithinAllocation(input.payment.amount, input.allocation, `key of round ${input.round} not released`);
  const released = await options.enclave.releasePoolKey(input.sessionId, input.round, input.payment);
  options.store.storeReleasedPayment({ sessionId: sessionKey(input.sessionId), member: released.member, amount: input.payment.amount, keyHash: keccak_256(released.key), signature: input.payment.signature });
  return released.key;
}
