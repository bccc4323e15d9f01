/**
 * The requester's per-session state machine (pure). The requester rebuilds each round record from
 * what it already knows (function, session, channel, round, cycles asked, the commitment to the
 * state it holds, the ciphertexts it received) plus the few fields only the enclave knows, and
 * checks the enclave's signature over it: a tampered, replayed, out-of-order or other-session result
 * cannot verify. Only then does it compute the payment terms (amount = paid + rate x billed cycles,
 * src/protocol/pricing.ts), and only up to its cap.
 *
 * Ids, keys, hashes and signatures are bytes here; hex appears only in the PaymentTerms it returns,
 * which viem signs as EIP-712 (the edge), and is accepted from callers that hold hex.
 */
import { keccak_256 } from '@noble/hashes/sha3.js';
import type { Hex } from 'viem';
import { NOBLE_PRIMITIVES, type CryptoPrimitives } from '../crypto/primitives.js';
import { assertLength, equalBytes, fromHex, toHex } from '../util/bytes.js';
import { AirtntError } from '../util/errors.js';
import type { KeyMessage, ResultMessage } from './messages.js';
import { RECORD_FLAG_INSECURE, RECORD_VERSION, checkRoundRecord, encodeRecord } from './record.js';
import type { PaymentTerms } from './payment.js';
import { billedCycles, roundPrice } from './pricing.js';

export type RequesterSessionState = {
  sessionId: Uint8Array;
  /** 32 bytes. */
  channelId: Uint8Array;
  functionMeasurement: Uint8Array;
  /** The attested enclave's Ed25519 record-signing key (32 bytes). */
  enclavePublicKey: Uint8Array;
  runtimeMeasurement: Uint8Array;
  insecure: boolean;
  rate: bigint;
  /** Cumulative amount signed on the channel (the base, then each payment of this session). */
  paid: bigint;
  /** The round whose result or key is awaited. */
  round: bigint;
  cyclesAsked: number;
  phase: 'awaiting-result' | 'awaiting-key' | 'ended';
  /** Cycles asked for the round after the awaited key (0: the session ends with it). */
  nextCycles: number;
  /**
   * The most this session will ever sign as a cumulative amount (the channel deposit, or less): a round
   * billed for more work than that is refused unpaid (RESULT_ABOVE_CAP). Absent: no cap but the price.
   */
  maxAmount?: bigint;
  pending?: { cyclesDone: number; keyHash: Uint8Array; record: Uint8Array; signature: Uint8Array; result: ResultMessage };
  /**
   * k of the last round whose key this session accepted: the key hash of the next round when its result
   * leaves it out (the enclave's keys are hash chains, k(r-1) = keccak256(k(r)): docs/protocol.md, "Round keys").
   */
  lastKey?: { round: bigint; key: Uint8Array };
};

export function newRequesterSession(init: {
  sessionId: Uint8Array;
  /** 32 bytes, or their hex (converted once, here). */
  channelId: Uint8Array | Hex;
  functionMeasurement: Uint8Array;
  enclavePublicKey: Uint8Array;
  runtimeMeasurement: Uint8Array;
  insecure: boolean;
  rate: bigint;
  base: bigint;
  firstRound: bigint;
  cycles: number;
  maxAmount?: bigint;
}): RequesterSessionState {
  return {
    ...(init.maxAmount === undefined ? {} : { maxAmount: init.maxAmount }),
    sessionId: init.sessionId,
    channelId: typeof init.channelId === 'string' ? fromHex(init.channelId, 32, 'channelId') : assertLength(init.channelId, 32, 'channelId'),
    functionMeasurement: init.functionMeasurement,
    enclavePublicKey: init.enclavePublicKey,
    runtimeMeasurement: init.runtimeMeasurement,
    insecure: init.insecure,
    rate: init.rate,
    paid: init.base,
    round: init.firstRound,
    cyclesAsked: init.cycles,
    phase: 'awaiting-result',
    nextCycles: 0,
  };
}

/**
 * Checks a result against the round the requester asked for and the state it holds (committed as
 * `inputStateCommitment`), and returns the terms to sign. Throws RESULT_* or RECORD_* errors.
 * `primitives` check the enclave's signature: noble when left out; the Node edge passes NODE_PRIMITIVES.
 */
export function acceptResult(
  state: RequesterSessionState,
  message: ResultMessage,
  inputStateCommitment: Uint8Array,
  primitives: CryptoPrimitives = NOBLE_PRIMITIVES,
): { state: RequesterSessionState; terms: PaymentTerms; record: Uint8Array } {
  if (state.phase !== 'awaiting-result') {
    throw new AirtntError('RESULT_UNEXPECTED', 'a result arrived while none was asked for', {
      details: { phase: state.phase, round: message.round },
    });
  }
  if (message.round !== state.round) {
    throw new AirtntError('RESULT_OUT_OF_ORDER', 'the result is for another round than the one asked', {
      details: { expected: state.round, got: message.round },
      hint: 'a replayed or reordered result: nothing is paid for it',
    });
  }
  if (message.cyclesDone > state.cyclesAsked) {
    throw new AirtntError('RESULT_TOO_MANY_CYCLES', 'the result claims more cycles than asked', {
      details: { asked: state.cyclesAsked, done: message.cyclesDone },
    });
  }
  const keyHash = resultKeyHash(state, message);
  const record = encodeRecord({
    version: RECORD_VERSION,
    flags: state.insecure ? RECORD_FLAG_INSECURE : 0,
    enclavePublicKey: state.enclavePublicKey,
    runtimeMeasurement: state.runtimeMeasurement,
    functionMeasurement: state.functionMeasurement,
    sessionId: state.sessionId,
    channelId: state.channelId,
    round: state.round,
    cyclesAsked: BigInt(state.cyclesAsked),
    cyclesDone: BigInt(message.cyclesDone),
    workUnits: BigInt(message.workUnits),
    inputStateCommitment,
    stateCiphertextHash: keccak_256(message.stateCiphertext),
    outputsCiphertextHash: keccak_256(message.outputsCiphertext),
    keyHash,
  });
  try {
    checkRoundRecord(record, message.signature, {
      enclavePublicKey: state.enclavePublicKey,
      functionMeasurement: state.functionMeasurement,
      sessionId: state.sessionId,
      channelId: state.channelId,
      round: state.round,
      inputStateCommitment,
      cyclesAsked: state.cyclesAsked,
      stateCiphertext: message.stateCiphertext,
      outputsCiphertext: message.outputsCiphertext,
    }, primitives);
  } catch (cause) {
    // The record is rebuilt from what we expect, so any difference in the signed one shows as a bad signature.
    throw new AirtntError('RESULT_NOT_ATTESTED', 'the enclave did not sign this result for this session, round and state', {
      details: { round: state.round, reason: cause instanceof AirtntError ? cause.code : String(cause) },
      hint: 'the result was tampered with, replayed, or belongs to another session or round: nothing is paid for it',
      cause,
    });
  }
  const amount = state.paid + roundPrice(state.rate, message.cyclesDone, message.workUnits);
  if (state.maxAmount !== undefined && amount > state.maxAmount) {
    throw new AirtntError('RESULT_ABOVE_CAP', 'the round did more work than this session will pay for', {
      details: { amount, maxAmount: state.maxAmount, cyclesDone: message.cyclesDone, workUnits: message.workUnits, billedCycles: billedCycles(message.cyclesDone, message.workUnits) },
      hint: 'nothing is paid for it; the executor stopped it past what the channel covers only if it is honest: use a larger deposit, or fewer cycles per round',
    });
  }
  return {
    state: {
      ...state,
      phase: 'awaiting-key',
      pending: { cyclesDone: message.cyclesDone, keyHash, record, signature: message.signature, result: message },
    },
    // The viem edge: EIP-712 terms are hex.
    terms: { channelId: toHex(state.channelId), amount, keyHash: toHex(keyHash) },
    record,
  };
}

/**
 * The round's key hash: the one the result carries, or, left out, the key of the round before (which
 * this session accepted). A wrong one is harmless: the enclave signed its own, so the record rebuilt
 * with another fails its signature (RESULT_NOT_ATTESTED).
 */
function resultKeyHash(state: RequesterSessionState, message: ResultMessage): Uint8Array {
  if (message.keyHash !== undefined) return message.keyHash;
  if (state.lastKey === undefined || state.lastKey.round !== state.round - 1n) {
    throw new AirtntError('RESULT_NOT_ATTESTED', `the result of round ${state.round} leaves its key hash out, and this session holds no key of round ${state.round - 1n} to take it from`, {
      details: { round: state.round, lastKeyRound: state.lastKey?.round },
      hint: 'only a result that follows a round whose key this session received may leave its key hash out: nothing is paid for it',
    });
  }
  return state.lastKey.key;
}

/** Records that the payment for the pending round was signed and sent, with the next round's cycles. */
export function paymentSent(state: RequesterSessionState, amount: bigint, nextCycles: number): RequesterSessionState {
  if (state.phase !== 'awaiting-key' || state.pending === undefined) {
    throw new AirtntError('PAYMENT_UNEXPECTED', 'no round is waiting for payment', { details: { phase: state.phase } });
  }
  return { ...state, paid: amount, nextCycles };
}

/** Checks the key against the paid round's keyHash; the session then awaits the next result or ends. */
export function acceptKey(state: RequesterSessionState, message: KeyMessage): RequesterSessionState {
  if (state.phase !== 'awaiting-key' || state.pending === undefined) {
    throw new AirtntError('KEY_UNEXPECTED', 'a key arrived while none was awaited', { details: { phase: state.phase } });
  }
  if (message.round !== state.round) {
    throw new AirtntError('KEY_OUT_OF_ORDER', 'the key is for another round', {
      details: { expected: state.round, got: message.round },
    });
  }
  checkKey(message.key, state.pending.keyHash);
  return {
    ...state,
    pending: undefined,
    lastKey: { round: state.round, key: message.key },
    round: state.round + 1n,
    cyclesAsked: state.nextCycles,
    nextCycles: 0,
    phase: state.nextCycles > 0 ? 'awaiting-result' : 'ended',
  };
}

/** Throws KEY_MISMATCH unless keccak256(key) = keyHash (32 bytes, or their hex from a store or a chain event). */
export function checkKey(key: Uint8Array, keyHash: Uint8Array | Hex): void {
  const expected = typeof keyHash === 'string' ? fromHex(keyHash, 32, 'keyHash') : keyHash;
  if (key.length !== 32 || !equalBytes(keccak_256(key), expected)) {
    throw new AirtntError('KEY_MISMATCH', 'the key does not hash to the key hash that was paid for', {
      details: { keyHash: typeof keyHash === 'string' ? keyHash : toHex(keyHash) },
      hint: 'the executor sent a wrong key: take the real one from the chain once it collects',
    });
  }
}
