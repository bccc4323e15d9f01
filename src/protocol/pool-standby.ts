/**
 * A standby enclave's decision on a replica (docs/protocol.md, "Each round: replicate, ack, then
 * result"): only of its current view, only from that view's executor, opened under the pool key at
 * its claimed position, with the payment of the round before it checked (signed by the requester, to
 * the same member, bound to the previous round's key). It returns the replica to hold (stored before
 * the ack leaves), the payee's cumulative amount before the round (what a key release must exceed),
 * and the 94 bytes to sign as the ack. Pure: the pool key, keys and primitives are passed in.
 */
import type { Address } from 'viem';
import { getAddress } from '../util/evm.js';
import { NOBLE_PRIMITIVES, type CryptoPrimitives } from '../crypto/primitives.js';
import { toHex, type Hex } from '../util/bytes.js';
import { AirtntError } from '../util/errors.js';
import { recoverDigestSignerKey, type ChannelDomain } from './payment.js';
import type { PaymentSigners } from './payment-key.js';
import { poolAckBytes, type HeldReplica, type PoolView } from './pool-rules.js';
import { openReplica, type ReplicaContents } from './pool-sealing.js';
import { poolPaymentDigestBytes } from './pool-signatures.js';
import type { ReplicatedPayment } from './pool-wire.js';

export type ReplicateInput = { view: number; round: bigint; keyHash: Uint8Array; ciphertext: Uint8Array; lastPayment: ReplicatedPayment | undefined };

export function takeReplica(
  input: {
    current: PoolView;
    poolKey: Uint8Array;
    session: { sessionId: Uint8Array; requester: Address; channelId: Hex; payees: readonly Address[]; domain: ChannelDomain };
    frame: ReplicateInput;
    /** The replica this member holds of the round before, if any (its key hash binds lastPayment). */
    previous: HeldReplica | undefined;
    /** The executor's cumulative amount at the opening (its base), for its first round. */
    executorBase: bigint;
    /** The member's check of the requester's payments over the session (a prepared key); by default each is recovered. */
    signers?: PaymentSigners | undefined;
  },
  primitives: CryptoPrimitives = NOBLE_PRIMITIVES,
): { held: HeldReplica; contents: ReplicaContents; ackBytes: Uint8Array } {
  const { current, frame, session } = input;
  if (frame.view !== current.view) {
    throw new AirtntError('POOL_WRONG_VIEW', `a replica of view ${frame.view} is refused: view ${current.view} is current`, { details: { view: frame.view, current: current.view } });
  }
  const contents = openReplica(input.poolKey, { sessionId: session.sessionId, view: frame.view, round: frame.round, keyHash: frame.keyHash }, frame.ciphertext, primitives);
  const payee = session.payees[current.executorIndex]!;
  let payeeBefore = input.executorBase;
  if (frame.lastPayment !== undefined) {
    const previous = input.previous;
    if (previous === undefined || previous.round !== frame.round - 1n || previous.executorIndex !== current.executorIndex) {
      throw new AirtntError('POOL_REPLICA_INVALID', `round ${frame.round} carries a payment for a round this member holds no replica of from the same executor`, { details: { round: frame.round } });
    }
    const terms = { channelId: session.channelId, member: payee, amount: frame.lastPayment.amount, keyHash: toHex(previous.keyHash) };
    const digest = poolPaymentDigestBytes(session.domain, terms);
    const signature = toHex(frame.lastPayment.signature);
    // Recovered again when the member's signers say nothing recovers: that throws INVALID_PAYMENT_SIGNATURE, saying why.
    const signer = input.signers?.signerOf(digest, signature) ?? recoverDigestSignerKey(digest, signature).signer;
    if (getAddress(signer) !== getAddress(session.requester)) {
      throw new AirtntError('POOL_REPLICA_INVALID', `the payment replicated with round ${frame.round} is not the requester's for round ${previous.round}`, { details: { round: frame.round, signer } });
    }
    payeeBefore = frame.lastPayment.amount;
  } else if (input.previous !== undefined && input.previous.round === frame.round - 1n && input.previous.executorIndex === current.executorIndex) {
    // The executor ran the round before in this view and was paid for it: its payment must come along,
    // or a key release would be checked against a lower amount than the member is owed.
    throw new AirtntError('POOL_REPLICA_INVALID', `round ${frame.round} comes without the payment of round ${input.previous.round}`, { details: { round: frame.round } });
  }
  const held: HeldReplica = { view: frame.view, round: frame.round, executorIndex: current.executorIndex, keyHash: frame.keyHash, cyclesDone: contents.cyclesDone, workUnits: contents.workUnits, payeeBefore };
  return { held, contents, ackBytes: poolAckBytes({ sessionId: session.sessionId, view: frame.view, round: frame.round, keyHash: frame.keyHash }) };
}
