/**
 * Frames of the pool link between executor processes (docs/protocol.md, "The pool"): one CBOR array
 * per binary WebSocket frame, `[kind, ...fields]`, positional, with the discipline of the session wire
 * (messages.ts): the frame's size, then one linear pass over its CBOR headers (cbor-scan.ts), then the
 * size limit of its kind, then cbor-x and a zod schema with a bound on every field. Its kinds are its
 * own (the link is its own endpoint), only ever added to.
 *
 * What crosses the link is sealed or signed by enclaves: hosts can drop or delay it (availability),
 * not read a key or forge an ack.
 */
import { Encoder } from 'cbor-x';
import { z } from 'zod';
import { AirtntError } from '../util/errors.js';
import { scanFrame } from './cbor-scan.js';
import { ERROR_CODE_PATTERN, MAX_AMOUNT, printableText, WIRE_LIMITS } from './messages.js';

export const PoolKind = { error: 0, poolKey: 1, replicate: 2, ack: 3, viewChange: 4, payment: 5 } as const;

/** A replica holds k, cycles, work and the state payload under one AEAD layer: the state bound plus a header. */
export const MAX_REPLICA_BYTES = WIRE_LIMITS.maxCiphertextBytes + 32 + 4 + 8 + 16;
/** HPKE (X25519) encapsulated key (32) and the sealed 32-byte pool key with its tag (48). */
export const SEALED_POOL_KEY_BYTES = 80;
const MAX_ROUND = BigInt(WIRE_LIMITS.maxRound);
const MAX_VIEW = 0xffff_ffff;

const KIND_MAX_BYTES: Record<number, number> = {
  [PoolKind.error]: 64 + 4 * 1000 + 64,
  [PoolKind.poolKey]: 256,
  [PoolKind.replicate]: 512 + MAX_REPLICA_BYTES,
  [PoolKind.ack]: 192,
  [PoolKind.viewChange]: 256,
  [PoolKind.payment]: 192,
};
/** The largest pool frame: a replica of the largest state. */
export const MAX_POOL_FRAME_BYTES = KIND_MAX_BYTES[PoolKind.replicate]!;

/**
 * A payment a replica's round follows, to the same executor: of the round before it (its payee's cumulative
 * before the round), or, with `round` (pool link 2, a round replicated ahead of the payment of the round
 * before: docs/protocol.md, "Each round: replicate, ack, then result"), of the round two before it, or of the
 * round before; none for the executor's first round of its view.
 */
export type ReplicatedPayment = { amount: bigint; signature: Uint8Array; round?: bigint | undefined };

export type PoolFrame =
  | { kind: 'error'; code: string; message: string }
  /** View-0 executor -> standby: the pool key sealed to the standby's enclave, signed by the executor's enclave. */
  | { kind: 'poolKey'; sessionId: Uint8Array; sealedPoolKey: Uint8Array; signature: Uint8Array }
  /** Executor -> standby: round `round` of view `view`, sealed to the pool key. */
  | { kind: 'replicate'; sessionId: Uint8Array; view: number; round: bigint; keyHash: Uint8Array; ciphertext: Uint8Array; lastPayment: ReplicatedPayment | undefined }
  /** Standby -> executor: the enclave's ack (pool-rules.ts, 94-byte layout). */
  | { kind: 'ack'; sessionId: Uint8Array; view: number; round: bigint; keyHash: Uint8Array; signature: Uint8Array }
  /** New executor -> the other members: the requester's signed view change. */
  | { kind: 'viewChange'; sessionId: Uint8Array; view: number; executor: Uint8Array; lastPaidRound: bigint; lastPaidKeyHash: Uint8Array; ackCount: number; signature: Uint8Array }
  /** Standby -> payee: a PoolPayment it released a key against, so the payee can collect it. */
  | { kind: 'payment'; sessionId: Uint8Array; member: Uint8Array; amount: bigint; keyHash: Uint8Array; signature: Uint8Array };

const bytesOf = (length: number) => z.instanceof(Uint8Array).refine((b) => b.length === length, { message: `expected ${length} bytes` });
const bytesUpTo = (max: number) => z.instanceof(Uint8Array).refine((b) => b.length <= max, { message: `expected at most ${max} bytes` });
const uintUpTo = (max: bigint) =>
  z
    .union([z.number().int().nonnegative(), z.bigint().nonnegative()])
    .transform((v) => BigInt(v))
    .refine((v) => v <= max, { message: `expected at most ${max}` });
const view = z.number().int().nonnegative().max(MAX_VIEW);

/** A replicate frame's items before its payment: kind, sessionId, view, round, keyHash, ciphertext. */
const replicateHead = [z.literal(PoolKind.replicate), bytesOf(32), view, uintUpTo(MAX_ROUND), bytesOf(32), bytesUpTo(MAX_REPLICA_BYTES)] as const;

const schemas = {
  error: z.tuple([z.literal(PoolKind.error), z.string().regex(ERROR_CODE_PATTERN), z.string().max(WIRE_LIMITS.maxErrorMessageChars)]),
  poolKey: z.tuple([z.literal(PoolKind.poolKey), bytesOf(32), bytesOf(SEALED_POOL_KEY_BYTES), bytesOf(64)]),
  replicate: z.tuple([...replicateHead, z.union([uintUpTo(MAX_AMOUNT), z.null()]), z.union([bytesOf(65), z.null()])]),
  /** Pool link 2: `replicate` with a 9th item, the round its payment is for (then the payment is there). */
  replicateRounded: z.tuple([...replicateHead, uintUpTo(MAX_AMOUNT), bytesOf(65), uintUpTo(MAX_ROUND)]),
  ack: z.tuple([z.literal(PoolKind.ack), bytesOf(32), view, uintUpTo(MAX_ROUND), bytesOf(32), bytesOf(64)]),
  viewChange: z.tuple([z.literal(PoolKind.viewChange), bytesOf(32), view.min(1), bytesOf(20), uintUpTo(MAX_ROUND), bytesOf(32), z.number().int().min(0).max(7), bytesOf(65)]),
  payment: z.tuple([z.literal(PoolKind.payment), bytesOf(32), bytesOf(20), uintUpTo(MAX_AMOUNT), bytesOf(32), bytesOf(65)]),
} as const;

// The session wire's encoder settings: plain byte strings, arrays, 64-bit integers as bigint.
const cbor = new Encoder({ useRecords: false, mapsAsObjects: true, tagUint8Array: false, int64AsType: 'bigint' } as ConstructorParameters<typeof Encoder>[0]);
const compact = (value: bigint): number | bigint => (value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : value);
const plain = (bytes: Uint8Array): Uint8Array => new Uint8Array(bytes);

export function encodePoolFrame(frame: PoolFrame): Uint8Array {
  switch (frame.kind) {
    case 'error':
      return cbor.encode([PoolKind.error, ERROR_CODE_PATTERN.test(frame.code) ? frame.code : 'INVALID_ERROR_CODE', frame.message.slice(0, WIRE_LIMITS.maxErrorMessageChars)]);
    case 'poolKey':
      return cbor.encode([PoolKind.poolKey, frame.sessionId, frame.sealedPoolKey, frame.signature]);
    case 'replicate':
      return cbor.encode([
        PoolKind.replicate,
        frame.sessionId,
        frame.view,
        compact(frame.round),
        frame.keyHash,
        frame.ciphertext,
        frame.lastPayment === undefined ? null : compact(frame.lastPayment.amount),
        frame.lastPayment === undefined ? null : frame.lastPayment.signature,
        ...(frame.lastPayment?.round === undefined ? [] : [compact(frame.lastPayment.round)]),
      ]);
    case 'ack':
      return cbor.encode([PoolKind.ack, frame.sessionId, frame.view, compact(frame.round), frame.keyHash, frame.signature]);
    case 'viewChange':
      return cbor.encode([PoolKind.viewChange, frame.sessionId, frame.view, frame.executor, compact(frame.lastPaidRound), frame.lastPaidKeyHash, frame.ackCount, frame.signature]);
    case 'payment':
      return cbor.encode([PoolKind.payment, frame.sessionId, frame.member, compact(frame.amount), frame.keyHash, frame.signature]);
  }
}

/**
 * Decodes one pool frame in work linear in its size; throws MESSAGE_TOO_LARGE, MESSAGE_MALFORMED or
 * MESSAGE_UNKNOWN_KIND, never anything else.
 */
export function decodePoolFrame(bytes: Uint8Array, maxFrameBytes: number = MAX_POOL_FRAME_BYTES): PoolFrame {
  if (bytes.length > maxFrameBytes) {
    throw new AirtntError('MESSAGE_TOO_LARGE', `a pool frame of ${bytes.length} bytes exceeds the limit`, { details: { bytes: bytes.length, limit: maxFrameBytes } });
  }
  const { kind } = scanFrame(bytes);
  const limit = kind === undefined ? undefined : KIND_MAX_BYTES[kind];
  if (limit === undefined) {
    throw new AirtntError('MESSAGE_UNKNOWN_KIND', `unknown pool frame kind ${String(kind)}`, { details: { kind }, hint: 'the peer speaks another protocol version' });
  }
  if (bytes.length > limit) {
    throw new AirtntError('MESSAGE_TOO_LARGE', `a pool frame of kind ${kind} of ${bytes.length} bytes exceeds the limit of its kind`, { details: { kind, bytes: bytes.length, limit } });
  }
  let raw: unknown;
  try {
    raw = cbor.decode(bytes);
  } catch (cause) {
    throw new AirtntError('MESSAGE_MALFORMED', 'the pool frame is not one well-formed CBOR item', { details: { reason: cause instanceof Error ? cause.message : String(cause) }, cause });
  }
  const items = raw as unknown[];
  switch (kind) {
    case PoolKind.error: {
      const [, code, message] = parse(schemas.error, items, 'error');
      return { kind: 'error', code, message: printableText(message) };
    }
    case PoolKind.poolKey: {
      const [, sessionId, sealedPoolKey, signature] = parse(schemas.poolKey, items, 'poolKey');
      return { kind: 'poolKey', sessionId: plain(sessionId), sealedPoolKey: plain(sealedPoolKey), signature: plain(signature) };
    }
    case PoolKind.replicate: {
      if (Array.isArray(items) && items.length === 9) {
        const [, sessionId, frameView, round, keyHash, ciphertext, amount, signature, paidRound] = parse(schemas.replicateRounded, items, 'replicate');
        return { kind: 'replicate', sessionId: plain(sessionId), view: frameView, round, keyHash: plain(keyHash), ciphertext: plain(ciphertext), lastPayment: { amount, signature: plain(signature), round: paidRound } };
      }
      const [, sessionId, frameView, round, keyHash, ciphertext, amount, signature] = parse(schemas.replicate, items, 'replicate');
      if ((amount === null) !== (signature === null)) {
        throw new AirtntError('MESSAGE_MALFORMED', 'malformed "replicate" frame', { details: { field: 'lastPayment', problem: 'amount and signature come together or not at all' } });
      }
      const lastPayment = amount === null || signature === null ? undefined : { amount, signature: plain(signature) };
      return { kind: 'replicate', sessionId: plain(sessionId), view: frameView, round, keyHash: plain(keyHash), ciphertext: plain(ciphertext), lastPayment };
    }
    case PoolKind.ack: {
      const [, sessionId, frameView, round, keyHash, signature] = parse(schemas.ack, items, 'ack');
      return { kind: 'ack', sessionId: plain(sessionId), view: frameView, round, keyHash: plain(keyHash), signature: plain(signature) };
    }
    case PoolKind.viewChange: {
      const [, sessionId, frameView, executor, lastPaidRound, lastPaidKeyHash, ackCount, signature] = parse(schemas.viewChange, items, 'viewChange');
      return { kind: 'viewChange', sessionId: plain(sessionId), view: frameView, executor: plain(executor), lastPaidRound, lastPaidKeyHash: plain(lastPaidKeyHash), ackCount, signature: plain(signature) };
    }
    default: {
      const [, sessionId, member, amount, keyHash, signature] = parse(schemas.payment, items, 'payment');
      return { kind: 'payment', sessionId: plain(sessionId), member: plain(member), amount, keyHash: plain(keyHash), signature: plain(signature) };
    }
  }
}

function parse<T extends z.ZodType>(schema: T, raw: unknown[], name: string): z.output<T> {
  const result = schema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new AirtntError('MESSAGE_MALFORMED', `malformed "${name}" pool frame`, { details: { field: issue?.path.join('.') ?? '', problem: issue?.message ?? 'invalid' } });
  }
  return result.data;
}
