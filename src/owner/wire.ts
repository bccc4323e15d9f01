/**
 * The JSON an owner's release agent speaks (docs/protocol.md part 2, "Release agent"), shared by the
 * agent and the requester's client. Everything from the socket is validated here (zod, exact hex
 * lengths, size bounds) before it is looked at. Bytes are 0x-prefixed hex; chainId a decimal string.
 *
 *   POST /v1/release  { version: 1, enclave: { tee, signingPublicKey, hpkePublicKey, runtimeMeasurement,
 *                         evidence: { kind, quote, certificates? }, recordAddress? }, collateral?: <GET /v1/collateral document>,
 *                       binding: { chainId, channels, channelId, sessionId, functionMeasurement, recipient },
 *                       role, policyHash, signature }
 *     200 { ok: true, role, policyHash, release, sealedResultSecret? }
 *     403 { ok: false, error: { code: "OWNER_RELEASE_REFUSED", rule, cause, message, details } }
 *     400 { ok: false, error: { code: "OWNER_REQUEST_INVALID", message, details } }
 *   GET /v1/policy    { role, release, policyHash, policy }
 */
import { z } from 'zod';
import { parseCollateralDocument } from '../attestation/collateral-wire.js';
import type { Collateral } from '../attestation/collateral.js';
import { TEE_KINDS, type Evidence } from '../attestation/types.js';
import type { EnclaveIdentity } from '../enclave/types.js';
import type { ReleaseBinding } from '../protocol/release.js';
import { fromHex, toHex, type Hex } from '../util/bytes.js';
import { AirtntError } from '../util/errors.js';

export const RELEASE_WIRE_VERSION = 1;
/** Evidence (256 KiB at most, as hex) and a collateral document (1 MiB at most) with room for the rest. */
export const MAX_RELEASE_REQUEST_BYTES = 2 * 1024 * 1024 + 64 * 1024;
/** A release answer holds at most inline data (64 KiB) sealed, as hex. */
export const MAX_RELEASE_ANSWER_BYTES = 256 * 1024;

const hex = (bytes: number) => z.string().regex(new RegExp(`^0x[0-9a-fA-F]{${2 * bytes}}$`), `${bytes} bytes of 0x-hex expected`);
const hexUpTo = (max: number) => z.string().regex(/^0x[0-9a-fA-F]*$/, '0x-hex expected').max(2 + 2 * max).refine((value) => value.length % 2 === 0, 'whole bytes expected');

const bindingSchema = z.object({
  chainId: z.string().regex(/^[0-9]{1,78}$/),
  channels: hex(20),
  channelId: hex(32),
  sessionId: hex(32),
  functionMeasurement: hex(32),
  recipient: hex(32),
}).strict();

export const releaseRequestSchema = z.object({
  version: z.literal(RELEASE_WIRE_VERSION),
  enclave: z.object({
    tee: z.enum(TEE_KINDS),
    signingPublicKey: hex(32),
    hpkePublicKey: hex(32),
    runtimeMeasurement: hex(32),
    evidence: z.object({ kind: z.enum(TEE_KINDS), quote: hexUpTo(256 * 1024), certificates: hexUpTo(256 * 1024).optional() }).strict(),
    // An enclave serving a registry: its record-claim address, which its evidence binds (binding v3).
    recordAddress: z.string().regex(/^0x[0-9a-fA-F]{40}$/).optional(),
  }).strict(),
  collateral: z.unknown().optional(),
  binding: bindingSchema,
  role: z.enum(['code', 'data']),
  policyHash: hex(32),
  signature: hex(64),
}).strict();

export type ReleaseRequest = {
  identity: EnclaveIdentity;
  collateral?: Collateral | undefined;
  binding: ReleaseBinding;
  signature: Uint8Array;
};

export const releaseAnswerSchema = z.object({
  ok: z.literal(true),
  role: z.enum(['code', 'data']),
  policyHash: hex(32),
  release: hexUpTo(128 * 1024),
  sealedResultSecret: hexUpTo(32 + 32 + 16).optional(),
}).strict();

export const refusalSchema = z.object({
  ok: z.literal(false),
  error: z.object({ code: z.string().max(64), rule: z.string().max(64).optional(), cause: z.string().max(64).optional(), message: z.string().max(2000), details: z.unknown().optional() }),
});

export const policyAnswerSchema = z.object({
  role: z.enum(['code', 'data']),
  release: z.enum(['codeKey', 'dataKey', 'inlineData']),
  policyHash: hex(32),
  policy: z.unknown(),
});

export function encodeReleaseRequest(request: ReleaseRequest & { collateralDocument?: unknown }): Record<string, unknown> {
  const { identity, binding } = request;
  const evidence: Record<string, unknown> = { kind: identity.evidence.kind, quote: toHex(identity.evidence.quote) };
  if (identity.evidence.certificates !== undefined) evidence.certificates = toHex(identity.evidence.certificates);
  return {
    version: RELEASE_WIRE_VERSION,
    enclave: {
      tee: identity.tee,
      signingPublicKey: toHex(identity.signingPublicKey),
      hpkePublicKey: toHex(identity.hpkePublicKey),
      runtimeMeasurement: toHex(identity.runtimeMeasurement),
      evidence,
      ...(identity.recordAddress === undefined ? {} : { recordAddress: identity.recordAddress }),
    },
    ...(request.collateralDocument === undefined ? {} : { collateral: request.collateralDocument }),
    binding: encodeBinding(binding),
    role: binding.role,
    policyHash: toHex(binding.policyHash),
    signature: toHex(request.signature),
  };
}

export function encodeBinding(binding: ReleaseBinding): Record<string, string> {
  return {
    chainId: binding.chainId.toString(),
    channels: toHex(binding.channels),
    channelId: toHex(binding.channelId),
    sessionId: toHex(binding.sessionId),
    functionMeasurement: toHex(binding.functionMeasurement),
    recipient: toHex(binding.recipient),
  };
}

/** Validates an (untrusted) release request; throws OWNER_REQUEST_INVALID naming the first wrong field. */
export function decodeReleaseRequest(json: unknown): ReleaseRequest {
  const parsed = releaseRequestSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AirtntError('OWNER_REQUEST_INVALID', `the release request is invalid at ${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'invalid'}`, {
      details: { field: issue?.path.join('.') ?? '', problem: issue?.message ?? 'invalid' },
    });
  }
  const d = parsed.data;
  const chainId = BigInt(d.binding.chainId);
  if (chainId >= 1n << 256n) throw new AirtntError('OWNER_REQUEST_INVALID', 'chainId is larger than a uint256');
  const evidence: Evidence = { kind: d.enclave.evidence.kind, quote: fromHex(d.enclave.evidence.quote) };
  if (d.enclave.evidence.certificates !== undefined) evidence.certificates = fromHex(d.enclave.evidence.certificates);
  return {
    identity: {
      tee: d.enclave.tee,
      insecure: d.enclave.tee === 'simulated',
      signingPublicKey: fromHex(d.enclave.signingPublicKey),
      hpkePublicKey: fromHex(d.enclave.hpkePublicKey),
      runtimeMeasurement: fromHex(d.enclave.runtimeMeasurement),
      evidence,
      ...(d.enclave.recordAddress === undefined ? {} : { recordAddress: d.enclave.recordAddress as `0x${string}` }),
    },
    collateral: d.collateral === undefined ? undefined : parseCollateralDocument(d.collateral).collateral,
    binding: {
      chainId,
      channels: fromHex(d.binding.channels),
      channelId: fromHex(d.binding.channelId),
      sessionId: fromHex(d.binding.sessionId),
      functionMeasurement: fromHex(d.binding.functionMeasurement),
      recipient: fromHex(d.binding.recipient),
      role: d.role,
      policyHash: fromHex(d.policyHash),
    },
    signature: fromHex(d.signature),
  };
}

export type ReleaseAnswer = { role: 'code' | 'data'; policyHash: Hex; release: Uint8Array; sealedResultSecret?: Uint8Array | undefined };
