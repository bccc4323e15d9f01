/**
 * The session wire protocol (docs/protocol.md part 3): one CBOR array per binary WebSocket frame,
 * `[kind, ...fields]`, positional so that frames stay lean (no map keys on the wire). Every frame
 * is decoded with cbor-x and validated with a zod schema, with byte bounds on every field, before
 * anything else looks at it. Only what the other side cannot rebuild is sent: the requester
 * rebuilds the round record from what it knows and checks the enclave's signature over it.
 *
 * This module is the entry point: it bounds and decodes a frame, then dispatches by kind to
 * session-messages.ts (kinds 0-6) or pool-messages.ts (kinds 7-9); the shared field schemas, limits
 * and codec helpers are in message-fields.ts.
 */
import { AirtntError } from '../util/errors.js';
import { scanFrame } from './cbor-scan.js';
import { cbor, WIRE_LIMITS } from './message-fields.js';
import { decodePoolMessage, encodePoolMessage, POOL_KIND_MAX_BYTES, type PoolMessage } from './pool-messages.js';
import { decodeSessionMessage, encodeSessionMessage, SESSION_KIND_MAX_BYTES, type SessionMessage } from './session-messages.js';

export { MAX_AMOUNT, MessageKind, WIRE_LIMITS, type MessageKindName } from './message-fields.js';
export type { KeyRequestMessage, StandbyMessage, ViewChangeMessage } from './pool-messages.js';
export { ERROR_CODE_PATTERN, printableText } from './session-messages.js';
export type { ErrorMessage, KeyMessage, ModuleMessage, ModuleStatusMessage, OpenMessage, PayMessage, ResultMessage } from './session-messages.js';

/**
 * The session link's versions, as WebSocket subprotocols (docs/protocol.md, "Session link versions"); no
 * subprotocol is version 1. Version 2: a result may leave its key hash out when it is the key of the round
 * before ("Round keys"). Version 3: also, `pay` may leave its amount out, the exact amount the executor
 * derives (the signature is over it). Version 4: also, the requester may seal its opening as one that
 * decodes bit diffs (sealing.ts, info v2), which an earlier enclave cannot open. A requester offers them oldest first; this release's executor takes
 * the newest it knows, an executor of an earlier release the first (ws's default) and sends every key hash,
 * and a requester of an earlier release offers none.
 */
export const SESSION_SUBPROTOCOLS = ['airtnt-session.2', 'airtnt-session.3', 'airtnt-session.4'] as const;

export type SessionLinkVersion = 1 | 2 | 3 | 4;

/** The version a link's agreed subprotocol (ws.protocol, '' for none) stands for. */
export function sessionLinkVersion(protocol: string): SessionLinkVersion {
  const index = (SESSION_SUBPROTOCOLS as readonly string[]).indexOf(protocol);
  return index === -1 ? 1 : (index + 2) as SessionLinkVersion;
}

export type Message = SessionMessage | PoolMessage;

/** The largest frame of each kind (index: the kind's number), checked before decoding. */
const KIND_MAX_BYTES: Record<number, number> = { ...SESSION_KIND_MAX_BYTES, ...POOL_KIND_MAX_BYTES };

export function encodeMessage(message: Message): Uint8Array {
  switch (message.kind) {
    case 'standby':
    case 'keyRequest':
    case 'viewChange':
      return encodePoolMessage(message);
    default:
      return encodeSessionMessage(message);
  }
}

/**
 * Decodes and validates one frame, in work linear in its size whatever it holds: the size, then the
 * CBOR headers (src/protocol/cbor-scan.ts) and the size limit of the frame's kind, before cbor-x and
 * the schema. Throws MESSAGE_MALFORMED (not CBOR, CBOR no message uses, trailing bytes, wrong shape or
 * bounds), MESSAGE_UNKNOWN_KIND, or MESSAGE_TOO_LARGE; never anything else.
 */
export function decodeMessage(frame: Uint8Array, maxFrameBytes: number = WIRE_LIMITS.maxFrameBytes): Message {
  if (frame.length > maxFrameBytes) {
    throw new AirtntError('MESSAGE_TOO_LARGE', `a frame of ${frame.length} bytes exceeds the limit`, {
      details: { bytes: frame.length, limit: maxFrameBytes },
    });
  }
  // Headers first, in one linear pass: nothing below runs on a frame shaped unlike every message.
  const { kind: scannedKind } = scanFrame(frame);
  const kindLimit = scannedKind === undefined ? undefined : KIND_MAX_BYTES[scannedKind];
  if (kindLimit !== undefined && frame.length > kindLimit) {
    throw new AirtntError('MESSAGE_TOO_LARGE', `a frame of kind ${scannedKind} of ${frame.length} bytes exceeds the limit of its kind`, {
      details: { kind: scannedKind, bytes: frame.length, limit: kindLimit },
    });
  }
  let raw: unknown;
  try {
    raw = cbor.decode(frame);
  } catch (cause) {
    throw new AirtntError('MESSAGE_MALFORMED', 'the frame is not one well-formed CBOR item', {
      details: { reason: cause instanceof Error ? cause.message : String(cause) },
      cause,
    });
  }
  if (!Array.isArray(raw) || raw.length === 0 || typeof raw[0] !== 'number') {
    throw new AirtntError('MESSAGE_MALFORMED', 'a message is a CBOR array whose first item is its kind');
  }
  const kind = raw[0];
  const message = decodeSessionMessage(raw, kind) ?? decodePoolMessage(raw, kind);
  if (message === undefined) {
    throw new AirtntError('MESSAGE_UNKNOWN_KIND', `unknown message kind ${kind}`, {
      details: { kind },
      hint: 'the peer speaks another protocol version',
    });
  }
  return message;
}
