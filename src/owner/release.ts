/**
 * One release, from request to sealed answer, shared by the agent (`airtnt owner serve`) and the
 * offline form (`airtnt owner seal`): decide (decide.ts), refuse a second release for the same session
 * and role, seal, log durably, and only then return. On any refusal nothing is sealed or returned.
 */
import { randomBytes } from '@noble/hashes/utils.js';
import { MAX_INLINE_DATA_BYTES, OWNER_KEY_BYTES, RESULT_SECRET_BYTES, sealRelease, sealResultSecret } from '../protocol/release.js';
import { toHex } from '../util/bytes.js';
import { AirtntError, isAirtntError } from '../util/errors.js';
import { decideRelease, refuse } from './decide.js';
import { policyHash, type OwnerPolicy } from './policy.js';
import type { ReleaseLog } from './release-log.js';
import type { ReleaseAnswer, ReleaseRequest } from './wire.js';

/** Checks an owner's secret against its policy's release kind; throws OWNER_SECRET_INVALID. */
export function checkOwnerSecret(policy: OwnerPolicy, secret: Uint8Array): Uint8Array {
  const ok = policy.release === 'inlineData' ? secret.length <= MAX_INLINE_DATA_BYTES : secret.length === OWNER_KEY_BYTES;
  if (!ok) {
    throw new AirtntError('OWNER_SECRET_INVALID', policy.release === 'inlineData' ? `inline data is at most ${MAX_INLINE_DATA_BYTES} bytes` : `a ${policy.release} file holds exactly ${OWNER_KEY_BYTES} raw bytes`, {
      details: { release: policy.release, length: secret.length },
      hint: policy.release === 'inlineData' ? 'encrypt larger data with encryptData and release its data key (release "dataKey")' : 'use the key that encryptModule / encryptData used (generateOwnerKey), as raw bytes',
    });
  }
  return secret;
}

export type Releaser = { policy: OwnerPolicy; secret: Uint8Array; log: ReleaseLog; now: () => Date };

export async function releaseTo(releaser: Releaser, request: ReleaseRequest, options: { offline?: boolean } = {}): Promise<ReleaseAnswer> {
  const { policy, log } = releaser;
  const now = releaser.now();
  try {
    const decision = await decideRelease(policy, request, now, options);
    const { binding } = decision;
    if (log.hasReleased(binding.sessionId, binding.role)) {
      throw refuse('session.once', 'this session already got this owner\'s release: a session id is used once', { sessionId: toHex(binding.sessionId) });
    }
    const resultSecret = decision.withResultSecret ? randomBytes(RESULT_SECRET_BYTES) : undefined;
    const sealed = sealRelease({ enclaveHpkePublicKey: request.identity.hpkePublicKey, binding, release: { kind: policy.release, secret: releaser.secret, resultSecret } });
    const sealedResultSecret = resultSecret ? sealResultSecret({ binding, resultSecret }) : undefined;
    resultSecret?.fill(0);
    // Logged (committed, synchronous=FULL) before the answer leaves: a release is never unaccounted for.
    const recorded = log.record({ binding, verified: decision.verified, enclaveSigningKey: request.identity.signingPublicKey, enclaveHpkeKey: request.identity.hpkePublicKey, sealed, offline: options.offline === true, now: now.getTime() });
    if (!recorded) throw refuse('session.once', 'this session already got this owner\'s release: a session id is used once', { sessionId: toHex(binding.sessionId) });
    return { role: binding.role, policyHash: toHex(policyHash(policy)), release: sealed, sealedResultSecret };
  } catch (error) {
    if (isAirtntError(error, 'OWNER_RELEASE_REFUSED')) {
      log.recordRefusal(String(error.details.rule), typeof error.details.cause === 'string' ? error.details.cause : undefined, request.binding.sessionId, now.getTime());
    }
    throw error;
  }
}
