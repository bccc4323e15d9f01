/**
 * airtnt/browser: the pure protocol core and the requester's side of a session, for browsers. The
 * package exports it as one ESM bundle (dist/browser/airtnt-protocol.js, built by
 * scripts/build-browser.mjs): no Node API, @noble for all cryptography (NOBLE_PRIMITIVES, the default
 * of every function that takes CryptoPrimitives). docs/library.md, "In a browser".
 *
 * A browser requester seals its session opening to the attested enclave (sealSessionOpening), checks
 * each result against the record it rebuilds (acceptResult: the enclave's Ed25519 signature), signs the
 * EIP-712 payment (signPayment), checks the released key (acceptKey) and opens the round
 * (openRoundResult). The socket, the store and the chain are the application's.
 */
export * from './protocol.js';
export { acceptKey, acceptResult, checkKey, newRequesterSession, paymentSent } from './protocol/requester-session.js';
export type { RequesterSessionState } from './protocol/requester-session.js';
export { ALL_DIFF_CODECS, BIT_DIFF_CODEC, LIFE_DIFF_CODEC } from './protocol/codecs.js';
export type { DiffCodec, DiffCodecs } from './protocol/payload.js';
export { DEFAULT_LIMITS, MAX_MODULE_BYTES } from './protocol/limits.js';
export type { RoundLimits } from './protocol/limits.js';
export { NOBLE_PRIMITIVES, nobleRecordSigner } from './crypto/primitives.js';
export type { ChaCha20Poly1305, CryptoPrimitives, Ed25519Verifier, RecordSigner } from './crypto/primitives.js';
export { generateHpkeKeyPair } from './crypto/hpke.js';
export { AirtntError, isAirtntError, isRemoteRefusal, RemoteRefusalError } from './util/errors.js';
export type { AirtntErrorCode } from './util/errors.js';
export { concatBytes, equalBytes, fromHex, toHex } from './util/bytes.js';
/** viem's local account (signPayment takes one): one bundle is then enough for a browser requester. */
export { privateKeyToAccount } from 'viem/accounts';
export type { Hex } from './util/bytes.js';
