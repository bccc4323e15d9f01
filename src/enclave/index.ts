/**
 * Host-side handle on an enclave: starts the enclave worker (which holds the keys and runs the
 * wrapper w), binds its public keys to TEE evidence once, and forwards requests. The host only ever
 * sees what the Enclave interface returns: public keys, evidence, ciphertexts, signed records and k.
 */
import { enclaveReportData } from '../attestation/binding.js';
import type { TeeProvider } from '../tee/types.js';
import { AirtntError } from '../util/errors.js';
import { DEFAULT_LIMITS, resolveLimits } from '../protocol/limits.js';
import type { EnclaveReply, EnclaveStats, HostRequest, InitReply } from './messages.js';
import { siblingModule, startWorker, WORKER_YOUNG_GENERATION_MB } from './spawn.js';
import { deserializeError } from './rpc.js';
import { DEFAULT_WORK_BUDGET } from '../functions/abi.js';
import type { Enclave, EnclaveIdentity, LoadedModule, LoadModuleRequest, OpenSessionRequest, RoundLimits, RoundResult, RunRoundOptions } from './types.js';
import type { ModuleCacheLimits } from './module-cache.js';
import type { RegistryDomain } from '../registry/signing.js';
import { fromHex } from '../util/bytes.js';
import { MAX_MODULE_BYTES } from '../protocol/limits.js';
import type { ReplicateInput } from '../protocol/pool-standby.js';
import type { ViewChangeTerms } from '../protocol/pool-signatures.js';
import type { SealedPoolKey } from './pool-member.js';

export { DEFAULT_LIMITS };
export type { Enclave, EnclaveIdentity, OpenSessionRequest, RoundLimits, RoundResult };

export type CreateEnclaveOptions = {
  tee: TeeProvider;
  limits?: Partial<RoundLimits>;
  /** Load the built-in functions (life, ocr) so sessions can name them by measurement alone. Default true. */
  builtinFunctions?: boolean;
  /** Execution workers running rounds in parallel (default: max(1, min(8, cores - 1))). */
  executionWorkers?: number;
  /**
   * Execution workers at most, burst ones included (started while every worker is busy and a requester
   * with nothing running waits; stopped after 2 s idle). Default: one more than the cores, at most 8.
   */
  maxExecutionWorkers?: number;
  /** Modules sent with sessions kept at most (count, bytes; default module-cache.ts). */
  moduleCache?: ModuleCacheLimits;
  /** Sealed-storage key for stored modules (32 bytes; module-storage.ts); without it nothing is stored. */
  moduleStorageKey?: Uint8Array;
  /**
   * The registry this executor joins: the enclave then holds a secp256k1 key, binds its address in the
   * evidence (binding v3) and signs that registry's RoundRecord for every round (RoundResult.recordClaim).
   */
  registry?: RegistryDomain;
  /**
   * The executor's chain id and channels contract (20 bytes). The enclave then signs only info
   * statements and release requests naming them, and opens only owners' sessions on them; without
   * it the enclave serves no code or data owner.
   */
  chain?: { chainId: bigint; channels: Uint8Array };
};

/** The enclave handle, with a stats() extra for operators and tests. */
export type EnclaveHandle = Enclave &
  Required<Pick<Enclave, 'hasModule' | 'loadModule'>> & {
    stats(): Promise<EnclaveStats>;
    readonly limits: RoundLimits;
    /** The enclave's Ed25519 signature over a release request for an owner's agent (src/protocol/release.ts). */
    signReleaseRequest(statement: Uint8Array): Promise<Uint8Array>;
    /** A pool session's member (src/enclave/pool-member.ts): the pool key's hand-over and the standby's replica intake. */
    pool: EnclavePool;
  };

export type EnclavePool = {
  /** View-0 executor: the pool key sealed to each standby's enclave. */
  poolKeys(sessionId: Uint8Array): Promise<SealedPoolKey[]>;
  acceptPoolKey(sessionId: Uint8Array, sealedPoolKey: Uint8Array, signature: Uint8Array): Promise<void>;
  /** Any member: the requester's view change; named executor, the enclave continues from the last paid round's replica. */
  acceptViewChange(sessionId: Uint8Array, terms: ViewChangeTerms, signature: Uint8Array, payment?: { amount: bigint; signature: Uint8Array }): Promise<{ executor: boolean; nextRound: bigint }>;
  /** Any member holding the round's replica: its key, against the requester's PoolPayment (the host stores the payment first). */
  releasePoolKey(sessionId: Uint8Array, round: bigint, payment: { amount: bigint; signature: Uint8Array }): Promise<{ key: Uint8Array; member: `0x${string}` }>;
  /** Standby: the ack's signature once the replica is taken (the host stores the replica before sending it). */
  takeReplica(sessionId: Uint8Array, frame: ReplicateInput): Promise<{ round: bigint; view: number; keyHash: Uint8Array; signature: Uint8Array }>;
};

const WORKER_URL = siblingModule('enclave-worker', import.meta.url);
type Pending = { resolve: (value: unknown) => void; reject: (error: Error) => void };
type RequestBody = HostRequest extends infer R ? (R extends HostRequest ? Omit<R, 'id'> : never) : never;

export async function createEnclave(options: CreateEnclaveOptions): Promise<EnclaveHandle> {
  const limits = resolveLimits(options.limits);
  const worker = startWorker(WORKER_URL, {
    // The enclave worker holds keys and sessions' states; the execution worker below it holds the rest.
    resourceLimits: { maxOldGenerationSizeMb: 256 + 8 * Math.ceil(limits.maxStateBytes / (1024 * 1024)), maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB, stackSizeMb: 4 },
  });
  const pending = new Map<number, Pending>();
  let nextId = 1;
  let failure: AirtntError | undefined;

  const failAll = (error: AirtntError) => {
    failure ??= error;
    for (const entry of pending.values()) entry.reject(error);
    pending.clear();
  };
  worker.on('message', (reply: EnclaveReply) => {
    const entry = pending.get(reply.id);
    if (!entry) return;
    pending.delete(reply.id);
    if (reply.ok) entry.resolve(reply.value);
    else entry.reject(deserializeError(reply.error));
  });
  worker.on('error', (error) => failAll(new AirtntError('ENCLAVE_CRASHED', 'the enclave worker failed', { details: { reason: error.message.slice(0, 200) } })));
  worker.on('exit', () => failAll(new AirtntError('ENCLAVE_CLOSED', 'the enclave worker has stopped')));

  const call = <T>(body: RequestBody): Promise<T> => {
    if (failure) return Promise.reject(failure);
    const id = nextId++;
    return new Promise<T>((resolve, reject) => {
      pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      worker.postMessage({ ...body, id });
    });
  };

  const runtimeMeasurement = options.tee.runtimeMeasurement();
  let keys: InitReply;
  try {
    keys = await call<InitReply>({
      type: 'init',
      limits,
      runtimeMeasurement,
      insecure: options.tee.insecure,
      builtinFunctions: options.builtinFunctions ?? true,
      ...(options.executionWorkers === undefined ? {} : { executionWorkers: options.executionWorkers }),
      ...(options.maxExecutionWorkers === undefined ? {} : { maxExecutionWorkers: options.maxExecutionWorkers }),
      ...(options.moduleCache === undefined ? {} : { moduleCache: options.moduleCache }),
      ...(options.moduleStorageKey === undefined ? {} : { moduleStorageKey: options.moduleStorageKey }),
      ...(options.registry === undefined ? {} : { registry: options.registry }),
      ...(options.chain === undefined ? {} : { chain: options.chain }),
    });
  } catch (error) {
    await worker.terminate();
    throw error;
  }
  // Bound once per enclave: the evidence's report data commits to the public keys and the runtime
  // (and, serving a registry, to the record-claim address: binding v3).
  const recordAddress = keys.recordAddress === undefined ? undefined : fromHex(keys.recordAddress, 20, 'recordAddress');
  const reportData = enclaveReportData(keys.signingPublicKey, keys.hpkePublicKey, runtimeMeasurement, recordAddress);
  const evidence = await options.tee.produceEvidence(reportData);
  const identity: EnclaveIdentity = {
    tee: options.tee.kind,
    insecure: options.tee.insecure,
    signingPublicKey: keys.signingPublicKey,
    hpkePublicKey: keys.hpkePublicKey,
    runtimeMeasurement,
    evidence,
    ...(keys.recordAddress === undefined ? {} : { recordAddress: keys.recordAddress }),
  };

  return {
    limits,
    identity: () => identity,
    async openSession(request: OpenSessionRequest) {
      const { sealedModule, ...opening } = request;
      // A module sealed with the opening goes through the same checks as one sent ahead of it.
      if (sealedModule !== undefined) {
        await call({ type: 'loadModule', functionMeasurement: request.functionMeasurement, sealedModule, maxModuleBytes: MAX_MODULE_BYTES, compileMs: limits.maxRoundMs });
      }
      await call({ type: 'openSession', ...opening });
    },
    hasModule: (functionMeasurement: Uint8Array) => call<boolean>({ type: 'hasModule', functionMeasurement }),
    loadModule: (request: LoadModuleRequest) => call<LoadedModule>({ type: 'loadModule', ...request }),
    runRound: (sessionId: Uint8Array, round: bigint, cycles: number, runOptions: RunRoundOptions = {}) =>
      call<RoundResult>({
        type: 'runRound',
        sessionId,
        round,
        cycles,
        workBudget: runOptions.workBudget ?? DEFAULT_WORK_BUDGET,
        queueKey: runOptions.queueKey ?? Buffer.from(sessionId).toString('hex'),
      }),
    async closeSession(sessionId: Uint8Array) {
      await call({ type: 'closeSession', sessionId });
    },
    stats: () => call<EnclaveStats>({ type: 'stats' }),
    signInfo: (statement: Uint8Array) => call<Uint8Array>({ type: 'signInfo', statement }),
    signReleaseRequest: (statement: Uint8Array) => call<Uint8Array>({ type: 'signReleaseRequest', statement }),
    pool: {
      poolKeys: (sessionId: Uint8Array) => call<SealedPoolKey[]>({ type: 'poolKeys', sessionId }),
      async acceptPoolKey(sessionId: Uint8Array, sealedPoolKey: Uint8Array, signature: Uint8Array) {
        await call({ type: 'acceptPoolKey', sessionId, sealedPoolKey, signature });
      },
      acceptViewChange: (sessionId: Uint8Array, terms: ViewChangeTerms, signature: Uint8Array, payment?: { amount: bigint; signature: Uint8Array }) =>
        call<{ executor: boolean; nextRound: bigint }>({ type: 'poolViewChange', sessionId, terms, signature, ...(payment === undefined ? {} : { payment }) }),
      releasePoolKey: (sessionId: Uint8Array, round: bigint, payment: { amount: bigint; signature: Uint8Array }) =>
        call<{ key: Uint8Array; member: `0x${string}` }>({ type: 'releasePoolKey', sessionId, round, amount: payment.amount, signature: payment.signature }),
      takeReplica: (sessionId: Uint8Array, frame: ReplicateInput) =>
        call({ type: 'takeReplica', sessionId, frame: { view: frame.view, round: frame.round, keyHash: frame.keyHash, ciphertext: frame.ciphertext, ...(frame.lastPayment === undefined ? {} : { lastPayment: frame.lastPayment }) } }),
    },
    async close() {
      failAll(new AirtntError('ENCLAVE_CLOSED', 'the enclave was closed'));
      await worker.terminate();
    },
  };
}
