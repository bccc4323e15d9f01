/** airtnt/requester: rent enclave compute, paying each round only for a result that opens. docs/library.md. */
export { createLifeJob, createModuleJob, createRequester, MAX_QUEUED_PROGRESS, RequesterRun } from './node/requester-client.js';
export type { CreateRequesterParameters, ModuleJob, RequesterClient } from './node/requester-client.js';
export { runIdOf } from './node/requester.js';
export type { Job, RequesterOptions, RunProgress, RunResult, SessionSummary } from './node/requester-types.js';
export type { RecoveryReport } from './node/requester-channels.js';
export type { LifeJob } from './node/life.js';
export type { Amount } from './node/amounts.js';
export { fetchExecutorInfo, verifyExecutor } from './node/verify-executor.js';
export type { ExecutorRequirements, VerifiedExecutor } from './node/verify-executor.js';
export type { ExecutorInfo } from './node/info.js';
export { fetchOwnerPolicy, ownerOpeningFor, requestRelease } from './owner/client.js';
export type { FetchedRelease, OwnerPolicySummary } from './owner/client.js';
export { encryptData, encryptModule, generateOwnerKey } from './protocol/owner-data.js';
export { openResultSecret } from './protocol/release.js';
export { runParallel } from './node/run-parallel.js';
export type { ParallelResult, ParallelSlice } from './node/run-parallel.js';
export { OCR_PARALLEL, parseParallelSpec, joinItems, splitItems } from './functions/parallel-manifest.js';
export type { ItemFraming, ParallelSpec } from './functions/parallel-manifest.js';
