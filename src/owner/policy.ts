/**
 * An owner's policy (docs/protocol.md part 2, "Owner policy"): to which enclaves, for which functions
 * and results, a code owner or a data owner releases its secret. A JSON file, validated here (zod,
 * strict: an unknown field is an error, not ignored), then normalised (hex lowercase without 0x, sets
 * sorted and without duplicates, defaults filled in) so that equal policies hash equally:
 *
 *   policyHash = sha256("airtnt/owner-policy/v1" || 0x00 || canonicalJson(normalised policy))
 *
 * canonicalJson: JSON with the keys of every object sorted (UTF-16 code unit order, as
 * Array.prototype.sort), no whitespace, absent optional fields left out (never null).
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { z } from 'zod';
import type { AttestationPolicy } from '../attestation/policy.js';
import { TEE_KINDS, type TcbStatus } from '../attestation/types.js';
import { concatBytes, fromHex, utf8 } from '../util/bytes.js';
import { AirtntError } from '../util/errors.js';
import type { OwnerRole, ReleaseKind } from '../protocol/release.js';

const TCB_STATUSES = ['UpToDate', 'SWHardeningNeeded', 'ConfigurationNeeded', 'ConfigurationAndSWHardeningNeeded', 'OutOfDate', 'OutOfDateConfigurationNeeded', 'NotApplicable'] as const satisfies readonly TcbStatus[];
const MAX_POLICY_BYTES = 256 * 1024;
const POLICY_DOMAIN = utf8('airtnt/owner-policy/v1');

const hex = (bytes: number[]) =>
  z.string().regex(/^(0x)?[0-9a-fA-F]+$/, 'hex expected').transform((value) => value.toLowerCase().replace(/^0x/, '')).refine((value) => bytes.includes(value.length / 2), { message: `${bytes.join(' or ')} bytes of hex expected` });
const sortedSet = <T extends z.ZodTypeAny>(item: T, max: number) => z.array(item).max(max).transform((values: z.infer<T>[]) => [...new Set(values)].sort());

export const ownerPolicySchema = z.object({
  version: z.literal(1),
  /** code: the owner of a module; data: the owner of a dataset. */
  role: z.enum(['code', 'data']),
  /** What the agent releases: a module's code key, a dataset's data key, or small data inline. */
  release: z.enum(['codeKey', 'dataKey', 'inlineData']),
  tee: z.object({
    allowedKinds: sortedSet(z.enum(TEE_KINDS), TEE_KINDS.length).refine((kinds) => kinds.length > 0, 'at least one kind'),
    /** The enclave runtime's measurement (SGX MRENCLAVE, TDX MRTD, SEV-SNP MEASUREMENT, Nitro PCR0, simulated runtime sha256). */
    measurements: sortedSet(hex([32, 48]), 64).refine((list) => list.length > 0, 'pin at least one enclave measurement'),
    /** Further registers that must hold exactly these values (as AttestationPolicy.registers). */
    registers: z.record(z.string().regex(/^[a-z0-9]{1,16}$/), hex([1, 2, 4, 8, 16, 32, 48, 64])).optional(),
    minTcbStatus: z.enum(TCB_STATUSES).default('ConfigurationAndSWHardeningNeeded'),
    allowDebug: z.boolean().default(false),
    allowSimulated: z.boolean().default(false),
    maxCollateralAgeSeconds: z.number().int().min(1).max(365 * 24 * 3600).optional(),
  }).strict(),
  /** Function measurements (sha256 of the module) that may read the data; for a code owner, its module. */
  functions: sortedSet(hex([32]), 1000).refine((list) => list.length > 0, 'name at least one function measurement'),
  results: z.object({
    /** requester: results go to whoever pays; owner: to this owner only (publicKey); any: whoever the opening names. */
    recipient: z.enum(['requester', 'owner', 'any']),
    /** The owner's X25519 public key (32 bytes of hex), required with recipient "owner". */
    publicKey: hex([32]).optional(),
  }).strict(),
  chainId: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER).optional(),
  /** The channels contract the session's channel must be on (20 bytes of hex). */
  channels: hex([20]).optional(),
}).strict().superRefine((policy, context) => {
  if ((policy.role === 'code') !== (policy.release === 'codeKey')) {
    context.addIssue({ code: 'custom', path: ['release'], message: 'a code owner releases a codeKey; a data owner a dataKey or inlineData' });
  }
  if ((policy.results.recipient === 'owner') !== (policy.results.publicKey !== undefined)) {
    context.addIssue({ code: 'custom', path: ['results', 'publicKey'], message: 'publicKey goes with recipient "owner", and only with it' });
  }
});

export type OwnerPolicy = z.output<typeof ownerPolicySchema>;

/** Validates a policy (parsed JSON); throws OWNER_POLICY_INVALID naming the first wrong field. */
export function parseOwnerPolicy(json: unknown): OwnerPolicy {
  const parsed = ownerPolicySchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AirtntError('OWNER_POLICY_INVALID', `the owner policy is invalid at ${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'invalid'}`, {
      details: { field: issue?.path.join('.') ?? '', problem: issue?.message ?? 'invalid', issues: parsed.error.issues.length },
      hint: 'see docs/protocol.md, "Owner policy", for the fields',
    });
  }
  return parsed.data;
}

/** Parses the text of a policy file (bounded before parsing). */
export function parseOwnerPolicyText(text: string): OwnerPolicy {
  if (text.length > MAX_POLICY_BYTES) throw new AirtntError('OWNER_POLICY_INVALID', `the policy file is larger than ${MAX_POLICY_BYTES} bytes`);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    throw new AirtntError('OWNER_POLICY_INVALID', 'the policy file is not JSON', { cause });
  }
  return parseOwnerPolicy(json);
}

/** JSON with every object's keys sorted; undefined fields left out. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function policyHash(policy: OwnerPolicy): Uint8Array {
  return sha256(concatBytes(POLICY_DOMAIN, new Uint8Array([0]), utf8(canonicalJson(policy))));
}

/** The evidence half of the policy, in the terms of the project's verifiers (src/attestation/policy.ts). */
export function attestationPolicyOf(policy: OwnerPolicy): AttestationPolicy {
  const tee = policy.tee;
  return {
    allowedKinds: tee.allowedKinds,
    measurements: tee.measurements,
    ...(tee.registers ? { registers: tee.registers } : {}),
    minTcbStatus: tee.minTcbStatus,
    allowDebug: tee.allowDebug,
    allowSimulated: tee.allowSimulated,
    ...(tee.maxCollateralAgeSeconds !== undefined ? { maxCollateralAgeSeconds: tee.maxCollateralAgeSeconds } : {}),
  };
}

export function roleOf(policy: OwnerPolicy): OwnerRole {
  return policy.role;
}

export function releaseKindOf(policy: OwnerPolicy): ReleaseKind {
  return policy.release;
}

/** The owner's recipient key, when its policy sends results to itself. */
export function ownerRecipientKey(policy: OwnerPolicy): Uint8Array | undefined {
  return policy.results.publicKey === undefined ? undefined : fromHex(policy.results.publicKey, 32, 'results.publicKey');
}
