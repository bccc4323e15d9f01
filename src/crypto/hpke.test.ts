import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fromHex, toHex, utf8 } from '../util/bytes.js';
import { isAirtntError } from '../util/errors.js';
import {
  deriveHpkeKeyPair,
  generateHpkeKeyPair,
  hpkeOpen,
  hpkeSeal,
  setupBaseRecipient,
  setupBaseSender,
} from './hpke.js';
import { NODE_PRIMITIVES } from './node-primitives.js';
import { NOBLE_PRIMITIVES, type CryptoPrimitives } from './primitives.js';

/** RFC 9180 Appendix A.2.1: DHKEM(X25519, HKDF-SHA256), HKDF-SHA256, ChaCha20Poly1305, mode_base. */
const A21 = {
  info: '4f6465206f6e2061204772656369616e2055726e',
  ikmE: '909a9b35d3dc4713a5e72a4da274b55d3d3821a37e5d099e74a647db583a904b',
  pkEm: '1afa08d3dec047a643885163f1180476fa7ddb54c6a8029ea33f95796bf2ac4a',
  skEm: 'f4ec9b33b792c372c1d2c2063507b684ef925b8c75a42dbcbf57d63ccd381600',
  ikmR: '1ac01f181fdf9f352797655161c58b75c656a6cc2716dcb66372da835542e1df',
  pkRm: '4310ee97d88cc1f088a5576c77ab0cf5c3ac797f3d95139c6c84b5429c59662a',
  skRm: '8057991eef8f1f1af18f4a9491d16a1ce333f695d4db8e38da75975c4478e0fb',
  pt: '4265617574792069732074727574682c20747275746820626561757479',
  /** A.2.1.1: sequence number -> [aad, ct]. */
  encryptions: [
    [0, '436f756e742d30', '1c5250d8034ec2b784ba2cfd69dbdb8af406cfe3ff938e131f0def8c8b60b4db21993c62ce81883d2dd1b51a28'],
    [1, '436f756e742d31', '6b53c051e4199c518de79594e1c4ab18b96f081549d45ce015be002090bb119e85285337cc95ba5f59992dc98c'],
    [2, '436f756e742d32', '71146bd6795ccc9c49ce25dda112a48f202ad220559502cef1f34271e0cb4b02b4f10ecac6f48c32f878fae86b'],
  ] as const,
  /** A.2.1.2: exporter_context -> value (L = 32). */
  exports: [
    ['', '4bbd6243b8bb54cec311fac9df81841b6fd61f56538a775e7c80a9f40160606e'],
    ['00', '8c1df14732580e5501b00f82b10a1647b40713191b7c1240ac80e2b68808ba69'],
    ['54657374436f6e74657874', '5acb09211139c43b3090489a9da433e8a30ee7188ba8b0a9a1ccf0c229283e53'],
  ] as const,
};

const hex = (value: string) => fromHex(value);
const bare = (bytes: Uint8Array) => toHex(bytes).slice(2);

for (const primitives of [NOBLE_PRIMITIVES, NODE_PRIMITIVES] as CryptoPrimitives[]) {
  describe(`HPKE against RFC 9180 A.2.1 (${primitives.name})`, () => {
    it('DeriveKeyPair reproduces the ephemeral and recipient key pairs', () => {
      const ephemeral = deriveHpkeKeyPair(hex(A21.ikmE), primitives);
      assert.equal(bare(ephemeral.secretKey), A21.skEm);
      assert.equal(bare(ephemeral.publicKey), A21.pkEm);
      const recipient = deriveHpkeKeyPair(hex(A21.ikmR), primitives);
      assert.equal(bare(recipient.secretKey), A21.skRm);
      assert.equal(bare(recipient.publicKey), A21.pkRm);
    });

    it('the sender context seals the published ciphertexts in sequence and exports the published values', () => {
      const { enc, context } = setupBaseSender(hex(A21.pkRm), hex(A21.info), { ephemeralIkm: hex(A21.ikmE), primitives });
      assert.equal(bare(enc), A21.pkEm);
      for (const [, aad, ct] of A21.encryptions) {
        assert.equal(bare(context.seal(hex(aad), hex(A21.pt))), ct);
      }
      for (const [exporterContext, value] of A21.exports) {
        assert.equal(bare(context.export(hex(exporterContext), 32)), value);
      }
    });

    it('the recipient context opens the published ciphertexts in sequence', () => {
      const context = setupBaseRecipient(hex(A21.pkEm), hex(A21.skRm), hex(A21.info), primitives);
      for (const [, aad, ct] of A21.encryptions) {
        assert.equal(bare(context.open(hex(aad), hex(ct))), A21.pt);
      }
    });

    it('a failed open does not advance the sequence', () => {
      const context = setupBaseRecipient(hex(A21.pkEm), hex(A21.skRm), hex(A21.info), primitives);
      const [, aad0, ct0] = A21.encryptions[0];
      const broken = hex(ct0);
      broken[3] = broken[3]! ^ 1;
      assert.throws(() => context.open(hex(aad0), broken), (e) => isAirtntError(e, 'HPKE_OPEN_FAILED'));
      assert.equal(bare(context.open(hex(aad0), hex(ct0))), A21.pt);
    });
  });

  describe(`single-shot hpkeSeal / hpkeOpen (${primitives.name})`, () => {
    const recipient = generateHpkeKeyPair(primitives);
    const info = utf8('airtnt test');
    const aad = utf8('bound');
    const plaintext = utf8('the state of the requester');

    it('round-trips', () => {
      const sealed = hpkeSeal(recipient.publicKey, info, aad, plaintext, primitives);
      assert.equal(sealed.length, 32 + plaintext.length + 16);
      assert.deepEqual(hpkeOpen(recipient.secretKey, info, aad, sealed, primitives), plaintext);
    });

    it('detects a change of any byte, of the aad, of the info, or of the recipient', () => {
      const sealed = hpkeSeal(recipient.publicKey, info, aad, plaintext, primitives);
      for (let i = 0; i < sealed.length; i++) {
        const altered = sealed.slice();
        altered[i] = altered[i]! ^ 0x80;
        assert.throws(() => hpkeOpen(recipient.secretKey, info, aad, altered, primitives), (e) => isAirtntError(e) && e.code.startsWith('HPKE_'));
      }
      assert.throws(() => hpkeOpen(recipient.secretKey, info, utf8('other'), sealed, primitives), (e) => isAirtntError(e, 'HPKE_OPEN_FAILED'));
      assert.throws(() => hpkeOpen(recipient.secretKey, utf8('other'), aad, sealed, primitives), (e) => isAirtntError(e, 'HPKE_OPEN_FAILED'));
      const stranger = generateHpkeKeyPair(primitives);
      assert.throws(() => hpkeOpen(stranger.secretKey, info, aad, sealed, primitives), (e) => isAirtntError(e, 'HPKE_OPEN_FAILED'));
    });

    it('refuses a low-order recipient key (all-zero shared secret, RFC 9180 section 7.1.4)', () => {
      assert.throws(() => hpkeSeal(new Uint8Array(32), info, aad, plaintext, primitives), (e) => isAirtntError(e, 'HPKE_BAD_PUBLIC_KEY'));
    });

    it('refuses truncated input', () => {
      assert.throws(() => hpkeOpen(recipient.secretKey, info, aad, new Uint8Array(47), primitives), (e) => isAirtntError(e, 'HPKE_OPEN_FAILED'));
    });
  });
}

describe('HPKE: noble and node:crypto primitives interoperate', () => {
  it('a message sealed with either set opens with the other', () => {
    const info = utf8('airtnt test');
    const recipient = generateHpkeKeyPair(NODE_PRIMITIVES);
    const fromNoble = hpkeSeal(recipient.publicKey, info, utf8('aad'), utf8('plain'), NOBLE_PRIMITIVES);
    const fromNode = hpkeSeal(recipient.publicKey, info, utf8('aad'), utf8('plain'), NODE_PRIMITIVES);
    assert.deepEqual(hpkeOpen(recipient.secretKey, info, utf8('aad'), fromNoble, NODE_PRIMITIVES), utf8('plain'));
    assert.deepEqual(hpkeOpen(recipient.secretKey, info, utf8('aad'), fromNode, NOBLE_PRIMITIVES), utf8('plain'));
  });
});
