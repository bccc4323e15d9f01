/**
 * The boundary between the untrusted host (networking, storage, payments) and the enclave
 * (keys, function execution). The host only ever sees ciphertext, hashes and signed records.
 * Layouts of everything signed or encrypted are in docs/protocol.md.
 */
import type { Evidence, TeeKind } from '../attestation/types.js';
import type { OwnerOpening } from '../protocol/owner-opening.js';

/** The enclave's long-lived identity for one enclave instance, bound to TEE evidence once. */
export type EnclaveIdentity = {
  tee: TeeKind;
  insecure: boolean;
  /** Ed25519 public key (32 bytes, RFC 8032) that signs round records. */
  signingPublicKey: Uint8Array;
  /** X25519 public key (32 bytes) to which requesters and code owners seal secrets (HPKE, RFC 9180). */
  hpkePublicKey: Uint8Array;
  /** sha256 of the enclave runtime (what runs inside the TEE around the function). */
  runtimeMeasurement: Uint8Array;
  /** Evidence whose report data = enclaveReportData(signingPublicKey, hpkePublicKey, runtimeMeasurement[, recordAddress]). */
  evidence: Evidence;
  /**
   * The address of the enclave's secp256k1 key that signs the registry's RoundRecord claims; present
   * only for an enclave serving a registry, whose evidence then uses binding v3.
   */
  recordAddress?: `0x${string}`;
};

/** Limits enforced on every round (src/protocol/limits.ts owns them: the wire is decoded under them). */
export type { RoundLimits } from '../protocol/limits.js';

/**
 * Starts a session: a function, a channel, and an initial (or transferred) state.
 * Everything secret is sealed to the enclave's HPKE key by its owner.
 */
export type OpenSessionRequest = {
  sessionId: Uint8Array; // 32 bytes, chosen by the requester
  channelId: Uint8Array; // 32 bytes, the payment channel paying for this session
  /** sha256 of the WebAssembly module the requester wants run. */
  functionMeasurement: Uint8Array;
  /** The module, sealed by its code owner to the enclave (HPKE); absent when the executor has it built in. */
  sealedModule?: Uint8Array;
  /** HPKE-sealed session secret + state (see docs/protocol.md, "session opening"). */
  sealedSession: Uint8Array;
  /** The round number of the first round of this session (> 0 when continuing a transferred run). */
  firstRound: bigint;
  /**
   * Code and data owners' releases, the encrypted module and the result recipient
   * (src/protocol/owner-opening.ts); the sealed session's aad ends with their digest.
   */
  owners?: OwnerOpening;
  /** A pool session: the pool section its sealed opening binds (src/protocol/pool-opening.ts). */
  poolSection?: Uint8Array;
};

/** What the enclave returns after running one round: all the host may see. */
export type RoundResult = {
  /** The signed record, in its fixed byte layout (docs/protocol.md, "round record"). */
  record: Uint8Array;
  /** 64-byte Ed25519 signature by the enclave's signing key over the record bytes. */
  signature: Uint8Array;
  /**
   * 65-byte secp256k1 signature (r || s || v) by the enclave's record-claim key over the registry's
   * EIP-712 RoundRecord(sessionId, round, keccak256(record)); only from an enclave serving a registry.
   */
  recordClaim?: Uint8Array;
  /** The new state (or its diff), encrypted under a key that needs both k and the session secret (src/crypto/round-encryption.ts). */
  stateCiphertext: Uint8Array;
  /** The outputs, encrypted the same way. */
  outputsCiphertext: Uint8Array;
  /**
   * k itself, for the host only: the host stores it durably and releases it to the requester only
   * after a valid payment update bound to keccak256(k). Revealing k never reveals plaintext: the
   * ciphertexts' key also needs the requester's session secret.
   */
  key: Uint8Array;
  /**
   * keccak256(key) is the key of the round before, which this enclave produced last in the session
   * (key-chain.ts): the requester holds it, and a result may leave the key hash out. Absent: false.
   */
  keyChained?: boolean;
  /** A pool session's executor only: the round sealed to the pool key, for the standbys (src/enclave/pool-member.ts). */
  replica?: { view: number; keyHash: Uint8Array; ciphertext: Uint8Array };
};

export type RunRoundOptions = { workBudget?: number; queueKey?: string };

/** A module handed to the enclave (docs/protocol.md part 3, "Modules"): sent sealed by a requester, or stored earlier by this host. */
export type LoadModuleRequest = {
  functionMeasurement: Uint8Array;
  /** HPKE-sealed to the enclave by its sender (sealModule). */
  sealedModule?: Uint8Array;
  /** The enclave's own sealed-storage form, returned by an earlier loadModule. */
  storedModule?: Uint8Array;
  /** The executor's limit (at most MAX_MODULE_BYTES). */
  maxModuleBytes: number;
  /** Compile and trial instantiation must finish within this (a start function that loops). */
  compileMs: number;
};

/** storedModule: what the host may write to disk (absent: no sealed storage); evicted: measurements (hex) dropped from the cache. */
export type LoadedModule = { storedModule?: Uint8Array; evicted: string[] };

/** Host-side handle on an enclave (the implementation runs it in a worker thread). */
export interface Enclave {
  identity(): EnclaveIdentity;
  openSession(request: OpenSessionRequest): Promise<void>;
  /**
   * Runs one round of at most `cycles` cycles on the session's current state. `workBudget`: the most
   * metered work units it may spend (default: no limit but the time limit); `queueKey`: whose fair
   * queue turn it waits in (the executor passes the requester; default: the session).
   */
  runRound(sessionId: Uint8Array, round: bigint, cycles: number, options?: RunRoundOptions): Promise<RoundResult>;
  closeSession(sessionId: Uint8Array): Promise<void>;
  /** Whether the enclave holds the module of this measurement (built in or cached); optional for older enclaves. */
  hasModule?(functionMeasurement: Uint8Array): Promise<boolean>;
  /** Opens, checks, compiles once and caches a module (INVALID_FUNCTION, MODULE_TOO_LARGE, MODULE_MEASUREMENT_MISMATCH...). */
  loadModule?(request: LoadModuleRequest): Promise<LoadedModule>;
  /** The enclave's Ed25519 signature over an info statement (src/protocol/info-statement.ts) naming its key. */
  signInfo(statement: Uint8Array): Promise<Uint8Array>;
  /**
   * The enclave's Ed25519 signature over a release request for an owner's agent
   * (src/protocol/release.ts); optional so that other Enclave implementations need not offer it.
   */
  signReleaseRequest?(statement: Uint8Array): Promise<Uint8Array>;
  close(): Promise<void>;
}
