/**
 * What every session frame (docs/protocol.md part 3) is built from: the kind numbers, the wire-level
 * bounds, the zod field schemas with their byte bounds, the CBOR encoder and the small conversions
 * between wire fields and message fields. The frames themselves are in session-messages.ts (the
 * two-party session) and pool-messages.ts (a pool session's extra kinds); messages.ts dispatches.
 */
import { Encoder } from 'cbor-x';
import { z } from 'zod';
import { fromHex, toHex } from '../util/bytes.js';
import { AirtntError } from '../util/errors.js';

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

/** The contract stores amounts in 96 bits. */
export const MAX_AMOUNT = (1n << 96n) - 1n;
export const MAX_ROUND = BigInt(WIRE_LIMITS.maxRound);
export const MAX_LANE = (1n << 64n) - 1n;

// --- field schemas ------------------------------------------------------------------------------

export const bytesOf = (length: number) =>
  z.instanceof(Uint8Array).refine((b) => b.length === length, { message: `expected ${length} bytes` });
export const bytesUpTo = (max: number) =>
  z.instanceof(Uint8Array).refine((b) => b.length <= max, { message: `expected at most ${max} bytes` });
/** An unsigned integer that cbor-x decodes as number (small) or bigint (64-bit), up to `max`. */
export const uintUpTo = (max: bigint) =>
  z
    .union([z.number().int().nonnegative(), z.bigint().nonnegative()])
    .transform((v) => BigInt(v))
    .refine((v) => v <= max, { message: `expected at most ${max}` });
export const smallUint = (max: number) => z.number().int().nonnegative().max(max);
export const address = bytesOf(20);

/** Validates a decoded frame against its kind's schema; MESSAGE_MALFORMED names the first bad field. */
export function parse<T extends z.ZodType>(schema: T, raw: unknown[], name: string): z.output<T> {
  const result = schema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new AirtntError('MESSAGE_MALFORMED', `malformed "${name}" message`, {
      details: { field: issue?.path.join('.') ?? '', problem: issue?.message ?? 'invalid' },
    });
  }
  return result.data;
}

// --- codec --------------------------------------------------------------------------------------

// Plain byte strings for Uint8Array (no tag 64), arrays not records, 64-bit integers as bigint.
// (int64AsType is a cbor-x option missing from its type declarations.)
export const cbor = new Encoder({
  useRecords: false,
  mapsAsObjects: true,
  tagUint8Array: false,
  int64AsType: 'bigint',
} as ConstructorParameters<typeof Encoder>[0]);

/** Integers that fit a double go out as CBOR major type 0 in the fewest bytes (cbor-x writes bigints as 9 bytes). */
export function compactUint(value: bigint): number | bigint {
  return value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : value;
}

export const hexAddress = (bytes: Uint8Array): `0x${string}` => toHex(bytes);
export const addressBytes = (address: `0x${string}`): Uint8Array => {
  if (!/^0x[0-9a-fA-F]{40}$/.test(address)) {
    throw new AirtntError('INVALID_ADDRESS', `"${address}" is not a 20-byte hex address`);
  }
  return fromHex(address, 20, 'address');
};
/** cbor-x hands out Buffers; copy into plain Uint8Arrays so nothing aliases the frame. */
export const plain = (bytes: Uint8Array): Uint8Array => new Uint8Array(bytes);
