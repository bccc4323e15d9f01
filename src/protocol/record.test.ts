import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { keccak_256 } from '@noble/hashes/sha3.js';
import { recoverAddress } from 'viem';
import { concatBytes, toHex } from '../util/bytes.js';
import { isAirtntError } from '../util/errors.js';
import {
  addressOfPublicKey,
  checkRoundRecord,
  decodeRecord,
  encodeRecord,
  RECORD_LENGTH,
  recordDigest,
  recoverRecordSigner,
  signRecord,
  type RoundRecord,
} from './record.js';

const secretKey = secp256k1.utils.randomSecretKey();
const address = addressOfPublicKey(secp256k1.getPublicKey(secretKey));
const filled = (byte: number) => new Uint8Array(32).fill(byte);
const stateCiphertext = new Uint8Array([1, 2, 3]);
const outputsCiphertext = new Uint8Array([4, 5]);

const record: RoundRecord = {
  version: 1,
  flags: 1,
  enclaveAddress: address,
  runtimeMeasurement: filled(1),
  functionMeasurement: filled(2),
  sessionId: filled(3),
  channelId: filled(4),
  round: 7n,
  cyclesAsked: 200n,
  cyclesDone: 150n,
  inputStateCommitment: filled(5),
  outputStateCommitment: filled(6),
  stateCiphertextHash: keccak_256(stateCiphertext),
  outputsCiphertextHash: keccak_256(outputsCiphertext),
  keyHash: filled(9),
};

const expected = {
  enclaveAddress: address,
  functionMeasurement: filled(2),
  sessionId: filled(3),
  channelId: filled(4),
  round: 7n,
  inputStateCommitment: filled(5),
  cyclesAsked: 200,
  stateCiphertext,
  outputsCiphertext,
};

const code = (c: string) => (error: unknown) => isAirtntError(error, c);

describe('round record layout', () => {
  it('encodes to 352 bytes at the documented offsets and decodes back', () => {
    const bytes = encodeRecord(record);
    assert.equal(bytes.length, RECORD_LENGTH);
    assert.equal(Buffer.from(bytes.subarray(0, 16)).toString('ascii'), 'airtnt/record/v1');
    assert.equal(toHex(bytes.subarray(20, 40)), address.toLowerCase());
    assert.equal(Buffer.from(bytes.subarray(168, 176)).readBigUInt64BE(), 7n);
    assert.deepEqual(bytes.subarray(320, 352), filled(9));
    assert.deepEqual(decodeRecord(bytes), record);
  });

  it('refuses a wrong length, tag, version or unknown flag', () => {
    const bytes = encodeRecord(record);
    assert.throws(() => decodeRecord(bytes.subarray(0, 351)), code('RECORD_MALFORMED'));
    assert.throws(() => decodeRecord(concatBytes(bytes, new Uint8Array(1))), code('RECORD_MALFORMED'));
    const badTag = bytes.slice();
    badTag[0] = 0x41;
    assert.throws(() => decodeRecord(badTag), code('RECORD_MALFORMED'));
    const badVersion = bytes.slice();
    badVersion[17] = 2;
    assert.throws(() => decodeRecord(badVersion), code('RECORD_UNSUPPORTED_VERSION'));
    const badFlags = bytes.slice();
    badFlags[19] = 0x02;
    assert.throws(() => decodeRecord(badFlags), code('RECORD_MALFORMED'));
    assert.throws(() => encodeRecord({ ...record, round: -1n }), code('RECORD_MALFORMED'));
  });
});

describe('record signatures', () => {
  it('are r || s || v, low-s, and recover to the enclave address (cross-checked with viem)', async () => {
    const bytes = encodeRecord(record);
    const signature = signRecord(bytes, secretKey);
    assert.equal(signature.length, 65);
    assert.ok(signature[64] === 27 || signature[64] === 28);
    assert.ok(BigInt(toHex(signature.subarray(32, 64))) <= secp256k1.Point.CURVE().n / 2n);
    assert.equal(recoverRecordSigner(bytes, signature), address);
    assert.equal(await recoverAddress({ hash: toHex(recordDigest(bytes)), signature: toHex(signature) }), address);
  });

  it('refuses the high-s twin of a valid signature and a bad v', () => {
    const bytes = encodeRecord(record);
    const signature = signRecord(bytes, secretKey);
    const n = secp256k1.Point.CURVE().n;
    const highS = n - BigInt(toHex(signature.subarray(32, 64)));
    const twin = concatBytes(signature.subarray(0, 32), Buffer.from(highS.toString(16).padStart(64, '0'), 'hex'), new Uint8Array([signature[64] === 27 ? 28 : 27]));
    assert.throws(() => recoverRecordSigner(bytes, twin), code('RECORD_BAD_SIGNATURE'));
    const badV = signature.slice();
    badV[64] = 1;
    assert.throws(() => recoverRecordSigner(bytes, badV), code('RECORD_BAD_SIGNATURE'));
    assert.throws(() => recoverRecordSigner(bytes, signature.subarray(0, 64)), code('RECORD_BAD_SIGNATURE'));
  });

  it('checkRoundRecord accepts the genuine record', () => {
    const bytes = encodeRecord(record);
    const decoded = checkRoundRecord(bytes, signRecord(bytes, secretKey), expected);
    assert.equal(decoded.cyclesDone, 150n);
  });

  it('detects a change of any single byte of the record or of its signature', () => {
    const bytes = encodeRecord(record);
    const signature = signRecord(bytes, secretKey);
    for (let i = 0; i < bytes.length; i++) {
      const altered = bytes.slice();
      altered[i] = altered[i]! ^ 0x01;
      assert.throws(() => checkRoundRecord(altered, signature, expected), (error) => isAirtntError(error) && error.code.startsWith('RECORD_'), `byte ${i}`);
    }
    for (let i = 0; i < 64; i++) {
      const altered = signature.slice();
      altered[i] = altered[i]! ^ 0x01;
      assert.throws(() => checkRoundRecord(bytes, altered, expected), code('RECORD_BAD_SIGNATURE'), `signature byte ${i}`);
    }
  });

  it('names what does not match: replays into another session, round, channel, function, state or ciphertext', () => {
    const bytes = encodeRecord(record);
    const signature = signRecord(bytes, secretKey);
    const cases: [Partial<typeof expected>, string][] = [
      [{ sessionId: filled(33) }, 'RECORD_WRONG_SESSION'],
      [{ round: 8n }, 'RECORD_WRONG_ROUND'],
      [{ channelId: filled(44) }, 'RECORD_WRONG_CHANNEL'],
      [{ functionMeasurement: filled(22) }, 'RECORD_WRONG_FUNCTION'],
      [{ inputStateCommitment: filled(55) }, 'RECORD_WRONG_INPUT_STATE'],
      [{ cyclesAsked: 201 }, 'RECORD_WRONG_CYCLES'],
      [{ stateCiphertext: new Uint8Array([1, 2, 4]) }, 'RECORD_CIPHERTEXT_MISMATCH'],
      [{ outputsCiphertext: new Uint8Array([4]) }, 'RECORD_CIPHERTEXT_MISMATCH'],
      [{ enclaveAddress: addressOfPublicKey(secp256k1.getPublicKey(secp256k1.utils.randomSecretKey())) }, 'RECORD_BAD_SIGNATURE'],
    ];
    for (const [change, expectedCode] of cases) {
      assert.throws(() => checkRoundRecord(bytes, signature, { ...expected, ...change }), code(expectedCode), expectedCode);
    }
  });

  it('refuses a record claiming more cycles done than asked', () => {
    const bytes = encodeRecord({ ...record, cyclesDone: 201n });
    assert.throws(() => checkRoundRecord(bytes, signRecord(bytes, secretKey), expected), code('RECORD_WRONG_CYCLES'));
  });
});
