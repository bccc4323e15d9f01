import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { keccak_256 } from '@noble/hashes/sha3.js';
import { privateKeyToAccount } from 'viem/accounts';
import { concatBytes, fromHex, toHex, utf8 } from '../util/bytes.js';
import { isAirtntError } from '../util/errors.js';
import {
  checkSignature,
  keyHashOf,
  paymentDigest,
  paymentDigestViem,
  paymentTermsSchema,
  paymentTypedData,
  isPaymentSignedBy,
  recoverPaymentSigner,
  recoverPaymentSignerKey,
  signPayment,
  type ChannelDomain,
  type PaymentTerms,
} from './payment.js';

// anvil's first development key (public knowledge; never holds real money).
const account = privateKeyToAccount('0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80');
const domain: ChannelDomain = { chainId: 31337, verifyingContract: '0x5FbDB2315678afecb367f032d93F642f64180aa3' };
const key = new Uint8Array(32).fill(7);
const terms: PaymentTerms = { channelId: `0x${'ab'.repeat(32)}`, amount: 123_456n, keyHash: keyHashOf(key) };
const N = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n;

/** The EIP-712 digest computed by hand from the spec, independently of viem's hashTypedData. */
function digestByHand(d: ChannelDomain, t: PaymentTerms): string {
  const word = (value: bigint): Uint8Array => fromHex(value.toString(16).padStart(64, '0'), 32);
  const typeHash = keccak_256(utf8('EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)'));
  const domainSeparator = keccak_256(
    concatBytes(typeHash, keccak_256(utf8('Airtnt')), keccak_256(utf8('1')), word(BigInt(d.chainId)), word(BigInt(d.verifyingContract))),
  );
  const paymentType = keccak_256(utf8('Payment(bytes32 channelId,uint256 amount,bytes32 keyHash)'));
  const structHash = keccak_256(concatBytes(paymentType, fromHex(t.channelId, 32), word(t.amount), fromHex(t.keyHash, 32)));
  return toHex(keccak_256(concatBytes(new Uint8Array([0x19, 0x01]), domainSeparator, structHash)));
}

/** The malleable twin of a signature: s' = n - s with the other recovery id. */
function highS(signature: `0x${string}`): `0x${string}` {
  const s = BigInt(`0x${signature.slice(66, 130)}`);
  const v = parseInt(signature.slice(130), 16);
  return `${signature.slice(0, 66)}${(N - s).toString(16).padStart(64, '0')}${(v === 27 ? 28 : 27).toString(16)}` as `0x${string}`;
}

describe('payment typed data', () => {
  it('hashes the key with keccak256 and refuses keys that are not 32 bytes', () => {
    assert.equal(keyHashOf(new Uint8Array(32)), '0x290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e563');
    assert.throws(() => keyHashOf(new Uint8Array(31)), (e) => isAirtntError(e, 'INVALID_LENGTH'));
  });

  it('computes the digest the EIP-712 spec defines', () => {
    assert.equal(paymentDigest(domain, terms), digestByHand(domain, terms));
    assert.notEqual(paymentDigest({ ...domain, chainId: 1 }, terms), paymentDigest(domain, terms));
    assert.notEqual(paymentDigest(domain, { ...terms, amount: terms.amount + 1n }), paymentDigest(domain, terms));
  });

  it('computes the same digest as viem and as signTypedData, for every domain and amount (cached separators)', async () => {
    const other: ChannelDomain = { chainId: 5, verifyingContract: '0x000000000000000000000000000000000000dEaD' };
    for (const d of [domain, other, domain]) {
      for (const amount of [0n, 1n, terms.amount, (1n << 96n) - 1n]) {
        assert.equal(paymentDigest(d, { ...terms, amount }), paymentDigestViem(d, { ...terms, amount }));
      }
    }
    const viaTypedData = await account.signTypedData(paymentTypedData(domain, terms));
    assert.equal(await signPayment(account, domain, terms), viaTypedData);
    assert.throws(() => paymentDigest({ ...domain, chainId: 0 }, terms), (e) => isAirtntError(e, 'INVALID_PAYMENT_DOMAIN'));
    assert.throws(() => paymentDigest(domain, { ...terms, amount: 1n << 96n }), (e) => isAirtntError(e, 'INVALID_PAYMENT_TERMS'));
  });

  it('signs with low s and v in {27, 28}, and recovers the signer', async () => {
    const signature = await signPayment(account, domain, terms);
    checkSignature(signature);
    assert.equal(await recoverPaymentSigner(domain, terms, signature), account.address);
    const other = await recoverPaymentSigner(domain, { ...terms, keyHash: keyHashOf(new Uint8Array(32)) }, signature);
    assert.notEqual(other, account.address);
  });

  it('checks against a known public key exactly as recovery would (v, low s, terms, signer)', async () => {
    const signature = await signPayment(account, domain, terms);
    const { signer, publicKey } = recoverPaymentSignerKey(domain, terms, signature);
    assert.equal(signer, account.address);
    assert.equal(isPaymentSignedBy(domain, terms, signature, publicKey), true);
    const v = Number.parseInt(signature.slice(130), 16);
    const flippedV = `${signature.slice(0, 130)}${(v === 27 ? 28 : 27).toString(16)}` as `0x${string}`;
    const stranger = privateKeyToAccount(`0x${'11'.repeat(32)}`);
    const strangerKey = recoverPaymentSignerKey(domain, terms, await signPayment(stranger, domain, terms)).publicKey;
    const refused: [string, boolean][] = [
      ['flipped v', isPaymentSignedBy(domain, terms, flippedV, publicKey)],
      ['high s', isPaymentSignedBy(domain, terms, highS(signature), publicKey)],
      ['other amount', isPaymentSignedBy(domain, { ...terms, amount: terms.amount + 1n }, signature, publicKey)],
      ['other domain', isPaymentSignedBy({ ...domain, chainId: 1 }, terms, signature, publicKey)],
      ['other key', isPaymentSignedBy(domain, terms, signature, strangerKey)],
      ['zero r', isPaymentSignedBy(domain, terms, `0x${'00'.repeat(32)}${signature.slice(66)}`, publicKey)],
    ];
    for (const [name, accepted] of refused) assert.equal(accepted, false, name);
    // Recovery agrees on every case above: none of them recovers to the account.
    for (const bad of [flippedV, highS(signature)]) {
      const recovered = await recoverPaymentSigner(domain, terms, bad).catch(() => undefined);
      assert.notEqual(recovered, account.address);
    }
  });

  it('refuses the high-s twin of a valid signature', async () => {
    const signature = await signPayment(account, domain, terms);
    await assert.rejects(recoverPaymentSigner(domain, terms, highS(signature)), (e) =>
      isAirtntError(e, 'INVALID_PAYMENT_SIGNATURE') && /high-s/.test(e.message),
    );
  });

  it('refuses malformed signatures', async () => {
    const signature = await signPayment(account, domain, terms);
    const cases = [signature.slice(0, 130), `${signature.slice(0, 130)}00`, `${signature.slice(0, 130)}01`, `0x${'00'.repeat(64)}1b`];
    for (const bad of cases) {
      await assert.rejects(recoverPaymentSigner(domain, terms, bad as `0x${string}`), (e) => isAirtntError(e, 'INVALID_PAYMENT_SIGNATURE'));
    }
  });

  it('refuses terms and domains the contract could never honour', () => {
    assert.throws(() => paymentTypedData(domain, { ...terms, amount: 1n << 96n }), (e) => isAirtntError(e, 'INVALID_PAYMENT_TERMS'));
    assert.throws(() => paymentTypedData(domain, { ...terms, amount: -1n }), (e) => isAirtntError(e, 'INVALID_PAYMENT_TERMS'));
    assert.throws(() => paymentTypedData(domain, { ...terms, channelId: '0x1234' }), (e) => isAirtntError(e, 'INVALID_PAYMENT_TERMS'));
    assert.throws(() => paymentTypedData({ ...domain, chainId: 0 }, terms), (e) => isAirtntError(e, 'INVALID_PAYMENT_DOMAIN'));
    assert.throws(
      () => paymentTypedData({ ...domain, verifyingContract: '0x0000000000000000000000000000000000000000' }, terms),
      (e) => isAirtntError(e, 'INVALID_PAYMENT_DOMAIN'),
    );
  });

  it('parses wire terms with decimal amounts and refuses oversized ones', () => {
    const parsed = paymentTermsSchema.parse({ ...terms, amount: '123456' });
    assert.equal(parsed.amount, 123_456n);
    assert.equal(paymentTermsSchema.safeParse({ ...terms, amount: '1'.repeat(31) }).success, false);
    assert.equal(paymentTermsSchema.safeParse({ ...terms, keyHash: '0x12' }).success, false);
  });
});
