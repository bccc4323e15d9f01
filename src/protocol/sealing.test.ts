import assert from 'node:assert/strict';
import { createCipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { describe, it } from 'node:test';
import { sha256 } from '@noble/hashes/sha2.js';
import { generateHpkeKeyPair, hpkeOpen } from '../crypto/hpke.js';
import { commitState, decryptRoundPayload, deriveSessionKeys, encryptRoundPayload, PURPOSES } from '../crypto/round-encryption.js';
import { wrapRound } from '../enclave/wrapper.js';
import { LIFE_DIFF_CODEC } from './codecs.js';
import { encodeLifeState, parseRle } from '../functions/life.js';
import { isAirtntError } from '../util/errors.js';
import { generateNodeRecordSigner } from '../crypto/node-primitives.js';
import { checkRoundRecord } from './record.js';
import { openRoundResult, openSealedModule, openSessionOpening, sealModule, sealSessionOpening, SESSION_OPENING_INFO, sessionOpeningAad, stateCommitment } from './sealing.js';

const code = (c: string) => (error: unknown) => isAirtntError(error, c);
const enclaveHpke = generateHpkeKeyPair();
const recordSigner = generateNodeRecordSigner();
const signer = { recordSigner, runtimeMeasurement: sha256(new Uint8Array([1])), insecure: true };

function newSession(state: Uint8Array) {
  const sessionSecret = randomBytes(32);
  const sessionId = randomBytes(32);
  const keys = deriveSessionKeys(sessionSecret, sessionId);
  const session = { sessionId, channelId: randomBytes(32), functionMeasurement: randomBytes(32), keys, state, stateCommitment: commitState(keys, state) };
  return { sessionSecret, sessionId, session };
}

function runWrapped(state: Uint8Array, next: Uint8Array, outputs: Uint8Array[] = [], round = 1n) {
  const setup = newSession(state);
  const wrapped = wrapRound({ signer, session: setup.session, round, roundKey: randomBytes(32), cyclesAsked: 10, execution: { state: next, outputs, cyclesDone: 10, workUnits: 1000 }, payload: { codecs: { lifeDiff: LIFE_DIFF_CODEC } } });
  return { ...setup, ...wrapped };
}

function open(run: ReturnType<typeof runWrapped>, changes: Record<string, unknown> = {}) {
  const r = run.result;
  return openRoundResult({ sessionSecret: run.sessionSecret, sessionId: run.sessionId, round: 1n, record: r.record, key: r.key, stateCiphertext: r.stateCiphertext, outputsCiphertext: r.outputsCiphertext, previousState: run.session.state, ...changes });
}

describe('session opening (HPKE to the enclave)', () => {
  const fields = { sessionId: randomBytes(32), channelId: randomBytes(32), functionMeasurement: randomBytes(32), firstRound: 5n };
  const sessionSecret = randomBytes(32);
  const state = randomBytes(1000);
  const sealed = sealSessionOpening({ ...fields, enclaveHpkePublicKey: enclaveHpke.publicKey, sessionSecret, state });

  it('opens to the session secret and state for the same public fields', () => {
    const opened = openSessionOpening({ ...fields, hpkeSecretKey: enclaveHpke.secretKey, sealed, maxStateBytes: 1000 });
    assert.deepEqual(opened.sessionSecret, new Uint8Array(sessionSecret));
    assert.deepEqual(opened.state, new Uint8Array(state));
    assert.equal(opened.decodesBitDiff, false, 'sealed as an earlier release seals it');
  });

  it('says whether the requester decodes bit diffs (info v2), which only the sealer can set', () => {
    const v2 = sealSessionOpening({ ...fields, enclaveHpkePublicKey: enclaveHpke.publicKey, sessionSecret, state, decodesBitDiff: true });
    const opened = openSessionOpening({ ...fields, hpkeSecretKey: enclaveHpke.secretKey, sealed: v2, maxStateBytes: 1000 });
    assert.equal(opened.decodesBitDiff, true);
    assert.deepEqual(opened.state, new Uint8Array(state));
    // The info is inside HPKE's key schedule: an enclave that knows only v1 (an earlier release) cannot open it.
    assert.throws(() => hpkeOpen(enclaveHpke.secretKey, SESSION_OPENING_INFO, sessionOpeningAad(fields), v2), code('HPKE_OPEN_FAILED'));
    assert.throws(() => openSessionOpening({ ...fields, firstRound: 6n, hpkeSecretKey: enclaveHpke.secretKey, sealed: v2, maxStateBytes: 1000 }), code('SESSION_OPENING_INVALID'));
  });

  it('cannot be moved to another session, channel, function or first round, nor opened by another enclave', () => {
    for (const change of [{ sessionId: randomBytes(32) }, { channelId: randomBytes(32) }, { functionMeasurement: randomBytes(32) }, { firstRound: 6n }]) {
      assert.throws(() => openSessionOpening({ ...fields, ...change, hpkeSecretKey: enclaveHpke.secretKey, sealed, maxStateBytes: 1000 }), code('SESSION_OPENING_INVALID'));
    }
    assert.throws(() => openSessionOpening({ ...fields, hpkeSecretKey: generateHpkeKeyPair().secretKey, sealed, maxStateBytes: 1000 }), code('SESSION_OPENING_INVALID'));
  });

  it('refuses a state over the limit', () => {
    assert.throws(() => openSessionOpening({ ...fields, hpkeSecretKey: enclaveHpke.secretKey, sealed, maxStateBytes: 999 }), code('STATE_TOO_LARGE'));
  });
});

describe('sealed modules (code owner -> enclave)', () => {
  it('open only under their own measurement', () => {
    const module = randomBytes(300);
    const sealed = sealModule({ enclaveHpkePublicKey: enclaveHpke.publicKey, module });
    assert.deepEqual(openSealedModule({ hpkeSecretKey: enclaveHpke.secretKey, functionMeasurement: sha256(module), sealed }), new Uint8Array(module));
    assert.throws(() => openSealedModule({ hpkeSecretKey: enclaveHpke.secretKey, functionMeasurement: sha256(randomBytes(300)), sealed }), code('MODULE_MEASUREMENT_MISMATCH'));
  });
});

describe('round results (wrapper w -> requester)', () => {
  const glider = encodeLifeState(50, 50, parseRle('x = 3, y = 3\nbo$2bo$3o!'));
  const moved = glider.slice();
  moved[20] = moved[20]! ^ 0x01;
  const outputs = [new Uint8Array([1, 2, 3]), new Uint8Array(0), randomBytes(100)];

  it('opens to the new state and the outputs, and the record checks', () => {
    const run = runWrapped(glider, moved, outputs);
    const opened = open(run);
    assert.deepEqual(opened.state, moved);
    assert.deepEqual(opened.outputs, outputs.map((o) => new Uint8Array(o)));
    // What the requester commits to is what the enclave will put in the next record as its input.
    assert.deepEqual(opened.stateCommitment, run.nextStateCommitment);
    checkRoundRecord(run.result.record, run.result.signature, {
      enclavePublicKey: recordSigner.publicKey, functionMeasurement: run.session.functionMeasurement, sessionId: run.sessionId, channelId: run.session.channelId,
      round: 1n, inputStateCommitment: stateCommitment(run.sessionSecret, run.sessionId, glider), cyclesAsked: 10,
      stateCiphertext: run.result.stateCiphertext, outputsCiphertext: run.result.outputsCiphertext,
    });
    assert.equal(run.stateKind, 'lifeDiff');
    assert.ok(run.result.stateCiphertext.length < 40, `a one-cell change costs ${run.result.stateCiphertext.length} bytes`);
  });

  it('a round without outputs has an empty outputs ciphertext, and outputs cannot be stripped or added', () => {
    const none = runWrapped(glider, moved, []);
    assert.equal(none.result.outputsCiphertext.length, 0);
    assert.deepEqual(open(none).outputs, []);
    // The record signs keccak256 of the (empty) ciphertext: swapping in a non-empty one is refused,
    // and so is emptying the outputs of a round that had some.
    const some = runWrapped(glider, moved, outputs);
    assert.throws(() => open(none, { outputsCiphertext: some.result.outputsCiphertext }), code('RECORD_CIPHERTEXT_MISMATCH'));
    assert.throws(() => open(some, { outputsCiphertext: new Uint8Array(0) }), code('RECORD_CIPHERTEXT_MISMATCH'));
  });

  it('falls back to the full state when a diff would not be smaller', () => {
    const state = new Uint8Array(randomBytes(64));
    const run = runWrapped(state, randomBytes(64));
    assert.equal(run.stateKind, 'full');
    assert.deepEqual(open(run).state.length, 64);
    const sparse = state.slice();
    sparse[3] = sparse[3]! ^ 0xff;
    const diffRun = runWrapped(state, sparse);
    assert.equal(diffRun.stateKind, 'byteDiff');
    assert.deepEqual(open(diffRun).state, sparse);
  });

  it('a round whose encrypted state or outputs a result frame cannot carry fails in the enclave, unsigned (RESULT_TOO_LARGE)', () => {
    // 2 MiB of new random state: no diff is smaller, and the full state with its tag is over a frame's 2 MiB per ciphertext.
    const big = 2 * 1024 * 1024;
    assert.throws(() => runWrapped(new Uint8Array(16), new Uint8Array(randomBytes(big))), code('RESULT_TOO_LARGE'));
    assert.throws(() => runWrapped(new Uint8Array(16), new Uint8Array(16), [new Uint8Array(big)]), code('RESULT_TOO_LARGE'));
    // Just under: carried.
    assert.equal(runWrapped(new Uint8Array(16), new Uint8Array(randomBytes(big - 64))).stateKind, 'full');
  });

  it('detects a change of any byte of either ciphertext', () => {
    const run = runWrapped(glider, moved, outputs);
    for (const field of ['stateCiphertext', 'outputsCiphertext'] as const) {
      for (let i = 0; i < run.result[field].length; i++) {
        const altered = run.result[field].slice();
        altered[i] = altered[i]! ^ 0x04;
        assert.throws(() => open(run, { [field]: altered }), code('RECORD_CIPHERTEXT_MISMATCH'));
      }
    }
  });

  it('the AEAD catches a forged ciphertext whose hash was forged too, and one under another k', () => {
    const run = runWrapped(glider, moved, outputs);
    const keys = deriveSessionKeys(run.sessionSecret, run.sessionId);
    const encryption = { keys, round: 1n, roundKey: run.result.key };
    const altered = run.result.stateCiphertext.slice();
    altered[altered.length - 1] = altered[altered.length - 1]! ^ 1;
    assert.throws(() => decryptRoundPayload({ ...encryption, purpose: 'state' }, altered), code('DECRYPTION_FAILED'));
    // A state ciphertext presented as the outputs (or for another round) fails too: purpose and round are in the AAD.
    assert.throws(() => decryptRoundPayload({ ...encryption, purpose: 'outputs' }, run.result.stateCiphertext), code('DECRYPTION_FAILED'));
    assert.throws(() => decryptRoundPayload({ ...encryption, round: 2n, purpose: 'state' }, run.result.stateCiphertext), code('DECRYPTION_FAILED'));
    assert.throws(() => decryptRoundPayload({ ...encryption, roundKey: randomBytes(32), purpose: 'state' }, run.result.stateCiphertext), code('DECRYPTION_FAILED'));
  });

  it('is the layout docs/protocol.md gives, computed again with node:crypto (HKDF-SHA256, ChaCha20-Poly1305)', () => {
    const sessionSecret = randomBytes(32);
    const sessionId = randomBytes(32);
    const roundKey = randomBytes(32);
    const payload = randomBytes(100);
    const round = Buffer.alloc(8);
    round.writeBigUInt64BE(7n);
    // node:crypto's hkdfSync is Extract-then-Expand in one call; the two steps are taken from their definitions (RFC 5869 section 2.2, 2.3).
    const hmac = (key: Uint8Array, ...data: Uint8Array[]) => createHmac('sha256', key).update(Buffer.concat(data)).digest();
    const extract = (salt: Uint8Array, ikm: Uint8Array) => hmac(salt, ikm);
    const expand44 = (prk: Uint8Array, info: Uint8Array) => {
      const t1 = hmac(prk, info, Buffer.from([1]));
      return Buffer.concat([t1, hmac(prk, t1, info, Buffer.from([2]))]).subarray(0, 44);
    };
    const sessionSalt = Buffer.concat([Buffer.from('airtnt/session/v1'), sessionId]);
    // The session's PRK is what hkdfSync extracts too: the first 32 bytes of its output under an empty info are T(1) of the same PRK.
    const prk = extract(sessionSalt, sessionSecret);
    assert.deepEqual(Buffer.from(hkdfSync('sha256', sessionSecret, sessionSalt, Buffer.alloc(0), 32)), hmac(prk, Buffer.from([1])));
    const okm = expand44(extract(prk, roundKey), Buffer.concat([Buffer.from('airtnt/payload/v2'), sessionId, round, Buffer.from([PURPOSES.outputs])]));
    const aad = Buffer.concat([Buffer.from('airtnt/round-payload/v1'), sessionId, round, Buffer.from([PURPOSES.outputs])]);
    const cipher = createCipheriv('chacha20-poly1305', okm.subarray(0, 32), okm.subarray(32), { authTagLength: 16 });
    cipher.setAAD(aad, { plaintextLength: payload.length });
    const expected = Buffer.concat([cipher.update(payload), cipher.final(), cipher.getAuthTag()]);
    const ours = encryptRoundPayload({ keys: deriveSessionKeys(sessionSecret, sessionId), round: 7n, purpose: 'outputs', roundKey }, payload);
    assert.equal(Buffer.from(ours).toString('hex'), expected.toString('hex'));
    assert.equal(ours.length, payload.length + 16);
  });

  it('refuses a wrong key, a replay into another round or session, and a wrong previous state', () => {
    const run = runWrapped(glider, moved, outputs);
    assert.throws(() => open(run, { key: randomBytes(32) }), code('KEY_MISMATCH'));
    assert.throws(() => open(run, { round: 2n }), code('RECORD_WRONG_ROUND'));
    assert.throws(() => open(run, { sessionId: randomBytes(32) }), code('RECORD_WRONG_SESSION'));
    assert.throws(() => open(run, { previousState: moved }), code('RECORD_WRONG_INPUT_STATE'));
    const other = runWrapped(glider, moved, outputs);
    assert.throws(() => open(run, { sessionSecret: other.sessionSecret }), code('RECORD_WRONG_INPUT_STATE'));
  });

  it('k alone (public once the executor collects on-chain) does not decrypt the state or the outputs, nor does the session secret alone', () => {
    const secretOutput = new TextEncoder().encode('the requester\'s secret output, long enough to spot');
    const run = runWrapped(glider, moved, [secretOutput]);
    assert.equal(Buffer.from(run.result.outputsCiphertext).includes(Buffer.from(secretOutput)), false);
    const observer = deriveSessionKeys(randomBytes(32), run.sessionId); // k, without the session secret
    assert.throws(() => decryptRoundPayload({ keys: observer, round: 1n, roundKey: run.result.key, purpose: 'outputs' }, run.result.outputsCiphertext), code('DECRYPTION_FAILED'));
    const requester = deriveSessionKeys(run.sessionSecret, run.sessionId); // the session secret, before k is released
    assert.throws(() => decryptRoundPayload({ keys: requester, round: 1n, roundKey: randomBytes(32), purpose: 'outputs' }, run.result.outputsCiphertext), code('DECRYPTION_FAILED'));
    assert.deepEqual(decryptRoundPayload({ keys: requester, round: 1n, roundKey: run.result.key, purpose: 'outputs' }, run.result.outputsCiphertext).subarray(8), secretOutput);
  });

  it('state commitments are keyed: the same state commits differently in another session', () => {
    const a = stateCommitment(randomBytes(32), randomBytes(32), glider);
    const b = stateCommitment(randomBytes(32), randomBytes(32), glider);
    assert.notDeepEqual(a, b);
    assert.notDeepEqual(a, sha256(glider));
  });
});
