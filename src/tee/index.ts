/** Picks a TEE provider by name: the simulated one (INSECURE) or configfs-tsm on TDX / SEV-SNP guests. */
import { enclaveRuntimeMeasurement } from '../enclave/runtime.js';
import { AirtntError } from '../util/errors.js';
import { createConfigfsTsmProvider } from './configfs-tsm.js';
import { createSimulatedProvider } from './simulated.js';
import type { TeeProvider } from './types.js';

import { TEE_PROVIDER_KINDS, type TeeProviderKind } from './kinds.js';

export { TEE_PROVIDER_KINDS, type TeeProviderKind } from './kinds.js';

export async function createTeeProvider(kind: TeeProviderKind): Promise<TeeProvider> {
  if (kind === 'simulated') return createSimulatedProvider();
  if (kind !== 'tdx' && kind !== 'sev-snp') {
    throw new AirtntError('TEE_UNKNOWN_KIND', `unknown TEE provider "${String(kind)}"`, { details: { supported: TEE_PROVIDER_KINDS } });
  }
  // The hardware attests the whole guest; the runtime measurement names the enclave code inside it.
  return createConfigfsTsmProvider({ kind, runtimeMeasurement: enclaveRuntimeMeasurement() });
}
