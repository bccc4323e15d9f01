/**
 * The session wire protocol (docs/protocol.md part 3): one CBOR array per binary WebSocket frame,
 * `[kind, ...fields]`, positional so that frames stay lean (no map keys on the wire). Every frame
 * is decoded with cbor-x and validated with a zod schema, with byte bounds on every field, before
 * anything else looks at it. Only what the other side cannot rebuild is sent: the requester
 * rebuilds the round record from what it knows and checks the enclave's signature over it.
 */
import { Encoder } from 'cbor-x';
import { z } from 'zod';
import { fromHex, toHex } from '../util/bytes.js';
import { AirtntError } from '../util/errors.js';
import { scanFrame } from './cbor-scan.js';
import type { OwnerOpening } from './owner-opening.js';
import { decodeOwners, encodeOwners, MAX_OWNERS_BYTES } from './owners-wire.js';
import { decodeAcksWire, decodePoolOpenWire, encodeAcksWire, encodePoolOpenWire, MAX_POOL_OPEN_BYTES, MAX_POOL_STANDBYS, POOL_ACK_WIRE_BYTES, type PoolOpenWire } from './pool-session-wire.js';
import type { PoolAck } from './pool-rules.js';

/** Message kinds (stored and sent as small integers; only ever added to, never reused). */
export const MessageKind = {
  error: 0,
  open: 1,
  result: 2,
  pay: 3,
  key: 4,
  /** Requester -> executor, before any `open`: ask whether the executor holds a module, or send it sealed. */
  module: 5,
  /** Executor -> requester: the answer to `module` (held, or needed and up to how many bytes). */
  moduleStatus: 6,
  /** Executor -> requester, a pool session's standby only: the session is open in its enclave, it stands by (docs/protocol.md, "The pool"). */
  standby: 7,
  /** Requester -> a pool session's standby: the key of a paid round, against the requester's PoolPayment for it. */
  keyRequest: 8,
  /** Requester -> a pool session's members: its signed view change (the named member continues the session). */
  viewChange: 9,
} as const;
export type MessageKindName = keyof typeof MessageKind;

/** Wire-level bounds, shared by both sides (an executor may configure tighter ones). */
export const WIRE_LIMITS = {
  /** Largest frame either side accepts (ws maxPayload). */
  maxFrameBytes: 4 * 1024 * 1024,
  /** Largest sealed session opening (HPKE envelope of secret + state). */
  maxSealedSessionBytes: 2 * 1024 * 1024,
  /** Largest state or outputs ciphertext in one result. */
  maxCiphertextBytes: 2 * 1024 * 1024,
  maxErrorMessageChars: 1000,
  maxErrorCodeChars: 64,
  /** Rounds are stored as SQLite integers and JS numbers: beyond 2^53 - 1 neighbours would collide. */
  maxRound: Number.MAX_SAFE_INTEGER,
  /** Cycles asked over one whole session. */
  maxSessionCycles: Number.MAX_SAFE_INTEGER,
  /** Cycles asked in one round (the function ABI counts cycles in a u32). */
  maxCyclesPerRound: 0xffff_ffff,
  /** Largest sealed module (16 MiB module, the enclave's ceiling, plus the HPKE envelope); executors set lower ones. */
  maxSealedModuleBytes: 16 * 1024 * 1024 + 48,
} as const;

/** A pool session's extra bytes in `open` (the pool section, the standbys' pool link URLs) and in `result` (acks). */
const POOL_OPEN_EXTRA_BYTES = MAX_POOL_OPEN_BYTES + 16;
const POOL_RESULT_EXTRA_BYTES = MAX_POOL_STANDBYS * POOL_ACK_WIRE_BYTES + 16;

/**
 * The largest frame of each kind (index: the kind's number), checked before decoding: only `open`
 * and `result` carry ciphertext; the others have a fixed shape of a few dozen bytes (with slack for
 * the widest integer encodings), or a bounded error text.
 */
const KIND_MAX_BYTES: Record<number, number> = {
  [0]: 64 + 4 * 1000 + 64, // error: code up to 64 chars, message up to 1000 UTF-16 units (at most 3 UTF-8 bytes each)
  [1]: 2 * 1024 + 2 * 1024 * 1024 + 16 + MAX_OWNERS_BYTES + POOL_OPEN_EXTRA_BYTES, // open: the sealed session plus fixed fields, the owners (owners-wire.ts), a pool
  [2]: 2 * 1024 + 2 * 2 * 1024 * 1024 + POOL_RESULT_EXTRA_BYTES, // result: two ciphertexts plus fixed fields, a pool round's acks
  [3]: 128, // pay: amount (<= 14 bytes), 65-byte signature, cycles
  [4]: 64, // key: round, 32-byte key
  [5]: 128 + 16 * 1024 * 1024 + 48, // module: measurement, then nothing or the sealed module
  [6]: 64, // moduleStatus: measurement, held (0 or 1), max module bytes
  [7]: 64, // standby: session id
  [8]: 128, // keyRequest: round, amount, 65-byte signature
  [9]: 352 + MAX_POOL_OPEN_BYTES, // viewChange: signed fields, signature, next cycles, the standbys' pool links, the last paid round's PoolPayment
};


/** The contract stores amounts in 96 bits. */
export const MAX_AMOUNT = (1n << 96n) - 1n;
const MAX_ROUND = BigInt(WIRE_LIMITS.maxRound);
const MAX_LANE = (1n << 64n) - 1n;

/** Error codes on the wire: what airtnt's own codes look like, nothing a log or terminal could misread. */
export const ERROR_CODE_PATTERN = /^[A-Z0-9_]{1,64}$/;

/**
 * A peer's text made safe to log or print: C0/C1 control characters (newlines, ANSI escapes) and
 * bidirectional overrides become '?', so it cannot forge log lines or rewrite a terminal.
 */
export function printableText(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '?');
}

export type ErrorMessage = { kind: 'error'; code: string; message: string };

/** Requester -> executor: start a session on a channel and run its first round. */
export type OpenMessage = {
  kind: 'open';
  /** ERC-20 token of the channel; undefined for ETH. */
  token: `0x${string}` | undefined;
  lane: bigint;
  functionMeasurement: Uint8Array;
  sessionId: Uint8Array;
  sealedSession: Uint8Array;
  firstRound: bigint;
  /** Price per cycle the requester pays, in the channel's unit (wei or token units). */
  rate: bigint;
  /** Cumulative amount already signed on this channel before this session (payments add to it). */
  base: bigint;
  /** Cycles asked by each round (the first one asks min(cycles, sessionCycles)). */
  cycles: number;
  /** Most cycles asked over the session: each round asks min(cycles, what is left of it). */
  sessionCycles: number;
  /** EIP-712 SessionOpen signature by the channel's requester, who is identified by it (src/protocol/session-open.ts). */
  signature: Uint8Array;
  /**
   * Code and data owners' releases, the encrypted module and the result recipient (docs/protocol.md
   * part 2, "Owners in a session opening"; on the wire: owners-wire.ts). The sealed session's aad ends with their digest.
   */
  owners?: OwnerOpening | undefined;
  /**
   * A pool session (docs/protocol.md, "The pool"): the public pool section the sealed session binds,
   * and, to the view-0 executor, its standbys' pool link URLs (index -> URL). 14th item (13th: owners or null).
   */
  pool?: PoolOpenWire | undefined;
};

/** Executor -> requester: the attested result of one round, minus what the requester can rebuild. */
export type ResultMessage = {
  kind: 'result';
  round: bigint;
  cyclesDone: number;
  keyHash: Uint8Array;
  /** The enclave's 64-byte Ed25519 signature over the record the requester rebuilds. */
  signature: Uint8Array;
  stateCiphertext: Uint8Array;
  outputsCiphertext: Uint8Array;
  /** Metered work units of the round (record v3), priced with cyclesDone (src/protocol/pricing.ts). */
  workUnits: number;
  /**
   * Only in sessions whose results go to a named recipient (not the requester): the record's input
   * state commitment, which the requester cannot compute (it is under the recipient's keys) but needs
   * to rebuild and check the signed record.
   */
  inputStateCommitment?: Uint8Array | undefined;
  /**
   * From an executor serving a registry: the enclave's 65-byte secp256k1 signature over the registry's
   * EIP-712 RoundRecord(sessionId, round, keccak256(record)) (docs/protocol.md, "Slashing"). The
   * requester keeps it: two such claims on different records for one round slash the executor.
   */
  recordClaim?: Uint8Array | undefined;
  /** A pool session: the standbys' acks of this round (index(1) || Ed25519 signature(64) each). 11th item (9th, 10th: as above or null). */
  acks?: PoolAck[] | undefined;
};

/** Requester -> executor: the payment update for the last result, and what to do next. */
export type PayMessage = {
  kind: 'pay';
  /** Cumulative amount on the channel (base + every round paid in this session). */
  amount: bigint;
  /** EIP-712 Payment(channelId, amount, keyHash) signature by the requester. */
  signature: Uint8Array;
  /**
   * Cycles for the next round: exactly what the signed schedule of the opening leaves
   * (min(cycles, sessionCycles - asked so far)), or 0 to end the session after the key is released.
   */
  nextCycles: number;
};

/** Executor -> requester: the key of a paid round. */
export type KeyMessage = { kind: 'key'; round: bigint; key: Uint8Array };

/**
 * Requester -> executor, as a connection's first frames instead of `open` (docs/protocol.md part 3,
 * "Modules"): without `sealedModule`, asks whether the executor holds the function; with it, sends
 * the module sealed to the enclave (sealModule). Nothing is signed or paid: the executor answers with
 * `moduleStatus` or refuses with an error (FUNCTION_NOT_ACCEPTED, MODULE_TOO_LARGE, INVALID_FUNCTION...).
 */
export type ModuleMessage = { kind: 'module'; functionMeasurement: Uint8Array; sealedModule: Uint8Array | undefined };

/** Executor -> requester: whether the enclave now holds the function, and the largest module it accepts. */
export type ModuleStatusMessage = { kind: 'moduleStatus'; functionMeasurement: Uint8Array; held: boolean; maxModuleBytes: number };

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

export type Message = ErrorMessage | OpenMessage | ResultMessage | PayMessage | KeyMessage | ModuleMessage | ModuleStatusMessage | StandbyMessage | KeyRequestMessage | ViewChangeMessage;

// --- schemas ------------------------------------------------------------------------------------

const bytesOf = (length: number) =>
  z.instanceof(Uint8Array).refine((b) => b.length === length, { message: `expected ${length} bytes` });
const bytesUpTo = (max: number) =>
  z.instanceof(Uint8Array).refine((b) => b.length <= max, { message: `expected at most ${max} bytes` });
/** An unsigned integer that cbor-x decodes as number (small) or bigint (64-bit), up to `max`. */
const uintUpTo = (max: bigint) =>
  z
    .union([z.number().int().nonnegative(), z.bigint().nonnegative()])
    .transform((v) => BigInt(v))
    .refine((v) => v <= max, { message: `expected at most ${max}` });
const smallUint = (max: number) => z.number().int().nonnegative().max(max);
const address = bytesOf(20);

const errorSchema = z.tuple([
  z.literal(MessageKind.error),
  z.string().regex(ERROR_CODE_PATTERN),
  z.string().max(WIRE_LIMITS.maxErrorMessageChars),
]);
const openItems = [
  z.literal(MessageKind.open),
  z.union([address, z.null()]),
  uintUpTo(MAX_LANE),
  bytesOf(32),
  bytesOf(32),
  bytesUpTo(WIRE_LIMITS.maxSealedSessionBytes),
  uintUpTo(MAX_ROUND),
  uintUpTo(MAX_AMOUNT),
  uintUpTo(MAX_AMOUNT),
  smallUint(WIRE_LIMITS.maxCyclesPerRound).min(1),
  z.number().int().min(1).max(WIRE_LIMITS.maxSessionCycles),
  bytesOf(65),
] as const;
const openSchema = z.tuple(openItems);
/** `open` with its 13th item, the owners (owners-wire.ts). */
const openOwnedSchema = z.tuple([...openItems, bytesUpTo(MAX_OWNERS_BYTES)]);
/** `open` with its 14th item, the pool (pool-session-wire.ts; 13th: the owners or null). */
const openPooledSchema = z.tuple([...openItems, z.union([bytesUpTo(MAX_OWNERS_BYTES), z.null()]), bytesUpTo(MAX_POOL_OPEN_BYTES)]);
const resultItems = [
  z.literal(MessageKind.result),
  uintUpTo(MAX_ROUND),
  smallUint(WIRE_LIMITS.maxCyclesPerRound),
  bytesOf(32),
  bytesOf(64),
  bytesUpTo(WIRE_LIMITS.maxCiphertextBytes),
  bytesUpTo(WIRE_LIMITS.maxCiphertextBytes),
  z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER),
] as const;
const resultSchema = z.tuple(resultItems);
/** `result` with its 9th item, the input state commitment (sessions with a named recipient). */
const resultCommittedSchema = z.tuple([...resultItems, bytesOf(32)]);
/** `result` with its 10th item, the record claim (9th: the input state commitment or null). */
const resultClaimedSchema = z.tuple([...resultItems, z.union([bytesOf(32), z.null()]), bytesOf(65)]);
/** `result` with its 11th item, a pool round's acks (9th and 10th: as above or null). */
const resultAckedSchema = z.tuple([...resultItems, z.union([bytesOf(32), z.null()]), z.union([bytesOf(65), z.null()]), bytesUpTo(MAX_POOL_STANDBYS * POOL_ACK_WIRE_BYTES)]);
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
const paySchema = z.tuple([
  z.literal(MessageKind.pay),
  uintUpTo(MAX_AMOUNT),
  bytesOf(65),
  smallUint(WIRE_LIMITS.maxCyclesPerRound),
]);
const keySchema = z.tuple([z.literal(MessageKind.key), uintUpTo(MAX_ROUND), bytesOf(32)]);
const moduleSchema = z.tuple([z.literal(MessageKind.module), bytesOf(32), z.union([bytesUpTo(WIRE_LIMITS.maxSealedModuleBytes), z.null()])]);
const moduleStatusSchema = z.tuple([z.literal(MessageKind.moduleStatus), bytesOf(32), z.union([z.literal(0), z.literal(1)]), z.number().int().nonnegative().max(WIRE_LIMITS.maxSealedModuleBytes)]);

// --- codec --------------------------------------------------------------------------------------

// Plain byte strings for Uint8Array (no tag 64), arrays not records, 64-bit integers as bigint.
// (int64AsType is a cbor-x option missing from its type declarations.)
const cbor = new Encoder({
  useRecords: false,
  mapsAsObjects: true,
  tagUint8Array: false,
  int64AsType: 'bigint',
} as ConstructorParameters<typeof Encoder>[0]);

/** Integers that fit a double go out as CBOR major type 0 in the fewest bytes (cbor-x writes bigints as 9 bytes). */
function compactUint(value: bigint): number | bigint {
  return value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : value;
}

const hexAddress = (bytes: Uint8Array): `0x${string}` => toHex(bytes);
const addressBytes = (address: `0x${string}`): Uint8Array => {
  if (!/^0x[0-9a-fA-F]{40}$/.test(address)) {
    throw new AirtntError('INVALID_ADDRESS', `"${address}" is not a 20-byte hex address`);
  }
  return fromHex(address, 20, 'address');
};
/** cbor-x hands out Buffers; copy into plain Uint8Arrays so nothing aliases the frame. */
const plain = (bytes: Uint8Array): Uint8Array => new Uint8Array(bytes);

export function encodeMessage(message: Message): Uint8Array {
  switch (message.kind) {
    case 'error':
      return cbor.encode([
        MessageKind.error,
        ERROR_CODE_PATTERN.test(message.code) ? message.code : 'INVALID_ERROR_CODE',
        message.message.slice(0, WIRE_LIMITS.maxErrorMessageChars),
      ]);
    case 'open':
      return cbor.encode([
        MessageKind.open,
        message.token === undefined ? null : addressBytes(message.token),
        compactUint(message.lane),
        message.functionMeasurement,
        message.sessionId,
        message.sealedSession,
        compactUint(message.firstRound),
        compactUint(message.rate),
        compactUint(message.base),
        message.cycles,
        message.sessionCycles,
        message.signature,
        ...(message.pool !== undefined
          ? [message.owners === undefined ? null : encodeOwners(message.owners), encodePoolOpenWire(message.pool)]
          : message.owners === undefined ? [] : [encodeOwners(message.owners)]),
      ]);
    case 'result':
      return cbor.encode([
        MessageKind.result,
        compactUint(message.round),
        message.cyclesDone,
        message.keyHash,
        message.signature,
        message.stateCiphertext,
        message.outputsCiphertext,
        message.workUnits,
        ...(message.acks !== undefined
          ? [message.inputStateCommitment ?? null, message.recordClaim ?? null, encodeAcksWire(message.acks)]
          : message.recordClaim !== undefined
            ? [message.inputStateCommitment ?? null, message.recordClaim]
            : message.inputStateCommitment === undefined ? [] : [message.inputStateCommitment]),
      ]);
    case 'pay':
      return cbor.encode([MessageKind.pay, compactUint(message.amount), message.signature, message.nextCycles]);
    case 'key':
      return cbor.encode([MessageKind.key, compactUint(message.round), message.key]);
    case 'module':
      return cbor.encode([MessageKind.module, message.functionMeasurement, message.sealedModule ?? null]);
    case 'moduleStatus':
      return cbor.encode([MessageKind.moduleStatus, message.functionMeasurement, message.held ? 1 : 0, message.maxModuleBytes]);
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
  switch (kind) {
    case MessageKind.error: {
      const [, code, message] = parse(errorSchema, raw, 'error');
      return { kind: 'error', code, message: printableText(message) };
    }
    case MessageKind.open: {
      const owned = raw.length === openItems.length + 1;
      const pooled = raw.length === openItems.length + 2;
      const [, token, lane, fn, sessionId, sealed, firstRound, rate, base, cycles, sessionCycles, signature, owners, pool] = parse(
        pooled ? openPooledSchema : owned ? openOwnedSchema : openSchema,
        raw,
        'open',
      );
      return {
        kind: 'open',
        token: token === null ? undefined : hexAddress(token),
        lane,
        functionMeasurement: plain(fn),
        sessionId: plain(sessionId),
        sealedSession: plain(sealed),
        firstRound,
        rate,
        base,
        cycles,
        sessionCycles,
        signature: plain(signature),
        ...(owners === undefined || owners === null ? {} : { owners: decodeOwners(plain(owners)) }),
        ...(pool === undefined ? {} : { pool: decodePoolOpenWire(plain(pool)) }),
      };
    }
    case MessageKind.result: {
      const items = raw.length;
      const schema = items === resultItems.length + 3 ? resultAckedSchema : items === resultItems.length + 2 ? resultClaimedSchema : items === resultItems.length + 1 ? resultCommittedSchema : resultSchema;
      const [, round, cyclesDone, keyHash, signature, state, outputs, workUnits, inputStateCommitment, recordClaim, acks] = parse(schema, raw, 'result');
      return {
        kind: 'result',
        round,
        cyclesDone,
        keyHash: plain(keyHash),
        signature: plain(signature),
        stateCiphertext: plain(state),
        outputsCiphertext: plain(outputs),
        workUnits,
        ...(inputStateCommitment === undefined || inputStateCommitment === null ? {} : { inputStateCommitment: plain(inputStateCommitment) }),
        ...(recordClaim === undefined || recordClaim === null ? {} : { recordClaim: plain(recordClaim) }),
        ...(acks === undefined ? {} : { acks: decodeAcksWire(plain(acks)) }),
      };
    }
    case MessageKind.pay: {
      const [, amount, signature, nextCycles] = parse(paySchema, raw, 'pay');
      return { kind: 'pay', amount, signature: plain(signature), nextCycles };
    }
    case MessageKind.key: {
      const [, round, key] = parse(keySchema, raw, 'key');
      return { kind: 'key', round, key: plain(key) };
    }
    case MessageKind.module: {
      const [, fn, sealed] = parse(moduleSchema, raw, 'module');
      return { kind: 'module', functionMeasurement: plain(fn), sealedModule: sealed === null ? undefined : plain(sealed) };
    }
    case MessageKind.moduleStatus: {
      const [, fn, held, maxModuleBytes] = parse(moduleStatusSchema, raw, 'moduleStatus');
      return { kind: 'moduleStatus', functionMeasurement: plain(fn), held: held === 1, maxModuleBytes };
    }
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
      throw new AirtntError('MESSAGE_UNKNOWN_KIND', `unknown message kind ${kind}`, {
        details: { kind },
        hint: 'the peer speaks another protocol version',
      });
  }
}

function parse<T extends z.ZodType>(schema: T, raw: unknown[], name: string): z.output<T> {
  const result = schema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new AirtntError('MESSAGE_MALFORMED', `malformed "${name}" message`, {
      details: { field: issue?.path.join('.') ?? '', problem: issue?.message ?? 'invalid' },
    });
  }
  return result.data;
}
