/**
 * The independent selection check (test-helpers/independent-selection.ts, no code shared with src/vrf/)
 * against the RFC 9381 vectors, against proofs made by src/vrf/ecvrf.ts, and against the ranking of
 * src/vrf/selection.ts on random candidates: two implementations that must agree.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { getAddress, keccak256, toHex as viemToHex } from 'viem';
import { toHex } from '../util/bytes.js';
import { prove, vrfPublicKey } from '../vrf/ecvrf.js';
import { rankCandidates, taskSeed } from '../vrf/selection.js';
import type { SelectionDocument } from './select-executor.js';
import { taskIdOf, type SelectionFilter } from './task-commitment.js';
import { verifySelectionDocument } from './verify-selection.js';
import { checkSelectionIndependently, ecvrfVerify } from './test-helpers/independent-selection.js';

type Vector = { name: string; pk: string; alpha: string; pi: string; beta: string };
const vectors = JSON.parse(
  readFileSync(new URL('../../../shared/attestation/ecvrf/rfc9381_ecvrf_edwards25519_sha512_tai.json', import.meta.url), 'utf8'),
) as Vector[];
const bytes = (hex: string) => Uint8Array.from(Buffer.from(hex, 'hex'));

function documentOf(epochSeed: Uint8Array, salt: Uint8Array, secrets: Uint8Array[], stakes: bigint[], ticket: bigint, filter: SelectionFilter = { teeKinds: null, minStake: ticket.toString() }): SelectionDocument {
  const requester = getAddress(viemToHex(randomBytes(20)));
  const taskId = bytes(taskIdOf(requester, 4n, toHex(salt), filter).slice(2));
  const seed = taskSeed(epochSeed, taskId);
  const candidates = secrets.map((secret, i) => ({ id: getAddress(viemToHex(randomBytes(20))), vrfKey: vrfPublicKey(secret), stake: stakes[i]!, proof: prove(secret, seed) }));
  const ranked = rankCandidates(seed, candidates, { ticket });
  return {
    version: 'airtnt-selection/2', chainId: 31337, registry: getAddress(viemToHex(randomBytes(20))), requester,
    epoch: '4', epochSeed: toHex(epochSeed), reveals: '3', taskId: toHex(taskId), salt: toHex(salt), seed: toHex(seed), ticket: ticket.toString(), maxTickets: '1024', filter,
    candidates: ranked.map((r) => ({ node: r.id as `0x${string}`, endpoint: 'http://127.0.0.1:1', vrfKey: toHex(r.vrfKey), stake: r.stake.toString(), proof: toHex(r.proof), beta: toHex(r.beta), u: r.u.toString(), weight: r.weight.toString() })),
    ranking: ranked.map((r) => r.id as `0x${string}`),
    excluded: [],
  };
}

describe('independent RFC 9381 verifier and ranking (a second implementation)', () => {
  it('verifies every RFC 9381 ECVRF-EDWARDS25519-SHA512-TAI vector and refuses each one altered', () => {
    assert.ok(vectors.length >= 3);
    for (const v of vectors) {
      const beta = ecvrfVerify(bytes(v.pk), bytes(v.alpha), bytes(v.pi));
      assert.equal(beta && Buffer.from(beta).toString('hex'), v.beta, v.name);
      for (const at of [0, 40, 60, 79]) {
        const bad = bytes(v.pi);
        bad[at]! ^= 1;
        assert.equal(ecvrfVerify(bytes(v.pk), bytes(v.alpha), bad), undefined, `${v.name}: byte ${at} flipped`);
      }
      assert.equal(ecvrfVerify(bytes(v.pk), Uint8Array.of(...bytes(v.alpha), 0), bytes(v.pi)), undefined, `${v.name}: another alpha`);
    }
  });

  it('refuses a small-order key, a non-canonical point and s >= q', () => {
    const v = vectors[0]!;
    // The identity (y = 1) has order 1; (0, -1) has order 2.
    assert.equal(ecvrfVerify(bytes('01'.padEnd(64, '0')), bytes(v.alpha), bytes(v.pi)), undefined);
    assert.equal(ecvrfVerify(bytes('ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f'), bytes(v.alpha), bytes(v.pi)), undefined);
    // y = p (non-canonical encoding of y = 0).
    assert.equal(ecvrfVerify(bytes('edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f'), bytes(v.alpha), bytes(v.pi)), undefined);
    const highS = bytes(v.pi);
    highS.set(bytes('ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff1f'), 48);
    assert.equal(ecvrfVerify(bytes(v.pk), bytes(v.alpha), highS), undefined);
  });

  it('agrees with src/vrf on proofs and on rankings of random candidates and stakes; a tampered document is refused', () => {
    const ticket = 10n ** 18n;
    for (let round = 0; round < 12; round++) {
      const count = 2 + (round % 5);
      const secrets = Array.from({ length: count }, () => randomBytes(32));
      // Stakes from below one ticket's worth of extra to past the cap, and ties in weight.
      const stakes = secrets.map((_, i) => ticket * BigInt(1 + ((round * 7 + i * 13) % 5)) + BigInt(i));
      const doc = documentOf(randomBytes(32), bytes(keccak256(viemToHex(`task ${round}`)).slice(2)), secrets, stakes, ticket);
      assert.deepEqual(checkSelectionIndependently(doc), doc.ranking);
    }
    const doc = documentOf(randomBytes(32), randomBytes(32), [randomBytes(32), randomBytes(32)], [ticket, ticket * 3n], ticket);
    const forged = { ...doc, candidates: doc.candidates.map((c, i) => (i === 0 ? { ...c, proof: toHex(Uint8Array.from(Buffer.from(c.proof.slice(2), 'hex')).map((b, j) => (j === 50 ? b ^ 1 : b))) } : c)) };
    assert.throws(() => checkSelectionIndependently(forged), /does not verify/);
    assert.throws(() => checkSelectionIndependently({ ...doc, taskId: toHex(randomBytes(32)) }), /seed differs/);
    // The task id layout of docs/protocol.md, byte by byte, agrees with task-commitment.ts, filter by filter.
    for (const filter of [{ teeKinds: ['sgx', 'simulated'], minStake: ticket.toString() }, { teeKinds: [], minStake: '1' }, { teeKinds: ['nitro', 'tdx', 'sev-snp'], minStake: (ticket * 7n).toString() }]) {
      const committed = documentOf(randomBytes(32), randomBytes(32), [randomBytes(32)], [ticket * 8n], ticket, filter);
      assert.deepEqual(checkSelectionIndependently(committed), committed.ranking);
      verifySelectionDocument(committed);
      // The same document with another filter than its task id committed: refused by both.
      const other = { ...committed, filter: { ...filter, minStake: (BigInt(filter.minStake) + 1n).toString() } };
      assert.throws(() => checkSelectionIndependently(other), /does not commit the filter/);
      assert.throws(() => verifySelectionDocument(other), { code: 'SELECTION_FILTER_NOT_COMMITTED' });
    }
  });
});
