/**
 * GET /v1/info: what an executor advertises (JSON, bytes as 0x-hex): its payee address, price per
 * cycle, chain and channels contract, TEE kind and the enclave's keys with their evidence, the
 * functions it has built in, and its limits. Shared by the server (build) and the client (parse).
 */
import { createHash } from 'node:crypto';
import type { Address } from 'viem';
import { getAddress, zeroAddress } from 'viem';
import { z } from 'zod';
import { TEE_KINDS, type Evidence } from '../attestation/types.js';
import type { EnclaveIdentity } from '../enclave/types.js';
import type { InfoStatement } from '../protocol/info-statement.js';
import { printableText, SESSION_SUBPROTOCOLS } from '../protocol/messages.js';
import { fromHex, toHex } from '../util/bytes.js';
import { AirtntError } from '../util/errors.js';
import { MAX_ACCEPTED_MEASUREMENTS, type ModuleAcceptance } from './module-policy.js';

/**
 * airtnt/4: round payloads under one AEAD keyed by k and the session (airtnt/3 wrapped them in two
 * layers, so the two cannot open each other's rounds); record v3 (metered work, priced), Ed25519 record
 * keys, binding v2. Executors of any other version are refused as INFO_MALFORMED, before anything is paid.
 */
export const PROTOCOL_VERSION = 'airtnt/4';
export const INFO_PATH = '/v1/info';
export const SESSION_PATH = '/v1/session';

/** The executor's pick among the subprotocols a requester offers (ws handleProtocols): the newest it knows (messages.ts SESSION_SUBPROTOCOLS), or none. */
export function chooseSessionSubprotocol(offered: Set<string>): string | false {
  return [...SESSION_SUBPROTOCOLS].reverse().find((protocol) => offered.has(protocol)) ?? false;
}
/** An info document larger than this is refused (evidence with certificates is a few kB). */
export const MAX_INFO_BYTES = 256 * 1024;

/**
 * The entity tag of an info document: sha256 of its exact bytes, quoted (RFC 9110). The executor sends
 * it with /v1/info and answers 304 to a GET whose If-None-Match names it; a requester that verified
 * those bytes before asks with it and, on 304, checks its stored copy again instead of reading it.
 */
export function infoEtag(body: string | Uint8Array): string {
  return `"${createHash('sha256').update(body).digest('hex')}"`;
}

export type ExecutorInfo = {
  protocol: typeof PROTOCOL_VERSION;
  /** The address channels must pay (the executor's chain account). */
  executor: Address;
  pricePerCycle: bigint;
  /**
   * The smallest channel deposit this executor accepts: below it, collecting (tens of thousands of
   * gas) could cost more than the channel can pay. 0 when the executor sets none.
   */
  minDeposit: bigint;
  /**
   * Every token channels may pay in, with its price per cycle in that token's units (the zero
   * address is ETH, at pricePerCycle). Executors from before tokens were listed accept ETH only.
   */
  acceptedTokens: { token: Address; pricePerCycle: bigint }[];
  chainId: number;
  channels: Address;
  tee: (typeof TEE_KINDS)[number];
  insecure: boolean;
  enclave: {
    /** Ed25519 public key (32 bytes) that signs the round records. */
    signingPublicKey: Uint8Array;
    hpkePublicKey: Uint8Array;
    runtimeMeasurement: Uint8Array;
    evidence: Evidence;
    /** The enclave's secp256k1 record-claim address, bound by its evidence (binding v3); absent: v2. */
    recordAddress?: Address;
  };
  /** sha256 of the modules the enclave has built in (lowercase hex without 0x). */
  functions: string[];
  /**
   * Which modules sent with sessions it runs, and how large (signed with the rest; absent: an
   * executor that runs its built-in functions only).
   */
  modules?: ModuleAcceptance;
  /** maxChannelSeconds: the longest channel the executor serves, from a session's opening (absent: no bound). */
  limits: { maxCyclesPerRound: number; minChannelSeconds: number; maxFrameBytes: number; maxStateBytes: number; maxChannelSeconds?: number };
  /**
   * The enclave's Ed25519 signature over the info statement of the fields above (infoStatementOf,
   * src/protocol/info-statement.ts): requesters trust none of them without it.
   */
  signature?: Uint8Array;
};

/** The fields of an info document that the enclave signs (everything the evidence does not cover). */
export function infoStatementOf(info: ExecutorInfo): InfoStatement {
  return {
    signingPublicKey: info.enclave.signingPublicKey,
    chainId: info.chainId,
    channels: info.channels,
    executor: info.executor,
    pricePerCycle: info.pricePerCycle,
    minDeposit: info.minDeposit,
    limits: info.limits,
    acceptedTokens: info.acceptedTokens,
    functions: info.functions,
    ...(info.modules === undefined ? {} : { modules: info.modules }),
  };
}

const hex = (max: number) => z.string().regex(/^0x[0-9a-fA-F]*$/).max(2 + 2 * max);
const addressSchema = z.string().regex(/^0x[0-9a-fA-F]{40}$/);

const infoSchema = z.object({
  protocol: z.literal(PROTOCOL_VERSION),
  executor: addressSchema,
  pricePerCycle: z.string().regex(/^[0-9]{1,30}$/),
  // Optional on the wire: executors from before it existed advertise none.
  minDeposit: z.string().regex(/^[0-9]{1,30}$/).optional(),
  acceptedTokens: z.array(z.object({ token: addressSchema, pricePerCycle: z.string().regex(/^[0-9]{1,30}$/) })).max(64).optional(),
  chainId: z.number().int().positive(),
  channels: addressSchema,
  tee: z.enum(TEE_KINDS),
  insecure: z.boolean(),
  enclave: z.object({
    signingPublicKey: hex(32),
    hpkePublicKey: hex(32),
    runtimeMeasurement: hex(32),
    evidence: z.object({
      kind: z.enum(TEE_KINDS),
      quote: hex(64 * 1024),
      certificates: hex(64 * 1024).optional(),
    }),
    recordAddress: addressSchema.optional(),
  }),
  functions: z.array(z.string().regex(/^[0-9a-f]{64}$/)).max(1000),
  modules: z.object({
    accept: z.enum(['any', 'builtin', 'list']),
    measurements: z.array(z.string().regex(/^[0-9a-f]{64}$/)).max(MAX_ACCEPTED_MEASUREMENTS),
    maxModuleBytes: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
  }).optional(),
  limits: z.object({
    maxCyclesPerRound: z.number().int().positive(),
    minChannelSeconds: z.number().int().nonnegative(),
    maxFrameBytes: z.number().int().positive(),
    maxStateBytes: z.number().int().positive(),
    maxChannelSeconds: z.number().int().positive().max(Number.MAX_SAFE_INTEGER).optional(),
  }),
  signature: hex(64).optional(),
});

export function buildInfo(params: {
  executor: Address;
  pricePerCycle: bigint;
  minDeposit?: bigint;
  acceptedTokens?: ExecutorInfo['acceptedTokens'];
  chainId: number;
  channels: Address;
  identity: EnclaveIdentity;
  functions: string[];
  modules?: ModuleAcceptance | undefined;
  limits: ExecutorInfo['limits'];
}): ExecutorInfo {
  const { identity } = params;
  return {
    protocol: PROTOCOL_VERSION,
    executor: params.executor,
    pricePerCycle: params.pricePerCycle,
    minDeposit: params.minDeposit ?? 0n,
    acceptedTokens: params.acceptedTokens ?? [{ token: zeroAddress, pricePerCycle: params.pricePerCycle }],
    chainId: params.chainId,
    channels: params.channels,
    tee: identity.tee,
    insecure: identity.insecure,
    enclave: {
      signingPublicKey: identity.signingPublicKey,
      hpkePublicKey: identity.hpkePublicKey,
      runtimeMeasurement: identity.runtimeMeasurement,
      evidence: identity.evidence,
      ...(identity.recordAddress === undefined ? {} : { recordAddress: identity.recordAddress }),
    },
    functions: params.functions,
    ...(params.modules === undefined ? {} : { modules: params.modules }),
    limits: params.limits,
  };
}

export function infoToJson(info: ExecutorInfo): Record<string, unknown> {
  const evidence: Record<string, unknown> = { kind: info.enclave.evidence.kind, quote: toHex(info.enclave.evidence.quote) };
  if (info.enclave.evidence.certificates !== undefined) evidence.certificates = toHex(info.enclave.evidence.certificates);
  return {
    ...info,
    pricePerCycle: info.pricePerCycle.toString(),
    minDeposit: info.minDeposit.toString(),
    acceptedTokens: info.acceptedTokens.map((t) => ({ token: t.token, pricePerCycle: t.pricePerCycle.toString() })),
    enclave: {
      signingPublicKey: toHex(info.enclave.signingPublicKey),
      hpkePublicKey: toHex(info.enclave.hpkePublicKey),
      runtimeMeasurement: toHex(info.enclave.runtimeMeasurement),
      evidence,
      ...(info.enclave.recordAddress === undefined ? {} : { recordAddress: info.enclave.recordAddress }),
    },
    ...(info.signature === undefined ? {} : { signature: toHex(info.signature) }),
  };
}

/** The executor's price per cycle in `token` (the zero address: ETH), or undefined when it does not accept it. */
export function priceInToken(info: Pick<ExecutorInfo, 'acceptedTokens'>, token: Address): bigint | undefined {
  return info.acceptedTokens.find((t) => t.token.toLowerCase() === token.toLowerCase())?.pricePerCycle;
}

/** Validates an info document received from an executor (throws INFO_MALFORMED, naming both versions when the protocol differs). */
export function parseInfo(json: unknown): ExecutorInfo {
  const protocol = typeof json === 'object' && json !== null ? (json as { protocol?: unknown }).protocol : undefined;
  if (typeof protocol === 'string' && protocol !== PROTOCOL_VERSION) {
    throw new AirtntError('INFO_MALFORMED', `the executor speaks protocol ${printableText(protocol.slice(0, 64))}, this requester ${PROTOCOL_VERSION}`, {
      details: { protocol: printableText(protocol.slice(0, 64)), supported: PROTOCOL_VERSION },
      hint: 'use an executor and a requester of the same airtnt release: the rounds of one cannot be opened by the other',
    });
  }
  const parsed = infoSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AirtntError('INFO_MALFORMED', 'the executor\'s info document is malformed', {
      details: { field: issue?.path.join('.') ?? '', problem: issue?.message ?? 'invalid' },
      hint: 'the URL does not point at an airtnt executor of this protocol version',
    });
  }
  const d = parsed.data;
  const evidence: Evidence = { kind: d.enclave.evidence.kind, quote: fromHex(d.enclave.evidence.quote) };
  if (d.enclave.evidence.certificates !== undefined) evidence.certificates = fromHex(d.enclave.evidence.certificates);
  return {
    protocol: d.protocol,
    executor: getAddress(d.executor),
    pricePerCycle: BigInt(d.pricePerCycle),
    minDeposit: BigInt(d.minDeposit ?? '0'),
    acceptedTokens: (d.acceptedTokens ?? [{ token: zeroAddress, pricePerCycle: d.pricePerCycle }]).map((t) => ({ token: getAddress(t.token), pricePerCycle: BigInt(t.pricePerCycle) })),
    chainId: d.chainId,
    channels: getAddress(d.channels),
    tee: d.tee,
    insecure: d.insecure,
    enclave: {
      signingPublicKey: fromHex(d.enclave.signingPublicKey, 32, 'signingPublicKey'),
      hpkePublicKey: fromHex(d.enclave.hpkePublicKey, 32, 'hpkePublicKey'),
      runtimeMeasurement: fromHex(d.enclave.runtimeMeasurement, 32, 'runtimeMeasurement'),
      evidence,
      ...(d.enclave.recordAddress === undefined ? {} : { recordAddress: getAddress(d.enclave.recordAddress) }),
    },
    functions: d.functions,
    ...(d.modules === undefined ? {} : { modules: d.modules }),
    limits: { ...d.limits.maxChannelSeconds === undefined ? {} : { maxChannelSeconds: d.limits.maxChannelSeconds }, maxCyclesPerRound: d.limits.maxCyclesPerRound, minChannelSeconds: d.limits.minChannelSeconds, maxFrameBytes: d.limits.maxFrameBytes, maxStateBytes: d.limits.maxStateBytes },
    ...(d.signature === undefined ? {} : { signature: fromHex(d.signature, 64, 'signature') }),
  };
}
