/**
 * The simulated TEE: INSECURE, for development and tests only. No hardware protects anything: the
 * "evidence" is signed by a development authority whose secret key is published right here, so anyone
 * can forge it. Verifiers accept it only when explicitly allowed, and every output that shows it says
 * INSECURE.
 *
 * Evidence.quote layout (208 bytes, docs/protocol.md part 2, "simulated evidence"):
 *
 *   off  len  field
 *     0   32  tag, ASCII "AIRTNT-SIMULATED-INSECURE-TEE-v1"
 *    32   32  runtimeMeasurement (sha256 of the enclave runtime, src/enclave/runtime.ts)
 *    64   64  reportData
 *   128    8  issuedAt, unix seconds (u64 big-endian)
 *   136    8  expiresAt, unix seconds
 *   144   64  Ed25519 signature (RFC 8032) by the development authority over bytes 0..143
 */
import { ed25519 } from '@noble/curves/ed25519.js';
import { sha256 } from '@noble/hashes/sha2.js';
import type { Evidence, VerifiedEvidence } from '../attestation/types.js';
import { enclaveRuntimeMeasurement } from '../enclave/runtime.js';
import { assertLength, concatBytes, equalBytes, toHex, u64be, utf8 } from '../util/bytes.js';
import { AirtntError } from '../util/errors.js';
import type { TeeProvider } from './types.js';

/**
 * PUBLIC, NOT A SECRET: the development authority that signs simulated evidence. Derived from a fixed
 * phrase so that everybody can recompute it; it proves nothing about any machine.
 */
export const INSECURE_DEVELOPMENT_AUTHORITY_SECRET_KEY = sha256(
  utf8('airtnt INSECURE simulated TEE development authority: this key is public and proves nothing'),
);
export const INSECURE_DEVELOPMENT_AUTHORITY_PUBLIC_KEY = ed25519.getPublicKey(INSECURE_DEVELOPMENT_AUTHORITY_SECRET_KEY);

export const SIMULATED_EVIDENCE_TAG = utf8('AIRTNT-SIMULATED-INSECURE-TEE-v1');
export const SIMULATED_EVIDENCE_LENGTH = 208;
/** How long simulated evidence stays valid: an enclave is attested once, at start. */
export const SIMULATED_EVIDENCE_VALIDITY_SECONDS = 30 * 24 * 3600;
/** Clock skew tolerated between the producer and the verifier. */
const CLOCK_SKEW_SECONDS = 300;
export const INSECURE_ADVISORY = 'INSECURE: simulated TEE, no hardware protection, development authority key is public';

function invalid(message: string, details: Record<string, unknown> = {}): AirtntError {
  return new AirtntError('SIMULATED_EVIDENCE_INVALID', message, { details });
}

/** Produces simulated evidence for the given report data (INSECURE). */
export function produceSimulatedEvidence(reportData: Uint8Array, runtimeMeasurement: Uint8Array, now = new Date()): Evidence {
  assertLength(reportData, 64, 'reportData');
  assertLength(runtimeMeasurement, 32, 'runtimeMeasurement');
  const issuedAt = Math.floor(now.getTime() / 1000);
  const body = concatBytes(
    SIMULATED_EVIDENCE_TAG,
    runtimeMeasurement,
    reportData,
    u64be(issuedAt),
    u64be(issuedAt + SIMULATED_EVIDENCE_VALIDITY_SECONDS),
  );
  const signature = ed25519.sign(body, INSECURE_DEVELOPMENT_AUTHORITY_SECRET_KEY);
  return { kind: 'simulated', quote: concatBytes(body, signature) };
}

/**
 * Checks simulated evidence (signature of the development authority, time window) and returns it in
 * the shared shape with `insecure: true`. Callers must refuse it unless the user allowed the
 * simulated TEE explicitly.
 */
export function verifySimulatedEvidence(evidence: Evidence, options: { now?: Date } = {}): VerifiedEvidence {
  if (evidence.kind !== 'simulated') throw invalid('not simulated evidence', { kind: evidence.kind });
  const quote = evidence.quote;
  if (!(quote instanceof Uint8Array) || quote.length !== SIMULATED_EVIDENCE_LENGTH) {
    throw invalid(`simulated evidence is ${SIMULATED_EVIDENCE_LENGTH} bytes`, { got: quote instanceof Uint8Array ? quote.length : typeof quote });
  }
  if (!equalBytes(quote.subarray(0, 32), SIMULATED_EVIDENCE_TAG)) throw invalid('simulated evidence has the wrong tag');
  const body = quote.subarray(0, 144);
  if (!ed25519.verify(quote.subarray(144), body, INSECURE_DEVELOPMENT_AUTHORITY_PUBLIC_KEY)) {
    throw invalid('simulated evidence is not signed by the development authority');
  }
  const view = new DataView(quote.buffer, quote.byteOffset, quote.byteLength);
  const issuedAt = Number(view.getBigUint64(128));
  const expiresAt = Number(view.getBigUint64(136));
  // Beyond 2^40 s (year 36812) a date is not representable as an ISO string: refused, not a RangeError.
  if (issuedAt > 2 ** 40 || expiresAt > 2 ** 40) throw invalid('simulated evidence has timestamps out of range', { issuedAt, expiresAt });
  const nowSeconds = Math.floor((options.now ?? new Date()).getTime() / 1000);
  if (nowSeconds + CLOCK_SKEW_SECONDS < issuedAt || nowSeconds > expiresAt) {
    throw new AirtntError('SIMULATED_EVIDENCE_EXPIRED', 'simulated evidence is outside its validity window', {
      details: { issuedAt: new Date(issuedAt * 1000).toISOString(), expiresAt: new Date(expiresAt * 1000).toISOString() },
      hint: 'restart the executor to get fresh evidence',
    });
  }
  return {
    kind: 'simulated',
    insecure: true,
    measurement: toHex(quote.subarray(32, 64)).slice(2),
    measurements: { developmentAuthority: toHex(INSECURE_DEVELOPMENT_AUTHORITY_PUBLIC_KEY).slice(2) },
    reportData: quote.slice(64, 128),
    tcbStatus: 'NotApplicable',
    advisories: [INSECURE_ADVISORY],
    debug: true,
    validFrom: new Date(issuedAt * 1000).toISOString(),
    validUntil: new Date(expiresAt * 1000).toISOString(),
  };
}

/** The simulated provider: the measurement covers the enclave's whole module graph and locked dependencies (src/enclave/runtime.ts). */
export function createSimulatedProvider(options: { now?: () => Date } = {}): TeeProvider {
  const measurement = enclaveRuntimeMeasurement();
  return {
    kind: 'simulated',
    insecure: true,
    runtimeMeasurement: () => measurement.slice(),
    produceEvidence: async (reportData: Uint8Array) => produceSimulatedEvidence(reportData, measurement, options.now?.() ?? new Date()),
  };
}
