/**
 * A pool session's sealed opening (docs/protocol.md, "Opening a pool session"): the same HPKE sealing
 * as a single executor's, with the pool and the requester's payment terms between the session secret
 * and the state, bound into the aad by their hash, so every member's enclave learns the members' keys
 * and who pays from the requester itself, never from a host:
 *
 *   plaintext = sessionSecret(32) || pool || terms(80) || state
 *   pool      = pool-rules.ts encodePoolOpening (4 + 84 n bytes)
 *   terms     = requester(20) || chainId(8) || verifyingContract(20) || rate(32)
 *               (whose PoolPayments a member accepts, and what a round must add to its member's amount)
 *   aad       = the single executor's aad (sealing.ts) || keccak256(pool || terms)(32)
 *
 * The host hands the enclave `pool || terms` in the clear too (it is public); the aad binds it.
 *
 * Pure: HPKE from src/crypto.
 */
import { keccak_256 } from '@noble/hashes/sha3.js';
import type { Address } from 'viem';
import { getAddress } from '../util/evm.js';
import { hpkeOpen, hpkeSeal, type HpkePrimitives } from '../crypto/hpke.js';
import { SESSION_SECRET_LENGTH } from '../crypto/round-encryption.js';
import { assertLength, concatBytes, equalBytes, fromHex, toHex, u64be } from '../util/bytes.js';
import { AirtntError } from '../util/errors.js';
import type { ChannelDomain } from './payment.js';
import { decodePoolOpening, encodePoolOpening, type PoolOpening } from './pool-rules.js';
import { SESSION_OPENING_INFO, sessionOpeningAad, type SessionOpeningFields } from './sealing.js';

const TERMS_BYTES = 20 + 8 + 20 + 32;
const MEMBER_BYTES = 84;

/**
 * Who pays the pool's members: PoolPayments are accepted only when they recover to `requester` under
 * `domain`, and release a key only when they add at least roundPrice(rate, ...) for that round.
 */
export type PoolTerms = { requester: Address; domain: ChannelDomain; rate: bigint };

function encodeTerms(terms: PoolTerms): Uint8Array {
  if (terms.rate < 0n || terms.rate >= 1n << 256n) throw new AirtntError('POOL_OPENING_MALFORMED', `pool opening refused: rate ${terms.rate} is not a uint256`, { details: { rate: terms.rate } });
  return concatBytes(fromHex(terms.requester, 20, 'requester'), u64be(terms.domain.chainId), fromHex(terms.domain.verifyingContract, 20, 'verifyingContract'), fromHex(`0x${terms.rate.toString(16).padStart(64, '0')}`, 32, 'rate'));
}

function decodeTerms(bytes: Uint8Array): PoolTerms {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const chainId = view.getBigUint64(20);
  if (chainId > BigInt(Number.MAX_SAFE_INTEGER)) throw new AirtntError('POOL_OPENING_MALFORMED', `pool opening refused: chain id ${chainId} is too large`, { details: { chainId } });
  return { requester: getAddress(toHex(bytes.subarray(0, 20))), domain: { chainId: Number(chainId), verifyingContract: getAddress(toHex(bytes.subarray(28, 48))) }, rate: BigInt(toHex(bytes.subarray(48, 80))) };
}

const poolAad = (fields: SessionOpeningFields, section: Uint8Array): Uint8Array => concatBytes(sessionOpeningAad(fields), keccak_256(section));

/** Requester side: one member's opening (the pool's `index` names that member). */
export function sealPoolSessionOpening(
  params: SessionOpeningFields & { enclaveHpkePublicKey: Uint8Array; sessionSecret: Uint8Array; pool: PoolOpening; terms: PoolTerms; state: Uint8Array; primitives?: HpkePrimitives },
): Uint8Array {
  assertLength(params.sessionSecret, SESSION_SECRET_LENGTH, 'sessionSecret');
  const section = poolOpeningSection(params.pool, params.terms);
  return hpkeSeal(params.enclaveHpkePublicKey, SESSION_OPENING_INFO, poolAad(params, section), concatBytes(params.sessionSecret, section, params.state), params.primitives);
}

/** The public section the host passes along with a pool opening (it comes in the clear in the `open` frame). */
export function poolOpeningSection(pool: PoolOpening, terms: PoolTerms): Uint8Array {
  return concatBytes(encodePoolOpening(pool), encodeTerms(terms));
}

const AGREEMENT_TAG = new TextEncoder().encode('airtnt/pool-agreement/v1');

/**
 * What every member of one pool must have been sealed alike: keccak256("airtnt/pool-agreement/v1" ||
 * the pool section with the member's own index set to 0 || terms || channelId(32) ||
 * functionMeasurement(32) || firstRound(8)). The requester seals each member its own opening; the
 * view-0 executor's enclave signs this with the pool key it hands each standby, and a standby's enclave
 * takes the key only if it is its own (pool-sealing.ts), so no requester can price the executor's rounds
 * at one rate to it and at a lower one (or for other payees, or on another channel, whose payments the
 * executor could never collect) to the standbys that release its keys.
 */
export function poolAgreement(pool: PoolOpening, terms: PoolTerms, session: { channelId: Uint8Array; functionMeasurement: Uint8Array; firstRound: bigint }): Uint8Array {
  return keccak_256(concatBytes(
    AGREEMENT_TAG,
    poolOpeningSection({ ...pool, index: 0 }, terms),
    assertLength(session.channelId, 32, 'channelId'),
    assertLength(session.functionMeasurement, 32, 'functionMeasurement'),
    u64be(session.firstRound),
  ));
}

/**
 * Enclave side: the inverse. The host passes the section it was given (public: member keys and
 * payees are attested and on-chain anyway); its hash is in the aad and it is repeated in the sealed
 * plaintext, so a host that changes a byte of it gets SESSION_OPENING_INVALID.
 */
export function openPoolSessionOpening(
  params: SessionOpeningFields & { hpkeSecretKey: Uint8Array; sealed: Uint8Array; section: Uint8Array; maxStateBytes: number; primitives?: HpkePrimitives },
): { sessionSecret: Uint8Array; pool: PoolOpening; terms: PoolTerms; state: Uint8Array } {
  const section = params.section;
  if (section.length < TERMS_BYTES + 4 || section.length > TERMS_BYTES + 4 + 8 * MEMBER_BYTES) {
    throw new AirtntError('POOL_OPENING_MALFORMED', `pool opening refused: a section of ${section.length} bytes`, { details: { size: section.length } });
  }
  let plaintext: Uint8Array;
  try {
    plaintext = hpkeOpen(params.hpkeSecretKey, SESSION_OPENING_INFO, poolAad(params, section), params.sealed, params.primitives);
  } catch (cause) {
    throw new AirtntError('SESSION_OPENING_INVALID', 'the sealed pool session cannot be opened by this enclave', {
      cause,
      hint: 'seal it to this enclave\'s attested HPKE key, with the same sessionId, channelId, functionMeasurement, firstRound and pool',
    });
  }
  const end = SESSION_SECRET_LENGTH + section.length;
  if (plaintext.length < end || !equalBytes(plaintext.subarray(SESSION_SECRET_LENGTH, end), section)) {
    throw new AirtntError('SESSION_OPENING_INVALID', 'the sealed pool session does not repeat the pool it was opened with');
  }
  const pool = decodePoolOpening(section.subarray(0, section.length - TERMS_BYTES));
  const terms = decodeTerms(section.subarray(section.length - TERMS_BYTES));
  const state = plaintext.slice(end);
  if (state.length > params.maxStateBytes) {
    throw new AirtntError('STATE_TOO_LARGE', 'the initial state is larger than this enclave accepts', { details: { length: state.length, maxStateBytes: params.maxStateBytes } });
  }
  return { sessionSecret: plaintext.slice(0, SESSION_SECRET_LENGTH), pool, terms, state };
}

/**
 * The host's reading of the public section of a pool `open` (the same bytes the enclave checks against
 * its sealed copy): the pool and the terms, so the host can check the channel and the opening's signer
 * before it hands anything to the enclave. POOL_OPENING_MALFORMED for a section of no valid shape.
 */
export function decodePoolOpeningSection(section: Uint8Array): { pool: PoolOpening; terms: PoolTerms } {
  if (section.length < TERMS_BYTES + 4 || section.length > TERMS_BYTES + 4 + 8 * MEMBER_BYTES) {
    throw new AirtntError('POOL_OPENING_MALFORMED', `pool opening refused: a section of ${section.length} bytes`, { details: { size: section.length } });
  }
  return { pool: decodePoolOpening(section.subarray(0, section.length - TERMS_BYTES)), terms: decodeTerms(section.subarray(section.length - TERMS_BYTES)) };
}
