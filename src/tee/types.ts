/** A TEE provider produces evidence that binds 64 bytes of report data to the hardware and code. */
import type { Evidence, TeeKind } from '../attestation/types.js';

export interface TeeProvider {
  readonly kind: TeeKind;
  /** True only for the simulated provider; every output that shows it must say INSECURE. */
  readonly insecure: boolean;
  /** The runtime measurement this provider's evidence will carry (sha256, 32 bytes). */
  runtimeMeasurement(): Uint8Array;
  /** Produces evidence whose report data is exactly `reportData` (64 bytes). */
  produceEvidence(reportData: Uint8Array): Promise<Evidence>;
}
