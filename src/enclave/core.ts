/**
 * The enclave proper: its keys, its sessions, and the wrapper w around each round. Lives in the
 * enclave worker (src/enclave/enclave-worker.ts); functions themselves run one thread further, in the
 * execution worker, so that a runaway function can be killed without touching anything here.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { generateHpkeKeyPair, type HpkeKeyPair } from '../crypto/hpke.js';
import { commitState, deriveSessionKeys } from '../crypto/round-encryption.js';
import { BUILTIN_FUNCTIONS, loadBuiltinFunction } from '../functions/abi.js';
import { generateNodeRecordSigner, NODE_PRIMITIVES } from '../crypto/node-primitives.js';
import { checkStatementToSign } from '../protocol/info-statement.js';
import { OWNER_CIPHERTEXT_OVERHEAD } from '../protocol/owner-data.js';
import { checkOwnersChain, openOwnerReleases, ownersDigest, type ExecutorChain } from '../protocol/owner-opening.js';
import { checkReleaseRequestToSign } from '../protocol/release.js';
import { openSealedModule, openSessionOpening } from '../protocol/sealing.js';
import { toHex } from '../util/bytes.js';
import { AirtntError } from '../util/errors.js';
import { BIT_DIFF_CODEC, LIFE_DIFF_CODEC } from '../protocol/codecs.js';
import { defaultExecutionWorkers, defaultMaxExecutionWorkers, ExecutionSandbox } from './execution.js';
import { MAX_MODULE_BYTES, MAX_OUTPUTS_PER_ROUND } from '../protocol/limits.js';
import { ModuleCache, type ModuleCacheLimits } from './module-cache.js';
import { openStoredModule, sealStoredModule } from './module-storage.js';
import { checkModuleShape } from '../functions/module-checks.js';
import type { EnclaveStats, InitReply } from './messages.js';
import type { RoundLimits, RoundResult } from './types.js';
import { wrapRound, type EnclaveSigner } from './wrapper.js';
import { drawRoundKey, freshRoundKey } from './key-chain.js';
import { openPoolSessionOpening } from '../protocol/pool-opening.js';
import type { ReplicateInput } from '../protocol/pool-standby.js';
import type { ViewChangeTerms } from '../protocol/pool-signatures.js';
import { acceptPoolKey, acceptPoolViewChange, releasePoolKey, replicaOfRound, sealPoolKeys, startPoolMember, takePoolReplica, type PoolMemberState } from './pool-member.js';
import { createRecordClaimSigner, type RecordClaimSigner } from './record-claim.js';
import type { RegistryDomain } from '../registry/signing.js';
import type { Hex } from 'viem';
import type { EnclaveSession as Session, SessionOpening } from './enclave-session.js';

export type { SessionOpening } from './enclave-session.js';

export class EnclaveCore {
  readonly #limits: RoundLimits;
  readonly #signer: EnclaveSigner;
  readonly #hpke: HpkeKeyPair;
  readonly #sandbox: ExecutionSandbox;
  /** Modules by measurement (hex): built-ins, and those opened from sealed or stored modules (bounded, LRU). */
  readonly #modules: ModuleCache;
  /** The sealed-storage key of stored modules (module-storage.ts); none: the cache lives in memory only. */
  readonly #storageKey: Uint8Array | undefined;
  readonly #sessions = new Map<string, Session>();
  /** Every session id ever opened here: a session id is never reused, so no round can be replayed in it. */
  readonly #usedSessionIds = new Set<string>();
  #lifeMeasurement: string | undefined;
  /** The secp256k1 RoundRecord signer, when the enclave serves a registry (binding v3). */
  #claims: RecordClaimSigner | undefined;
  /**
   * The executor's chain and channels contract, fixed at creation: the info statement, release requests
   * and owners' openings must name these (an owner's chain pin is checked against them). None: no owners.
   */
  #chain: ExecutorChain | undefined;

  private constructor(limits: RoundLimits, runtimeMeasurement: Uint8Array, insecure: boolean, executionWorkers?: number, moduleCache?: ModuleCacheLimits, storageKey?: Uint8Array, maxExecutionWorkers?: number) {
    this.#limits = limits;
    this.#modules = new ModuleCache(moduleCache);
    this.#storageKey = storageKey;
    // node:crypto (OpenSSL) for the signature and the AEAD: both run on every round.
    this.#signer = {
      recordSigner: generateNodeRecordSigner(),
      aead: NODE_PRIMITIVES.aead,
      runtimeMeasurement,
      insecure,
    };
    this.#hpke = generateHpkeKeyPair(NODE_PRIMITIVES);
    const workers = executionWorkers ?? defaultExecutionWorkers();
    this.#sandbox = new ExecutionSandbox(limits, workers, maxExecutionWorkers ?? defaultMaxExecutionWorkers(workers));
  }

  static async create(options: {
    limits: RoundLimits;
    runtimeMeasurement: Uint8Array;
    insecure: boolean;
    builtinFunctions: boolean;
    executionWorkers?: number | undefined;
    /** Execution workers at most, burst ones included (default defaultMaxExecutionWorkers). */
    maxExecutionWorkers?: number | undefined;
    moduleCache?: ModuleCacheLimits | undefined;
    moduleStorageKey?: Uint8Array | undefined;
    /** The registry whose RoundRecord the enclave signs for every round (absent: no claims, binding v2). */
    registry?: RegistryDomain | undefined;
    /** In-process tests only (a forked enclave); the worker's init never carries it. */
    recordKey?: Hex | undefined;
    chain?: ExecutorChain | undefined;
  }): Promise<EnclaveCore> {
    const core = new EnclaveCore(options.limits, options.runtimeMeasurement, options.insecure, options.executionWorkers, options.moduleCache, options.moduleStorageKey, options.maxExecutionWorkers);
    if (options.registry !== undefined) core.#claims = createRecordClaimSigner(options.registry, options.recordKey);
    core.#chain = options.chain;
    if (options.builtinFunctions) {
      for (const name of BUILTIN_FUNCTIONS) {
        const bytes = await loadBuiltinFunction(name);
        const measurement = toHex(sha256(bytes)).slice(2);
        core.#modules.pin(measurement, bytes);
        if (name === 'life') core.#lifeMeasurement = measurement;
      }
    }
    await core.#sandbox.warmUp();
    return core;
  }

  publicKeys(): InitReply {
    return {
      signingPublicKey: this.#signer.recordSigner.publicKey,
      hpkePublicKey: this.#hpke.publicKey,
      ...(this.#claims === undefined ? {} : { recordAddress: this.#claims.address }),
    };
  }

  /** Signs the executor's info statement; refuses anything that is not one naming this enclave's key. */
  signInfo(statement: Uint8Array): Uint8Array {
    checkStatementToSign(statement, this.#signer.recordSigner.publicKey);
    if (this.#chain !== undefined) {
      // chainId (u64) at 55, channels at 63: a requester checking the signed info learns the chain this enclave serves.
      const chainId = new DataView(statement.buffer, statement.byteOffset + 55, 8).getBigUint64(0, false);
      checkOwnersChain({ chainId, channels: statement.subarray(63, 83) }, this.#chain, 'the info statement names');
    }
    return this.#signer.recordSigner.sign(statement);
  }

  /** Signs a release request for an owner's agent; refuses anything else (checkReleaseRequestToSign). */
  signReleaseRequest(statement: Uint8Array): Uint8Array {
    checkReleaseRequestToSign(statement, this.#signer.recordSigner.publicKey, this.#chainForOwners());
    return this.#signer.recordSigner.sign(statement);
  }

  stats(): EnclaveStats {
    return { sessions: this.#sessions.size, executionRestarts: this.#sandbox.restarts, executionWorkers: this.#sandbox.workers, modules: this.#modules.stats() };
  }

  /** Whether a session naming this function can open without its module (marks it as used). */
  hasModule(functionMeasurement: Uint8Array): boolean {
    return this.#modules.has(toHex(functionMeasurement).slice(2));
  }

  /**
   * Accepts a module sent with a session (sealed to this enclave, HPKE) or stored earlier (sealed
   * storage): opens it, checks sha256 == functionMeasurement, its size and shape, then compiles and
   * instantiates it once in an execution worker within `compileMs`, and caches it. Returns the stored
   * form for the host to keep (when there is a storage key) and the measurements evicted.
   */
  async loadModule(request: { functionMeasurement: Uint8Array; sealedModule?: Uint8Array | undefined; storedModule?: Uint8Array | undefined; maxModuleBytes: number; compileMs: number }): Promise<{ storedModule?: Uint8Array; evicted: string[] }> {
    const measurementHex = toHex(request.functionMeasurement).slice(2);
    let module: Uint8Array;
    if (request.sealedModule !== undefined) {
      module = openSealedModule({ hpkeSecretKey: this.#hpke.secretKey, functionMeasurement: request.functionMeasurement, sealed: request.sealedModule, primitives: NODE_PRIMITIVES });
    } else if (request.storedModule !== undefined && this.#storageKey !== undefined) {
      module = openStoredModule(this.#storageKey, request.functionMeasurement, request.storedModule);
    } else {
      throw new AirtntError('ENCLAVE_BAD_REQUEST', 'loadModule needs a sealed module, or a stored one and a storage key');
    }
    if (this.#modules.isPinned(measurementHex)) return { evicted: [] };
    checkModuleShape(module, Math.min(request.maxModuleBytes, MAX_MODULE_BYTES));
    try {
      await this.#sandbox.validate(measurementHex, module, request.compileMs, `module:${measurementHex}`);
    } catch (error) {
      throw moduleRefusal(error);
    }
    const evicted = this.#modules.add(measurementHex, module);
    return { ...(this.#storageKey === undefined ? {} : { storedModule: sealStoredModule(this.#storageKey, request.functionMeasurement, module) }), evicted };
  }

  openSession(opening: SessionOpening): void {
    const sessionKey = toHex(opening.sessionId);
    if (this.#usedSessionIds.has(sessionKey)) {
      throw new AirtntError('SESSION_EXISTS', 'this session id was already used on this enclave', {
        hint: 'pick a fresh random session id for every session (a transferred run starts a new session)',
      });
    }
    const measurementHex = toHex(opening.functionMeasurement).slice(2);
    // A module comes in through loadModule (checked, compiled once, cached) before the opening names
    // it, or, for a code owner's module, through the owner's release below (kept for this session only).
    const ownsCode = opening.owners?.releases.some((release) => release.role === 'code') === true;
    const module = this.#modules.get(measurementHex);
    if (module === undefined && !ownsCode) {
      throw new AirtntError('FUNCTION_UNKNOWN', 'this enclave has no module with this measurement', {
        details: { functionMeasurement: measurementHex },
        hint: 'send the module sealed to the enclave first (a `module` message), or pick a built-in function',
      });
    }
    if (opening.poolSection !== undefined && opening.owners !== undefined) {
      throw new AirtntError('ENCLAVE_BAD_REQUEST', 'a pool session with code or data owners is not supported');
    }
    if (opening.owners) checkOwnersChain(opening.owners, this.#chainForOwners());
    const digest = opening.owners ? ownersDigest(opening.owners) : undefined;
    // With a data owner the sealed state is its ciphertext, a little larger than the data.
    const maxSealedState = this.#limits.maxStateBytes + (opening.owners ? OWNER_CIPHERTEXT_OVERHEAD : 0);
    const pooled = opening.poolSection === undefined ? undefined : openPoolSessionOpening({ ...opening, section: opening.poolSection, hpkeSecretKey: this.#hpke.secretKey, sealed: opening.sealedSession, maxStateBytes: maxSealedState, primitives: NODE_PRIMITIVES });
    const plain = pooled !== undefined ? undefined : openSessionOpening({ ...opening, ownersDigest: digest, hpkeSecretKey: this.#hpke.secretKey, sealed: opening.sealedSession, maxStateBytes: maxSealedState, primitives: NODE_PRIMITIVES });
    const opened = pooled ?? plain!;
    let state = opened.state;
    let ownModule: Uint8Array | undefined;
    let sessionSecret = opened.sessionSecret;
    if (opening.owners) {
      const owned = openOwnerReleases({ ...opening, owners: opening.owners, hpkeSecretKey: this.#hpke.secretKey, state, maxStateBytes: this.#limits.maxStateBytes });
      state = owned.state;
      ownModule = owned.module;
      // Results for a named recipient are under its owner's secret: the requester's own secret opens nothing.
      if (owned.resultSecret) {
        sessionSecret.fill(0);
        sessionSecret = owned.resultSecret;
      }
    }
    const keys = deriveSessionKeys(sessionSecret, opening.sessionId);
    sessionSecret.fill(0);
    this.#usedSessionIds.add(sessionKey);
    // The executor opens a session only over a funded channel: its module is kept over strangers' ones.
    if (module !== undefined) this.#modules.markPaid(measurementHex);
    this.#sessions.set(sessionKey, {
      sessionId: opening.sessionId,
      channelId: opening.channelId,
      functionMeasurement: opening.functionMeasurement,
      keys,
      state,
      stateCommitment: commitState(keys, state),
      nextRound: opening.firstRound,
      ownModule,
      measurementHex,
      module,
      busy: false,
      codecs: {
        ...(measurementHex === this.#lifeMeasurement ? { lifeDiff: LIFE_DIFF_CODEC } : {}),
        ...(plain?.decodesBitDiff === true && opening.owners === undefined ? { bitDiff: BIT_DIFF_CODEC } : {}),
      },
      fullStateNext: opening.owners?.releases.some((release) => release.role === 'data') === true,
      pool: pooled === undefined ? undefined : startPoolMember(pooled.pool, pooled.terms, opening),
      firstRound: opening.firstRound,
      initialState: pooled === undefined ? new Uint8Array(0) : state,
    });
  }

  /**
   * Runs round `round` (which must be the session's next one) with at most `workBudget` metered work
   * units, waiting for a worker in `queueKey`'s fair-queue turn, and wraps the result.
   */
  async runRound(sessionId: Uint8Array, round: bigint, cycles: number, workBudget: number, queueKey: string): Promise<RoundResult> {
    const session = this.#session(sessionId);
    if (round !== session.nextRound) {
      throw new AirtntError('ROUND_OUT_OF_ORDER', `this session's next round is ${session.nextRound}, not ${round}`, {
        details: { expected: session.nextRound.toString(), got: round.toString() },
        hint: 'rounds run once each, in order: a round is never executed twice',
      });
    }
    if (session.busy) throw new AirtntError('SESSION_BUSY', 'a round of this session is already running');
    session.busy = true;
    try {
      const module = session.ownModule ?? session.module!;
      const execution = await this.#sandbox.run(session.measurementHex, module, session.state, cycles, workBudget, queueKey, toHex(sessionId));
      checkOutputs(execution.outputs, this.#limits.maxOutputBytes);
      // Never chained in a pool session: its key hashes cross the pool link in the clear (replicate, ack),
      // round r+1's possibly before payment r, and chained that one is k(r): a standby's host (the requester's,
      // it may be) would hold the key of a round not paid yet.
      const drawn = session.pool === undefined ? drawRoundKey(session.keyChain, round) : freshRoundKey();
      const wrapped = wrapRound({ signer: this.#signer, session, round, roundKey: drawn.key, cyclesAsked: cycles, execution, payload: { codecs: session.codecs, fullOnly: session.fullStateNext } });
      // Signed before the session moves on: a round either gets both signatures or does not happen.
      const recordClaim = this.#claims === undefined ? undefined : await this.#claims.sign(sessionId, round, wrapped.result.record);
      session.state = wrapped.nextState;
      session.stateCommitment = wrapped.nextStateCommitment;
      session.fullStateNext = false;
      session.nextRound = round + 1n;
      session.keyChain = drawn.chain;
      const done = drawn.chained ? { ...wrapped.result, keyChained: true } : wrapped.result;
      const result = recordClaim === undefined ? done : { ...done, recordClaim };
      if (session.pool === undefined) return result;
      // The round's key, price inputs and full new state, sealed to the pool key for the standbys.
      const contents = { key: wrapped.result.key, cyclesDone: execution.cyclesDone, workUnits: BigInt(execution.workUnits), statePayload: execution.state };
      const replica = replicaOfRound(session.pool, sessionId, round, contents, NODE_PRIMITIVES);
      return replica === undefined ? result : { ...result, replica };
    } finally {
      session.busy = false;
    }
  }

  /** View-0 executor of a pool session: the pool key sealed to each standby's enclave. */
  poolKeys(sessionId: Uint8Array) {
    return sealPoolKeys(this.#poolOf(sessionId), sessionId, this.#signer.recordSigner, NODE_PRIMITIVES);
  }

  /** Standby of a pool session: the pool key from the view-0 executor's enclave. */
  acceptPoolKey(sessionId: Uint8Array, sealedPoolKey: Uint8Array, signature: Uint8Array): void {
    acceptPoolKey(this.#poolOf(sessionId), { sessionId, hpkeSecretKey: this.#hpke.secretKey, sealedPoolKey, signature }, NODE_PRIMITIVES);
  }

  /** Standby of a pool session: a round's replica taken, and its ack signed. */
  takeReplica(sessionId: Uint8Array, frame: ReplicateInput) {
    const session = this.#session(sessionId);
    return takePoolReplica(this.#poolOf(sessionId), { sessionId, channelId: session.channelId, frame, signer: this.#signer.recordSigner }, NODE_PRIMITIVES);
  }

  /** Any member of a pool session: the key of a replicated round, against the requester's PoolPayment for it. */
  releasePoolKey(sessionId: Uint8Array, round: bigint, payment: { amount: bigint; signature: Uint8Array }) {
    const session = this.#session(sessionId);
    return releasePoolKey(this.#poolOf(sessionId), { channelId: session.channelId, round, payment });
  }

  /**
   * Any member of a pool session: the requester's view change. Named executor, this enclave continues
   * by itself from its replica of the last paid round (or the initial state), at the round after it,
   * once `payment` (the requester's PoolPayment of that round) checks out.
   */
  acceptPoolViewChange(sessionId: Uint8Array, terms: ViewChangeTerms, signature: Uint8Array, payment?: { amount: bigint; signature: Uint8Array }): { executor: boolean; nextRound: bigint } {
    const session = this.#session(sessionId);
    if (session.busy) throw new AirtntError('SESSION_BUSY', 'a round of this session is running');
    const firstRound = session.firstRound;
    const accepted = acceptPoolViewChange(this.#poolOf(sessionId), { sessionId, channelId: session.channelId, terms, signature, firstRound, payment });
    // Whoever continues, the requester may hold the key of the round before from another member: a new segment.
    session.keyChain = undefined;
    if (!accepted.executor) return { executor: false, nextRound: session.nextRound };
    if (accepted.continueFrom !== undefined) {
      session.state = accepted.continueFrom.statePayload;
      session.stateCommitment = commitState(session.keys, session.state);
    } else {
      session.state = session.initialState;
      session.stateCommitment = commitState(session.keys, session.state);
    }
    // Nothing paid yet (pool-rules.ts paidThrough): the opening state, from the session's first round.
    session.nextRound = accepted.continueFrom === undefined ? firstRound : terms.lastPaidRound + 1n;
    return { executor: true, nextRound: session.nextRound };
  }

  #poolOf(sessionId: Uint8Array): PoolMemberState {
    const pool = this.#session(sessionId).pool;
    if (pool === undefined) throw new AirtntError('SESSION_UNKNOWN', 'this session was not opened as a pool session', { details: { sessionId: toHex(sessionId) } });
    return pool;
  }

  closeSession(sessionId: Uint8Array): void {
    const session = this.#session(sessionId);
    session.keys.prk.fill(0);
    session.keys.commitKey.fill(0);
    session.pool?.poolKey?.fill(0);
    this.#sessions.delete(toHex(sessionId));
    // Its round still waiting for a worker (one run ahead of a payment that will not come) is dropped.
    this.#sandbox.dropQueued(toHex(sessionId));
  }

  async close(): Promise<void> {
    for (const session of this.#sessions.values()) this.closeSession(session.sessionId);
    await this.#sandbox.close();
  }

  /** An enclave not told its chain at creation takes part in no owners' session (fail closed). */
  #chainForOwners(): ExecutorChain {
    if (this.#chain === undefined) {
      throw new AirtntError('OWNER_CHAIN_MISMATCH', 'this enclave was created without its executor\'s chain and channels contract, so it serves no code or data owner', {
        hint: 'create the enclave with the executor\'s chain (createEnclave option `chain`)',
      });
    }
    return this.#chain;
  }

  #session(sessionId: Uint8Array): Session {
    const session = this.#sessions.get(toHex(sessionId));
    if (!session) throw new AirtntError('SESSION_UNKNOWN', 'no open session with this id on this enclave', { details: { sessionId: toHex(sessionId) } });
    return session;
  }
}

/** A module that failed its trial in the execution worker, as INVALID_FUNCTION saying why (details.reason). */
function moduleRefusal(error: unknown): unknown {
  if (!(error instanceof AirtntError)) return error;
  switch (error.code) {
    case 'FUNCTION_TIMEOUT':
      return new AirtntError('INVALID_FUNCTION', `the module is refused: ${error.message}`, { details: { ...error.details, reason: 'start-timeout' }, hint: 'a start function must finish quickly (and not loop); keep the module small' });
    case 'FUNCTION_OUT_OF_MEMORY':
    case 'FUNCTION_CRASHED':
      return new AirtntError('INVALID_FUNCTION', `the module is refused: compiling or starting it exhausted the execution worker (${error.code})`, { details: { reason: 'resources', cause: error.code } });
    default:
      return error;
  }
}

function checkOutputs(outputs: Uint8Array[], maxOutputBytes: number): void {
  const total = outputs.reduce((sum, output) => sum + output.length, 0);
  if (outputs.length > MAX_OUTPUTS_PER_ROUND || total > maxOutputBytes) {
    throw new AirtntError('OUTPUT_TOO_LARGE', 'the function produced more outputs than allowed', {
      details: { count: outputs.length, bytes: total, maxOutputBytes, maxCount: MAX_OUTPUTS_PER_ROUND },
    });
  }
}
