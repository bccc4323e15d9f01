/** Bounded mutation fuzzing of every verifier in the suite; `airtnt attest fuzz` runs longer. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runAttestationFuzz, seededRandom } from './fuzz.js';

describe('attestation fuzzing', () => {
  it('800 mutated samples (200 per kind): only typed errors or the unmutated identity, none slow', async () => {
    const report = await runAttestationFuzz({ iterations: 800, seed: 20240611, maxCaseMs: 3000 });
    assert.deepEqual(report.failures, []);
    for (const kind of ['sgx', 'tdx', 'sev-snp', 'nitro']) {
      const stats = report.byKind[kind];
      assert.equal(stats?.cases, 200, kind);
      // Most mutations must be refused, for several different reasons.
      assert.ok(stats.cases - stats.accepted > stats.cases / 2, `${kind} refusals`);
      assert.ok(Object.keys(stats.rejected).length >= 3, `${kind} reasons`);
    }
  });

  it('is deterministic for a seed', async () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    assert.deepEqual([a(), a(), a()], [b(), b(), b()]);
    const first = await runAttestationFuzz({ iterations: 40, seed: 5, kinds: ['nitro'] });
    const second = await runAttestationFuzz({ iterations: 40, seed: 5, kinds: ['nitro'] });
    assert.deepEqual(first.byKind, second.byKind);
  });
});
