/** airtnt/executor: rent out an enclave, paid round by round. docs/library.md. */
export { createExecutor } from './node/executor-client.js';
export type { CreateExecutorParameters, ExecutorClient } from './node/executor-client.js';
export { MIN_CHANNEL_SECONDS, MIN_COLLECT_SAFETY_SECONDS } from './node/executor.js';
export type { ExecutorNodeOptions } from './node/executor.js';
export type { ExecutorInfo } from './node/info.js';
export { createEnclave, DEFAULT_LIMITS } from './enclave/index.js';
export type { CreateEnclaveOptions, Enclave, EnclaveHandle, EnclaveIdentity, RoundLimits } from './enclave/index.js';
export { createTeeProvider, TEE_PROVIDER_KINDS } from './tee/index.js';
export type { TeeProviderKind } from './tee/index.js';
export { builtinMeasurements } from './node/functions.js';
