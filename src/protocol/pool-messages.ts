/**
 * A pool session's own frames (docs/protocol.md, "The pool"): kinds 7 `standby`, 8 `keyRequest` and
 * 9 `viewChange`, their schemas, size limits and codec. messages.ts dispatches to them by kind.
 */
import { z } from 'zod';
import { AirtntError } from '../util/errors.js';
import { address, addressBytes, bytesOf, bytesUpTo, cbor, compactUint, hexAddress, MAX_AMOUNT, MAX_ROUND, MessageKind, parse, plain, smallUint, uintUpTo, WIRE_LIMITS } from './message-fields.js';
import { decodePoolOpenWire, encodePoolOpenWire, MAX_POOL_OPEN_BYTES, MAX_POOL_STANDBYS } from './pool-session-wire.js';

/** Executor (a pool session's standby) -> requester: the session is open in its enclave and it holds it as a standby. */
export type StandbyMessage = { kind: 'standby'; sessionId: Uint8Array };

/** Requester -> standby: release round `round`'s key against this PoolPayment (to the member that ran it, cumulative `amount`). */
export type KeyRequestMessage = { kind: 'keyRequest'; round: bigint; amount: bigint; signature: Uint8Array };

/**
 * Requester -> members: ViewChange(sessionId of the connection's session, view, executor, lastPaidRound,
 * lastPaidKeyHash, ackCount) signed by the requester; to the named executor also the cycles of the next
 * round and the other live standbys' pool links (as in `open`, with an empty section). `payment`: the
 * requester's PoolPayment of lastPaidRound to the member that ran it (absent when nothing was paid yet),
 * which the named executor's enclave checks before it continues from that round.
 */
export type ViewChangeMessage = {
  kind: 'viewChange';
  view: number;
  executor: `0x${string}`;
  lastPaidRound: bigint;
  lastPaidKeyHash: Uint8Array;
  ackCount: number;
  signature: Uint8Array;
  nextCycles: number;
  standbys: { index: number; url: string }[];
  payment?: { amount: bigint; signature: Uint8Array };
};

export type PoolMessage = StandbyMessage | KeyRequestMessage | ViewChangeMessage;

/** The largest frame of each pool kind (index: the kind's number), checked before decoding. */
export const POOL_KIND_MAX_BYTES: Record<number, number> = {
  [MessageKind.standby]: 64, // session id
  [MessageKind.keyRequest]: 128, // round, amount, 65-byte signature
  [MessageKind.viewChange]: 352 + MAX_POOL_OPEN_BYTES, // signed fields, signature, next cycles, the standbys' pool links, the last paid round's PoolPayment
};

const standbySchema = z.tuple([z.literal(MessageKind.standby), bytesOf(32)]);
const keyRequestSchema = z.tuple([z.literal(MessageKind.keyRequest), uintUpTo(MAX_ROUND), uintUpTo(MAX_AMOUNT), bytesOf(65)]);
const viewChangeSchema = z.tuple([
  z.literal(MessageKind.viewChange),
  z.number().int().min(1).max(0xffff_ffff),
  address,
  uintUpTo(MAX_ROUND),
  bytesOf(32),
  smallUint(MAX_POOL_STANDBYS),
  bytesOf(65),
  smallUint(WIRE_LIMITS.maxCyclesPerRound),
  bytesUpTo(MAX_POOL_OPEN_BYTES),
  z.union([uintUpTo(MAX_AMOUNT), z.null()]),
  z.union([bytesOf(65), z.null()]),
]);

export function encodePoolMessage(message: PoolMessage): Uint8Array {
  switch (message.kind) {
    case 'standby':
      return cbor.encode([MessageKind.standby, message.sessionId]);
    case 'keyRequest':
      return cbor.encode([MessageKind.keyRequest, compactUint(message.round), compactUint(message.amount), message.signature]);
    case 'viewChange':
      return cbor.encode([
        MessageKind.viewChange,
        message.view,
        addressBytes(message.executor),
        compactUint(message.lastPaidRound),
        message.lastPaidKeyHash,
        message.ackCount,
        message.signature,
        message.nextCycles,
        encodePoolOpenWire({ section: new Uint8Array(0), standbys: message.standbys }),
        message.payment === undefined ? null : compactUint(message.payment.amount),
        message.payment?.signature ?? null,
      ]);
  }
}

/** Validates a decoded CBOR array whose kind is a pool kind; undefined for any other kind. */
export function decodePoolMessage(raw: unknown[], kind: number): PoolMessage | undefined {
  switch (kind) {
    case MessageKind.standby: {
      const [, sessionId] = parse(standbySchema, raw, 'standby');
      return { kind: 'standby', sessionId: plain(sessionId) };
    }
    case MessageKind.keyRequest: {
      const [, round, amount, signature] = parse(keyRequestSchema, raw, 'keyRequest');
      return { kind: 'keyRequest', round, amount, signature: plain(signature) };
    }
    case MessageKind.viewChange: {
      const [, view, executor, lastPaidRound, lastPaidKeyHash, ackCount, signature, nextCycles, links, paymentAmount, paymentSignature] = parse(viewChangeSchema, raw, 'viewChange');
      if ((paymentAmount === null) !== (paymentSignature === null)) {
        throw new AirtntError('MESSAGE_MALFORMED', 'malformed "viewChange" message: its payment has an amount or a signature, not both', { details: { amount: paymentAmount !== null, signature: paymentSignature !== null } });
      }
      const change: ViewChangeMessage = { kind: 'viewChange', view, executor: hexAddress(executor), lastPaidRound, lastPaidKeyHash: plain(lastPaidKeyHash), ackCount, signature: plain(signature), nextCycles, standbys: decodePoolOpenWire(plain(links)).standbys };
      return paymentAmount === null || paymentSignature === null ? change : { ...change, payment: { amount: paymentAmount, signature: plain(paymentSignature) } };
    }
    default:
      return undefined;
  }
}
