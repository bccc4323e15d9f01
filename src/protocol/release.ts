/**
 * Owner releases (docs/protocol.md part 2, "Owner releases"): a code owner's or data owner's secret,
 * sealed with HPKE to one enclave's attested X25519 key, with the whole session binding as aad, so
 * that a sealed release opens only in that enclave, for that session, function, policy and role.
 * Pure: no I/O, no clock, no node:crypto.
 *
 *   binding (213 bytes) = chainId(32, uint256) || channels(20) || channelId(32) || sessionId(32)
 *                         || functionMeasurement(32) || recipient(32) || role(1) || policyHash(32)
 *   sealed release      = HPKE(enclaveHpkePublicKey, info "airtnt/owner-release/v1", aad = binding,
 *                              version(1)=1 || kind(1) || hasResultSecret(1) || [resultSecret(32)] || secret)
 *   release request     = "airtnt/owner-release-request/v1"(31) || enclaveSigningPublicKey(32) || binding(213)
 *                         signed by the enclave's Ed25519 key (pure RFC 8032), 276 bytes
 *   sealed result secret = HPKE(recipient, info "airtnt/result-secret/v1", aad = binding, resultSecret(32))
 *
 * recipient is the X25519 public key to which results are sealed, or 32 zero bytes for the requester.
 */
import { ed25519 } from '@noble/curves/ed25519.js';
import { hpkeOpen, hpkeSeal } from '../crypto/hpke.js';
import { assertLength, concatBytes, equalBytes, toHex, utf8 } from '../util/bytes.js';
import { AirtntError } from '../util/errors.js';

export const RELEASE_INFO = utf8('airtnt/owner-release/v1');
export const RESULT_SECRET_INFO = utf8('airtnt/result-secret/v1');
/** Differs from "airtnt/record/v4" and "airtnt/executor-info/v2" at byte 7: no request is ever a record or an info statement. */
export const RELEASE_REQUEST_DOMAIN = utf8('airtnt/owner-release-request/v1');
export const RELEASE_BINDING_BYTES = 213;
export const RELEASE_REQUEST_BYTES = RELEASE_REQUEST_DOMAIN.length + 32 + RELEASE_BINDING_BYTES;
export const RESULT_SECRET_BYTES = 32;
export const OWNER_KEY_BYTES = 32;
/** Inline data released in the sealed release itself: small by design (a larger dataset goes encrypted with a data key). */
export const MAX_INLINE_DATA_BYTES = 64 * 1024;
const RELEASE_VERSION = 1;

export const OWNER_ROLES = { code: 1, data: 2 } as const;
export type OwnerRole = keyof typeof OWNER_ROLES;

/** What a release holds: the key of an encrypted module, the key of encrypted data, or the data itself. */
export const RELEASE_KINDS = { codeKey: 1, dataKey: 2, inlineData: 3 } as const;
export type ReleaseKind = keyof typeof RELEASE_KINDS;
const ROLE_OF_KIND: Record<ReleaseKind, OwnerRole> = { codeKey: 'code', dataKey: 'data', inlineData: 'data' };

/** The session a release is for, as the requester, the enclave and the owner's agent all see it. */
export type SessionBinding = {
  chainId: bigint;
  /** The channels contract (20 bytes). */
  channels: Uint8Array;
  channelId: Uint8Array;
  sessionId: Uint8Array;
  functionMeasurement: Uint8Array;
  /** X25519 public key results are sealed to; 32 zero bytes: the requester (its own session secret). */
  recipient: Uint8Array;
};

export type ReleaseBinding = SessionBinding & { role: OwnerRole; policyHash: Uint8Array };

export type ReleasePlaintext = { kind: ReleaseKind; secret: Uint8Array; resultSecret?: Uint8Array | undefined };

export const REQUESTER_RECIPIENT = new Uint8Array(32);

const U256_MAX = (1n << 256n) - 1n;

export function isRequesterRecipient(recipient: Uint8Array): boolean {
  return equalBytes(recipient, REQUESTER_RECIPIENT);
}

function u256be(value: bigint): Uint8Array {
  if (typeof value !== 'bigint' || value < 0n || value > U256_MAX) {
    throw new AirtntError('RELEASE_MALFORMED', 'chainId must be a uint256 bigint', { details: { chainId: String(value) } });
  }
  const out = new Uint8Array(32);
  let rest = value;
  for (let i = 31; i >= 0; i--) {
    out[i] = Number(rest & 0xffn);
    rest >>= 8n;
  }
  return out;
}

/** The 213 bytes that bind a release to one session, function, recipient, policy and role. */
export function encodeReleaseBinding(binding: ReleaseBinding): Uint8Array {
  assertLength(binding.channels, 20, 'channels');
  assertLength(binding.channelId, 32, 'channelId');
  assertLength(binding.sessionId, 32, 'sessionId');
  assertLength(binding.functionMeasurement, 32, 'functionMeasurement');
  assertLength(binding.recipient, 32, 'recipient');
  assertLength(binding.policyHash, 32, 'policyHash');
  const role = OWNER_ROLES[binding.role];
  if (role === undefined) throw new AirtntError('RELEASE_MALFORMED', 'unknown owner role', { details: { role: binding.role } });
  return concatBytes(
    u256be(binding.chainId),
    binding.channels,
    binding.channelId,
    binding.sessionId,
    binding.functionMeasurement,
    binding.recipient,
    new Uint8Array([role]),
    binding.policyHash,
  );
}

/** The statement an enclave signs to ask an owner's agent for a release (276 bytes). */
export function releaseRequestStatement(binding: ReleaseBinding, enclaveSigningPublicKey: Uint8Array): Uint8Array {
  assertLength(enclaveSigningPublicKey, 32, 'enclaveSigningPublicKey');
  return concatBytes(RELEASE_REQUEST_DOMAIN, enclaveSigningPublicKey, encodeReleaseBinding(binding));
}

/**
 * Enclave side, before signing: the statement is a release request naming this enclave's own key
 * (so the host cannot use the enclave's key to sign anything else, a record in particular).
 */
export function checkReleaseRequestToSign(statement: Uint8Array, ownSigningPublicKey: Uint8Array, chain?: { chainId: bigint; channels: Uint8Array }): void {
  const domain = RELEASE_REQUEST_DOMAIN.length;
  if (
    statement.length !== RELEASE_REQUEST_BYTES ||
    !equalBytes(statement.subarray(0, domain), RELEASE_REQUEST_DOMAIN) ||
    !equalBytes(statement.subarray(domain, domain + 32), ownSigningPublicKey)
  ) {
    throw new AirtntError('RELEASE_REQUEST_MALFORMED', 'the enclave signs only release requests naming its own key', {
      details: { length: statement.length, expected: RELEASE_REQUEST_BYTES },
    });
  }
  const role = statement[domain + 32 + 180];
  if (role !== OWNER_ROLES.code && role !== OWNER_ROLES.data) {
    throw new AirtntError('RELEASE_REQUEST_MALFORMED', 'the release request names no known owner role', { details: { role } });
  }
  if (chain !== undefined) {
    // An owner's policy pins a chain and contract against the binding: the enclave vouches only for its own.
    const at = domain + 32;
    let chainId = 0n;
    for (const byte of statement.subarray(at, at + 32)) chainId = (chainId << 8n) | BigInt(byte);
    const channels = statement.subarray(at + 32, at + 52);
    if (chainId !== chain.chainId || !equalBytes(channels, chain.channels)) {
      throw new AirtntError('OWNER_CHAIN_MISMATCH', `the release request names chain ${chainId} and contract ${toHex(channels)}, but this enclave serves chain ${chain.chainId}, contract ${toHex(chain.channels)}`, {
        details: { chainId: String(chainId), channels: toHex(channels), executorChainId: String(chain.chainId), executorChannels: toHex(chain.channels) },
      });
    }
  }
}

/** Owner side: true when `signature` is the enclave's Ed25519 signature over the request for `binding`. */
export function verifyReleaseRequest(binding: ReleaseBinding, enclaveSigningPublicKey: Uint8Array, signature: Uint8Array): boolean {
  if (signature.length !== 64) return false;
  try {
    return ed25519.verify(signature, releaseRequestStatement(binding, enclaveSigningPublicKey), enclaveSigningPublicKey);
  } catch {
    return false;
  }
}

function checkPlaintext(release: ReleasePlaintext, role: OwnerRole): void {
  if (RELEASE_KINDS[release.kind] === undefined || ROLE_OF_KIND[release.kind] !== role) {
    throw new AirtntError('RELEASE_MALFORMED', `a ${role} owner cannot release a ${release.kind}`, { details: { kind: release.kind, role } });
  }
  if (release.kind === 'inlineData' ? release.secret.length > MAX_INLINE_DATA_BYTES : release.secret.length !== OWNER_KEY_BYTES) {
    throw new AirtntError('RELEASE_MALFORMED', release.kind === 'inlineData' ? `inline data is larger than ${MAX_INLINE_DATA_BYTES} bytes` : `a ${release.kind} is ${OWNER_KEY_BYTES} bytes`, {
      details: { kind: release.kind, length: release.secret.length },
    });
  }
  if (release.resultSecret !== undefined) assertLength(release.resultSecret, RESULT_SECRET_BYTES, 'resultSecret');
}

/** Owner side: seals a release to the enclave for exactly this binding. */
export function sealRelease(params: { enclaveHpkePublicKey: Uint8Array; binding: ReleaseBinding; release: ReleasePlaintext }): Uint8Array {
  const { release, binding } = params;
  checkPlaintext(release, binding.role);
  if (release.resultSecret !== undefined && isRequesterRecipient(binding.recipient)) {
    throw new AirtntError('RELEASE_MALFORMED', 'a result secret goes with a named recipient only', {
      details: { recipient: toHex(binding.recipient), resultSecret: release.resultSecret !== undefined },
    });
  }
  const header = new Uint8Array([RELEASE_VERSION, RELEASE_KINDS[release.kind], release.resultSecret ? 1 : 0]);
  const plaintext = concatBytes(header, release.resultSecret ?? new Uint8Array(0), release.secret);
  return hpkeSeal(params.enclaveHpkePublicKey, RELEASE_INFO, encodeReleaseBinding(binding), plaintext);
}

/**
 * Enclave side: opens a release sealed for this binding. A release sealed for any other session,
 * channel, chain, contract, function, recipient, policy or role, or to another enclave, fails
 * authentication (RELEASE_BINDING_MISMATCH): nothing in it is learnt.
 */
export function openRelease(params: { hpkeSecretKey: Uint8Array; binding: ReleaseBinding; sealed: Uint8Array }): ReleasePlaintext {
  let plaintext: Uint8Array;
  try {
    plaintext = hpkeOpen(params.hpkeSecretKey, RELEASE_INFO, encodeReleaseBinding(params.binding), params.sealed);
  } catch (cause) {
    throw new AirtntError('RELEASE_BINDING_MISMATCH', `the ${params.binding.role} owner's release does not open for this session in this enclave`, {
      cause,
      details: { role: params.binding.role, sessionId: toHex(params.binding.sessionId) },
      hint: 'a release is sealed for one enclave and one session (chain, contract, channel, session, function, recipient, policy): ask the owner\'s agent for a release for this session',
    });
  }
  if (plaintext.length < 3 || plaintext[0] !== RELEASE_VERSION || (plaintext[2] !== 0 && plaintext[2] !== 1)) {
    throw new AirtntError('RELEASE_MALFORMED', 'the release has an unknown version or layout', { details: { version: plaintext[0] } });
  }
  const kind = (Object.keys(RELEASE_KINDS) as ReleaseKind[]).find((name) => RELEASE_KINDS[name] === plaintext[1]);
  if (kind === undefined) throw new AirtntError('RELEASE_MALFORMED', 'the release holds an unknown kind of secret', { details: { kind: plaintext[1] } });
  const hasResultSecret = plaintext[2] === 1;
  if (hasResultSecret && plaintext.length < 3 + RESULT_SECRET_BYTES) throw new AirtntError('RELEASE_MALFORMED', 'the release is cut inside its result secret');
  const resultSecret = hasResultSecret ? plaintext.slice(3, 3 + RESULT_SECRET_BYTES) : undefined;
  const release: ReleasePlaintext = { kind, secret: plaintext.slice(hasResultSecret ? 3 + RESULT_SECRET_BYTES : 3), resultSecret };
  checkPlaintext(release, params.binding.role);
  if (hasResultSecret && isRequesterRecipient(params.binding.recipient)) {
    throw new AirtntError('RELEASE_MALFORMED', 'the release carries a result secret, but the session\'s results go to the requester');
  }
  return release;
}

/** Owner side: the result secret, sealed to the recipient for this binding (the requester relays it, unable to read it). */
export function sealResultSecret(params: { binding: ReleaseBinding; resultSecret: Uint8Array }): Uint8Array {
  assertLength(params.resultSecret, RESULT_SECRET_BYTES, 'resultSecret');
  if (isRequesterRecipient(params.binding.recipient)) throw new AirtntError('RELEASE_MALFORMED', 'the requester as recipient needs no sealed result secret');
  return hpkeSeal(params.binding.recipient, RESULT_SECRET_INFO, encodeReleaseBinding(params.binding), params.resultSecret);
}

/**
 * Recipient side: the session secret that the session's results are under (use it as `sessionSecret`
 * in openRoundResult). Fails unless sealed to this recipient for this binding.
 */
export function openResultSecret(params: { recipientSecretKey: Uint8Array; binding: ReleaseBinding; sealed: Uint8Array }): Uint8Array {
  try {
    return assertLength(hpkeOpen(params.recipientSecretKey, RESULT_SECRET_INFO, encodeReleaseBinding(params.binding), params.sealed), RESULT_SECRET_BYTES, 'resultSecret');
  } catch (cause) {
    throw new AirtntError('RELEASE_BINDING_MISMATCH', 'the sealed result secret does not open for this recipient and session', { cause });
  }
}
