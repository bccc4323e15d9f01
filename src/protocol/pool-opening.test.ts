import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getAddress } from 'viem';
import { generateHpkeKeyPair } from '../crypto/hpke.js';
import { isAirtntError } from '../util/errors.js';
import { openPoolSessionOpening, poolOpeningSection, sealPoolSessionOpening, type PoolTerms } from './pool-opening.js';
import type { PoolOpening } from './pool-rules.js';
import { openSessionOpening } from './sealing.js';

const member = (fill: number) => ({ payee: `0x${fill.toString(16).padStart(2, '0').repeat(20)}` as const, enclavePublicKey: new Uint8Array(32).fill(fill), enclaveHpkeKey: new Uint8Array(32).fill(fill + 1) });
const pool: PoolOpening = { index: 1, ackCount: 1, members: [member(0x11), member(0x22), member(0x33)] };
const terms: PoolTerms = { requester: '0x00000000000000000000000000000000000000aA', domain: { chainId: 31337, verifyingContract: '0x00000000000000000000000000000000000000Bb' }, rate: (1n << 200n) + 7n };
const fields = { sessionId: new Uint8Array(32).fill(1), channelId: new Uint8Array(32).fill(2), functionMeasurement: new Uint8Array(32).fill(3), firstRound: 5n };
const keys = generateHpkeKeyPair();
const sessionSecret = new Uint8Array(32).fill(9);
const state = new Uint8Array([1, 2, 3, 4]);
const sealed = sealPoolSessionOpening({ ...fields, enclaveHpkePublicKey: keys.publicKey, sessionSecret, pool, terms, state });
const section = poolOpeningSection(pool, terms);
const open = (overrides: Partial<Parameters<typeof openPoolSessionOpening>[0]> = {}) =>
  openPoolSessionOpening({ ...fields, hpkeSecretKey: keys.secretKey, sealed, section, maxStateBytes: 1024, ...overrides });

describe('pool session opening', () => {
  it('round-trips the secret, the pool, the payment terms and the state', () => {
    const opened = open();
    assert.deepEqual(opened.sessionSecret, sessionSecret);
    assert.deepEqual(opened.state, state);
    assert.deepEqual(opened.pool, { ...pool, members: pool.members.map((m) => ({ ...m, payee: getAddress(m.payee) })) });
    assert.deepEqual(opened.terms, { ...terms, requester: getAddress(terms.requester), domain: { chainId: 31337, verifyingContract: getAddress(terms.domain.verifyingContract) } });
  });

  it('refuses a section changed by the host (another member index, requester or rate), and other fields', () => {
    for (const at of [2, 4 + 3 * 84, section.length - 1]) {
      const changed = section.slice();
      changed[at]! ^= 1;
      assert.throws(() => open({ section: changed }), (error) => isAirtntError(error, 'SESSION_OPENING_INVALID'), `byte ${at}`);
    }
    assert.throws(() => open({ firstRound: 6n }), (error) => isAirtntError(error, 'SESSION_OPENING_INVALID'));
    assert.throws(() => open({ section: new Uint8Array(3) }), (error) => isAirtntError(error, 'POOL_OPENING_MALFORMED'));
  });

  it('a pool opening does not open as a single executor\'s, so a host cannot drop the pool', () => {
    assert.throws(() => openSessionOpening({ ...fields, hpkeSecretKey: keys.secretKey, sealed, maxStateBytes: 1024 }), (error) => isAirtntError(error, 'SESSION_OPENING_INVALID'));
  });

  it('refuses a state above the bound', () => {
    assert.throws(() => open({ maxStateBytes: 3 }), (error) => isAirtntError(error, 'STATE_TOO_LARGE'));
  });
});
