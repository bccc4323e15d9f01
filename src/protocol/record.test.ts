import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ed25519 } from '@noble/curves/ed25519.js';
import { keccak_256 } from '@noble/hashes/sha3.js';
import { generateNodeRecordSigner, NODE_PRIMITIVES } from '../crypto/node-primitives.js';
import { NOBLE_PRIMITIVES, nobleRecordSigner } from '../crypto/primitives.js';
import { concatBytes, fromHex, toHex } from '../util/bytes.js';
import { isAirtntError } from '../util/errors.js';
import {
  checkRoundRecord,
  decodeRecord,
  encodeRecord,
  RECORD_LENGTH,
  signRecord,
  verifyRecordSignature,
  type RoundRecord,
} from './record.js';

const secretKey = generateNodeRecordSigner();
const { publicKey } = secretKey;
const filled = (byte: number) => new Uint8Array(32).fill(byte);
const stateCiphertext = new Uint8Array([1, 2, 3]);
const outputsCiphertext = new Uint8Array([4, 5]);
/** Ed25519 group order L (RFC 8032, section 5.1). */
const ED25519_L = (1n << 252n) + 27742317777372353535851937790883648493n;

const record: RoundRecord = {
  version: 4,
  flags: 1,
  enclavePublicKey: publicKey,
  runtimeMeasurement: filled(1),
  functionMeasurement: filled(2),
  sessionId: filled(3),
  channelId: filled(4),
  round: 7n,
  cyclesAsked: 200n,
  cyclesDone: 150n,
  workUnits: 123_456_789n,
  inputStateCommitment: filled(5),
  stateCiphertextHash: keccak_256(stateCiphertext),
  outputsCiphertextHash: keccak_256(outputsCiphertext),
  keyHash: filled(9),
};

const expected = {
  enclavePublicKey: publicKey,
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
  it('encodes to 340 bytes at the documented offsets and decodes back', () => {
    const bytes = encodeRecord(record);
    assert.equal(bytes.length, RECORD_LENGTH);
    assert.equal(RECORD_LENGTH, 340);
    assert.equal(Buffer.from(bytes.subarray(0, 16)).toString('ascii'), 'airtnt/record/v4');
    assert.equal(Buffer.from(bytes.subarray(16, 18)).readUInt16BE(), 4);
    assert.deepEqual(bytes.subarray(20, 52), publicKey);
    assert.equal(Buffer.from(bytes.subarray(180, 188)).readBigUInt64BE(), 7n);
    assert.equal(Buffer.from(bytes.subarray(196, 204)).readBigUInt64BE(), 150n);
    assert.equal(Buffer.from(bytes.subarray(204, 212)).readBigUInt64BE(), 123_456_789n);
    assert.deepEqual(bytes.subarray(212, 244), filled(5));
    assert.deepEqual(bytes.subarray(308, 340), filled(9));
    assert.deepEqual(decodeRecord(bytes), record);
  });

  it('refuses a wrong length, tag, version or unknown flag', () => {
    const bytes = encodeRecord(record);
    assert.throws(() => decodeRecord(bytes.subarray(0, RECORD_LENGTH - 1)), code('RECORD_MALFORMED'));
    assert.throws(() => decodeRecord(concatBytes(bytes, new Uint8Array(1))), code('RECORD_MALFORMED'));
    const badTag = bytes.slice();
    badTag[0] = 0x41;
    assert.throws(() => decodeRecord(badTag), code('RECORD_MALFORMED'));
    const badVersion = bytes.slice();
    badVersion[17] = 1;
    assert.throws(() => decodeRecord(badVersion), code('RECORD_UNSUPPORTED_VERSION'));
    const badFlags = bytes.slice();
    badFlags[19] = 0x02;
    assert.throws(() => decodeRecord(badFlags), code('RECORD_MALFORMED'));
    assert.throws(() => encodeRecord({ ...record, round: -1n }), code('RECORD_MALFORMED'));
  });
});

describe('record signatures', () => {
  it('are 64-byte Ed25519 signatures over the record bytes (cross-checked with noble)', () => {
    const bytes = encodeRecord(record);
    const signature = signRecord(bytes, secretKey);
    assert.equal(signature.length, 64);
    assert.ok(ed25519.verify(signature, bytes, publicKey));
    verifyRecordSignature(bytes, signature, publicKey);
    verifyRecordSignature(bytes, signature, publicKey, NODE_PRIMITIVES);
  });

  it('are the same whether noble or node:crypto signs or checks them', () => {
    const bytes = encodeRecord(record);
    const noble = nobleRecordSigner(fromHex('0x9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60'));
    const bytesOfNoble = encodeRecord({ ...record, enclavePublicKey: noble.publicKey });
    for (const primitives of [NOBLE_PRIMITIVES, NODE_PRIMITIVES]) {
      verifyRecordSignature(bytes, signRecord(bytes, secretKey), publicKey, primitives);
      verifyRecordSignature(bytesOfNoble, signRecord(bytesOfNoble, noble), noble.publicKey, primitives);
      assert.throws(() => verifyRecordSignature(bytes, signRecord(bytes, secretKey), noble.publicKey, primitives), code('RECORD_BAD_SIGNATURE'));
    }
  });

  it('uses the RFC 8032 key and signature encodings (section 7.1, test 1)', () => {
    const seed = fromHex('0x9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60');
    const vectorPublicKey = fromHex('0xd75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a');
    const vectorSignature = fromHex('0xe5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b');
    const signer = nobleRecordSigner(seed);
    assert.deepEqual(signer.publicKey, vectorPublicKey);
    assert.deepEqual(signer.sign(new Uint8Array(0)), vectorSignature);
    verifyRecordSignature(new Uint8Array(0), vectorSignature, vectorPublicKey);
    verifyRecordSignature(new Uint8Array(0), vectorSignature, vectorPublicKey, NODE_PRIMITIVES);
  });

  it('refuses the S + L twin of a valid signature (no malleability), a wrong length, and a secp256k1-style key', () => {
    const bytes = encodeRecord(record);
    const signature = signRecord(bytes, secretKey);
    const s = BigInt(toHex(signature.slice(32, 64).reverse())) + ED25519_L;
    assert.ok(s < 1n << 256n);
    const twinS = fromHex(`0x${s.toString(16).padStart(64, '0')}`).reverse();
    for (const primitives of [NOBLE_PRIMITIVES, NODE_PRIMITIVES]) {
      assert.throws(() => verifyRecordSignature(bytes, concatBytes(signature.subarray(0, 32), twinS), publicKey, primitives), code('RECORD_BAD_SIGNATURE'), primitives.name);
    }
    assert.throws(() => verifyRecordSignature(bytes, concatBytes(signature, new Uint8Array([27])), publicKey), code('RECORD_BAD_SIGNATURE'));
    assert.throws(() => verifyRecordSignature(bytes, signature.subarray(0, 63), publicKey), code('RECORD_BAD_SIGNATURE'));
    assert.throws(() => verifyRecordSignature(bytes, signature, new Uint8Array(33).fill(2)));
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
      [{ enclavePublicKey: generateNodeRecordSigner().publicKey }, 'RECORD_BAD_SIGNATURE'],
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
