import { sha256 } from "@noble/hashes/sha2.js";
import { generateHpkeKeyPair } from "../crypto/hpke.js";
import { commitState, deriveSessionKeys } from "../crypto/layers.js";
import { BUILTIN_FUNCTIONS, loadBuiltinFunction } from "../functions/abi.js";
import { generateNodeRecordSigner, NODE_PRIMITIVES } from "../crypto/node-primitives.js";
import { checkStatementToSign } from "../protocol/info-statement.js";
import { OWNER_CIPHERTEXT_OVERHEAD } from "../protocol/owner-data.js";
import { openOwnerReleases, ownersDigest } from "../protocol/owner-opening.js";
import { checkReleaseRequestToSign } from "../protocol/release.js";
import { openSealedModule, openSessionOpening } from "../protocol/sealing.js";
import { toHex } from "../util/bytes.js";
import { AirtntError } from "../util/errors.js";
import { LIFE_DIFF_CODEC } from "../protocol/codecs.js";
import { ExecutionSandbox } from "./execution.js";
import { MAX_MODULE_BYTES, MAX_OUTPUTS_PER_ROUND } from "../protocol/limits.js";
import { ModuleCache } from "./module-cache.js";
import { openStoredModule, sealStoredModule } from "./module-storage.js";
import { checkModuleShape } from "../functions/module-checks.js";
import { wrapRound } from "./wrapper.js";
import { openPoolSessionOpening } from "../protocol/pool-opening.js";
import { acceptPoolKey, acceptPoolViewChange, releasePoolKey, replicaOfRound, sealPoolKeys, startPoolMember, takePoolReplica } from "./pool-member.js";
import { createRecordClaimSigner } from "./record-claim.js";
class EnclaveCore {
  #limits;
  #signer;
  #hpke;
  #sandbox;
  /** Modules by measurement (hex): built-ins, and those opened from sealed or stored modules (bounded, LRU). */
  #modules;
  /** The sealed-storage key of stored modules (module-storage.ts); none: the cache lives in memory only. */
  #storageKey;
  #sessions = /* @__PURE__ */ new Map();
  /** Every session id ever opened here: a session id is never reused, so no round can be replayed in it. */
  #usedSessionIds = /* @__PURE__ */ new Set();
  #lifeMeasurement;
  /** The secp256k1 RoundRecord signer, when the enclave serves a registry (binding v3). */
  #claims;
  constructor(limits, runtimeMeasurement, insecure, executionWorkers, moduleCache, storageKey) {
    this.#limits = limits;
    this.#modules = new ModuleCache(moduleCache);
    this.#storageKey = storageKey;
    this.#signer = {
      recordSigner: generateNodeRecordSigner(),
      aead: NODE_PRIMITIVES.aead,
      runtimeMeasurement,
      insecure
    };
    this.#hpke = generateHpkeKeyPair();
    this.#sandbox = new ExecutionSandbox(limits, executionWorkers);
  }
  static async create(options) {
    const core = new EnclaveCore(options.limits, options.runtimeMeasurement, options.insecure, options.executionWorkers, options.moduleCache, options.moduleStorageKey);
    if (options.registry !== void 0) core.#claims = createRecordClaimSigner(options.registry, options.recordKey);
    if (options.builtinFunctions) {
      for (const name of BUILTIN_FUNCTIONS) {
        const bytes = await loadBuiltinFunction(name);
        const measurement = toHex(sha256(bytes)).slice(2);
        core.#modules.pin(measurement, bytes);
        if (name === "life") core.#lifeMeasurement = measurement;
      }
    }
    await core.#sandbox.warmUp();
    return core;
  }
  publicKeys() {
    return {
      signingPublicKey: this.#signer.recordSigner.publicKey,
      hpkePublicKey: this.#hpke.publicKey,
      ...this.#claims === void 0 ? {} : { recordAddress: this.#claims.address }
    };
  }
  /** Signs the executor's info statement; refuses anything that is not one naming this enclave's key. */
  signInfo(statement) {
    checkStatementToSign(statement, this.#signer.recordSigner.publicKey);
    return this.#signer.recordSigner.sign(statement);
  }
  /** Signs a release request for an owner's agent; refuses anything else (checkReleaseRequestToSign). */
  signReleaseRequest(statement) {
    checkReleaseRequestToSign(statement, this.#signer.recordSigner.publicKey);
    return this.#signer.recordSigner.sign(statement);
  }
  stats() {
    return { sessions: this.#sessions.size, executionRestarts: this.#sandbox.restarts, executionWorkers: this.#sandbox.workers, modules: this.#modules.stats() };
  }
  /** Whether a session naming this function can open without its module (marks it as used). */
  hasModule(functionMeasurement) {
    return this.#modules.has(toHex(functionMeasurement).slice(2));
  }
  /**
   * Accepts a module sent with a session (sealed to this enclave, HPKE) or stored earlier (sealed
   * storage): opens it, checks sha256 == functionMeasurement, its size and shape, then compiles and
   * instantiates it once in an execution worker within `compileMs`, and caches it. Returns the stored
   * form for the host to keep (when there is a storage key) and the measurements evicted.
   */
  async loadModule(request) {
    const measurementHex = toHex(request.functionMeasurement).slice(2);
    let module;
    if (request.sealedModule !== void 0) {
      module = openSealedModule({ hpkeSecretKey: this.#hpke.secretKey, functionMeasurement: request.functionMeasurement, sealed: request.sealedModule });
    } else if (request.storedModule !== void 0 && this.#storageKey !== void 0) {
      module = openStoredModule(this.#storageKey, request.functionMeasurement, request.storedModule);
    } else {
      throw new AirtntError("ENCLAVE_BAD_REQUEST", "loadModule needs a sealed module, or a stored one and a storage key");
    }
    if (this.#modules.isPinned(measurementHex)) return { evicted: [] };
    checkModuleShape(module, Math.min(request.maxModuleBytes, MAX_MODULE_BYTES));
    try {
      await this.#sandbox.validate(measurementHex, module, request.compileMs, `module:${measurementHex}`);
    } catch (error) {
      throw moduleRefusal(error);
    }
    const evicted = this.#modules.add(measurementHex, module);
    return { ...this.#storageKey === void 0 ? {} : { storedModule: sealStoredModule(this.#storageKey, request.functionMeasurement, module) }, evicted };
  }
  openSession(opening) {
    const sessionKey = toHex(opening.sessionId);
    if (this.#usedSessionIds.has(sessionKey)) {
      throw new AirtntError("SESSION_EXISTS", "this session id was already used on this enclave", {
        hint: "pick a fresh random session id for every session (a transferred run starts a new session)"
      });
    }
    const measurementHex = toHex(opening.functionMeasurement).slice(2);
    const ownsCode = opening.owners?.releases.some((release) => release.role === "code") === true;
    const module = this.#modules.get(measurementHex);
    if (module === void 0 && !ownsCode) {
      throw new AirtntError("FUNCTION_UNKNOWN", "this enclave has no module with this measurement", {
        details: { functionMeasurement: measurementHex },
        hint: "send the module sealed to the enclave first (a `module` message), or pick a built-in function"
      });
    }
    if (opening.poolSection !== void 0 && opening.owners !== void 0) {
      throw new AirtntError("ENCLAVE_BAD_REQUEST", "a pool session with code or data owners is not supported");
    }
    const digest = opening.owners ? ownersDigest(opening.owners) : void 0;
    const maxSealedState = this.#limits.maxStateBytes + (opening.owners ? OWNER_CIPHERTEXT_OVERHEAD : 0);
    const pooled = opening.poolSection === void 0 ? void 0 : openPoolSessionOpening({ ...opening, section: opening.poolSection, hpkeSecretKey: this.#hpke.secretKey, sealed: opening.sealedSession, maxStateBytes: maxSealedState });
    const opened = pooled ?? openSessionOpening({ ...opening, ownersDigest: digest, hpkeSecretKey: this.#hpke.secretKey, sealed: opening.sealedSession, maxStateBytes: maxSealedState });
    let state = opened.state;
    let ownModule;
    let sessionSecret = opened.sessionSecret;
    if (opening.owners) {
      const owned = openOwnerReleases({ ...opening, owners: opening.owners, hpkeSecretKey: this.#hpke.secretKey, state, maxStateBytes: this.#limits.maxStateBytes });
      state = owned.state;
      ownModule = owned.module;
      if (owned.resultSecret) {
        sessionSecret.fill(0);
        sessionSecret = owned.resultSecret;
      }
    }
    const keys = deriveSessionKeys(sessionSecret, opening.sessionId);
    sessionSecret.fill(0);
    this.#usedSessionIds.add(sessionKey);
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
      codecs: measurementHex === this.#lifeMeasurement ? { lifeDiff: LIFE_DIFF_CODEC } : {},
      pool: pooled === void 0 ? void 0 : startPoolMember(pooled.pool, pooled.terms),
      firstRound: opening.firstRound,
      initialState: pooled === void 0 ? new Uint8Array(0) : state
    });
  }
  /**
   * Runs round `round` (which must be the session's next one) with at most `workBudget` metered work
   * units, waiting for a worker in `queueKey`'s fair-queue turn, and wraps the result.
   */
  async runRound(sessionId, round, cycles, workBudget, queueKey) {
    const session = this.#session(sessionId);
    if (round !== session.nextRound) {
      throw new AirtntError("ROUND_OUT_OF_ORDER", `this session's next round is ${session.nextRound}, not ${round}`, {
        details: { expected: session.nextRound.toString(), got: round.toString() },
        hint: "rounds run once each, in order: a round is never executed twice"
      });
    }
    if (session.busy) throw new AirtntError("SESSION_BUSY", "a round of this session is already running");
    session.busy = true;
    try {
      const module = session.ownModule ?? session.module;
      const execution = await this.#sandbox.run(session.measurementHex, module, session.state, cycles, workBudget, queueKey);
      checkOutputs(execution.outputs, this.#limits.maxOutputBytes);
      const wrapped = wrapRound({ signer: this.#signer, session, round, cyclesAsked: cycles, execution, codecs: session.codecs });
      const recordClaim = this.#claims === void 0 ? void 0 : await this.#claims.sign(sessionId, round, wrapped.result.record);
      session.state = wrapped.nextState;
      session.stateCommitment = wrapped.nextStateCommitment;
      session.nextRound = round + 1n;
      const result = recordClaim === void 0 ? wrapped.result : { ...wrapped.result, recordClaim };
      if (session.pool === void 0) return result;
      const contents = { key: wrapped.result.key, cyclesDone: execution.cyclesDone, workUnits: BigInt(execution.workUnits), statePayload: execution.state };
      const replica = replicaOfRound(session.pool, sessionId, round, contents);
      return replica === void 0 ? result : { ...result, replica };
    } finally {
      session.busy = false;
    }
  }
  /** View-0 executor of a pool session: the pool key sealed to each standby's enclave. */
  poolKeys(sessionId) {
    return sealPoolKeys(this.#poolOf(sessionId), sessionId, this.#signer.recordSigner);
  }
  /** Standby of a pool session: the pool key from the view-0 executor's enclave. */
  acceptPoolKey(sessionId, sealedPoolKey, signature) {
    acceptPoolKey(this.#poolOf(sessionId), { sessionId, hpkeSecretKey: this.#hpke.secretKey, sealedPoolKey, signature });
  }
  /** Standby of a pool session: a round's replica taken, and its ack signed. */
  takeReplica(sessionId, frame) {
    const session = this.#session(sessionId);
    return takePoolReplica(this.#poolOf(sessionId), { sessionId, channelId: session.channelId, frame, signer: this.#signer.recordSigner });
  }
  /** Any member of a pool session: the key of a replicated round, against the requester's PoolPayment for it. */
  releasePoolKey(sessionId, round, payment) {
    const session = this.#session(sessionId);
    return releasePoolKey(this.#poolOf(sessionId), { channelId: session.channelId, round, payment });
  }
  /**
   * Any member of a pool session: the requester's view change. Named executor, this enclave continues
   * by itself from its replica of the last paid round (or the initial state), at the round after it.
   */
  acceptPoolViewChange(sessionId, terms, signature) {
    const session = this.#session(sessionId);
    if (session.busy) throw new AirtntError("SESSION_BUSY", "a round of this session is running");
    const firstRound = session.firstRound;
    const accepted = acceptPoolViewChange(this.#poolOf(sessionId), { sessionId, terms, signature, firstRound });
    if (!accepted.executor) return { executor: false, nextRound: session.nextRound };
    if (accepted.continueFrom !== void 0) {
      session.state = accepted.continueFrom.statePayload;
      session.stateCommitment = commitState(session.keys, session.state);
    } else {
      session.state = session.initialState;
      session.stateCommitment = commitState(session.keys, session.state);
    }
    session.nextRound = terms.lastPaidRound + 1n;
    return { executor: true, nextRound: session.nextRound };
  }
  #poolOf(sessionId) {
    const pool = this.#session(sessionId).pool;
    if (pool === void 0) throw new AirtntError("SESSION_UNKNOWN", "this session was not opened as a pool session", { details: { sessionId: toHex(sessionId) } });
    return pool;
  }
  closeSession(sessionId) {
    const session = this.#session(sessionId);
    session.keys.prk.fill(0);
    session.keys.commitKey.fill(0);
    session.pool?.poolKey?.fill(0);
    this.#sessions.delete(toHex(sessionId));
  }
  async close() {
    for (const session of this.#sessions.values()) this.closeSession(session.sessionId);
    await this.#sandbox.close();
  }
  #session(sessionId) {
    const session = this.#sessions.get(toHex(sessionId));
    if (!session) throw new AirtntError("SESSION_UNKNOWN", "no open session with this id on this enclave", { details: { sessionId: toHex(sessionId) } });
    return session;
  }
}
function moduleRefusal(error) {
  if (!(error instanceof AirtntError)) return error;
  switch (error.code) {
    case "FUNCTION_TIMEOUT":
      return new AirtntError("INVALID_FUNCTION", `the module is refused: ${error.message}`, { details: { ...error.details, reason: "start-timeout" }, hint: "a start function must finish quickly (and not loop); keep the module small" });
    case "FUNCTION_OUT_OF_MEMORY":
    case "FUNCTION_CRASHED":
      return new AirtntError("INVALID_FUNCTION", `the module is refused: compiling or starting it exhausted the execution worker (${error.code})`, { details: { reason: "resources", cause: error.code } });
    default:
      return error;
  }
}
function checkOutputs(outputs, maxOutputBytes) {
  const total = outputs.reduce((sum, output) => sum + output.length, 0);
  if (outputs.length > MAX_OUTPUTS_PER_ROUND || total > maxOutputBytes) {
    throw new AirtntError("OUTPUT_TOO_LARGE", "the function produced more outputs than allowed", {
      details: { count: outputs.length, bytes: total, maxOutputBytes, maxCount: MAX_OUTPUTS_PER_ROUND }
    });
  }
}
export {
  EnclaveCore
};
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vc3JjL2VuY2xhdmUvY29yZS50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiLyoqXG4gKiBUaGUgZW5jbGF2ZSBwcm9wZXI6IGl0cyBrZXlzLCBpdHMgc2Vzc2lvbnMsIGFuZCB0aGUgd3JhcHBlciB3IGFyb3VuZCBlYWNoIHJvdW5kLiBMaXZlcyBpbiB0aGVcbiAqIGVuY2xhdmUgd29ya2VyIChzcmMvZW5jbGF2ZS9lbmNsYXZlLXdvcmtlci50cyk7IGZ1bmN0aW9ucyB0aGVtc2VsdmVzIHJ1biBvbmUgdGhyZWFkIGZ1cnRoZXIsIGluIHRoZVxuICogZXhlY3V0aW9uIHdvcmtlciwgc28gdGhhdCBhIHJ1bmF3YXkgZnVuY3Rpb24gY2FuIGJlIGtpbGxlZCB3aXRob3V0IHRvdWNoaW5nIGFueXRoaW5nIGhlcmUuXG4gKi9cbmltcG9ydCB7IHNoYTI1NiB9IGZyb20gJ0Bub2JsZS9oYXNoZXMvc2hhMi5qcyc7XG5pbXBvcnQgeyBnZW5lcmF0ZUhwa2VLZXlQYWlyLCB0eXBlIEhwa2VLZXlQYWlyIH0gZnJvbSAnLi4vY3J5cHRvL2hwa2UuanMnO1xuaW1wb3J0IHsgY29tbWl0U3RhdGUsIGRlcml2ZVNlc3Npb25LZXlzIH0gZnJvbSAnLi4vY3J5cHRvL2xheWVycy5qcyc7XG5pbXBvcnQgeyBCVUlMVElOX0ZVTkNUSU9OUywgbG9hZEJ1aWx0aW5GdW5jdGlvbiB9IGZyb20gJy4uL2Z1bmN0aW9ucy9hYmkuanMnO1xuaW1wb3J0IHsgZ2VuZXJhdGVOb2RlUmVjb3JkU2lnbmVyLCBOT0RFX1BSSU1JVElWRVMgfSBmcm9tICcuLi9jcnlwdG8vbm9kZS1wcmltaXRpdmVzLmpzJztcbmltcG9ydCB7IGNoZWNrU3RhdGVtZW50VG9TaWduIH0gZnJvbSAnLi4vcHJvdG9jb2wvaW5mby1zdGF0ZW1lbnQuanMnO1xuaW1wb3J0IHsgT1dORVJfQ0lQSEVSVEVYVF9PVkVSSEVBRCB9IGZyb20gJy4uL3Byb3RvY29sL293bmVyLWRhdGEuanMnO1xuaW1wb3J0IHsgb3Blbk93bmVyUmVsZWFzZXMsIG93bmVyc0RpZ2VzdCwgdHlwZSBPd25lck9wZW5pbmcgfSBmcm9tICcuLi9wcm90b2NvbC9vd25lci1vcGVuaW5nLmpzJztcbmltcG9ydCB7IGNoZWNrUmVsZWFzZVJlcXVlc3RUb1NpZ24gfSBmcm9tICcuLi9wcm90b2NvbC9yZWxlYXNlLmpzJztcbmltcG9ydCB7IG9wZW5TZWFsZWRNb2R1bGUsIG9wZW5TZXNzaW9uT3BlbmluZyB9IGZyb20gJy4uL3Byb3RvY29sL3NlYWxpbmcuanMnO1xuaW1wb3J0IHsgdG9IZXggfSBmcm9tICcuLi91dGlsL2J5dGVzLmpzJztcbmltcG9ydCB7IEFpcnRudEVycm9yIH0gZnJvbSAnLi4vdXRpbC9lcnJvcnMuanMnO1xuaW1wb3J0IHsgTElGRV9ESUZGX0NPREVDIH0gZnJvbSAnLi4vcHJvdG9jb2wvY29kZWNzLmpzJztcbmltcG9ydCB7IEV4ZWN1dGlvblNhbmRib3ggfSBmcm9tICcuL2V4ZWN1dGlvbi5qcyc7XG5pbXBvcnQgeyBNQVhfTU9EVUxFX0JZVEVTLCBNQVhfT1VUUFVUU19QRVJfUk9VTkQgfSBmcm9tICcuLi9wcm90b2NvbC9saW1pdHMuanMnO1xuaW1wb3J0IHsgTW9kdWxlQ2FjaGUsIHR5cGUgTW9kdWxlQ2FjaGVMaW1pdHMgfSBmcm9tICcuL21vZHVsZS1jYWNoZS5qcyc7XG5pbXBvcnQgeyBvcGVuU3RvcmVkTW9kdWxlLCBzZWFsU3RvcmVkTW9kdWxlIH0gZnJvbSAnLi9tb2R1bGUtc3RvcmFnZS5qcyc7XG5pbXBvcnQgeyBjaGVja01vZHVsZVNoYXBlIH0gZnJvbSAnLi4vZnVuY3Rpb25zL21vZHVsZS1jaGVja3MuanMnO1xuaW1wb3J0IHR5cGUgeyBFbmNsYXZlU3RhdHMsIEluaXRSZXBseSB9IGZyb20gJy4vbWVzc2FnZXMuanMnO1xuaW1wb3J0IHR5cGUgeyBEaWZmQ29kZWNzIH0gZnJvbSAnLi4vcHJvdG9jb2wvcGF5bG9hZC5qcyc7XG5pbXBvcnQgdHlwZSB7IFJvdW5kTGltaXRzLCBSb3VuZFJlc3VsdCB9IGZyb20gJy4vdHlwZXMuanMnO1xuaW1wb3J0IHsgd3JhcFJvdW5kLCB0eXBlIEVuY2xhdmVTaWduZXIsIHR5cGUgV3JhcHBlZFNlc3Npb24gfSBmcm9tICcuL3dyYXBwZXIuanMnO1xuaW1wb3J0IHsgb3BlblBvb2xTZXNzaW9uT3BlbmluZyB9IGZyb20gJy4uL3Byb3RvY29sL3Bvb2wtb3BlbmluZy5qcyc7XG5pbXBvcnQgdHlwZSB7IFJlcGxpY2F0ZUlucHV0IH0gZnJvbSAnLi4vcHJvdG9jb2wvcG9vbC1zdGFuZGJ5LmpzJztcbmltcG9ydCB0eXBlIHsgVmlld0NoYW5nZVRlcm1zIH0gZnJvbSAnLi4vcHJvdG9jb2wvcG9vbC1zaWduYXR1cmVzLmpzJztcbmltcG9ydCB7IGFjY2VwdFBvb2xLZXksIGFjY2VwdFBvb2xWaWV3Q2hhbmdlLCByZWxlYXNlUG9vbEtleSwgcmVwbGljYU9mUm91bmQsIHNlYWxQb29sS2V5cywgc3RhcnRQb29sTWVtYmVyLCB0YWtlUG9vbFJlcGxpY2EsIHR5cGUgUG9vbE1lbWJlclN0YXRlIH0gZnJvbSAnLi9wb29sLW1lbWJlci5qcyc7XG5pbXBvcnQgeyBjcmVhdGVSZWNvcmRDbGFpbVNpZ25lciwgdHlwZSBSZWNvcmRDbGFpbVNpZ25lciB9IGZyb20gJy4vcmVjb3JkLWNsYWltLmpzJztcbmltcG9ydCB0eXBlIHsgUmVnaXN0cnlEb21haW4gfSBmcm9tICcuLi9yZWdpc3RyeS9zaWduaW5nLmpzJztcbmltcG9ydCB0eXBlIHsgSGV4IH0gZnJvbSAndmllbSc7XG5cbnR5cGUgU2Vzc2lvbiA9IFdyYXBwZWRTZXNzaW9uICYge1xuICAvKiogQSBjb2RlIG93bmVyJ3MgbW9kdWxlLCByZWxlYXNlZCBmb3IgdGhpcyBzZXNzaW9uIG9ubHkgKG5ldmVyIGluICNtb2R1bGVzLCB3aGljaCBhbnkgc2Vzc2lvbiBtYXkgbmFtZSkuICovXG4gIG93bk1vZHVsZT86IFVpbnQ4QXJyYXkgfCB1bmRlZmluZWQ7XG4gIG5leHRSb3VuZDogYmlnaW50O1xuICBtZWFzdXJlbWVudEhleDogc3RyaW5nO1xuICAvKiogVGhlIHNlc3Npb24ncyBvd24gcmVmZXJlbmNlIHRvIGl0cyBtb2R1bGU6IGV2aWN0aW5nIGl0IGZyb20gdGhlIGNhY2hlIGRvZXMgbm90IGFmZmVjdCB0aGUgc2Vzc2lvbi4gKi9cbiAgbW9kdWxlOiBVaW50OEFycmF5IHwgdW5kZWZpbmVkO1xuICBidXN5OiBib29sZWFuO1xuICBjb2RlY3M6IERpZmZDb2RlY3M7XG4gIC8qKiBBIHBvb2wgc2Vzc2lvbidzIG1lbWJlciBzdGF0ZSAocG9vbC1tZW1iZXIudHMpOyBub25lIGZvciBhIHNpbmdsZSBleGVjdXRvcidzIHNlc3Npb24uICovXG4gIHBvb2w/OiBQb29sTWVtYmVyU3RhdGUgfCB1bmRlZmluZWQ7XG4gIC8qKiBBIHBvb2wgc2Vzc2lvbjogaXRzIGZpcnN0IHJvdW5kIGFuZCBpbml0aWFsIHN0YXRlLCB3aGljaCBhIHZpZXcgY2hhbmdlIGJlZm9yZSBhbnkgcGFpZCByb3VuZCBjb250aW51ZXMgZnJvbS4gKi9cbiAgZmlyc3RSb3VuZDogYmlnaW50O1xuICBpbml0aWFsU3RhdGU6IFVpbnQ4QXJyYXk7XG59O1xuXG5leHBvcnQgdHlwZSBTZXNzaW9uT3BlbmluZyA9IHtcbiAgc2Vzc2lvbklkOiBVaW50OEFycmF5O1xuICBjaGFubmVsSWQ6IFVpbnQ4QXJyYXk7XG4gIGZ1bmN0aW9uTWVhc3VyZW1lbnQ6IFVpbnQ4QXJyYXk7XG4gIHNlYWxlZE1vZHVsZT86IFVpbnQ4QXJyYXkgfCB1bmRlZmluZWQ7XG4gIHNlYWxlZFNlc3Npb246IFVpbnQ4QXJyYXk7XG4gIGZpcnN0Um91bmQ6IGJpZ2ludDtcbiAgb3duZXJzPzogT3duZXJPcGVuaW5nIHwgdW5kZWZpbmVkO1xuICAvKiogQSBwb29sIHNlc3Npb246IHRoZSBwdWJsaWMgcG9vbCBzZWN0aW9uIGl0cyBzZWFsZWQgb3BlbmluZyBiaW5kcyAocG9vbC1vcGVuaW5nLnRzKS4gKi9cbiAgcG9vbFNlY3Rpb24/OiBVaW50OEFycmF5IHwgdW5kZWZpbmVkO1xufTtcblxuZXhwb3J0IGNsYXNzIEVuY2xhdmVDb3JlIHtcbiAgcmVhZG9ubHkgI2xpbWl0czogUm91bmRMaW1pdHM7XG4gIHJlYWRvbmx5ICNzaWduZXI6IEVuY2xhdmVTaWduZXI7XG4gIHJlYWRvbmx5ICNocGtlOiBIcGtlS2V5UGFpcjtcbiAgcmVhZG9ubHkgI3NhbmRib3g6IEV4ZWN1dGlvblNhbmRib3g7XG4gIC8qKiBNb2R1bGVzIGJ5IG1lYXN1cmVtZW50IChoZXgpOiBidWlsdC1pbnMsIGFuZCB0aG9zZSBvcGVuZWQgZnJvbSBzZWFsZWQgb3Igc3RvcmVkIG1vZHVsZXMgKGJvdW5kZWQsIExSVSkuICovXG4gIHJlYWRvbmx5ICNtb2R1bGVzOiBNb2R1bGVDYWNoZTtcbiAgLyoqIFRoZSBzZWFsZWQtc3RvcmFnZSBrZXkgb2Ygc3RvcmVkIG1vZHVsZXMgKG1vZHVsZS1zdG9yYWdlLnRzKTsgbm9uZTogdGhlIGNhY2hlIGxpdmVzIGluIG1lbW9yeSBvbmx5LiAqL1xuICByZWFkb25seSAjc3RvcmFnZUtleTogVWludDhBcnJheSB8IHVuZGVmaW5lZDtcbiAgcmVhZG9ubHkgI3Nlc3Npb25zID0gbmV3IE1hcDxzdHJpbmcsIFNlc3Npb24+KCk7XG4gIC8qKiBFdmVyeSBzZXNzaW9uIGlkIGV2ZXIgb3BlbmVkIGhlcmU6IGEgc2Vzc2lvbiBpZCBpcyBuZXZlciByZXVzZWQsIHNvIG5vIHJvdW5kIGNhbiBiZSByZXBsYXllZCBpbiBpdC4gKi9cbiAgcmVhZG9ubHkgI3VzZWRTZXNzaW9uSWRzID0gbmV3IFNldDxzdHJpbmc+KCk7XG4gICNsaWZlTWVhc3VyZW1lbnQ6IHN0cmluZyB8IHVuZGVmaW5lZDtcbiAgLyoqIFRoZSBzZWNwMjU2azEgUm91bmRSZWNvcmQgc2lnbmVyLCB3aGVuIHRoZSBlbmNsYXZlIHNlcnZlcyBhIHJlZ2lzdHJ5IChiaW5kaW5nIHYzKS4gKi9cbiAgI2NsYWltczogUmVjb3JkQ2xhaW1TaWduZXIgfCB1bmRlZmluZWQ7XG5cbiAgcHJpdmF0ZSBjb25zdHJ1Y3RvcihsaW1pdHM6IFJvdW5kTGltaXRzLCBydW50aW1lTWVhc3VyZW1lbnQ6IFVpbnQ4QXJyYXksIGluc2VjdXJlOiBib29sZWFuLCBleGVjdXRpb25Xb3JrZXJzPzogbnVtYmVyLCBtb2R1bGVDYWNoZT86IE1vZHVsZUNhY2hlTGltaXRzLCBzdG9yYWdlS2V5PzogVWludDhBcnJheSkge1xuICAgIHRoaXMuI2xpbWl0cyA9IGxpbWl0cztcbiAgICB0aGlzLiNtb2R1bGVzID0gbmV3IE1vZHVsZUNhY2hlKG1vZHVsZUNhY2hlKTtcbiAgICB0aGlzLiNzdG9yYWdlS2V5ID0gc3RvcmFnZUtleTtcbiAgICAvLyBub2RlOmNyeXB0byAoT3BlblNTTCkgZm9yIHRoZSBzaWduYXR1cmUgYW5kIHRoZSBBRUFEOiBib3RoIHJ1biBvbiBldmVyeSByb3VuZC5cbiAgICB0aGlzLiNzaWduZXIgPSB7XG4gICAgICByZWNvcmRTaWduZXI6IGdlbmVyYXRlTm9kZVJlY29yZFNpZ25lcigpLFxuICAgICAgYWVhZDogTk9ERV9QUklNSVRJVkVTLmFlYWQsXG4gICAgICBydW50aW1lTWVhc3VyZW1lbnQsXG4gICAgICBpbnNlY3VyZSxcbiAgICB9O1xuICAgIHRoaXMuI2hwa2UgPSBnZW5lcmF0ZUhwa2VLZXlQYWlyKCk7XG4gICAgdGhpcy4jc2FuZGJveCA9IG5ldyBFeGVjdXRpb25TYW5kYm94KGxpbWl0cywgZXhlY3V0aW9uV29ya2Vycyk7XG4gIH1cblxuICBzdGF0aWMgYXN5bmMgY3JlYXRlKG9wdGlvbnM6IHtcbiAgICBsaW1pdHM6IFJvdW5kTGltaXRzO1xuICAgIHJ1bnRpbWVNZWFzdXJlbWVudDogVWludDhBcnJheTtcbiAgICBpbnNlY3VyZTogYm9vbGVhbjtcbiAgICBidWlsdGluRnVuY3Rpb25zOiBib29sZWFuO1xuICAgIGV4ZWN1dGlvbldvcmtlcnM/OiBudW1iZXIgfCB1bmRlZmluZWQ7XG4gICAgbW9kdWxlQ2FjaGU/OiBNb2R1bGVDYWNoZUxpbWl0cyB8IHVuZGVmaW5lZDtcbiAgICBtb2R1bGVTdG9yYWdlS2V5PzogVWludDhBcnJheSB8IHVuZGVmaW5lZDtcbiAgICAvKiogVGhlIHJlZ2lzdHJ5IHdob3NlIFJvdW5kUmVjb3JkIHRoZSBlbmNsYXZlIHNpZ25zIGZvciBldmVyeSByb3VuZCAoYWJzZW50OiBubyBjbGFpbXMsIGJpbmRpbmcgdjIpLiAqL1xuICAgIHJlZ2lzdHJ5PzogUmVnaXN0cnlEb21haW4gfCB1bmRlZmluZWQ7XG4gICAgLyoqIEluLXByb2Nlc3MgdGVzdHMgb25seSAoYSBmb3JrZWQgZW5jbGF2ZSk7IHRoZSB3b3JrZXIncyBpbml0IG5ldmVyIGNhcnJpZXMgaXQuICovXG4gICAgcmVjb3JkS2V5PzogSGV4IHwgdW5kZWZpbmVkO1xuICB9KTogUHJvbWlzZTxFbmNsYXZlQ29yZT4ge1xuICAgIGNvbnN0IGNvcmUgPSBuZXcgRW5jbGF2ZUNvcmUob3B0aW9ucy5saW1pdHMsIG9wdGlvbnMucnVudGltZU1lYXN1cmVtZW50LCBvcHRpb25zLmluc2VjdXJlLCBvcHRpb25zLmV4ZWN1dGlvbldvcmtlcnMsIG9wdGlvbnMubW9kdWxlQ2FjaGUsIG9wdGlvbnMubW9kdWxlU3RvcmFnZUtleSk7XG4gICAgaWYgKG9wdGlvbnMucmVnaXN0cnkgIT09IHVuZGVmaW5lZCkgY29yZS4jY2xhaW1zID0gY3JlYXRlUmVjb3JkQ2xhaW1TaWduZXIob3B0aW9ucy5yZWdpc3RyeSwgb3B0aW9ucy5yZWNvcmRLZXkpO1xuICAgIGlmIChvcHRpb25zLmJ1aWx0aW5GdW5jdGlvbnMpIHtcbiAgICAgIGZvciAoY29uc3QgbmFtZSBvZiBCVUlMVElOX0ZVTkNUSU9OUykge1xuICAgICAgICBjb25zdCBieXRlcyA9IGF3YWl0IGxvYWRCdWlsdGluRnVuY3Rpb24obmFtZSk7XG4gICAgICAgIGNvbnN0IG1lYXN1cmVtZW50ID0gdG9IZXgoc2hhMjU2KGJ5dGVzKSkuc2xpY2UoMik7XG4gICAgICAgIGNvcmUuI21vZHVsZXMucGluKG1lYXN1cmVtZW50LCBieXRlcyk7XG4gICAgICAgIGlmIChuYW1lID09PSAnbGlmZScpIGNvcmUuI2xpZmVNZWFzdXJlbWVudCA9IG1lYXN1cmVtZW50O1xuICAgICAgfVxuICAgIH1cbiAgICBhd2FpdCBjb3JlLiNzYW5kYm94Lndhcm1VcCgpO1xuICAgIHJldHVybiBjb3JlO1xuICB9XG5cbiAgcHVibGljS2V5cygpOiBJbml0UmVwbHkge1xuICAgIHJldHVybiB7XG4gICAgICBzaWduaW5nUHVibGljS2V5OiB0aGlzLiNzaWduZXIucmVjb3JkU2lnbmVyLnB1YmxpY0tleSxcbiAgICAgIGhwa2VQdWJsaWNLZXk6IHRoaXMuI2hwa2UucHVibGljS2V5LFxuICAgICAgLi4uKHRoaXMuI2NsYWltcyA9PT0gdW5kZWZpbmVkID8ge30gOiB7IHJlY29yZEFkZHJlc3M6IHRoaXMuI2NsYWltcy5hZGRyZXNzIH0pLFxuICAgIH07XG4gIH1cblxuICAvKiogU2lnbnMgdGhlIGV4ZWN1dG9yJ3MgaW5mbyBzdGF0ZW1lbnQ7IHJlZnVzZXMgYW55dGhpbmcgdGhhdCBpcyBub3Qgb25lIG5hbWluZyB0aGlzIGVuY2xhdmUncyBrZXkuICovXG4gIHNpZ25JbmZvKHN0YXRlbWVudDogVWludDhBcnJheSk6IFVpbnQ4QXJyYXkge1xuICAgIGNoZWNrU3RhdGVtZW50VG9TaWduKHN0YXRlbWVudCwgdGhpcy4jc2lnbmVyLnJlY29yZFNpZ25lci5wdWJsaWNLZXkpO1xuICAgIHJldHVybiB0aGlzLiNzaWduZXIucmVjb3JkU2lnbmVyLnNpZ24oc3RhdGVtZW50KTtcbiAgfVxuXG4gIC8qKiBTaWducyBhIHJlbGVhc2UgcmVxdWVzdCBmb3IgYW4gb3duZXIncyBhZ2VudDsgcmVmdXNlcyBhbnl0aGluZyBlbHNlIChjaGVja1JlbGVhc2VSZXF1ZXN0VG9TaWduKS4gKi9cbiAgc2lnblJlbGVhc2VSZXF1ZXN0KHN0YXRlbWVudDogVWludDhBcnJheSk6IFVpbnQ4QXJyYXkge1xuICAgIGNoZWNrUmVsZWFzZVJlcXVlc3RUb1NpZ24oc3RhdGVtZW50LCB0aGlzLiNzaWduZXIucmVjb3JkU2lnbmVyLnB1YmxpY0tleSk7XG4gICAgcmV0dXJuIHRoaXMuI3NpZ25lci5yZWNvcmRTaWduZXIuc2lnbihzdGF0ZW1lbnQpO1xuICB9XG5cbiAgc3RhdHMoKTogRW5jbGF2ZVN0YXRzIHtcbiAgICByZXR1cm4geyBzZXNzaW9uczogdGhpcy4jc2Vzc2lvbnMuc2l6ZSwgZXhlY3V0aW9uUmVzdGFydHM6IHRoaXMuI3NhbmRib3gucmVzdGFydHMsIGV4ZWN1dGlvbldvcmtlcnM6IHRoaXMuI3NhbmRib3gud29ya2VycywgbW9kdWxlczogdGhpcy4jbW9kdWxlcy5zdGF0cygpIH07XG4gIH1cblxuICAvKiogV2hldGhlciBhIHNlc3Npb24gbmFtaW5nIHRoaXMgZnVuY3Rpb24gY2FuIG9wZW4gd2l0aG91dCBpdHMgbW9kdWxlIChtYXJrcyBpdCBhcyB1c2VkKS4gKi9cbiAgaGFzTW9kdWxlKGZ1bmN0aW9uTWVhc3VyZW1lbnQ6IFVpbnQ4QXJyYXkpOiBib29sZWFuIHtcbiAgICByZXR1cm4gdGhpcy4jbW9kdWxlcy5oYXModG9IZXgoZnVuY3Rpb25NZWFzdXJlbWVudCkuc2xpY2UoMikpO1xuICB9XG5cbiAgLyoqXG4gICAqIEFjY2VwdHMgYSBtb2R1bGUgc2VudCB3aXRoIGEgc2Vzc2lvbiAoc2VhbGVkIHRvIHRoaXMgZW5jbGF2ZSwgSFBLRSkgb3Igc3RvcmVkIGVhcmxpZXIgKHNlYWxlZFxuICAgKiBzdG9yYWdlKTogb3BlbnMgaXQsIGNoZWNrcyBzaGEyNTYgPT0gZnVuY3Rpb25NZWFzdXJlbWVudCwgaXRzIHNpemUgYW5kIHNoYXBlLCB0aGVuIGNvbXBpbGVzIGFuZFxuICAgKiBpbnN0YW50aWF0ZXMgaXQgb25jZSBpbiBhbiBleGVjdXRpb24gd29ya2VyIHdpdGhpbiBgY29tcGlsZU1zYCwgYW5kIGNhY2hlcyBpdC4gUmV0dXJucyB0aGUgc3RvcmVkXG4gICAqIGZvcm0gZm9yIHRoZSBob3N0IHRvIGtlZXAgKHdoZW4gdGhlcmUgaXMgYSBzdG9yYWdlIGtleSkgYW5kIHRoZSBtZWFzdXJlbWVudHMgZXZpY3RlZC5cbiAgICovXG4gIGFzeW5jIGxvYWRNb2R1bGUocmVxdWVzdDogeyBmdW5jdGlvbk1lYXN1cmVtZW50OiBVaW50OEFycmF5OyBzZWFsZWRNb2R1bGU/OiBVaW50OEFycmF5IHwgdW5kZWZpbmVkOyBzdG9yZWRNb2R1bGU/OiBVaW50OEFycmF5IHwgdW5kZWZpbmVkOyBtYXhNb2R1bGVCeXRlczogbnVtYmVyOyBjb21waWxlTXM6IG51bWJlciB9KTogUHJvbWlzZTx7IHN0b3JlZE1vZHVsZT86IFVpbnQ4QXJyYXk7IGV2aWN0ZWQ6IHN0cmluZ1tdIH0+IHtcbiAgICBjb25zdCBtZWFzdXJlbWVudEhleCA9IHRvSGV4KHJlcXVlc3QuZnVuY3Rpb25NZWFzdXJlbWVudCkuc2xpY2UoMik7XG4gICAgbGV0IG1vZHVsZTogVWludDhBcnJheTtcbiAgICBpZiAocmVxdWVzdC5zZWFsZWRNb2R1bGUgIT09IHVuZGVmaW5lZCkge1xuICAgICAgbW9kdWxlID0gb3BlblNlYWxlZE1vZHVsZSh7IGhwa2VTZWNyZXRLZXk6IHRoaXMuI2hwa2Uuc2VjcmV0S2V5LCBmdW5jdGlvbk1lYXN1cmVtZW50OiByZXF1ZXN0LmZ1bmN0aW9uTWVhc3VyZW1lbnQsIHNlYWxlZDogcmVxdWVzdC5zZWFsZWRNb2R1bGUgfSk7XG4gICAgfSBlbHNlIGlmIChyZXF1ZXN0LnN0b3JlZE1vZHVsZSAhPT0gdW5kZWZpbmVkICYmIHRoaXMuI3N0b3JhZ2VLZXkgIT09IHVuZGVmaW5lZCkge1xuICAgICAgbW9kdWxlID0gb3BlblN0b3JlZE1vZHVsZSh0aGlzLiNzdG9yYWdlS2V5LCByZXF1ZXN0LmZ1bmN0aW9uTWVhc3VyZW1lbnQsIHJlcXVlc3Quc3RvcmVkTW9kdWxlKTtcbiAgICB9IGVsc2Uge1xuICAgICAgdGhyb3cgbmV3IEFpcnRudEVycm9yKCdFTkNMQVZFX0JBRF9SRVFVRVNUJywgJ2xvYWRNb2R1bGUgbmVlZHMgYSBzZWFsZWQgbW9kdWxlLCBvciBhIHN0b3JlZCBvbmUgYW5kIGEgc3RvcmFnZSBrZXknKTtcbiAgICB9XG4gICAgaWYgKHRoaXMuI21vZHVsZXMuaXNQaW5uZWQobWVhc3VyZW1lbnRIZXgpKSByZXR1cm4geyBldmljdGVkOiBbXSB9O1xuICAgIGNoZWNrTW9kdWxlU2hhcGUobW9kdWxlLCBNYXRoLm1pbihyZXF1ZXN0Lm1heE1vZHVsZUJ5dGVzLCBNQVhfTU9EVUxFX0JZVEVTKSk7XG4gICAgdHJ5IHtcbiAgICAgIGF3YWl0IHRoaXMuI3NhbmRib3gudmFsaWRhdGUobWVhc3VyZW1lbnRIZXgsIG1vZHVsZSwgcmVxdWVzdC5jb21waWxlTXMsIGBtb2R1bGU6JHttZWFzdXJlbWVudEhleH1gKTtcbiAgICB9IGNhdGNoIChlcnJvcikge1xuICAgICAgdGhyb3cgbW9kdWxlUmVmdXNhbChlcnJvcik7XG4gICAgfVxuICAgIGNvbnN0IGV2aWN0ZWQgPSB0aGlzLiNtb2R1bGVzLmFkZChtZWFzdXJlbWVudEhleCwgbW9kdWxlKTtcbiAgICByZXR1cm4geyAuLi4odGhpcy4jc3RvcmFnZUtleSA9PT0gdW5kZWZpbmVkID8ge30gOiB7IHN0b3JlZE1vZHVsZTogc2VhbFN0b3JlZE1vZHVsZSh0aGlzLiNzdG9yYWdlS2V5LCByZXF1ZXN0LmZ1bmN0aW9uTWVhc3VyZW1lbnQsIG1vZHVsZSkgfSksIGV2aWN0ZWQgfTtcbiAgfVxuXG4gIG9wZW5TZXNzaW9uKG9wZW5pbmc6IFNlc3Npb25PcGVuaW5nKTogdm9pZCB7XG4gICAgY29uc3Qgc2Vzc2lvbktleSA9IHRvSGV4KG9wZW5pbmcuc2Vzc2lvbklkKTtcbiAgICBpZiAodGhpcy4jdXNlZFNlc3Npb25JZHMuaGFzKHNlc3Npb25LZXkpKSB7XG4gICAgICB0aHJvdyBuZXcgQWlydG50RXJyb3IoJ1NFU1NJT05fRVhJU1RTJywgJ3RoaXMgc2Vzc2lvbiBpZCB3YXMgYWxyZWFkeSB1c2VkIG9uIHRoaXMgZW5jbGF2ZScsIHtcbiAgICAgICAgaGludDogJ3BpY2sgYSBmcmVzaCByYW5kb20gc2Vzc2lvbiBpZCBmb3IgZXZlcnkgc2Vzc2lvbiAoYSB0cmFuc2ZlcnJlZCBydW4gc3RhcnRzIGEgbmV3IHNlc3Npb24pJyxcbiAgICAgIH0pO1xuICAgIH1cbiAgICBjb25zdCBtZWFzdXJlbWVudEhleCA9IHRvSGV4KG9wZW5pbmcuZnVuY3Rpb25NZWFzdXJlbWVudCkuc2xpY2UoMik7XG4gICAgLy8gQSBtb2R1bGUgY29tZXMgaW4gdGhyb3VnaCBsb2FkTW9kdWxlIChjaGVja2VkLCBjb21waWxlZCBvbmNlLCBjYWNoZWQpIGJlZm9yZSB0aGUgb3BlbmluZyBuYW1lc1xuICAgIC8vIGl0LCBvciwgZm9yIGEgY29kZSBvd25lcidzIG1vZHVsZSwgdGhyb3VnaCB0aGUgb3duZXIncyByZWxlYXNlIGJlbG93IChrZXB0IGZvciB0aGlzIHNlc3Npb24gb25seSkuXG4gICAgY29uc3Qgb3duc0NvZGUgPSBvcGVuaW5nLm93bmVycz8ucmVsZWFzZXMuc29tZSgocmVsZWFzZSkgPT4gcmVsZWFzZS5yb2xlID09PSAnY29kZScpID09PSB0cnVlO1xuICAgIGNvbnN0IG1vZHVsZSA9IHRoaXMuI21vZHVsZXMuZ2V0KG1lYXN1cmVtZW50SGV4KTtcbiAgICBpZiAobW9kdWxlID09PSB1bmRlZmluZWQgJiYgIW93bnNDb2RlKSB7XG4gICAgICB0aHJvdyBuZXcgQWlydG50RXJyb3IoJ0ZVTkNUSU9OX1VOS05PV04nLCAndGhpcyBlbmNsYXZlIGhhcyBubyBtb2R1bGUgd2l0aCB0aGlzIG1lYXN1cmVtZW50Jywge1xuICAgICAgICBkZXRhaWxzOiB7IGZ1bmN0aW9uTWVhc3VyZW1lbnQ6IG1lYXN1cmVtZW50SGV4IH0sXG4gICAgICAgIGhpbnQ6ICdzZW5kIHRoZSBtb2R1bGUgc2VhbGVkIHRvIHRoZSBlbmNsYXZlIGZpcnN0IChhIGBtb2R1bGVgIG1lc3NhZ2UpLCBvciBwaWNrIGEgYnVpbHQtaW4gZnVuY3Rpb24nLFxuICAgICAgfSk7XG4gICAgfVxuICAgIGlmIChvcGVuaW5nLnBvb2xTZWN0aW9uICE9PSB1bmRlZmluZWQgJiYgb3BlbmluZy5vd25lcnMgIT09IHVuZGVmaW5lZCkge1xuICAgICAgdGhyb3cgbmV3IEFpcnRudEVycm9yKCdFTkNMQVZFX0JBRF9SRVFVRVNUJywgJ2EgcG9vbCBzZXNzaW9uIHdpdGggY29kZSBvciBkYXRhIG93bmVycyBpcyBub3Qgc3VwcG9ydGVkJyk7XG4gICAgfVxuICAgIGNvbnN0IGRpZ2VzdCA9IG9wZW5pbmcub3duZXJzID8gb3duZXJzRGlnZXN0KG9wZW5pbmcub3duZXJzKSA6IHVuZGVmaW5lZDtcbiAgICAvLyBXaXRoIGEgZGF0YSBvd25lciB0aGUgc2VhbGVkIHN0YXRlIGlzIGl0cyBjaXBoZXJ0ZXh0LCBhIGxpdHRsZSBsYXJnZXIgdGhhbiB0aGUgZGF0YS5cbiAgICBjb25zdCBtYXhTZWFsZWRTdGF0ZSA9IHRoaXMuI2xpbWl0cy5tYXhTdGF0ZUJ5dGVzICsgKG9wZW5pbmcub3duZXJzID8gT1dORVJfQ0lQSEVSVEVYVF9PVkVSSEVBRCA6IDApO1xuICAgIGNvbnN0IHBvb2xlZCA9IG9wZW5pbmcucG9vbFNlY3Rpb24gPT09IHVuZGVmaW5lZCA/IHVuZGVmaW5lZCA6IG9wZW5Qb29sU2Vzc2lvbk9wZW5pbmcoeyAuLi5vcGVuaW5nLCBzZWN0aW9uOiBvcGVuaW5nLnBvb2xTZWN0aW9uLCBocGtlU2VjcmV0S2V5OiB0aGlzLiNocGtlLnNlY3JldEtleSwgc2VhbGVkOiBvcGVuaW5nLnNlYWxlZFNlc3Npb24sIG1heFN0YXRlQnl0ZXM6IG1heFNlYWxlZFN0YXRlIH0pO1xuICAgIGNvbnN0IG9wZW5lZCA9IHBvb2xlZCA/PyBvcGVuU2Vzc2lvbk9wZW5pbmcoeyAuLi5vcGVuaW5nLCBvd25lcnNEaWdlc3Q6IGRpZ2VzdCwgaHBrZVNlY3JldEtleTogdGhpcy4jaHBrZS5zZWNyZXRLZXksIHNlYWxlZDogb3BlbmluZy5zZWFsZWRTZXNzaW9uLCBtYXhTdGF0ZUJ5dGVzOiBtYXhTZWFsZWRTdGF0ZSB9KTtcbiAgICBsZXQgc3RhdGUgPSBvcGVuZWQuc3RhdGU7XG4gICAgbGV0IG93bk1vZHVsZTogVWludDhBcnJheSB8IHVuZGVmaW5lZDtcbiAgICBsZXQgc2Vzc2lvblNlY3JldCA9IG9wZW5lZC5zZXNzaW9uU2VjcmV0O1xuICAgIGlmIChvcGVuaW5nLm93bmVycykge1xuICAgICAgY29uc3Qgb3duZWQgPSBvcGVuT3duZXJSZWxlYXNlcyh7IC4uLm9wZW5pbmcsIG93bmVyczogb3BlbmluZy5vd25lcnMsIGhwa2VTZWNyZXRLZXk6IHRoaXMuI2hwa2Uuc2VjcmV0S2V5LCBzdGF0ZSwgbWF4U3RhdGVCeXRlczogdGhpcy4jbGltaXRzLm1heFN0YXRlQnl0ZXMgfSk7XG4gICAgICBzdGF0ZSA9IG93bmVkLnN0YXRlO1xuICAgICAgb3duTW9kdWxlID0gb3duZWQubW9kdWxlO1xuICAgICAgLy8gUmVzdWx0cyBmb3IgYSBuYW1lZCByZWNpcGllbnQgYXJlIHVuZGVyIGl0cyBvd25lcidzIHNlY3JldDogdGhlIHJlcXVlc3RlcidzIG93biBzZWNyZXQgb3BlbnMgbm90aGluZy5cbiAgICAgIGlmIChvd25lZC5yZXN1bHRTZWNyZXQpIHtcbiAgICAgICAgc2Vzc2lvblNlY3JldC5maWxsKDApO1xuICAgICAgICBzZXNzaW9uU2VjcmV0ID0gb3duZWQucmVzdWx0U2VjcmV0O1xuICAgICAgfVxuICAgIH1cbiAgICBjb25zdCBrZXlzID0gZGVyaXZlU2Vzc2lvbktleXMoc2Vzc2lvblNlY3JldCwgb3BlbmluZy5zZXNzaW9uSWQpO1xuICAgIHNlc3Npb25TZWNyZXQuZmlsbCgwKTtcbiAgICB0aGlzLiN1c2VkU2Vzc2lvbklkcy5hZGQoc2Vzc2lvbktleSk7XG4gICAgdGhpcy4jc2Vzc2lvbnMuc2V0KHNlc3Npb25LZXksIHtcbiAgICAgIHNlc3Npb25JZDogb3BlbmluZy5zZXNzaW9uSWQsXG4gICAgICBjaGFubmVsSWQ6IG9wZW5pbmcuY2hhbm5lbElkLFxuICAgICAgZnVuY3Rpb25NZWFzdXJlbWVudDogb3BlbmluZy5mdW5jdGlvbk1lYXN1cmVtZW50LFxuICAgICAga2V5cyxcbiAgICAgIHN0YXRlLFxuICAgICAgc3RhdGVDb21taXRtZW50OiBjb21taXRTdGF0ZShrZXlzLCBzdGF0ZSksXG4gICAgICBuZXh0Um91bmQ6IG9wZW5pbmcuZmlyc3RSb3VuZCxcbiAgICAgIG93bk1vZHVsZSxcbiAgICAgIG1lYXN1cmVtZW50SGV4LFxuICAgICAgbW9kdWxlLFxuICAgICAgYnVzeTogZmFsc2UsXG4gICAgICBjb2RlY3M6IG1lYXN1cmVtZW50SGV4ID09PSB0aGlzLiNsaWZlTWVhc3VyZW1lbnQgPyB7IGxpZmVEaWZmOiBMSUZFX0RJRkZfQ09ERUMgfSA6IHt9LFxuICAgICAgcG9vbDogcG9vbGVkID09PSB1bmRlZmluZWQgPyB1bmRlZmluZWQgOiBzdGFydFBvb2xNZW1iZXIocG9vbGVkLnBvb2wsIHBvb2xlZC50ZXJtcyksXG4gICAgICBmaXJzdFJvdW5kOiBvcGVuaW5nLmZpcnN0Um91bmQsXG4gICAgICBpbml0aWFsU3RhdGU6IHBvb2xlZCA9PT0gdW5kZWZpbmVkID8gbmV3IFVpbnQ4QXJyYXkoMCkgOiBzdGF0ZSxcbiAgICB9KTtcbiAgfVxuXG4gIC8qKlxuICAgKiBSdW5zIHJvdW5kIGByb3VuZGAgKHdoaWNoIG11c3QgYmUgdGhlIHNlc3Npb24ncyBuZXh0IG9uZSkgd2l0aCBhdCBtb3N0IGB3b3JrQnVkZ2V0YCBtZXRlcmVkIHdvcmtcbiAgICogdW5pdHMsIHdhaXRpbmcgZm9yIGEgd29ya2VyIGluIGBxdWV1ZUtleWAncyBmYWlyLXF1ZXVlIHR1cm4sIGFuZCB3cmFwcyB0aGUgcmVzdWx0LlxuICAgKi9cbiAgYXN5bmMgcnVuUm91bmQoc2Vzc2lvbklkOiBVaW50OEFycmF5LCByb3VuZDogYmlnaW50LCBjeWNsZXM6IG51bWJlciwgd29ya0J1ZGdldDogbnVtYmVyLCBxdWV1ZUtleTogc3RyaW5nKTogUHJvbWlzZTxSb3VuZFJlc3VsdD4ge1xuICAgIGNvbnN0IHNlc3Npb24gPSB0aGlzLiNzZXNzaW9uKHNlc3Npb25JZCk7XG4gICAgaWYgKHJvdW5kICE9PSBzZXNzaW9uLm5leHRSb3VuZCkge1xuICAgICAgdGhyb3cgbmV3IEFpcnRudEVycm9yKCdST1VORF9PVVRfT0ZfT1JERVInLCBgdGhpcyBzZXNzaW9uJ3MgbmV4dCByb3VuZCBpcyAke3Nlc3Npb24ubmV4dFJvdW5kfSwgbm90ICR7cm91bmR9YCwge1xuICAgICAgICBkZXRhaWxzOiB7IGV4cGVjdGVkOiBzZXNzaW9uLm5leHRSb3VuZC50b1N0cmluZygpLCBnb3Q6IHJvdW5kLnRvU3RyaW5nKCkgfSxcbiAgICAgICAgaGludDogJ3JvdW5kcyBydW4gb25jZSBlYWNoLCBpbiBvcmRlcjogYSByb3VuZCBpcyBuZXZlciBleGVjdXRlZCB0d2ljZScsXG4gICAgICB9KTtcbiAgICB9XG4gICAgaWYgKHNlc3Npb24uYnVzeSkgdGhyb3cgbmV3IEFpcnRudEVycm9yKCdTRVNTSU9OX0JVU1knLCAnYSByb3VuZCBvZiB0aGlzIHNlc3Npb24gaXMgYWxyZWFkeSBydW5uaW5nJyk7XG4gICAgc2Vzc2lvbi5idXN5ID0gdHJ1ZTtcbiAgICB0cnkge1xuICAgICAgY29uc3QgbW9kdWxlID0gc2Vzc2lvbi5vd25Nb2R1bGUgPz8gc2Vzc2lvbi5tb2R1bGUhO1xuICAgICAgY29uc3QgZXhlY3V0aW9uID0gYXdhaXQgdGhpcy4jc2FuZGJveC5ydW4oc2Vzc2lvbi5tZWFzdXJlbWVudEhleCwgbW9kdWxlLCBzZXNzaW9uLnN0YXRlLCBjeWNsZXMsIHdvcmtCdWRnZXQsIHF1ZXVlS2V5KTtcbiAgICAgIGNoZWNrT3V0cHV0cyhleGVjdXRpb24ub3V0cHV0cywgdGhpcy4jbGltaXRzLm1heE91dHB1dEJ5dGVzKTtcbiAgICAgIGNvbnN0IHdyYXBwZWQgPSB3cmFwUm91bmQoeyBzaWduZXI6IHRoaXMuI3NpZ25lciwgc2Vzc2lvbiwgcm91bmQsIGN5Y2xlc0Fza2VkOiBjeWNsZXMsIGV4ZWN1dGlvbiwgY29kZWNzOiBzZXNzaW9uLmNvZGVjcyB9KTtcbiAgICAgIC8vIFNpZ25lZCBiZWZvcmUgdGhlIHNlc3Npb24gbW92ZXMgb246IGEgcm91bmQgZWl0aGVyIGdldHMgYm90aCBzaWduYXR1cmVzIG9yIGRvZXMgbm90IGhhcHBlbi5cbiAgICAgIGNvbnN0IHJlY29yZENsYWltID0gdGhpcy4jY2xhaW1zID09PSB1bmRlZmluZWQgPyB1bmRlZmluZWQgOiBhd2FpdCB0aGlzLiNjbGFpbXMuc2lnbihzZXNzaW9uSWQsIHJvdW5kLCB3cmFwcGVkLnJlc3VsdC5yZWNvcmQpO1xuICAgICAgc2Vzc2lvbi5zdGF0ZSA9IHdyYXBwZWQubmV4dFN0YXRlO1xuICAgICAgc2Vzc2lvbi5zdGF0ZUNvbW1pdG1lbnQgPSB3cmFwcGVkLm5leHRTdGF0ZUNvbW1pdG1lbnQ7XG4gICAgICBzZXNzaW9uLm5leHRSb3VuZCA9IHJvdW5kICsgMW47XG4gICAgICBjb25zdCByZXN1bHQgPSByZWNvcmRDbGFpbSA9PT0gdW5kZWZpbmVkID8gd3JhcHBlZC5yZXN1bHQgOiB7IC4uLndyYXBwZWQucmVzdWx0LCByZWNvcmRDbGFpbSB9O1xuICAgICAgaWYgKHNlc3Npb24ucG9vbCA9PT0gdW5kZWZpbmVkKSByZXR1cm4gcmVzdWx0O1xuICAgICAgLy8gVGhlIHJvdW5kJ3Mga2V5LCBwcmljZSBpbnB1dHMgYW5kIGZ1bGwgbmV3IHN0YXRlLCBzZWFsZWQgdG8gdGhlIHBvb2wga2V5IGZvciB0aGUgc3RhbmRieXMuXG4gICAgICBjb25zdCBjb250ZW50cyA9IHsga2V5OiB3cmFwcGVkLnJlc3VsdC5rZXksIGN5Y2xlc0RvbmU6IGV4ZWN1dGlvbi5jeWNsZXNEb25lLCB3b3JrVW5pdHM6IEJpZ0ludChleGVjdXRpb24ud29ya1VuaXRzKSwgc3RhdGVQYXlsb2FkOiBleGVjdXRpb24uc3RhdGUgfTtcbiAgICAgIGNvbnN0IHJlcGxpY2EgPSByZXBsaWNhT2ZSb3VuZChzZXNzaW9uLnBvb2wsIHNlc3Npb25JZCwgcm91bmQsIGNvbnRlbnRzKTtcbiAgICAgIHJldHVybiByZXBsaWNhID09PSB1bmRlZmluZWQgPyByZXN1bHQgOiB7IC4uLnJlc3VsdCwgcmVwbGljYSB9O1xuICAgIH0gZmluYWxseSB7XG4gICAgICBzZXNzaW9uLmJ1c3kgPSBmYWxzZTtcbiAgICB9XG4gIH1cblxuICAvKiogVmlldy0wIGV4ZWN1dG9yIG9mIGEgcG9vbCBzZXNzaW9uOiB0aGUgcG9vbCBrZXkgc2VhbGVkIHRvIGVhY2ggc3RhbmRieSdzIGVuY2xhdmUuICovXG4gIHBvb2xLZXlzKHNlc3Npb25JZDogVWludDhBcnJheSkge1xuICAgIHJldHVybiBzZWFsUG9vbEtleXModGhpcy4jcG9vbE9mKHNlc3Npb25JZCksIHNlc3Npb25JZCwgdGhpcy4jc2lnbmVyLnJlY29yZFNpZ25lcik7XG4gIH1cblxuICAvKiogU3RhbmRieSBvZiBhIHBvb2wgc2Vzc2lvbjogdGhlIHBvb2wga2V5IGZyb20gdGhlIHZpZXctMCBleGVjdXRvcidzIGVuY2xhdmUuICovXG4gIGFjY2VwdFBvb2xLZXkoc2Vzc2lvbklkOiBVaW50OEFycmF5LCBzZWFsZWRQb29sS2V5OiBVaW50OEFycmF5LCBzaWduYXR1cmU6IFVpbnQ4QXJyYXkpOiB2b2lkIHtcbiAgICBhY2NlcHRQb29sS2V5KHRoaXMuI3Bvb2xPZihzZXNzaW9uSWQpLCB7IHNlc3Npb25JZCwgaHBrZVNlY3JldEtleTogdGhpcy4jaHBrZS5zZWNyZXRLZXksIHNlYWxlZFBvb2xLZXksIHNpZ25hdHVyZSB9KTtcbiAgfVxuXG4gIC8qKiBTdGFuZGJ5IG9mIGEgcG9vbCBzZXNzaW9uOiBhIHJvdW5kJ3MgcmVwbGljYSB0YWtlbiwgYW5kIGl0cyBhY2sgc2lnbmVkLiAqL1xuICB0YWtlUmVwbGljYShzZXNzaW9uSWQ6IFVpbnQ4QXJyYXksIGZyYW1lOiBSZXBsaWNhdGVJbnB1dCkge1xuICAgIGNvbnN0IHNlc3Npb24gPSB0aGlzLiNzZXNzaW9uKHNlc3Npb25JZCk7XG4gICAgcmV0dXJuIHRha2VQb29sUmVwbGljYSh0aGlzLiNwb29sT2Yoc2Vzc2lvbklkKSwgeyBzZXNzaW9uSWQsIGNoYW5uZWxJZDogc2Vzc2lvbi5jaGFubmVsSWQsIGZyYW1lLCBzaWduZXI6IHRoaXMuI3NpZ25lci5yZWNvcmRTaWduZXIgfSk7XG4gIH1cblxuICAvKiogQW55IG1lbWJlciBvZiBhIHBvb2wgc2Vzc2lvbjogdGhlIGtleSBvZiBhIHJlcGxpY2F0ZWQgcm91bmQsIGFnYWluc3QgdGhlIHJlcXVlc3RlcidzIFBvb2xQYXltZW50IGZvciBpdC4gKi9cbiAgcmVsZWFzZVBvb2xLZXkoc2Vzc2lvbklkOiBVaW50OEFycmF5LCByb3VuZDogYmlnaW50LCBwYXltZW50OiB7IGFtb3VudDogYmlnaW50OyBzaWduYXR1cmU6IFVpbnQ4QXJyYXkgfSkge1xuICAgIGNvbnN0IHNlc3Npb24gPSB0aGlzLiNzZXNzaW9uKHNlc3Npb25JZCk7XG4gICAgcmV0dXJuIHJlbGVhc2VQb29sS2V5KHRoaXMuI3Bvb2xPZihzZXNzaW9uSWQpLCB7IGNoYW5uZWxJZDogc2Vzc2lvbi5jaGFubmVsSWQsIHJvdW5kLCBwYXltZW50IH0pO1xuICB9XG5cbiAgLyoqXG4gICAqIEFueSBtZW1iZXIgb2YgYSBwb29sIHNlc3Npb246IHRoZSByZXF1ZXN0ZXIncyB2aWV3IGNoYW5nZS4gTmFtZWQgZXhlY3V0b3IsIHRoaXMgZW5jbGF2ZSBjb250aW51ZXNcbiAgICogYnkgaXRzZWxmIGZyb20gaXRzIHJlcGxpY2Egb2YgdGhlIGxhc3QgcGFpZCByb3VuZCAob3IgdGhlIGluaXRpYWwgc3RhdGUpLCBhdCB0aGUgcm91bmQgYWZ0ZXIgaXQuXG4gICAqL1xuICBhY2NlcHRQb29sVmlld0NoYW5nZShzZXNzaW9uSWQ6IFVpbnQ4QXJyYXksIHRlcm1zOiBWaWV3Q2hhbmdlVGVybXMsIHNpZ25hdHVyZTogVWludDhBcnJheSk6IHsgZXhlY3V0b3I6IGJvb2xlYW47IG5leHRSb3VuZDogYmlnaW50IH0ge1xuICAgIGNvbnN0IHNlc3Npb24gPSB0aGlzLiNzZXNzaW9uKHNlc3Npb25JZCk7XG4gICAgaWYgKHNlc3Npb24uYnVzeSkgdGhyb3cgbmV3IEFpcnRudEVycm9yKCdTRVNTSU9OX0JVU1knLCAnYSByb3VuZCBvZiB0aGlzIHNlc3Npb24gaXMgcnVubmluZycpO1xuICAgIGNvbnN0IGZpcnN0Um91bmQgPSBzZXNzaW9uLmZpcnN0Um91bmQ7XG4gICAgY29uc3QgYWNjZXB0ZWQgPSBhY2NlcHRQb29sVmlld0NoYW5nZSh0aGlzLiNwb29sT2Yoc2Vzc2lvbklkKSwgeyBzZXNzaW9uSWQsIHRlcm1zLCBzaWduYXR1cmUsIGZpcnN0Um91bmQgfSk7XG4gICAgaWYgKCFhY2NlcHRlZC5leGVjdXRvcikgcmV0dXJuIHsgZXhlY3V0b3I6IGZhbHNlLCBuZXh0Um91bmQ6IHNlc3Npb24ubmV4dFJvdW5kIH07XG4gICAgaWYgKGFjY2VwdGVkLmNvbnRpbnVlRnJvbSAhPT0gdW5kZWZpbmVkKSB7XG4gICAgICBzZXNzaW9uLnN0YXRlID0gYWNjZXB0ZWQuY29udGludWVGcm9tLnN0YXRlUGF5bG9hZDtcbiAgICAgIHNlc3Npb24uc3RhdGVDb21taXRtZW50ID0gY29tbWl0U3RhdGUoc2Vzc2lvbi5rZXlzLCBzZXNzaW9uLnN0YXRlKTtcbiAgICB9IGVsc2Uge1xuICAgICAgc2Vzc2lvbi5zdGF0ZSA9IHNlc3Npb24uaW5pdGlhbFN0YXRlO1xuICAgICAgc2Vzc2lvbi5zdGF0ZUNvbW1pdG1lbnQgPSBjb21taXRTdGF0ZShzZXNzaW9uLmtleXMsIHNlc3Npb24uc3RhdGUpO1xuICAgIH1cbiAgICBzZXNzaW9uLm5leHRSb3VuZCA9IHRlcm1zLmxhc3RQYWlkUm91bmQgKyAxbjtcbiAgICByZXR1cm4geyBleGVjdXRvcjogdHJ1ZSwgbmV4dFJvdW5kOiBzZXNzaW9uLm5leHRSb3VuZCB9O1xuICB9XG5cbiAgI3Bvb2xPZihzZXNzaW9uSWQ6IFVpbnQ4QXJyYXkpOiBQb29sTWVtYmVyU3RhdGUge1xuICAgIGNvbnN0IHBvb2wgPSB0aGlzLiNzZXNzaW9uKHNlc3Npb25JZCkucG9vbDtcbiAgICBpZiAocG9vbCA9PT0gdW5kZWZpbmVkKSB0aHJvdyBuZXcgQWlydG50RXJyb3IoJ1NFU1NJT05fVU5LTk9XTicsICd0aGlzIHNlc3Npb24gd2FzIG5vdCBvcGVuZWQgYXMgYSBwb29sIHNlc3Npb24nLCB7IGRldGFpbHM6IHsgc2Vzc2lvbklkOiB0b0hleChzZXNzaW9uSWQpIH0gfSk7XG4gICAgcmV0dXJuIHBvb2w7XG4gIH1cblxuICBjbG9zZVNlc3Npb24oc2Vzc2lvbklkOiBVaW50OEFycmF5KTogdm9pZCB7XG4gICAgY29uc3Qgc2Vzc2lvbiA9IHRoaXMuI3Nlc3Npb24oc2Vzc2lvbklkKTtcbiAgICBzZXNzaW9uLmtleXMucHJrLmZpbGwoMCk7XG4gICAgc2Vzc2lvbi5rZXlzLmNvbW1pdEtleS5maWxsKDApO1xuICAgIHNlc3Npb24ucG9vbD8ucG9vbEtleT8uZmlsbCgwKTtcbiAgICB0aGlzLiNzZXNzaW9ucy5kZWxldGUodG9IZXgoc2Vzc2lvbklkKSk7XG4gIH1cblxuICBhc3luYyBjbG9zZSgpOiBQcm9taXNlPHZvaWQ+IHtcbiAgICBmb3IgKGNvbnN0IHNlc3Npb24gb2YgdGhpcy4jc2Vzc2lvbnMudmFsdWVzKCkpIHRoaXMuY2xvc2VTZXNzaW9uKHNlc3Npb24uc2Vzc2lvbklkKTtcbiAgICBhd2FpdCB0aGlzLiNzYW5kYm94LmNsb3NlKCk7XG4gIH1cblxuICAjc2Vzc2lvbihzZXNzaW9uSWQ6IFVpbnQ4QXJyYXkpOiBTZXNzaW9uIHtcbiAgICBjb25zdCBzZXNzaW9uID0gdGhpcy4jc2Vzc2lvbnMuZ2V0KHRvSGV4KHNlc3Npb25JZCkpO1xuICAgIGlmICghc2Vzc2lvbikgdGhyb3cgbmV3IEFpcnRudEVycm9yKCdTRVNTSU9OX1VOS05PV04nLCAnbm8gb3BlbiBzZXNzaW9uIHdpdGggdGhpcyBpZCBvbiB0aGlzIGVuY2xhdmUnLCB7IGRldGFpbHM6IHsgc2Vzc2lvbklkOiB0b0hleChzZXNzaW9uSWQpIH0gfSk7XG4gICAgcmV0dXJuIHNlc3Npb247XG4gIH1cbn1cblxuLyoqIEEgbW9kdWxlIHRoYXQgZmFpbGVkIGl0cyB0cmlhbCBpbiB0aGUgZXhlY3V0aW9uIHdvcmtlciwgYXMgSU5WQUxJRF9GVU5DVElPTiBzYXlpbmcgd2h5IChkZXRhaWxzLnJlYXNvbikuICovXG5mdW5jdGlvbiBtb2R1bGVSZWZ1c2FsKGVycm9yOiB1bmtub3duKTogdW5rbm93biB7XG4gIGlmICghKGVycm9yIGluc3RhbmNlb2YgQWlydG50RXJyb3IpKSByZXR1cm4gZXJyb3I7XG4gIHN3aXRjaCAoZXJyb3IuY29kZSkge1xuICAgIGNhc2UgJ0ZVTkNUSU9OX1RJTUVPVVQnOlxuICAgICAgcmV0dXJuIG5ldyBBaXJ0bnRFcnJvcignSU5WQUxJRF9GVU5DVElPTicsIGB0aGUgbW9kdWxlIGlzIHJlZnVzZWQ6ICR7ZXJyb3IubWVzc2FnZX1gLCB7IGRldGFpbHM6IHsgLi4uZXJyb3IuZGV0YWlscywgcmVhc29uOiAnc3RhcnQtdGltZW91dCcgfSwgaGludDogJ2Egc3RhcnQgZnVuY3Rpb24gbXVzdCBmaW5pc2ggcXVpY2tseSAoYW5kIG5vdCBsb29wKTsga2VlcCB0aGUgbW9kdWxlIHNtYWxsJyB9KTtcbiAgICBjYXNlICdGVU5DVElPTl9PVVRfT0ZfTUVNT1JZJzpcbiAgICBjYXNlICdGVU5DVElPTl9DUkFTSEVEJzpcbiAgICAgIHJldHVybiBuZXcgQWlydG50RXJyb3IoJ0lOVkFMSURfRlVOQ1RJT04nLCBgdGhlIG1vZHVsZSBpcyByZWZ1c2VkOiBjb21waWxpbmcgb3Igc3RhcnRpbmcgaXQgZXhoYXVzdGVkIHRoZSBleGVjdXRpb24gd29ya2VyICgke2Vycm9yLmNvZGV9KWAsIHsgZGV0YWlsczogeyByZWFzb246ICdyZXNvdXJjZXMnLCBjYXVzZTogZXJyb3IuY29kZSB9IH0pO1xuICAgIGRlZmF1bHQ6XG4gICAgICByZXR1cm4gZXJyb3I7XG4gIH1cbn1cblxuZnVuY3Rpb24gY2hlY2tPdXRwdXRzKG91dHB1dHM6IFVpbnQ4QXJyYXlbXSwgbWF4T3V0cHV0Qnl0ZXM6IG51bWJlcik6IHZvaWQge1xuICBjb25zdCB0b3RhbCA9IG91dHB1dHMucmVkdWNlKChzdW0sIG91dHB1dCkgPT4gc3VtICsgb3V0cHV0Lmxlbmd0aCwgMCk7XG4gIGlmIChvdXRwdXRzLmxlbmd0aCA+IE1BWF9PVVRQVVRTX1BFUl9ST1VORCB8fCB0b3RhbCA+IG1heE91dHB1dEJ5dGVzKSB7XG4gICAgdGhyb3cgbmV3IEFpcnRudEVycm9yKCdPVVRQVVRfVE9PX0xBUkdFJywgJ3RoZSBmdW5jdGlvbiBwcm9kdWNlZCBtb3JlIG91dHB1dHMgdGhhbiBhbGxvd2VkJywge1xuICAgICAgZGV0YWlsczogeyBjb3VudDogb3V0cHV0cy5sZW5ndGgsIGJ5dGVzOiB0b3RhbCwgbWF4T3V0cHV0Qnl0ZXMsIG1heENvdW50OiBNQVhfT1VUUFVUU19QRVJfUk9VTkQgfSxcbiAgICB9KTtcbiAgfVxufVxuIl0sCiAgIm1hcHBpbmdzIjogIkFBS0EsU0FBUyxjQUFjO0FBQ3ZCLFNBQVMsMkJBQTZDO0FBQ3RELFNBQVMsYUFBYSx5QkFBeUI7QUFDL0MsU0FBUyxtQkFBbUIsMkJBQTJCO0FBQ3ZELFNBQVMsMEJBQTBCLHVCQUF1QjtBQUMxRCxTQUFTLDRCQUE0QjtBQUNyQyxTQUFTLGlDQUFpQztBQUMxQyxTQUFTLG1CQUFtQixvQkFBdUM7QUFDbkUsU0FBUyxpQ0FBaUM7QUFDMUMsU0FBUyxrQkFBa0IsMEJBQTBCO0FBQ3JELFNBQVMsYUFBYTtBQUN0QixTQUFTLG1CQUFtQjtBQUM1QixTQUFTLHVCQUF1QjtBQUNoQyxTQUFTLHdCQUF3QjtBQUNqQyxTQUFTLGtCQUFrQiw2QkFBNkI7QUFDeEQsU0FBUyxtQkFBMkM7QUFDcEQsU0FBUyxrQkFBa0Isd0JBQXdCO0FBQ25ELFNBQVMsd0JBQXdCO0FBSWpDLFNBQVMsaUJBQTBEO0FBQ25FLFNBQVMsOEJBQThCO0FBR3ZDLFNBQVMsZUFBZSxzQkFBc0IsZ0JBQWdCLGdCQUFnQixjQUFjLGlCQUFpQix1QkFBNkM7QUFDMUosU0FBUywrQkFBdUQ7QUFnQ3pELE1BQU0sWUFBWTtBQUFBLEVBQ2Q7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQTtBQUFBLEVBRUE7QUFBQTtBQUFBLEVBRUE7QUFBQSxFQUNBLFlBQVksb0JBQUksSUFBcUI7QUFBQTtBQUFBLEVBRXJDLGtCQUFrQixvQkFBSSxJQUFZO0FBQUEsRUFDM0M7QUFBQTtBQUFBLEVBRUE7QUFBQSxFQUVRLFlBQVksUUFBcUIsb0JBQWdDLFVBQW1CLGtCQUEyQixhQUFpQyxZQUF5QjtBQUMvSyxTQUFLLFVBQVU7QUFDZixTQUFLLFdBQVcsSUFBSSxZQUFZLFdBQVc7QUFDM0MsU0FBSyxjQUFjO0FBRW5CLFNBQUssVUFBVTtBQUFBLE1BQ2IsY0FBYyx5QkFBeUI7QUFBQSxNQUN2QyxNQUFNLGdCQUFnQjtBQUFBLE1BQ3RCO0FBQUEsTUFDQTtBQUFBLElBQ0Y7QUFDQSxTQUFLLFFBQVEsb0JBQW9CO0FBQ2pDLFNBQUssV0FBVyxJQUFJLGlCQUFpQixRQUFRLGdCQUFnQjtBQUFBLEVBQy9EO0FBQUEsRUFFQSxhQUFhLE9BQU8sU0FZSztBQUN2QixVQUFNLE9BQU8sSUFBSSxZQUFZLFFBQVEsUUFBUSxRQUFRLG9CQUFvQixRQUFRLFVBQVUsUUFBUSxrQkFBa0IsUUFBUSxhQUFhLFFBQVEsZ0JBQWdCO0FBQ2xLLFFBQUksUUFBUSxhQUFhLE9BQVcsTUFBSyxVQUFVLHdCQUF3QixRQUFRLFVBQVUsUUFBUSxTQUFTO0FBQzlHLFFBQUksUUFBUSxrQkFBa0I7QUFDNUIsaUJBQVcsUUFBUSxtQkFBbUI7QUFDcEMsY0FBTSxRQUFRLE1BQU0sb0JBQW9CLElBQUk7QUFDNUMsY0FBTSxjQUFjLE1BQU0sT0FBTyxLQUFLLENBQUMsRUFBRSxNQUFNLENBQUM7QUFDaEQsYUFBSyxTQUFTLElBQUksYUFBYSxLQUFLO0FBQ3BDLFlBQUksU0FBUyxPQUFRLE1BQUssbUJBQW1CO0FBQUEsTUFDL0M7QUFBQSxJQUNGO0FBQ0EsVUFBTSxLQUFLLFNBQVMsT0FBTztBQUMzQixXQUFPO0FBQUEsRUFDVDtBQUFBLEVBRUEsYUFBd0I7QUFDdEIsV0FBTztBQUFBLE1BQ0wsa0JBQWtCLEtBQUssUUFBUSxhQUFhO0FBQUEsTUFDNUMsZUFBZSxLQUFLLE1BQU07QUFBQSxNQUMxQixHQUFJLEtBQUssWUFBWSxTQUFZLENBQUMsSUFBSSxFQUFFLGVBQWUsS0FBSyxRQUFRLFFBQVE7QUFBQSxJQUM5RTtBQUFBLEVBQ0Y7QUFBQTtBQUFBLEVBR0EsU0FBUyxXQUFtQztBQUMxQyx5QkFBcUIsV0FBVyxLQUFLLFFBQVEsYUFBYSxTQUFTO0FBQ25FLFdBQU8sS0FBSyxRQUFRLGFBQWEsS0FBSyxTQUFTO0FBQUEsRUFDakQ7QUFBQTtBQUFBLEVBR0EsbUJBQW1CLFdBQW1DO0FBQ3BELDhCQUEwQixXQUFXLEtBQUssUUFBUSxhQUFhLFNBQVM7QUFDeEUsV0FBTyxLQUFLLFFBQVEsYUFBYSxLQUFLLFNBQVM7QUFBQSxFQUNqRDtBQUFBLEVBRUEsUUFBc0I7QUFDcEIsV0FBTyxFQUFFLFVBQVUsS0FBSyxVQUFVLE1BQU0sbUJBQW1CLEtBQUssU0FBUyxVQUFVLGtCQUFrQixLQUFLLFNBQVMsU0FBUyxTQUFTLEtBQUssU0FBUyxNQUFNLEVBQUU7QUFBQSxFQUM3SjtBQUFBO0FBQUEsRUFHQSxVQUFVLHFCQUEwQztBQUNsRCxXQUFPLEtBQUssU0FBUyxJQUFJLE1BQU0sbUJBQW1CLEVBQUUsTUFBTSxDQUFDLENBQUM7QUFBQSxFQUM5RDtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBLEVBUUEsTUFBTSxXQUFXLFNBQWtPO0FBQ2pQLFVBQU0saUJBQWlCLE1BQU0sUUFBUSxtQkFBbUIsRUFBRSxNQUFNLENBQUM7QUFDakUsUUFBSTtBQUNKLFFBQUksUUFBUSxpQkFBaUIsUUFBVztBQUN0QyxlQUFTLGlCQUFpQixFQUFFLGVBQWUsS0FBSyxNQUFNLFdBQVcscUJBQXFCLFFBQVEscUJBQXFCLFFBQVEsUUFBUSxhQUFhLENBQUM7QUFBQSxJQUNuSixXQUFXLFFBQVEsaUJBQWlCLFVBQWEsS0FBSyxnQkFBZ0IsUUFBVztBQUMvRSxlQUFTLGlCQUFpQixLQUFLLGFBQWEsUUFBUSxxQkFBcUIsUUFBUSxZQUFZO0FBQUEsSUFDL0YsT0FBTztBQUNMLFlBQU0sSUFBSSxZQUFZLHVCQUF1QixxRUFBcUU7QUFBQSxJQUNwSDtBQUNBLFFBQUksS0FBSyxTQUFTLFNBQVMsY0FBYyxFQUFHLFFBQU8sRUFBRSxTQUFTLENBQUMsRUFBRTtBQUNqRSxxQkFBaUIsUUFBUSxLQUFLLElBQUksUUFBUSxnQkFBZ0IsZ0JBQWdCLENBQUM7QUFDM0UsUUFBSTtBQUNGLFlBQU0sS0FBSyxTQUFTLFNBQVMsZ0JBQWdCLFFBQVEsUUFBUSxXQUFXLFVBQVUsY0FBYyxFQUFFO0FBQUEsSUFDcEcsU0FBUyxPQUFPO0FBQ2QsWUFBTSxjQUFjLEtBQUs7QUFBQSxJQUMzQjtBQUNBLFVBQU0sVUFBVSxLQUFLLFNBQVMsSUFBSSxnQkFBZ0IsTUFBTTtBQUN4RCxXQUFPLEVBQUUsR0FBSSxLQUFLLGdCQUFnQixTQUFZLENBQUMsSUFBSSxFQUFFLGNBQWMsaUJBQWlCLEtBQUssYUFBYSxRQUFRLHFCQUFxQixNQUFNLEVBQUUsR0FBSSxRQUFRO0FBQUEsRUFDeko7QUFBQSxFQUVBLFlBQVksU0FBK0I7QUFDekMsVUFBTSxhQUFhLE1BQU0sUUFBUSxTQUFTO0FBQzFDLFFBQUksS0FBSyxnQkFBZ0IsSUFBSSxVQUFVLEdBQUc7QUFDeEMsWUFBTSxJQUFJLFlBQVksa0JBQWtCLG9EQUFvRDtBQUFBLFFBQzFGLE1BQU07QUFBQSxNQUNSLENBQUM7QUFBQSxJQUNIO0FBQ0EsVUFBTSxpQkFBaUIsTUFBTSxRQUFRLG1CQUFtQixFQUFFLE1BQU0sQ0FBQztBQUdqRSxVQUFNLFdBQVcsUUFBUSxRQUFRLFNBQVMsS0FBSyxDQUFDLFlBQVksUUFBUSxTQUFTLE1BQU0sTUFBTTtBQUN6RixVQUFNLFNBQVMsS0FBSyxTQUFTLElBQUksY0FBYztBQUMvQyxRQUFJLFdBQVcsVUFBYSxDQUFDLFVBQVU7QUFDckMsWUFBTSxJQUFJLFlBQVksb0JBQW9CLG9EQUFvRDtBQUFBLFFBQzVGLFNBQVMsRUFBRSxxQkFBcUIsZUFBZTtBQUFBLFFBQy9DLE1BQU07QUFBQSxNQUNSLENBQUM7QUFBQSxJQUNIO0FBQ0EsUUFBSSxRQUFRLGdCQUFnQixVQUFhLFFBQVEsV0FBVyxRQUFXO0FBQ3JFLFlBQU0sSUFBSSxZQUFZLHVCQUF1QiwwREFBMEQ7QUFBQSxJQUN6RztBQUNBLFVBQU0sU0FBUyxRQUFRLFNBQVMsYUFBYSxRQUFRLE1BQU0sSUFBSTtBQUUvRCxVQUFNLGlCQUFpQixLQUFLLFFBQVEsaUJBQWlCLFFBQVEsU0FBUyw0QkFBNEI7QUFDbEcsVUFBTSxTQUFTLFFBQVEsZ0JBQWdCLFNBQVksU0FBWSx1QkFBdUIsRUFBRSxHQUFHLFNBQVMsU0FBUyxRQUFRLGFBQWEsZUFBZSxLQUFLLE1BQU0sV0FBVyxRQUFRLFFBQVEsZUFBZSxlQUFlLGVBQWUsQ0FBQztBQUNyTyxVQUFNLFNBQVMsVUFBVSxtQkFBbUIsRUFBRSxHQUFHLFNBQVMsY0FBYyxRQUFRLGVBQWUsS0FBSyxNQUFNLFdBQVcsUUFBUSxRQUFRLGVBQWUsZUFBZSxlQUFlLENBQUM7QUFDbkwsUUFBSSxRQUFRLE9BQU87QUFDbkIsUUFBSTtBQUNKLFFBQUksZ0JBQWdCLE9BQU87QUFDM0IsUUFBSSxRQUFRLFFBQVE7QUFDbEIsWUFBTSxRQUFRLGtCQUFrQixFQUFFLEdBQUcsU0FBUyxRQUFRLFFBQVEsUUFBUSxlQUFlLEtBQUssTUFBTSxXQUFXLE9BQU8sZUFBZSxLQUFLLFFBQVEsY0FBYyxDQUFDO0FBQzdKLGNBQVEsTUFBTTtBQUNkLGtCQUFZLE1BQU07QUFFbEIsVUFBSSxNQUFNLGNBQWM7QUFDdEIsc0JBQWMsS0FBSyxDQUFDO0FBQ3BCLHdCQUFnQixNQUFNO0FBQUEsTUFDeEI7QUFBQSxJQUNGO0FBQ0EsVUFBTSxPQUFPLGtCQUFrQixlQUFlLFFBQVEsU0FBUztBQUMvRCxrQkFBYyxLQUFLLENBQUM7QUFDcEIsU0FBSyxnQkFBZ0IsSUFBSSxVQUFVO0FBQ25DLFNBQUssVUFBVSxJQUFJLFlBQVk7QUFBQSxNQUM3QixXQUFXLFFBQVE7QUFBQSxNQUNuQixXQUFXLFFBQVE7QUFBQSxNQUNuQixxQkFBcUIsUUFBUTtBQUFBLE1BQzdCO0FBQUEsTUFDQTtBQUFBLE1BQ0EsaUJBQWlCLFlBQVksTUFBTSxLQUFLO0FBQUEsTUFDeEMsV0FBVyxRQUFRO0FBQUEsTUFDbkI7QUFBQSxNQUNBO0FBQUEsTUFDQTtBQUFBLE1BQ0EsTUFBTTtBQUFBLE1BQ04sUUFBUSxtQkFBbUIsS0FBSyxtQkFBbUIsRUFBRSxVQUFVLGdCQUFnQixJQUFJLENBQUM7QUFBQSxNQUNwRixNQUFNLFdBQVcsU0FBWSxTQUFZLGdCQUFnQixPQUFPLE1BQU0sT0FBTyxLQUFLO0FBQUEsTUFDbEYsWUFBWSxRQUFRO0FBQUEsTUFDcEIsY0FBYyxXQUFXLFNBQVksSUFBSSxXQUFXLENBQUMsSUFBSTtBQUFBLElBQzNELENBQUM7QUFBQSxFQUNIO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQSxFQU1BLE1BQU0sU0FBUyxXQUF1QixPQUFlLFFBQWdCLFlBQW9CLFVBQXdDO0FBQy9ILFVBQU0sVUFBVSxLQUFLLFNBQVMsU0FBUztBQUN2QyxRQUFJLFVBQVUsUUFBUSxXQUFXO0FBQy9CLFlBQU0sSUFBSSxZQUFZLHNCQUFzQixnQ0FBZ0MsUUFBUSxTQUFTLFNBQVMsS0FBSyxJQUFJO0FBQUEsUUFDN0csU0FBUyxFQUFFLFVBQVUsUUFBUSxVQUFVLFNBQVMsR0FBRyxLQUFLLE1BQU0sU0FBUyxFQUFFO0FBQUEsUUFDekUsTUFBTTtBQUFBLE1BQ1IsQ0FBQztBQUFBLElBQ0g7QUFDQSxRQUFJLFFBQVEsS0FBTSxPQUFNLElBQUksWUFBWSxnQkFBZ0IsNENBQTRDO0FBQ3BHLFlBQVEsT0FBTztBQUNmLFFBQUk7QUFDRixZQUFNLFNBQVMsUUFBUSxhQUFhLFFBQVE7QUFDNUMsWUFBTSxZQUFZLE1BQU0sS0FBSyxTQUFTLElBQUksUUFBUSxnQkFBZ0IsUUFBUSxRQUFRLE9BQU8sUUFBUSxZQUFZLFFBQVE7QUFDckgsbUJBQWEsVUFBVSxTQUFTLEtBQUssUUFBUSxjQUFjO0FBQzNELFlBQU0sVUFBVSxVQUFVLEVBQUUsUUFBUSxLQUFLLFNBQVMsU0FBUyxPQUFPLGFBQWEsUUFBUSxXQUFXLFFBQVEsUUFBUSxPQUFPLENBQUM7QUFFMUgsWUFBTSxjQUFjLEtBQUssWUFBWSxTQUFZLFNBQVksTUFBTSxLQUFLLFFBQVEsS0FBSyxXQUFXLE9BQU8sUUFBUSxPQUFPLE1BQU07QUFDNUgsY0FBUSxRQUFRLFFBQVE7QUFDeEIsY0FBUSxrQkFBa0IsUUFBUTtBQUNsQyxjQUFRLFlBQVksUUFBUTtBQUM1QixZQUFNLFNBQVMsZ0JBQWdCLFNBQVksUUFBUSxTQUFTLEVBQUUsR0FBRyxRQUFRLFFBQVEsWUFBWTtBQUM3RixVQUFJLFFBQVEsU0FBUyxPQUFXLFFBQU87QUFFdkMsWUFBTSxXQUFXLEVBQUUsS0FBSyxRQUFRLE9BQU8sS0FBSyxZQUFZLFVBQVUsWUFBWSxXQUFXLE9BQU8sVUFBVSxTQUFTLEdBQUcsY0FBYyxVQUFVLE1BQU07QUFDcEosWUFBTSxVQUFVLGVBQWUsUUFBUSxNQUFNLFdBQVcsT0FBTyxRQUFRO0FBQ3ZFLGFBQU8sWUFBWSxTQUFZLFNBQVMsRUFBRSxHQUFHLFFBQVEsUUFBUTtBQUFBLElBQy9ELFVBQUU7QUFDQSxjQUFRLE9BQU87QUFBQSxJQUNqQjtBQUFBLEVBQ0Y7QUFBQTtBQUFBLEVBR0EsU0FBUyxXQUF1QjtBQUM5QixXQUFPLGFBQWEsS0FBSyxRQUFRLFNBQVMsR0FBRyxXQUFXLEtBQUssUUFBUSxZQUFZO0FBQUEsRUFDbkY7QUFBQTtBQUFBLEVBR0EsY0FBYyxXQUF1QixlQUEyQixXQUE2QjtBQUMzRixrQkFBYyxLQUFLLFFBQVEsU0FBUyxHQUFHLEVBQUUsV0FBVyxlQUFlLEtBQUssTUFBTSxXQUFXLGVBQWUsVUFBVSxDQUFDO0FBQUEsRUFDckg7QUFBQTtBQUFBLEVBR0EsWUFBWSxXQUF1QixPQUF1QjtBQUN4RCxVQUFNLFVBQVUsS0FBSyxTQUFTLFNBQVM7QUFDdkMsV0FBTyxnQkFBZ0IsS0FBSyxRQUFRLFNBQVMsR0FBRyxFQUFFLFdBQVcsV0FBVyxRQUFRLFdBQVcsT0FBTyxRQUFRLEtBQUssUUFBUSxhQUFhLENBQUM7QUFBQSxFQUN2STtBQUFBO0FBQUEsRUFHQSxlQUFlLFdBQXVCLE9BQWUsU0FBb0Q7QUFDdkcsVUFBTSxVQUFVLEtBQUssU0FBUyxTQUFTO0FBQ3ZDLFdBQU8sZUFBZSxLQUFLLFFBQVEsU0FBUyxHQUFHLEVBQUUsV0FBVyxRQUFRLFdBQVcsT0FBTyxRQUFRLENBQUM7QUFBQSxFQUNqRztBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUEsRUFNQSxxQkFBcUIsV0FBdUIsT0FBd0IsV0FBaUU7QUFDbkksVUFBTSxVQUFVLEtBQUssU0FBUyxTQUFTO0FBQ3ZDLFFBQUksUUFBUSxLQUFNLE9BQU0sSUFBSSxZQUFZLGdCQUFnQixvQ0FBb0M7QUFDNUYsVUFBTSxhQUFhLFFBQVE7QUFDM0IsVUFBTSxXQUFXLHFCQUFxQixLQUFLLFFBQVEsU0FBUyxHQUFHLEVBQUUsV0FBVyxPQUFPLFdBQVcsV0FBVyxDQUFDO0FBQzFHLFFBQUksQ0FBQyxTQUFTLFNBQVUsUUFBTyxFQUFFLFVBQVUsT0FBTyxXQUFXLFFBQVEsVUFBVTtBQUMvRSxRQUFJLFNBQVMsaUJBQWlCLFFBQVc7QUFDdkMsY0FBUSxRQUFRLFNBQVMsYUFBYTtBQUN0QyxjQUFRLGtCQUFrQixZQUFZLFFBQVEsTUFBTSxRQUFRLEtBQUs7QUFBQSxJQUNuRSxPQUFPO0FBQ0wsY0FBUSxRQUFRLFFBQVE7QUFDeEIsY0FBUSxrQkFBa0IsWUFBWSxRQUFRLE1BQU0sUUFBUSxLQUFLO0FBQUEsSUFDbkU7QUFDQSxZQUFRLFlBQVksTUFBTSxnQkFBZ0I7QUFDMUMsV0FBTyxFQUFFLFVBQVUsTUFBTSxXQUFXLFFBQVEsVUFBVTtBQUFBLEVBQ3hEO0FBQUEsRUFFQSxRQUFRLFdBQXdDO0FBQzlDLFVBQU0sT0FBTyxLQUFLLFNBQVMsU0FBUyxFQUFFO0FBQ3RDLFFBQUksU0FBUyxPQUFXLE9BQU0sSUFBSSxZQUFZLG1CQUFtQixpREFBaUQsRUFBRSxTQUFTLEVBQUUsV0FBVyxNQUFNLFNBQVMsRUFBRSxFQUFFLENBQUM7QUFDOUosV0FBTztBQUFBLEVBQ1Q7QUFBQSxFQUVBLGFBQWEsV0FBNkI7QUFDeEMsVUFBTSxVQUFVLEtBQUssU0FBUyxTQUFTO0FBQ3ZDLFlBQVEsS0FBSyxJQUFJLEtBQUssQ0FBQztBQUN2QixZQUFRLEtBQUssVUFBVSxLQUFLLENBQUM7QUFDN0IsWUFBUSxNQUFNLFNBQVMsS0FBSyxDQUFDO0FBQzdCLFNBQUssVUFBVSxPQUFPLE1BQU0sU0FBUyxDQUFDO0FBQUEsRUFDeEM7QUFBQSxFQUVBLE1BQU0sUUFBdUI7QUFDM0IsZUFBVyxXQUFXLEtBQUssVUFBVSxPQUFPLEVBQUcsTUFBSyxhQUFhLFFBQVEsU0FBUztBQUNsRixVQUFNLEtBQUssU0FBUyxNQUFNO0FBQUEsRUFDNUI7QUFBQSxFQUVBLFNBQVMsV0FBZ0M7QUFDdkMsVUFBTSxVQUFVLEtBQUssVUFBVSxJQUFJLE1BQU0sU0FBUyxDQUFDO0FBQ25ELFFBQUksQ0FBQyxRQUFTLE9BQU0sSUFBSSxZQUFZLG1CQUFtQixnREFBZ0QsRUFBRSxTQUFTLEVBQUUsV0FBVyxNQUFNLFNBQVMsRUFBRSxFQUFFLENBQUM7QUFDbkosV0FBTztBQUFBLEVBQ1Q7QUFDRjtBQUdBLFNBQVMsY0FBYyxPQUF5QjtBQUM5QyxNQUFJLEVBQUUsaUJBQWlCLGFBQWMsUUFBTztBQUM1QyxVQUFRLE1BQU0sTUFBTTtBQUFBLElBQ2xCLEtBQUs7QUFDSCxhQUFPLElBQUksWUFBWSxvQkFBb0IsMEJBQTBCLE1BQU0sT0FBTyxJQUFJLEVBQUUsU0FBUyxFQUFFLEdBQUcsTUFBTSxTQUFTLFFBQVEsZ0JBQWdCLEdBQUcsTUFBTSw2RUFBNkUsQ0FBQztBQUFBLElBQ3RPLEtBQUs7QUFBQSxJQUNMLEtBQUs7QUFDSCxhQUFPLElBQUksWUFBWSxvQkFBb0IsbUZBQW1GLE1BQU0sSUFBSSxLQUFLLEVBQUUsU0FBUyxFQUFFLFFBQVEsYUFBYSxPQUFPLE1BQU0sS0FBSyxFQUFFLENBQUM7QUFBQSxJQUN0TTtBQUNFLGFBQU87QUFBQSxFQUNYO0FBQ0Y7QUFFQSxTQUFTLGFBQWEsU0FBdUIsZ0JBQThCO0FBQ3pFLFFBQU0sUUFBUSxRQUFRLE9BQU8sQ0FBQyxLQUFLLFdBQVcsTUFBTSxPQUFPLFFBQVEsQ0FBQztBQUNwRSxNQUFJLFFBQVEsU0FBUyx5QkFBeUIsUUFBUSxnQkFBZ0I7QUFDcEUsVUFBTSxJQUFJLFlBQVksb0JBQW9CLG1EQUFtRDtBQUFBLE1BQzNGLFNBQVMsRUFBRSxPQUFPLFFBQVEsUUFBUSxPQUFPLE9BQU8sZ0JBQWdCLFVBQVUsc0JBQXNCO0FBQUEsSUFDbEcsQ0FBQztBQUFBLEVBQ0g7QUFDRjsiLAogICJuYW1lcyI6IFtdCn0K
