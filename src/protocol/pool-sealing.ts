/**
 * What pool members' enclaves seal for each other (docs/protocol.md, "The pool"): the pool key, sent
 * by the view-0 executor's enclave to each standby's enclave, and each round's replica under it. The
 * requester never holds the pool key, so it cannot read a key it has not paid for from a replica.
 *
 *   sealedPoolKey = HPKE(standbyHpkeKey, info = "airtnt/pool-key/v1" || sessionId, aad = index(1), poolKey)   80 bytes
 *   signature     = Ed25519(executor enclave, "airtnt/pool-key/v2" || sessionId || standbyEnclavePublicKey || keccak256(sealedPoolKey) || agreement)
 *   agreement     = the pool both enclaves were sealed (pool-opening.ts poolAgreement: its terms, members and
 *                   ackCount), so a standby takes the pool key only from an executor opened on the same pool
 *                   and rate as itself. An executor enclave of an earlier release signs the v1 statement
 *                   (without `agreement`), which a standby still takes; this release never signs it.
 *   replica       = AEAD(key, nonce, k(32) || cyclesDone(4) || workUnits(8) || statePayload, aad)
 *   key, nonce    = HKDF-Expand(HKDF-Extract(salt = "airtnt/pool-replica/v1", ikm = poolKey), label, 44)
 *   aad = label   = "airtnt/pool-replica/v1" || sessionId(32) || view(4) || round(8) || keyHash(32)
 *
 * Pure: HPKE and AEAD from src/crypto, the signer and verifier passed in.
 */
import { keccak_256 } from '@noble/hashes/sha3.js';
import { aeadDecrypt, aeadEncrypt, expandAeadKey, hkdfExtract } from '../crypto/aead.js';
import { hpkeOpen, hpkeSeal } from '../crypto/hpke.js';
import { NOBLE_PRIMITIVES, type CryptoPrimitives, type RecordSigner } from '../crypto/primitives.js';
import { assertLength, concatBytes, equalBytes, u32be, u64be, utf8 } from '../util/bytes.js';
import { AirtntError } from '../util/errors.js';

export const POOL_KEY_LENGTH = 32;
const POOL_KEY_TAG = utf8('airtnt/pool-key/v1');
const REPLICA_TAG = utf8('airtnt/pool-replica/v1');
const REPLICA_HEADER_BYTES = 32 + 4 + 8;

const POOL_KEY_STATEMENT_TAG = utf8('airtnt/pool-key/v2');

/** What the executor enclave signs with a sealed pool key; without `agreement`: the statement of an earlier release (v1). */
function poolKeyStatement(sessionId: Uint8Array, standbyEnclavePublicKey: Uint8Array, sealedPoolKey: Uint8Array, agreement?: Uint8Array): Uint8Array {
  const head = [assertLength(sessionId, 32, 'sessionId'), assertLength(standbyEnclavePublicKey, 32, 'standbyEnclavePublicKey'), keccak_256(sealedPoolKey)];
  return agreement === undefined ? concatBytes(POOL_KEY_TAG, ...head) : concatBytes(POOL_KEY_STATEMENT_TAG, ...head, assertLength(agreement, 32, 'agreement'));
}

/** Executor enclave: the pool key sealed to one standby's enclave, and signed so the standby knows who sent it. */
export function sealPoolKey(input: {
  sessionId: Uint8Array;
  standbyIndex: number;
  standbyHpkeKey: Uint8Array;
  standbyEnclavePublicKey: Uint8Array;
  poolKey: Uint8Array;
  /** The pool this enclave was sealed (pool-opening.ts poolAgreement). */
  agreement: Uint8Array;
  signer: RecordSigner;
}, primitives: CryptoPrimitives = NOBLE_PRIMITIVES): { sealedPoolKey: Uint8Array; signature: Uint8Array } {
  assertLength(input.poolKey, POOL_KEY_LENGTH, 'poolKey');
  const sealedPoolKey = hpkeSeal(input.standbyHpkeKey, concatBytes(POOL_KEY_TAG, assertLength(input.sessionId, 32, 'sessionId')), new Uint8Array([input.standbyIndex]), input.poolKey, primitives);
  return { sealedPoolKey, signature: input.signer.sign(poolKeyStatement(input.sessionId, input.standbyEnclavePublicKey, sealedPoolKey, input.agreement)) };
}

/**
 * Standby enclave: opens the pool key, accepted only when signed by the enclave key the requester
 * sealed as the view-0 executor's (member 0 of its pool opening), over the same pool as this member's
 * (`agreement`; or the statement of an earlier release's executor, which binds none). POOL_KEY_INVALID otherwise.
 */
export function openPoolKey(
  input: {
    sessionId: Uint8Array;
    ownIndex: number;
    ownEnclavePublicKey: Uint8Array;
    hpkeSecretKey: Uint8Array;
    executorEnclavePublicKey: Uint8Array;
    sealedPoolKey: Uint8Array;
    signature: Uint8Array;
    /** The pool this member was sealed (pool-opening.ts poolAgreement). */
    agreement: Uint8Array;
  },
  primitives: CryptoPrimitives = NOBLE_PRIMITIVES,
): Uint8Array {
  const signedBy = (statement: Uint8Array) => primitives.ed25519.verify(input.signature, statement, input.executorEnclavePublicKey);
  // This release's executor signs the pool it was sealed; one of an earlier release signs v1, which binds none.
  if (!signedBy(poolKeyStatement(input.sessionId, input.ownEnclavePublicKey, input.sealedPoolKey, input.agreement)) && !signedBy(poolKeyStatement(input.sessionId, input.ownEnclavePublicKey, input.sealedPoolKey))) {
    throw new AirtntError('POOL_KEY_INVALID', 'the pool key is not signed by the enclave of the pool\'s view-0 executor for this standby and session over the pool this member was sealed (its members, ackCount and terms, rate included)', {
      details: { ownIndex: input.ownIndex },
      hint: 'the requester sealed the executor another pool or rate than this member: the session cannot go on with it',
    });
  }
  let poolKey: Uint8Array;
  try {
    poolKey = hpkeOpen(input.hpkeSecretKey, concatBytes(POOL_KEY_TAG, input.sessionId), new Uint8Array([input.ownIndex]), input.sealedPoolKey, primitives);
  } catch (cause) {
    throw new AirtntError('POOL_KEY_INVALID', 'the sealed pool key does not open with this enclave\'s key for this session and member index', { cause, details: { ownIndex: input.ownIndex } });
  }
  if (poolKey.length !== POOL_KEY_LENGTH) throw new AirtntError('POOL_KEY_INVALID', `the pool key is ${poolKey.length} bytes, not ${POOL_KEY_LENGTH}`, { details: { length: poolKey.length } });
  return poolKey;
}

export type ReplicaPosition = { sessionId: Uint8Array; view: number; round: bigint; keyHash: Uint8Array };
export type ReplicaContents = { key: Uint8Array; cyclesDone: number; workUnits: bigint; statePayload: Uint8Array };

function replicaLabel(position: ReplicaPosition): Uint8Array {
  return concatBytes(REPLICA_TAG, assertLength(position.sessionId, 32, 'sessionId'), u32be(position.view), u64be(position.round), assertLength(position.keyHash, 32, 'keyHash'));
}

function replicaKey(poolKey: Uint8Array, label: Uint8Array) {
  return expandAeadKey(hkdfExtract(assertLength(poolKey, POOL_KEY_LENGTH, 'poolKey'), REPLICA_TAG), label);
}

/** Executor enclave: round `round` of view `view` (its key, price inputs and new state), sealed to the pool key. */
export function sealReplica(poolKey: Uint8Array, position: Omit<ReplicaPosition, 'keyHash'>, contents: ReplicaContents, primitives: CryptoPrimitives = NOBLE_PRIMITIVES): { keyHash: Uint8Array; ciphertext: Uint8Array } {
  assertLength(contents.key, 32, 'key');
  const keyHash = keccak_256(contents.key);
  const label = replicaLabel({ ...position, keyHash });
  const header = new Uint8Array(REPLICA_HEADER_BYTES);
  header.set(contents.key, 0);
  header.set(u32be(contents.cyclesDone), 32);
  header.set(u64be(contents.workUnits), 36);
  return { keyHash, ciphertext: aeadEncrypt(replicaKey(poolKey, label), concatBytes(header, contents.statePayload), label, primitives.aead) };
}

/** Standby enclave: opens a replica at its claimed position; the key must hash to the claimed key hash. */
export function openReplica(poolKey: Uint8Array, position: ReplicaPosition, ciphertext: Uint8Array, primitives: CryptoPrimitives = NOBLE_PRIMITIVES): ReplicaContents {
  const label = replicaLabel(position);
  let plaintext: Uint8Array;
  try {
    plaintext = aeadDecrypt(replicaKey(poolKey, label), ciphertext, label, 'replica', primitives.aead);
  } catch (cause) {
    throw new AirtntError('POOL_REPLICA_INVALID', `the replica of round ${position.round} (view ${position.view}) does not open under the pool key at that position`, { cause, details: { round: position.round, view: position.view } });
  }
  if (plaintext.length < REPLICA_HEADER_BYTES) throw new AirtntError('POOL_REPLICA_INVALID', 'the replica is shorter than its header', { details: { length: plaintext.length } });
  const key = plaintext.slice(0, 32);
  if (!equalBytes(keccak_256(key), position.keyHash)) {
    throw new AirtntError('POOL_REPLICA_INVALID', `the replica's key does not hash to the key hash of round ${position.round}`, { details: { round: position.round, view: position.view } });
  }
  const view = new DataView(plaintext.buffer, plaintext.byteOffset, plaintext.byteLength);
  return { key, cyclesDone: view.getUint32(32), workUnits: view.getBigUint64(36), statePayload: plaintext.slice(REPLICA_HEADER_BYTES) };
}
