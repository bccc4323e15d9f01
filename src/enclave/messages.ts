/**
 * Messages between the host and the enclave worker. The enclave validates everything it receives
 * here (zod, exact byte lengths, size bounds) before looking at it: the host is untrusted.
 */
import { z } from 'zod';
import { MAX_INFO_STATEMENT_BYTES } from '../protocol/info-statement.js';
import { MAX_WORK_BUDGET } from '../functions/metering.js';
import { OWNER_CIPHERTEXT_OVERHEAD } from '../protocol/owner-data.js';
import { MAX_OWNER_RELEASES } from '../protocol/owner-opening.js';
import { MAX_INLINE_DATA_BYTES, RELEASE_REQUEST_BYTES } from '../protocol/release.js';
import { LIMIT_CEILINGS, MAX_CYCLES_PER_ROUND, MAX_MODULE_BYTES } from '../protocol/limits.js';
import { MAX_REPLICA_BYTES } from '../protocol/pool-wire.js';
import type { SerializedError } from './rpc.js';

const HPKE_OVERHEAD = 32 + 16;
const U64_MAX = (1n << 64n) - 1n;

const uint8Array = () => z.custom<Uint8Array>((value) => value instanceof Uint8Array, { message: 'expected a Uint8Array' });
const bytes = (length: number) => uint8Array().refine((value) => value.length === length, { message: `expected ${length} bytes` });
const boundedBytes = (max: number) => uint8Array().refine((value) => value.length <= max, { message: `at most ${max} bytes` });
const u64 = z.bigint().min(0n).max(U64_MAX);

export const limitsSchema = z.object({
  maxRoundMs: z.number().int().min(1).max(LIMIT_CEILINGS.maxRoundMs),
  maxMemoryPages: z.number().int().min(1).max(LIMIT_CEILINGS.maxMemoryPages),
  maxStateBytes: z.number().int().min(1).max(LIMIT_CEILINGS.maxStateBytes),
  maxOutputBytes: z.number().int().min(1).max(LIMIT_CEILINGS.maxOutputBytes),
});

export const initSchema = z.object({
  type: z.literal('init'),
  id: z.number().int(),
  limits: limitsSchema,
  runtimeMeasurement: bytes(32),
  insecure: z.boolean(),
  builtinFunctions: z.boolean(),
  executionWorkers: z.number().int().min(1).max(64).optional(),
  /** Execution workers at most, burst ones included (at least executionWorkers). */
  maxExecutionWorkers: z.number().int().min(1).max(64).optional(),
  moduleCache: z.object({ maxModules: z.number().int().min(1).max(100_000), maxBytes: z.number().int().min(1).max(4 * 1024 * 1024 * 1024) }).optional(),
  /** The sealed-storage key of stored modules (module-storage.ts): the simulated TEE's host supplies it. */
  moduleStorageKey: bytes(32).optional(),
  /** The registry whose RoundRecord the enclave signs every round (docs/protocol.md, "Slashing"). */
  registry: z.object({ chainId: z.number().int().positive().max(Number.MAX_SAFE_INTEGER), verifyingContract: z.string().regex(/^0x[0-9a-fA-F]{40}$/).transform((value) => value as `0x${string}`) }).optional(),
  /** The executor's chain and channels contract (owner-opening.ts, checkOwnersChain); none: no owners' sessions. */
  chain: z.object({ chainId: z.bigint().min(0n).max((1n << 256n) - 1n), channels: bytes(20) }).optional(),
});

/** A sealed release: header (3), result secret (32), the secret (inline data at most), HPKE overhead. */
const MAX_SEALED_RELEASE_BYTES = 3 + 32 + MAX_INLINE_DATA_BYTES + HPKE_OVERHEAD;

const ownersSchema = z.object({
  chainId: z.bigint().min(0n).max((1n << 256n) - 1n),
  channels: bytes(20),
  recipient: bytes(32),
  releases: z.array(z.object({ role: z.enum(['code', 'data']), policyHash: bytes(32), sealed: boundedBytes(MAX_SEALED_RELEASE_BYTES) })).min(1).max(MAX_OWNER_RELEASES),
  encryptedModule: boundedBytes(MAX_MODULE_BYTES + OWNER_CIPHERTEXT_OVERHEAD).optional(),
});

export const openSessionSchema = z.object({
  type: z.literal('openSession'),
  id: z.number().int(),
  sessionId: bytes(32),
  channelId: bytes(32),
  functionMeasurement: bytes(32),
  sealedModule: boundedBytes(MAX_MODULE_BYTES + HPKE_OVERHEAD).optional(),
  // The session secret (32) and the state, sealed; the state's own bound is checked after opening.
  sealedSession: boundedBytes(LIMIT_CEILINGS.maxStateBytes + OWNER_CIPHERTEXT_OVERHEAD + 32 + HPKE_OVERHEAD),
  firstRound: u64,
  owners: ownersSchema.optional(),
  /** A pool session's section: the pool (4 + 84 n bytes, n <= 8) and the payment terms (80 bytes). */
  poolSection: boundedBytes(4 + 8 * 84 + 80).optional(),
});

export const runRoundSchema = z.object({
  type: z.literal('runRound'),
  id: z.number().int(),
  sessionId: bytes(32),
  round: u64,
  cycles: z.number().int().min(0).max(MAX_CYCLES_PER_ROUND),
  workBudget: z.number().int().min(1).max(MAX_WORK_BUDGET),
  queueKey: z.string().max(128),
});

/** A module sent with a session (HPKE-sealed to this enclave) or stored earlier (sealed storage): exactly one of them. */
export const loadModuleSchema = z.object({
  type: z.literal('loadModule'),
  id: z.number().int(),
  functionMeasurement: bytes(32),
  sealedModule: boundedBytes(MAX_MODULE_BYTES + HPKE_OVERHEAD).optional(),
  storedModule: boundedBytes(MAX_MODULE_BYTES + 16).optional(),
  maxModuleBytes: z.number().int().min(1).max(MAX_MODULE_BYTES),
  compileMs: z.number().int().min(1).max(LIMIT_CEILINGS.maxRoundMs),
}).refine((request) => (request.sealedModule === undefined) !== (request.storedModule === undefined), { message: 'exactly one of sealedModule and storedModule' });

export const hasModuleSchema = z.object({ type: z.literal('hasModule'), id: z.number().int(), functionMeasurement: bytes(32) });

export const closeSessionSchema = z.object({ type: z.literal('closeSession'), id: z.number().int(), sessionId: bytes(32) });

export const statsSchema = z.object({ type: z.literal('stats'), id: z.number().int() });

/** The executor's terms to sign (src/protocol/info-statement.ts; the enclave checks the layout itself). */
export const signInfoSchema = z.object({ type: z.literal('signInfo'), id: z.number().int(), statement: boundedBytes(MAX_INFO_STATEMENT_BYTES) });

/** A release request for an owner's agent (src/protocol/release.ts; the enclave checks the layout itself). */
export const signReleaseRequestSchema = z.object({ type: z.literal('signReleaseRequest'), id: z.number().int(), statement: boundedBytes(RELEASE_REQUEST_BYTES) });

/** A pool session's executor: the pool key sealed to its standbys; a standby: that key, and replicas to ack. */
export const poolKeysSchema = z.object({ type: z.literal('poolKeys'), id: z.number().int(), sessionId: bytes(32) });
export const acceptPoolKeySchema = z.object({ type: z.literal('acceptPoolKey'), id: z.number().int(), sessionId: bytes(32), sealedPoolKey: bytes(80), signature: bytes(64) });
export const takeReplicaSchema = z.object({
  type: z.literal('takeReplica'),
  id: z.number().int(),
  sessionId: bytes(32),
  frame: z.object({
    view: z.number().int().min(0).max(0xffff_ffff),
    round: u64,
    keyHash: bytes(32),
    ciphertext: boundedBytes(MAX_REPLICA_BYTES),
    lastPayment: z.object({ amount: z.bigint().min(0n).max((1n << 96n) - 1n), signature: bytes(65), round: u64.optional() }).optional(),
  }),
});

/** Any member: the key of a replicated round, against the requester's PoolPayment for it. */
export const releasePoolKeySchema = z.object({
  type: z.literal('releasePoolKey'),
  id: z.number().int(),
  sessionId: bytes(32),
  round: u64,
  amount: z.bigint().min(0n).max((1n << 256n) - 1n),
  signature: bytes(65),
});

/** Any member: the requester's signed view change (its fields as signed, pool-signatures.ts ViewChange). */
export const poolViewChangeSchema = z.object({
  type: z.literal('poolViewChange'),
  id: z.number().int(),
  sessionId: bytes(32),
  terms: z.object({
    sessionId: z.string().regex(/^0x[0-9a-fA-F]{64}$/),
    view: z.number().int().min(1).max(0xffff_ffff),
    executor: z.string().regex(/^0x[0-9a-fA-F]{40}$/),
    lastPaidRound: u64,
    lastPaidKeyHash: z.string().regex(/^0x[0-9a-fA-F]{64}$/),
    ackCount: z.number().int().min(0).max(7),
  }),
  signature: bytes(65),
  /** The requester's PoolPayment of lastPaidRound (absent when nothing was paid yet). */
  payment: z.object({ amount: z.bigint().min(0n).max((1n << 256n) - 1n), signature: bytes(65) }).optional(),
});

export const hostRequestSchema = z.union([
  z.discriminatedUnion('type', [initSchema, openSessionSchema, runRoundSchema, closeSessionSchema, statsSchema, signInfoSchema, hasModuleSchema, signReleaseRequestSchema, poolKeysSchema, acceptPoolKeySchema, takeReplicaSchema, releasePoolKeySchema, poolViewChangeSchema]),
  loadModuleSchema,
]);
export type HostRequest = z.infer<typeof hostRequestSchema>;

/** signingPublicKey: the Ed25519 record-signing key (32 bytes); hpkePublicKey: X25519 (32 bytes). */
export type InitReply = { signingPublicKey: Uint8Array; hpkePublicKey: Uint8Array; recordAddress?: `0x${string}` };
export type EnclaveStats = {
  sessions: number;
  executionRestarts: number;
  executionWorkers: number;
  /** Built-in modules, and modules sent with sessions now cached (count and bytes). */
  modules: { pinned: number; cached: number; cachedBytes: number };
};
export type LoadModuleReply = { storedModule?: Uint8Array; evicted: string[] };

export type EnclaveReply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: SerializedError };
