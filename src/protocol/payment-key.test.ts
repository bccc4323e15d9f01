import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { generatePrivateKey, privateKeyToAccount } from 'viem/accounts';
import { fromHex, toHex, type Hex } from '../util/bytes.js';
import { isAirtntError } from '../util/errors.js';
import { isPaymentSignedBy, keyHashOf, paymentDigestBytes, recoverPaymentSignerKey, signPayment, type ChannelDomain, type PaymentTerms } from './payment.js';
import { isPaymentSignedByKey, PaymentSigners, PreparedKeyCache, prepareAfterPayments, preparePaymentKey, PREPARE_KEY_AFTER_PAYMENTS } from './payment-key.js';

const N = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n;
const domain: ChannelDomain = { chainId: 31337, verifyingContract: '0x5FbDB2315678afecb367f032d93F642f64180aa3' };

function termsOf(i: number): PaymentTerms {
  return { channelId: `0x${(i % 256).toString(16).padStart(2, '0').repeat(32)}`, amount: 1_000n + BigInt(i), keyHash: keyHashOf(new Uint8Array(32).fill(i % 256)) };
}

/** r || s || v with each part replaced where given. */
function withParts(signature: Hex, parts: { r?: bigint; s?: bigint; v?: number }): Hex {
  const bytes = fromHex(signature, 65);
  const word = (value: bigint) => fromHex(`0x${value.toString(16).padStart(64, '0')}`, 32);
  if (parts.r !== undefined) bytes.set(word(parts.r), 0);
  if (parts.s !== undefined) bytes.set(word(parts.s), 32);
  if (parts.v !== undefined) bytes[64] = parts.v;
  return toHex(bytes);
}

/** The signature's variants a hostile requester could send: each must be judged as noble's verify judges it. */
function variants(signature: Hex): Array<[string, Hex]> {
  const bytes = fromHex(signature, 65);
  const r = BigInt(toHex(bytes.subarray(0, 32)));
  const s = BigInt(toHex(bytes.subarray(32, 64)));
  const v = bytes[64]!;
  return [
    ['as signed', signature],
    ['v flipped', withParts(signature, { v: v === 27 ? 28 : 27 })],
    ['v as 0/1', withParts(signature, { v: v - 27 })],
    ['high-s twin', withParts(signature, { s: N - s, v: v === 27 ? 28 : 27 })],
    ['s + 1', withParts(signature, { s: s + 1n })],
    ['r + 1', withParts(signature, { r: r + 1n })],
    ['r + n', withParts(signature, { r: (r + N) % 2n ** 256n })],
    ['r = 0', withParts(signature, { r: 0n })],
    ['s = 0', withParts(signature, { s: 0n })],
    ['r = n', withParts(signature, { r: N })],
    ['last byte of s flipped', withParts(signature, { s: s ^ 1n })],
  ];
}

describe('isPaymentSignedByKey', () => {
  it('judges every signature exactly as isPaymentSignedBy (noble verify) does: signed, tampered, other terms, other keys', async () => {
    for (let i = 0; i < 24; i++) {
      const account = privateKeyToAccount(generatePrivateKey());
      const other = privateKeyToAccount(generatePrivateKey());
      const terms = termsOf(i);
      const signature = await signPayment(account, domain, terms);
      const { publicKey } = recoverPaymentSignerKey(domain, terms, signature);
      const prepared = preparePaymentKey(publicKey);
      const otherKey = recoverPaymentSignerKey(domain, terms, await signPayment(other, domain, terms)).publicKey;
      const preparedOther = preparePaymentKey(otherKey);
      for (const [name, candidate] of variants(signature)) {
        for (const [termsName, t] of [['same terms', terms], ['amount + 1', { ...terms, amount: terms.amount + 1n }]] as const) {
          const expected = isPaymentSignedBy(domain, t, candidate, publicKey);
          assert.equal(isPaymentSignedByKey(domain, t, candidate, prepared), expected, `${name}, ${termsName}, key ${i}`);
          assert.equal(isPaymentSignedByKey(domain, t, candidate, preparedOther), isPaymentSignedBy(domain, t, candidate, otherKey), `${name}, ${termsName}, other key ${i}`);
        }
      }
      assert.equal(isPaymentSignedByKey(domain, terms, signature, prepared), true, 'the signed payment is accepted');
      assert.equal(isPaymentSignedByKey(domain, terms, signature, preparedOther), false, 'not under another key');
      assert.equal(isPaymentSignedByKey(domain, { ...terms, amount: terms.amount + 1n }, signature, prepared), false, 'not for other terms');
    }
  });

  it('refuses malformed signatures without throwing', () => {
    const prepared = preparePaymentKey(secp256k1.getPublicKey(secp256k1.utils.randomSecretKey(), true));
    for (const bad of ['0x', '0x1234', `0x${'00'.repeat(65)}`, `0x${'ff'.repeat(65)}`, `0x${'zz'.repeat(65)}`] as Hex[]) {
      assert.equal(isPaymentSignedByKey(domain, termsOf(1), bad, prepared), false, bad);
    }
  });

  it('accepts compressed and uncompressed keys alike and refuses bytes that are not a point', async () => {
    const secret = secp256k1.utils.randomSecretKey();
    const account = privateKeyToAccount(toHex(secret));
    const signature = await signPayment(account, domain, termsOf(3));
    for (const compressed of [true, false]) {
      const prepared = preparePaymentKey(secp256k1.getPublicKey(secret, compressed));
      assert.equal(prepared.publicKey.length, 65);
      assert.equal(isPaymentSignedByKey(domain, termsOf(3), signature, prepared), true);
    }
    for (const bad of [new Uint8Array(65), new Uint8Array([4, ...new Uint8Array(64).fill(1)]), new Uint8Array(10)]) {
      assert.throws(() => preparePaymentKey(bad), (error) => isAirtntError(error) && error.code === 'INVALID_PAYMENT_SIGNATURE');
    }
  });
});

describe('PaymentSigners', () => {
  it('recovers the first payment, then checks against the key, prepared when the hook gives it; never names the requester for a tampered one', async () => {
    const requester = privateKeyToAccount(generatePrivateKey());
    const stranger = privateKeyToAccount(generatePrivateKey());
    const asked: number[] = [];
    const signers = new PaymentSigners(requester.address, (publicKey, checked) => {
      asked.push(checked);
      return checked >= 3 ? preparePaymentKey(publicKey) : undefined;
    });
    for (let i = 0; i < 6; i++) {
      const terms = termsOf(i);
      const digest = paymentDigestBytes(domain, terms);
      const signature = await signPayment(requester, domain, terms);
      const bytes = fromHex(signature, 65);
      const flipped = withParts(signature, { v: bytes[64] === 27 ? 28 : 27 });
      assert.notEqual(signers.signerOf(digest, flipped), requester.address, `round ${i}: v flipped`);
      assert.equal(signers.signerOf(digest, await signPayment(stranger, domain, terms)), stranger.address, `round ${i}: another signer is named`);
      assert.notEqual(signers.signerOf(paymentDigestBytes(domain, { ...terms, amount: terms.amount + 1n }), signature), requester.address, `round ${i}: other terms`);
      assert.equal(signers.signerOf(digest, signature), requester.address, `round ${i}: the requester's payment`);
      assert.equal(signers.signerOf(digest, `0x${'00'.repeat(65)}`), undefined, `round ${i}: nothing recovers`);
    }
    // Asked before each check against the known key until it gave one (the third), then never again.
    assert.deepEqual(asked, [1, 2, 3]);
  });

  it('by default prepares the key from the PREPARE_KEY_AFTER_PAYMENTS-th check on', () => {
    const publicKey = secp256k1.getPublicKey(secp256k1.utils.randomSecretKey(), false);
    assert.equal(prepareAfterPayments(publicKey, PREPARE_KEY_AFTER_PAYMENTS - 1), undefined);
    assert.deepEqual(prepareAfterPayments(publicKey, PREPARE_KEY_AFTER_PAYMENTS)?.publicKey, publicKey);
  });
});

describe('PreparedKeyCache', () => {
  it('prepares a key once a session checked enough payments, then serves it to any session from its first check; starts again past its limit', () => {
    const [a, b, c] = [0, 1, 2].map(() => secp256k1.getPublicKey(secp256k1.utils.randomSecretKey(), false)) as [Uint8Array, Uint8Array, Uint8Array];
    const cache = new PreparedKeyCache(2);
    assert.equal(cache.prepare(a, PREPARE_KEY_AFTER_PAYMENTS - 1), undefined, 'not before the session has checked enough');
    const prepared = cache.prepare(a, PREPARE_KEY_AFTER_PAYMENTS);
    assert.deepEqual(prepared?.publicKey, a);
    assert.equal(cache.prepare(a, 1), prepared, "another session's first check gets the same prepared key");
    assert.equal(cache.prepare(b, 1), undefined, 'another key is not prepared early');
    assert.ok(cache.prepare(b, PREPARE_KEY_AFTER_PAYMENTS) !== undefined);
    assert.equal(cache.prepare(a, 1), prepared, 'both fit');
    assert.ok(cache.prepare(c, PREPARE_KEY_AFTER_PAYMENTS) !== undefined, 'a third key clears the cache');
    assert.equal(cache.prepare(a, 1), undefined, 'the first is prepared again only once a session reaches the threshold');
  });
});
