/**
 * The two-party session's frames (docs/protocol.md part 3): kinds 0 `error` to 6 `moduleStatus`,
 * their schemas, size limits and codec. A pool session reuses `open` and `result` with extra items
 * (the pool section, the standbys' acks); its own kinds are in pool-messages.ts.
 */
import { z } from 'zod';
import type { OwnerOpening } from './owner-opening.js';
import { decodeOwners, encodeOwners, MAX_OWNERS_BYTES } from './owners-wire.js';
import { address, addressBytes, bytesOf, bytesUpTo, cbor, compactUint, hexAddress, MAX_AMOUNT, MAX_LANE, MAX_ROUND, MessageKind, parse, plain, smallUint, uintUpTo, WIRE_LIMITS } from './message-fields.js';
import type { PoolAck } from './pool-rules.js';
import { decodeAcksWire, decodePoolOpenWire, encodeAcksWire, encodePoolOpenWire, MAX_POOL_OPEN_BYTES, MAX_POOL_STANDBYS, POOL_ACK_WIRE_BYTES, type PoolOpenWire } from './pool-session-wire.js';

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
  /**
   * keccak256(k) of the round; left out (CBOR null) when it is the key of the round before, which the
   * requester holds (the enclave's keys are hash chains: docs/protocol.md, "Round keys"), and only to a
   * requester that said it derives it (session subprotocol airtnt-session.2).
   */
  keyHash?: Uint8Array | undefined;
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
  /**
   * Cumulative amount on the channel (base + every round paid in this session). Left out (session link
   * version 3): the executor takes the exact amount it expects, and the signature is checked over that.
   */
  amount?: bigint | undefined;
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

export type SessionMessage = ErrorMessage | OpenMessage | ResultMessage | PayMessage | KeyMessage | ModuleMessage | ModuleStatusMessage;

/** A pool session's extra bytes in `open` (the pool section, the standbys' pool link URLs) and in `result` (acks). */
const POOL_OPEN_EXTRA_BYTES = MAX_POOL_OPEN_BYTES + 16;
const POOL_RESULT_EXTRA_BYTES = MAX_POOL_STANDBYS * POOL_ACK_WIRE_BYTES + 16;

/**
 * The largest frame of each session kind (index: the kind's number), checked before decoding: only
 * `open` and `result` carry ciphertext; the others have a fixed shape of a few dozen bytes (with slack
 * for the widest integer encodings), or a bounded error text.
 */
export const SESSION_KIND_MAX_BYTES: Record<number, number> = {
  [0]: 64 + 4 * 1000 + 64, // error: code up to 64 chars, message up to 1000 UTF-16 units (at most 3 UTF-8 bytes each)
  [1]: 2 * 1024 + 2 * 1024 * 1024 + 16 + MAX_OWNERS_BYTES + POOL_OPEN_EXTRA_BYTES, // open: the sealed session plus fixed fields, the owners (owners-wire.ts), a pool
  [2]: 2 * 1024 + 2 * 2 * 1024 * 1024 + POOL_RESULT_EXTRA_BYTES, // result: two ciphertexts plus fixed fields, a pool round's acks
  [3]: 128, // pay: amount (<= 14 bytes), 65-byte signature, cycles
  [4]: 64, // key: round, 32-byte key
  [5]: 128 + 16 * 1024 * 1024 + 48, // module: measurement, then nothing or the sealed module
  [6]: 64, // moduleStatus: measurement, held (0 or 1), max module bytes
};

// --- schemas ------------------------------------------------------------------------------------

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
  z.union([bytesOf(32), z.null()]),
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
const paySchema = z.tuple([
  z.literal(MessageKind.pay),
  uintUpTo(MAX_AMOUNT),
  bytesOf(65),
  smallUint(WIRE_LIMITS.maxCyclesPerRound),
]);
/** `pay` without its amount (session link version 3): signature and next cycles. */
const payDerivedSchema = z.tuple([z.literal(MessageKind.pay), bytesOf(65), smallUint(WIRE_LIMITS.maxCyclesPerRound)]);
const keySchema = z.tuple([z.literal(MessageKind.key), uintUpTo(MAX_ROUND), bytesOf(32)]);
const moduleSchema = z.tuple([z.literal(MessageKind.module), bytesOf(32), z.union([bytesUpTo(WIRE_LIMITS.maxSealedModuleBytes), z.null()])]);
const moduleStatusSchema = z.tuple([z.literal(MessageKind.moduleStatus), bytesOf(32), z.union([z.literal(0), z.literal(1)]), z.number().int().nonnegative().max(WIRE_LIMITS.maxSealedModuleBytes)]);

// --- codec --------------------------------------------------------------------------------------

export function encodeSessionMessage(message: SessionMessage): Uint8Array {
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
        message.keyHash ?? null,
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
      return cbor.encode(message.amount === undefined ? [MessageKind.pay, message.signature, message.nextCycles] : [MessageKind.pay, compactUint(message.amount), message.signature, message.nextCycles]);
    case 'key':
      return cbor.encode([MessageKind.key, compactUint(message.round), message.key]);
    case 'module':
      return cbor.encode([MessageKind.module, message.functionMeasurement, message.sealedModule ?? null]);
    case 'moduleStatus':
      return cbor.encode([MessageKind.moduleStatus, message.functionMeasurement, message.held ? 1 : 0, message.maxModuleBytes]);
  }
}

/** Validates a decoded CBOR array whose kind is a session kind; undefined for any other kind. */
export function decodeSessionMessage(raw: unknown[], kind: number): SessionMessage | undefined {
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
        ...(keyHash === null ? {} : { keyHash: plain(keyHash) }),
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
      if (raw.length === 3) {
        const [, signature, nextCycles] = parse(payDerivedSchema, raw, 'pay');
        return { kind: 'pay', signature: plain(signature), nextCycles };
      }
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
    default:
      return undefined;
  }
}
