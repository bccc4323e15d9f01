/**
 * The hand-over of a PoolPayment (docs/protocol.md, "The pool: hand-over"): a member killed after the
 * requester paid its round and before it stored that payment never holds it, yet the payment names it
 * (collectPool is sent by the member it names). The standby that released the round's key stored the
 * payment; the member asks for it (GET /v1/pool/payments/:member) and keeps only what verifies here:
 *
 * - the answer is small and exact: at most MAX_HANDED_PAYMENTS entries of fixed-form fields, else
 *   POOL_HANDOVER_MALFORMED for the whole answer;
 * - each payment's key hash is one of this member's own rounds that has a key and no payment yet
 *   (a round it ran; anything else is ignored, as it pays nobody here);
 * - it is signed by the channel's requester as a PoolPayment for that channel, this member, its amount
 *   and that key hash (EIP-712, pool-signatures.ts);
 * - its amount is within the member's allocation, above what it already holds on the channel, and at
 *   least the round's amount due: the cumulative amount the member's enclave required before it would
 *   release that round's key itself (stored with the round). A payment below it would have the
 *   collector publish the round's key on chain for less than the round's price.
 *
 * Pure: the store and the answer's bytes are passed in.
 */
import { isAddressEqual, type Address } from 'viem';
import { fromHex, toHex, type Hex } from '../util/bytes.js';
import { AirtntError, isAirtntError } from '../util/errors.js';
import type { ChannelDomain } from './payment.js';
import { recoverPoolPaymentSigner } from './pool-signatures.js';

/** A member is handed at most this many payments per answer (newest first): the answer stays under MAX_HANDOVER_ANSWER_BYTES. */
export const MAX_HANDED_PAYMENTS = 32;
/** 32 entries of about 300 bytes each, with room for whitespace. */
export const MAX_HANDOVER_ANSWER_BYTES = 16 * 1024;

/** One payment as handed over: the session it was released in, its cumulative amount, the key hash it binds and the requester's signature. */
export type HandedPayment = { sessionId: Hex; amount: bigint; keyHash: Hex; signature: Uint8Array };

/** The JSON of an answer (what the serving member sends). */
export function handedPaymentsJson(payments: readonly HandedPayment[]): { payments: { sessionId: Hex; amount: string; keyHash: Hex; signature: Hex }[] } {
  return { payments: payments.slice(0, MAX_HANDED_PAYMENTS).map((p) => ({ sessionId: p.sessionId, amount: p.amount.toString(), keyHash: p.keyHash, signature: toHex(p.signature) })) };
}

const HEX32 = /^0x[0-9a-f]{64}$/;
const HEX65 = /^0x[0-9a-f]{130}$/;
const AMOUNT = /^[1-9][0-9]{0,28}$/;

/** Parses an answer's bytes; any deviation from the exact form refuses the whole answer (POOL_HANDOVER_MALFORMED). */
export function parseHandedPayments(body: Uint8Array, from: string): HandedPayment[] {
  const malformed = (why: string) => new AirtntError('POOL_HANDOVER_MALFORMED', `the payments handed over by ${from} are malformed: ${why}`, { details: { from, why } });
  if (body.length > MAX_HANDOVER_ANSWER_BYTES) throw malformed(`${body.length} bytes, at most ${MAX_HANDOVER_ANSWER_BYTES}`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(body));
  } catch {
    throw malformed('not JSON');
  }
  const list = (parsed as { payments?: unknown } | null)?.payments;
  if (typeof parsed !== 'object' || parsed === null || !Array.isArray(list)) throw malformed('no "payments" list');
  if (list.length > MAX_HANDED_PAYMENTS) throw malformed(`${list.length} payments, at most ${MAX_HANDED_PAYMENTS}`);
  return list.map((entry: unknown, i) => {
    const e = entry as Record<string, unknown> | null;
    const ok = typeof e === 'object' && e !== null && typeof e.sessionId === 'string' && HEX32.test(e.sessionId) && typeof e.amount === 'string' && AMOUNT.test(e.amount)
      && typeof e.keyHash === 'string' && HEX32.test(e.keyHash) && typeof e.signature === 'string' && HEX65.test(e.signature);
    if (!ok) throw malformed(`entry ${i} is not {sessionId, amount, keyHash, signature} in lowercase hex and decimal`);
    return { sessionId: e.sessionId as Hex, amount: BigInt(e.amount as string), keyHash: e.keyHash as Hex, signature: fromHex(e.signature as string, 65, 'signature') };
  });
}

/** What the member knows of its own round the payment claims to pay (found by its key hash). */
export type OwnRoundTerms = {
  channelId: Hex;
  /** The channel's requester (the only signer of its payments). */
  requester: Address;
  /** This member's allocation on the channel (deposit / members); undefined when not recorded: nothing is accepted. */
  allocation: bigint | undefined;
  /** The highest payment this member holds on the channel. */
  held: bigint;
  /** The cumulative amount the round brings this member to (payment before it + its price), as stored with the round; undefined (a round stored before it was recorded): nothing is accepted. */
  amountDue: bigint | undefined;
};

/** Checks a handed-over payment for `self` against its own round; throws POOL_HANDOVER_INVALID with the reason. */
export function checkHandedPayment(domain: ChannelDomain, self: Address, round: OwnRoundTerms, payment: HandedPayment): void {
  const refuse = (why: string, details: Record<string, unknown> = {}) =>
    new AirtntError('POOL_HANDOVER_INVALID', `a PoolPayment handed over for key hash ${payment.keyHash.slice(0, 10)} on channel ${round.channelId.slice(0, 10)} is refused: ${why}`, {
      details: { keyHash: payment.keyHash, channelId: round.channelId, amount: payment.amount, ...details },
    });
  if (round.allocation === undefined) throw refuse('this member recorded no allocation for the channel');
  if (payment.amount > round.allocation) throw refuse(`its amount is above the member's allocation ${round.allocation}`, { allocation: round.allocation });
  if (payment.amount <= round.held) throw refuse(`its amount is not above the ${round.held} already held`, { held: round.held });
  if (round.amountDue === undefined) throw refuse('this member recorded no amount due for the round');
  if (payment.amount < round.amountDue) throw refuse(`its amount ${payment.amount} is below the ${round.amountDue} the round is due`, { amountDue: round.amountDue });
  let signer: Address;
  try {
    signer = recoverPoolPaymentSigner(domain, { channelId: round.channelId, member: self, amount: payment.amount, keyHash: payment.keyHash }, toHex(payment.signature));
  } catch (error) {
    if (!isAirtntError(error)) throw error;
    throw refuse(`its signature does not recover (${error.code})`);
  }
  if (!isAddressEqual(signer, round.requester)) throw refuse(`it is signed by ${signer}, not by the channel's requester ${round.requester}`, { signer, requester: round.requester });
}
