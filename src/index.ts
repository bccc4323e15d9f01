/**
 * airtnt: rent out and rent TEE enclave compute, paid round by round over hash-locked payment
 * channels. The main entry: the chain client, a requester, an executor and the errors. Everything
 * else is under a subpath: airtnt/requester, airtnt/executor, airtnt/chain, airtnt/protocol,
 * airtnt/attestation, airtnt/functions, and airtnt/testing (development helpers). docs/library.md.
 */
export { connectChainClient, createChainClient, withChannels } from './chain/client.js';
export type { ChainClient, ChainClientOptions, ChainClientSigner } from './chain/client.js';
export { createRequester, RequesterRun } from './node/requester-client.js';
export type { CreateRequesterParameters, RequesterClient } from './node/requester-client.js';
export type { Job, RunProgress, RunResult } from './node/requester-types.js';
export { createExecutor } from './node/executor-client.js';
export type { CreateExecutorParameters, ExecutorClient } from './node/executor-client.js';
export { AirtntError, ERROR_CATALOGUE, errorDocsPath, isAirtntError, isAirtntErrorCode, isRemoteRefusal, RemoteRefusalError } from './util/errors.js';
export type { AirtntErrorCode, AirtntErrorOptions, ErrorCatalogueEntry } from './util/errors.js';
