/**
 * The release agent's decision: does this enclave, for this session, meet the owner's policy? Every
 * rule that fails throws OWNER_RELEASE_REFUSED with details.rule naming it (the policy field, or
 * "request.signature" / "evidence"), and nothing is sealed. Checked in this order, cheapest first:
 *
 *   policyHash        the request is for this agent's policy and role
 *   chainId, channels the session's channel is on the policy's chain and contract
 *   functions         the function the session runs may read the secret
 *   results           the result recipient is the one the policy allows
 *   request.signature the session binding is signed by the enclave's key the evidence binds
 *   tee.*             the evidence is genuine and meets the policy at the agent's clock (the project's
 *                     verifiers, src/attestation/policy.ts), and commits to the enclave's keys
 */
import { verifyEnclaveIdentity } from '../attestation/policy.js';
import type { VerifiedEvidence } from '../attestation/types.js';
import { REQUESTER_RECIPIENT, verifyReleaseRequest, type ReleaseBinding } from '../protocol/release.js';
import { equalBytes, toHex } from '../util/bytes.js';
import { AirtntError, isAirtntError } from '../util/errors.js';
import { attestationPolicyOf, ownerRecipientKey, policyHash, type OwnerPolicy } from './policy.js';
import type { ReleaseRequest } from './wire.js';

/** Which policy rule each verifier error means. */
const RULE_OF_CODE: Record<string, string> = {
  POLICY_KIND_NOT_ALLOWED: 'tee.allowedKinds',
  POLICY_SIMULATED_NOT_ALLOWED: 'tee.allowSimulated',
  SIMULATED_NOT_ALLOWED: 'tee.allowSimulated',
  POLICY_DEBUG_NOT_ALLOWED: 'tee.allowDebug',
  POLICY_TCB_TOO_LOW: 'tee.minTcbStatus',
  POLICY_MEASUREMENT_NOT_ALLOWED: 'tee.measurements',
  POLICY_MEASUREMENT_NOT_PINNED: 'tee.measurements',
  POLICY_PIN_INCOMPLETE: 'tee.registers',
  POLICY_REGISTER_MISMATCH: 'tee.registers',
  POLICY_SNP_GUEST_POLICY: 'tee.snp',
  COLLATERAL_STALE: 'tee.maxCollateralAgeSeconds',
  BINDING_MISMATCH: 'evidence.binding',
};

export function refuse(rule: string, message: string, details: Record<string, unknown> = {}, cause?: unknown): AirtntError {
  const causeCode = isAirtntError(cause) ? cause.code : undefined;
  return new AirtntError('OWNER_RELEASE_REFUSED', `release refused by rule ${rule}: ${message}`, {
    details: { rule, ...(causeCode ? { cause: causeCode } : {}), ...details },
    ...(cause === undefined ? {} : { cause }),
  });
}

export type Decision = { verified: VerifiedEvidence; binding: ReleaseBinding; withResultSecret: boolean };

/** Throws OWNER_RELEASE_REFUSED (details.rule) unless the request meets the policy at `now`. */
export async function decideRelease(
  policy: OwnerPolicy,
  request: ReleaseRequest,
  now: Date,
  /** Offline sealing (`airtnt owner seal`) for an enclave the owner names itself: no enclave-signed request. */
  options: { offline?: boolean } = {},
): Promise<Decision> {
  const { binding, identity } = request;
  const expectedHash = policyHash(policy);
  if (binding.role !== policy.role || !equalBytes(binding.policyHash, expectedHash)) {
    throw refuse('policyHash', 'the request is for another policy or role than this agent\'s', {
      role: binding.role, expectedRole: policy.role, policyHash: toHex(binding.policyHash), expectedPolicyHash: toHex(expectedHash),
    });
  }
  if (policy.chainId !== undefined && binding.chainId !== BigInt(policy.chainId)) {
    throw refuse('chainId', `the session's channel is on chain ${binding.chainId}, not ${policy.chainId}`);
  }
  if (policy.channels !== undefined && toHex(binding.channels).slice(2) !== policy.channels) {
    throw refuse('channels', 'the session\'s channel is on another channels contract', { channels: toHex(binding.channels), expected: `0x${policy.channels}` });
  }
  const functionHex = toHex(binding.functionMeasurement).slice(2);
  if (!policy.functions.includes(functionHex)) {
    throw refuse('functions', 'the session runs a function this owner does not release to', { functionMeasurement: functionHex, allowed: policy.functions });
  }
  const ownKey = ownerRecipientKey(policy);
  const toRequester = equalBytes(binding.recipient, REQUESTER_RECIPIENT);
  if ((policy.results.recipient === 'requester' && !toRequester) || (ownKey !== undefined && !equalBytes(binding.recipient, ownKey))) {
    throw refuse('results', `the session's results go to ${toRequester ? 'the requester' : toHex(binding.recipient)}, not to ${ownKey ? toHex(ownKey) : 'the requester'}`, {
      recipient: toHex(binding.recipient), policy: policy.results.recipient,
    });
  }
  if (!options.offline && !verifyReleaseRequest(binding, identity.signingPublicKey, request.signature)) {
    throw refuse('request.signature', 'the session binding is not signed by the enclave\'s key', { signingPublicKey: toHex(identity.signingPublicKey) });
  }
  let verified: VerifiedEvidence;
  try {
    verified = await verifyEnclaveIdentity(identity, attestationPolicyOf(policy), { now, ...(request.collateral ? { collateral: request.collateral } : {}) });
  } catch (error) {
    const code = isAirtntError(error) ? error.code : 'INTERNAL_ERROR';
    const message = error instanceof Error ? error.message : String(error);
    throw refuse(RULE_OF_CODE[code] ?? 'evidence', message, {}, error);
  }
  return { verified, binding, withResultSecret: ownKey !== undefined };
}
