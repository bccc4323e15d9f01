import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { keccak_256 } from '@noble/hashes/sha3.js';
import { generateHpkeKeyPair } from '../crypto/hpke.js';
import { nobleRecordSigner } from '../crypto/primitives.js';
import { isAirtntError } from '../util/errors.js';
import { concatBytes, utf8 } from '../util/bytes.js';
import { poolAgreement } from './pool-opening.js';
import { openPoolKey, openReplica, sealPoolKey, sealReplica } from './pool-sealing.js';
import { SEALED_POOL_KEY_BYTES } from './pool-wire.js';

const sessionId = new Uint8Array(32).fill(0x5e);
const executor = nobleRecordSigner(new Uint8Array(32).fill(1));
const standby = { signer: nobleRecordSigner(new Uint8Array(32).fill(2)), hpke: generateHpkeKeyPair() };
const other = { signer: nobleRecordSigner(new Uint8Array(32).fill(3)), hpke: generateHpkeKeyPair() };
const poolKey = new Uint8Array(32).fill(0x77);

// The pool both were sealed: three members, the standby at index 1, a rate of 10.
const hpkeKeys = [generateHpkeKeyPair(), standby.hpke, other.hpke];
const members = [executor, standby.signer, other.signer].map((signer, i) => ({ payee: `0x${String(i + 1).repeat(40)}` as `0x${string}`, enclavePublicKey: signer.publicKey, enclaveHpkeKey: hpkeKeys[i]!.publicKey }));
const terms = { requester: `0x${'44'.repeat(20)}` as `0x${string}`, domain: { chainId: 31337, verifyingContract: `0x${'55'.repeat(20)}` as `0x${string}` }, rate: 10n };
const opened = { channelId: new Uint8Array(32).fill(0xc1), functionMeasurement: new Uint8Array(32).fill(0xf1), firstRound: 0n };
const agreement = poolAgreement({ index: 0, ackCount: 1, members }, terms, opened);

const sealFor = (target: typeof standby, index: number, signer = executor, sealedWith = agreement) =>
  sealPoolKey({ sessionId, standbyIndex: index, standbyHpkeKey: target.hpke.publicKey, standbyEnclavePublicKey: target.signer.publicKey, poolKey, agreement: sealedWith, signer });
const openAs = (target: typeof standby, index: number, sealed: { sealedPoolKey: Uint8Array; signature: Uint8Array }, session = sessionId, own = agreement) =>
  openPoolKey({ sessionId: session, ownIndex: index, ownEnclavePublicKey: target.signer.publicKey, hpkeSecretKey: target.hpke.secretKey, executorEnclavePublicKey: executor.publicKey, agreement: own, ...sealed });

describe('pool key', () => {
  it('is sealed to one standby enclave in 80 bytes and opens there', () => {
    const sealed = sealFor(standby, 1);
    assert.equal(sealed.sealedPoolKey.length, SEALED_POOL_KEY_BYTES);
    assert.deepEqual(openAs(standby, 1, sealed), poolKey);
  });

  it('is refused from any enclave but the view-0 executor\'s, at another index, by another standby, in another session', () => {
    const refused = (run: () => unknown) => assert.throws(run, (e) => isAirtntError(e, 'POOL_KEY_INVALID'));
    refused(() => openAs(standby, 1, sealFor(standby, 1, other.signer)));
    refused(() => openAs(standby, 2, sealFor(standby, 1)));
    refused(() => openAs(other, 1, sealFor(standby, 1)));
    refused(() => openAs(standby, 1, sealFor(standby, 1), new Uint8Array(32)));
    const tampered = sealFor(standby, 1);
    tampered.sealedPoolKey[40]! ^= 1;
    refused(() => openAs(standby, 1, tampered));
  });

  it('is refused by a standby sealed another pool than the executor: another rate, payee, member key, ackCount, channel, function or first round (a requester pricing the executor\'s rounds lower, or on another channel, to the standbys that release its keys)', () => {
    const refused = (own: Uint8Array) => assert.throws(() => openAs(standby, 1, sealFor(standby, 1), sessionId, own), (e) => isAirtntError(e, 'POOL_KEY_INVALID'));
    // The same pool at the standby's own index agrees: the index is not part of the agreement.
    assert.deepEqual(openAs(standby, 1, sealFor(standby, 1), sessionId, poolAgreement({ index: 1, ackCount: 1, members }, terms, opened)), poolKey);
    refused(poolAgreement({ index: 1, ackCount: 1, members }, { ...terms, rate: 5n }, opened));
    refused(poolAgreement({ index: 1, ackCount: 1, members: [{ ...members[0]!, payee: `0x${'99'.repeat(20)}` }, ...members.slice(1)] }, terms, opened));
    refused(poolAgreement({ index: 1, ackCount: 1, members: [{ ...members[0]!, enclavePublicKey: new Uint8Array(32).fill(0x7e) }, ...members.slice(1)] }, terms, opened));
    refused(poolAgreement({ index: 1, ackCount: 2, members }, terms, opened));
    // Another channel (whose payments the executor could never collect), function or first round.
    refused(poolAgreement({ index: 1, ackCount: 1, members }, terms, { ...opened, channelId: new Uint8Array(32).fill(0xc2) }));
    refused(poolAgreement({ index: 1, ackCount: 1, members }, terms, { ...opened, functionMeasurement: new Uint8Array(32).fill(0xf2) }));
    refused(poolAgreement({ index: 1, ackCount: 1, members }, terms, { ...opened, firstRound: 1n }));
  });

  it('is taken with the statement of an executor enclave of an earlier release (v1: no agreement), which this release never signs', () => {
    const sealed = sealFor(standby, 1);
    const v1 = concatBytes(utf8('airtnt/pool-key/v1'), sessionId, standby.signer.publicKey, keccak_256(sealed.sealedPoolKey));
    assert.deepEqual(openAs(standby, 1, { sealedPoolKey: sealed.sealedPoolKey, signature: executor.sign(v1) }), poolKey);
    assert.notDeepEqual(sealed.signature, executor.sign(v1));
  });
});

describe('round replicas', () => {
  const contents = { key: new Uint8Array(32).fill(9), cyclesDone: 10, workUnits: 123_456n, statePayload: new Uint8Array([0, 1, 2, 3]) };
  const position = { sessionId, view: 2, round: 41n };

  it('carry the round key, the price inputs and the state, bound to session, view, round and key hash', () => {
    const { keyHash, ciphertext } = sealReplica(poolKey, position, contents);
    assert.deepEqual(keyHash, keccak_256(contents.key));
    assert.equal(ciphertext.length, 32 + 4 + 8 + 4 + 16);
    assert.deepEqual(openReplica(poolKey, { ...position, keyHash }, ciphertext), contents);
  });

  it('do not open at another view or round, under another key, with another key hash, or altered', () => {
    const { keyHash, ciphertext } = sealReplica(poolKey, position, contents);
    const refused = (run: () => unknown) => assert.throws(run, (e) => isAirtntError(e, 'POOL_REPLICA_INVALID'));
    refused(() => openReplica(poolKey, { ...position, view: 3, keyHash }, ciphertext));
    refused(() => openReplica(poolKey, { ...position, round: 42n, keyHash }, ciphertext));
    refused(() => openReplica(new Uint8Array(32), { ...position, keyHash }, ciphertext));
    refused(() => openReplica(poolKey, { ...position, keyHash: new Uint8Array(32) }, ciphertext));
    const altered = ciphertext.slice();
    altered[0]! ^= 1;
    refused(() => openReplica(poolKey, { ...position, keyHash }, altered));
  });
});
