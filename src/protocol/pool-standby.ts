/**
 * A standby enclave's decision on a replica (docs/protocol.md, "Each round: replicate, ack, then
 * result"): only of its current view, only from that view's executor, opened under the pool key at
 * its claimed position, with the payment of the round before it checked (signed by the requester, to
 * the same member, bound to that round's key), or, for a round replicated ahead (pool link 2), the
 * payment of the round two before it. It returns the replica to hold (stored before the ack leaves),
 * the payee's cumulative amount before the round (what a key release must exceed), and the 94 bytes
 * to sign as the ack. Pure: the pool key, keys and primitives are passed in.
 */
import type { Address } from 'viem';
import { getAddress } from '../util/evm.js';
import { NOBLE_PRIMITIVES, type CryptoPrimitives } from '../crypto/primitives.js';
import { toHex, type Hex } from '../util/bytes.js';
import { AirtntError } from '../util/errors.js';
import { recoverDigestSignerKey, type ChannelDomain } from './payment.js';
import type { PaymentSigners } from './payment-key.js';
import { poolAckBytes, type HeldReplica, type PoolView } from './pool-rules.js';
import { roundPrice } from './pricing.js';
import { openReplica, type ReplicaContents } from './pool-sealing.js';
import { poolPaymentDigestBytes } from './pool-signatures.js';
import type { ReplicatedPayment } from './pool-wire.js';

export type ReplicateInput = { view: number; round: bigint; keyHash: Uint8Array; ciphertext: Uint8Array; lastPayment: ReplicatedPayment | undefined };

export function takeReplica(
  input: {
    current: PoolView;
    poolKey: Uint8Array;
    session: { sessionId: Uint8Array; requester: Address; channelId: Hex; payees: readonly Address[]; domain: ChannelDomain; rate: bigint };
    frame: ReplicateInput;
    /** The replicas this member holds of the session, oldest first (the last ones: their key hashes bind lastPayment, their records price it). */
    held: readonly HeldReplica[];
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
  // This view's executor's replicas of the two rounds before this one, if held.
  const ownHeld = (round: bigint) => input.held.find((replica) => replica.round === round && replica.view === current.view && replica.executorIndex === current.executorIndex);
  const before = ownHeld(frame.round - 1n);
  const twoBefore = ownHeld(frame.round - 2n);
  let payeeBefore = input.executorBase;
  if (frame.lastPayment !== undefined) {
    // Of the round before, or (pool link 2, `round` given) of the round two before: a round replicated
    // ahead of the payment of the round before it, whose price is then added from this member's replica of it.
    const paidRound = frame.lastPayment.round ?? frame.round - 1n;
    const paid = paidRound === frame.round - 1n ? before : paidRound === frame.round - 2n && before !== undefined ? twoBefore : undefined;
    if (paid === undefined) {
      throw new AirtntError('POOL_REPLICA_INVALID', `round ${frame.round} carries a payment for round ${paidRound}, which is not one of the two before it that this member holds from the same executor`, { details: { round: frame.round, paidRound } });
    }
    const terms = { channelId: session.channelId, member: payee, amount: frame.lastPayment.amount, keyHash: toHex(paid.keyHash) };
    const digest = poolPaymentDigestBytes(session.domain, terms);
    const signature = toHex(frame.lastPayment.signature);
    // Recovered again when the member's signers say nothing recovers: that throws INVALID_PAYMENT_SIGNATURE, saying why.
    const signer = input.signers?.signerOf(digest, signature) ?? recoverDigestSignerKey(digest, signature).signer;
    if (getAddress(signer) !== getAddress(session.requester)) {
      throw new AirtntError('POOL_REPLICA_INVALID', `the payment replicated with round ${frame.round} is not the requester's for round ${paid.round}`, { details: { round: frame.round, signer } });
    }
    // The payee's cumulative before this round: the payment itself, or the payment plus the price of the
    // round between, which is exactly what an honest payment of that round adds (payments are checked for equality).
    payeeBefore = paid === before ? frame.lastPayment.amount : frame.lastPayment.amount + roundPrice(session.rate, before!.cyclesDone, before!.workUnits);
  } else if (before !== undefined) {
    // The executor ran the round before in this view and was paid for a round before this one (or this is
    // its second round): a payment must come along, or a key release would be checked against a lower
    // amount than the member is owed.
    throw new AirtntError('POOL_REPLICA_INVALID', `round ${frame.round} comes without the payment of round ${before.round}${twoBefore === undefined ? '' : ` or ${twoBefore.round}`}`, { details: { round: frame.round } });
  }
  const held: HeldReplica = { view: frame.view, round: frame.round, executorIndex: current.executorIndex, keyHash: frame.keyHash, cyclesDone: contents.cyclesDone, workUnits: contents.workUnits, payeeBefore };
  return { held, contents, ackBytes: poolAckBytes({ sessionId: session.sessionId, view: frame.view, round: frame.round, keyHash: frame.keyHash }) };
}
