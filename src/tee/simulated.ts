/** Placeholder: the simulated (INSECURE) TEE provider and its verifier are being built. */
import type { Evidence, VerifiedEvidence } from '../attestation/types.js';
import { AirtntError } from '../util/errors.js';

export function verifySimulatedEvidence(_evidence: Evidence, _options: { now?: Date } = {}): VerifiedEvidence {
  throw new AirtntError('NOT_IMPLEMENTED', 'simulated evidence verification is not built yet');
}
