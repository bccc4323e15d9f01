import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ed25519 } from '@noble/curves/ed25519.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { generateHpkeKeyPair } from '../crypto/hpke.js';
import { concatBytes, utf8 } from '../util/bytes.js';
import { isAirtntError } from '../util/errors.js';
import { decryptData, encryptData, encryptModule, generateOwnerKey } from './owner-data.js';
import { openOwnerReleases, ownersDigest, type OwnerOpening } from './owner-opening.js';
import {
  checkReleaseRequestToSign, encodeReleaseBinding, openRelease, openResultSecret, RELEASE_BINDING_BYTES, RELEASE_REQUEST_BYTES, releaseRequestStatement,
  REQUESTER_RECIPIENT, sealRelease, sealResultSecret, verifyReleaseRequest, type ReleaseBinding,
} from './release.js';

const code = (c: string) => (error: unknown) => isAirtntError(error, c);
const bytes = (n: number, fill: number) => new Uint8Array(n).fill(fill);

const enclave = generateHpkeKeyPair();
const recipient = generateHpkeKeyPair();
const module = utf8('\0asm pretend module bytes');
const functionMeasurement = sha256(module);
const binding: ReleaseBinding = {
  chainId: 31337n,
  channels: bytes(20, 1),
  channelId: bytes(32, 2),
  sessionId: bytes(32, 3),
  functionMeasurement,
  recipient: REQUESTER_RECIPIENT,
  role: 'code',
  policyHash: bytes(32, 5),
};

describe('owner releases (pure)', () => {
  it('binding layout: chainId(32) channels(20) channelId sessionId function recipient role(1) policyHash', () => {
    const encoded = encodeReleaseBinding(binding);
    assert.equal(encoded.length, RELEASE_BINDING_BYTES);
    assert.equal(encoded[31], 0x69); // 31337 = 0x7a69, big-endian
    assert.equal(encoded[30], 0x7a);
    assert.deepEqual(encoded.subarray(32, 52), binding.channels);
    assert.equal(encoded[180], 1);
    assert.deepEqual(encoded.subarray(181), binding.policyHash);
    assert.equal(releaseRequestStatement(binding, bytes(32, 9)).length, RELEASE_REQUEST_BYTES);
  });

  it('a sealed release opens for its binding only: every field, and another enclave, fail', () => {
    const key = generateOwnerKey();
    const sealed = sealRelease({ enclaveHpkePublicKey: enclave.publicKey, binding, release: { kind: 'codeKey', secret: key } });
    assert.deepEqual(openRelease({ hpkeSecretKey: enclave.secretKey, binding, sealed }).secret, key);
    const variants: Partial<ReleaseBinding>[] = [
      { chainId: 1n }, { channels: bytes(20, 7) }, { channelId: bytes(32, 7) }, { sessionId: bytes(32, 7) },
      { functionMeasurement: bytes(32, 7) }, { recipient: recipient.publicKey }, { role: 'data' }, { policyHash: bytes(32, 7) },
    ];
    for (const variant of variants) {
      assert.throws(() => openRelease({ hpkeSecretKey: enclave.secretKey, binding: { ...binding, ...variant }, sealed }), code('RELEASE_BINDING_MISMATCH'), JSON.stringify(Object.keys(variant)));
    }
    assert.throws(() => openRelease({ hpkeSecretKey: generateHpkeKeyPair().secretKey, binding, sealed }), code('RELEASE_BINDING_MISMATCH'));
  });

  it('refuses a secret of the wrong kind for the role, and a result secret for the requester', () => {
    assert.throws(() => sealRelease({ enclaveHpkePublicKey: enclave.publicKey, binding, release: { kind: 'dataKey', secret: bytes(32, 1) } }), code('RELEASE_MALFORMED'));
    assert.throws(() => sealRelease({ enclaveHpkePublicKey: enclave.publicKey, binding, release: { kind: 'codeKey', secret: bytes(31, 1) } }), code('RELEASE_MALFORMED'));
    assert.throws(() => sealRelease({ enclaveHpkePublicKey: enclave.publicKey, binding, release: { kind: 'codeKey', secret: bytes(32, 1), resultSecret: bytes(32, 2) } }), code('RELEASE_MALFORMED'));
  });

  it('the enclave signs only a release request naming its own key; the agent checks the signature', () => {
    const secretKey = bytes(32, 11);
    const publicKey = ed25519.getPublicKey(secretKey);
    const statement = releaseRequestStatement(binding, publicKey);
    checkReleaseRequestToSign(statement, publicKey);
    assert.throws(() => checkReleaseRequestToSign(releaseRequestStatement(binding, bytes(32, 4)), publicKey), code('RELEASE_REQUEST_MALFORMED'));
    assert.throws(() => checkReleaseRequestToSign(statement.subarray(1), publicKey), code('RELEASE_REQUEST_MALFORMED'));
    const signature = ed25519.sign(statement, secretKey);
    assert.equal(verifyReleaseRequest(binding, publicKey, signature), true);
    assert.equal(verifyReleaseRequest({ ...binding, sessionId: bytes(32, 8) }, publicKey, signature), false);
  });

  it('the result secret opens only for its recipient and binding', () => {
    const named = { ...binding, recipient: recipient.publicKey, role: 'data' as const };
    const sealed = sealResultSecret({ binding: named, resultSecret: bytes(32, 6) });
    assert.deepEqual(openResultSecret({ recipientSecretKey: recipient.secretKey, binding: named, sealed }), bytes(32, 6));
    assert.throws(() => openResultSecret({ recipientSecretKey: enclave.secretKey, binding: named, sealed }), code('RELEASE_BINDING_MISMATCH'));
    assert.throws(() => openResultSecret({ recipientSecretKey: recipient.secretKey, binding: { ...named, sessionId: bytes(32, 1) }, sealed }), code('RELEASE_BINDING_MISMATCH'));
  });
});

describe('owner releases in an opening (enclave side, pure)', () => {
  const codeKey = generateOwnerKey();
  const dataKey = generateOwnerKey();
  const data = utf8('the data owner\'s dataset');
  const named = { ...binding, recipient: recipient.publicKey };
  const owners = (resultSecrets: { code?: Uint8Array; data?: Uint8Array }, over: Partial<ReleaseBinding> = {}): OwnerOpening => ({
    chainId: named.chainId,
    channels: named.channels,
    recipient: named.recipient,
    encryptedModule: encryptModule(module, codeKey),
    releases: [
      { role: 'code', policyHash: bytes(32, 1), sealed: sealRelease({ enclaveHpkePublicKey: enclave.publicKey, binding: { ...named, ...over, role: 'code', policyHash: bytes(32, 1) }, release: { kind: 'codeKey', secret: codeKey, resultSecret: resultSecrets.code } }) },
      { role: 'data', policyHash: bytes(32, 2), sealed: sealRelease({ enclaveHpkePublicKey: enclave.publicKey, binding: { ...named, ...over, role: 'data', policyHash: bytes(32, 2) }, release: { kind: 'dataKey', secret: dataKey, resultSecret: resultSecrets.data } }) },
    ],
  });
  const open = (opening: OwnerOpening, state = encryptData(data, dataKey)) =>
    openOwnerReleases({ hpkeSecretKey: enclave.secretKey, sessionId: named.sessionId, channelId: named.channelId, functionMeasurement, owners: opening, state, maxStateBytes: 1 << 20 });

  it('decrypts the module and the data, and takes the recipient owner\'s result secret', () => {
    const opened = open(owners({ data: bytes(32, 9) }));
    assert.deepEqual(opened.module, module);
    assert.deepEqual(opened.state, data);
    assert.deepEqual(opened.resultSecret, bytes(32, 9));
    assert.deepEqual(decryptData(encryptData(data, dataKey), dataKey), data);
  });

  it('inline data becomes the state, and the requester\'s sealed state must then be empty', () => {
    const inline = utf8('small inline data');
    const opening: OwnerOpening = {
      chainId: binding.chainId, channels: binding.channels, recipient: REQUESTER_RECIPIENT,
      releases: [{ role: 'data', policyHash: bytes(32, 2), sealed: sealRelease({ enclaveHpkePublicKey: enclave.publicKey, binding: { ...binding, role: 'data', policyHash: bytes(32, 2) }, release: { kind: 'inlineData', secret: inline } }) }],
    };
    const openInline = (state: Uint8Array) => openOwnerReleases({ hpkeSecretKey: enclave.secretKey, sessionId: binding.sessionId, channelId: binding.channelId, functionMeasurement, owners: opening, state, maxStateBytes: 1 << 20 });
    assert.deepEqual(openInline(new Uint8Array(0)).state, inline);
    assert.throws(() => openInline(bytes(1, 0)), code('OWNER_OPENING_INVALID'));
  });

  it('refuses releases for another session, and two result secrets or none for a named recipient', () => {
    assert.throws(() => open(owners({ data: bytes(32, 9) }, { sessionId: bytes(32, 4) })), code('RELEASE_BINDING_MISMATCH'));
    assert.throws(() => open(owners({ code: bytes(32, 8), data: bytes(32, 9) })), code('RESULT_SECRET_MISSING'));
    assert.throws(() => open(owners({})), code('RESULT_SECRET_MISSING'));
  });

  it('refuses data under another key, and a module that is not the named function', () => {
    assert.throws(() => open(owners({ data: bytes(32, 9) }), encryptData(data, generateOwnerKey())), code('OWNER_CIPHERTEXT_INVALID'));
    assert.throws(() => open({ ...owners({ data: bytes(32, 9) }), encryptedModule: encryptModule(concatBytes(module, bytes(1, 0)), codeKey) }), code('OWNER_CIPHERTEXT_INVALID'));
  });

  it('the digest covers the recipient, every release and the module', () => {
    const base = owners({ data: bytes(32, 9) });
    const digest = ownersDigest(base);
    assert.notDeepEqual(ownersDigest({ ...base, recipient: REQUESTER_RECIPIENT }), digest);
    assert.notDeepEqual(ownersDigest({ ...base, releases: base.releases.slice(0, 1).concat([{ ...base.releases[1]!, sealed: bytes(80, 1) }]) }), digest);
    assert.notDeepEqual(ownersDigest({ ...base, encryptedModule: encryptModule(module, codeKey) }), digest);
    assert.throws(() => ownersDigest({ ...base, encryptedModule: undefined }), code('OWNER_OPENING_INVALID'));
  });
});
