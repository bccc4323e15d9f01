/** The requester's caches: verdicts on evidence reused only inside their window and age; both caches kept across a restart, bounded, and a damaged row only a miss. */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import type { VerifiedEvidence } from '../attestation/types.js';
import { evidenceDigest, EvidenceVerdicts, MAX_VERDICTS, VERDICT_MAX_AGE_MS } from './evidence-verdicts.js';
import { MAX_INFO_BYTES } from './info.js';
import { MAX_KNOWN_INFOS } from './known-infos.js';
import { RequesterStore } from './requester-store.js';

const dir = mkdtempSync(join(tmpdir(), 'airtnt-verdicts-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const T0 = Date.parse('2026-12-01T00:00:00Z');
const at = (ms: number) => new Date(T0 + ms);

function verdict(overrides: Partial<VerifiedEvidence> = {}): VerifiedEvidence {
  return {
    kind: 'sgx',
    insecure: false,
    measurement: 'ab'.repeat(32),
    measurements: { mrsigner: 'cd'.repeat(32) },
    reportData: new Uint8Array(64).fill(7),
    tcbStatus: 'SWHardeningNeeded',
    advisories: ['INTEL-SA-00615'],
    debug: false,
    validFrom: at(-86_400_000).toISOString(),
    validUntil: at(86_400_000).toISOString(),
    collateralIssuedAt: at(-3_600_000).toISOString(),
    ...overrides,
  };
}

describe('EvidenceVerdicts', () => {
  it('gives a verdict back for the same evidence and options only, within its window and VERDICT_MAX_AGE_MS', () => {
    const evidence = { kind: 'sgx' as const, quote: new Uint8Array([1, 2, 3]) };
    const digest = evidenceDigest(evidence, { allowSimulated: false });
    assert.notEqual(evidenceDigest({ ...evidence, quote: new Uint8Array([1, 2, 4]) }, { allowSimulated: false }), digest);
    assert.notEqual(evidenceDigest({ ...evidence, certificates: new Uint8Array([3]) }, { allowSimulated: false }), digest);
    assert.notEqual(evidenceDigest(evidence, { allowSimulated: true }), digest);
    // The parts are length-prefixed: moving a byte from the quote to the certificates is another digest.
    assert.notEqual(evidenceDigest({ ...evidence, quote: new Uint8Array([1, 2]), certificates: new Uint8Array([3]) }, { allowSimulated: false }), digest);

    const verdicts = new EvidenceVerdicts();
    verdicts.put(digest, verdict(), at(0));
    assert.deepEqual(verdicts.get(digest, at(1_000)), verdict());
    assert.equal(verdicts.get(digest, at(VERDICT_MAX_AGE_MS + 1)), undefined, 'too old');
    assert.equal(verdicts.get(digest, at(1_000)), undefined, 'dropped once too old');

    verdicts.put(digest, verdict({ validUntil: at(10_000).toISOString() }), at(0));
    assert.equal(verdicts.get(digest, at(10_001)), undefined, 'past the evidence\'s own window');
    verdicts.put(digest, verdict({ validFrom: at(5_000).toISOString() }), at(0));
    assert.equal(verdicts.get(digest, at(4_999)), undefined, 'before the evidence\'s own window');
    verdicts.put(digest, verdict(), at(0));
    assert.equal(verdicts.get(digest, at(-1)), undefined, 'a clock before the verdict');
  });

  it('keeps its verdicts in the requester\'s store across a restart; a damaged row is a miss, not an error', () => {
    const path = join(dir, 'restart.db');
    const store = new RequesterStore(path);
    store.verdicts.put('aa'.repeat(32), verdict(), at(0));
    store.verdicts.put('bb'.repeat(32), verdict({ collateralIssuedAt: undefined, kind: 'nitro', tcbStatus: 'NotApplicable' }), at(0));
    store.close();

    const reopened = new RequesterStore(path);
    assert.deepEqual(reopened.verdicts.get('aa'.repeat(32), at(1_000)), verdict());
    const nitro = reopened.verdicts.get('bb'.repeat(32), at(1_000));
    assert.equal(nitro?.kind, 'nitro');
    assert.equal('collateralIssuedAt' in nitro!, false);
    const damaged = [
      'not json',
      JSON.stringify({ ...verdict(), reportData: '0x1234' }),
      JSON.stringify({ ...verdict(), reportData: `0x${'07'.repeat(64)}`, kind: 'other' }),
      JSON.stringify({ ...verdict(), reportData: `0x${'07'.repeat(64)}`, extra: 1 }),
      'x'.repeat(70_000),
    ];
    damaged.forEach((row, i) => reopened.db.prepare('INSERT INTO evidence_verdicts (key, value, stored_at) VALUES (?, ?, ?)').run(`damaged${i}`, row, T0));
    damaged.forEach((_row, i) => assert.equal(reopened.verdicts.get(`damaged${i}`, at(1_000)), undefined, damaged[i]!.slice(0, 40)));
    reopened.close();
  });

  it('takes a store whose cache table has another shape (an older build\'s) as a miss', () => {
    const path = join(dir, 'other-shape.db');
    const store = new RequesterStore(path);
    store.db.exec('DROP TABLE evidence_verdicts; CREATE TABLE evidence_verdicts (digest TEXT PRIMARY KEY, verdict TEXT)');
    assert.equal(store.verdicts.get('aa'.repeat(32), at(0)), undefined);
    store.verdicts.put('aa'.repeat(32), verdict(), at(0));
    store.close(); // the save fails and is only a lost cache entry
  });

  it('keeps at most MAX_VERDICTS, the newest, in memory and in the store', () => {
    const path = join(dir, 'bounded.db');
    const store = new RequesterStore(path);
    for (let i = 0; i < MAX_VERDICTS + 10; i++) store.verdicts.put(`d${i}`, verdict(), at(i));
    assert.equal(store.verdicts.get('d0', at(MAX_VERDICTS + 10)), undefined, 'the oldest was dropped from memory');
    store.close();
    const reopened = new RequesterStore(path);
    const rows = reopened.db.prepare('SELECT COUNT(*) AS n FROM evidence_verdicts').get() as { n: number };
    assert.equal(rows.n, MAX_VERDICTS);
    assert.ok(reopened.verdicts.get(`d${MAX_VERDICTS + 9}`, at(MAX_VERDICTS + 10)));
    reopened.close();
  });
});

describe('KnownInfos', () => {
  it('keeps the documents of the newest MAX_KNOWN_INFOS executors across a restart; a row longer than an info document is a miss', () => {
    const path = join(dir, 'infos.db');
    const store = new RequesterStore(path);
    for (let i = 0; i <= MAX_KNOWN_INFOS; i++) store.infos.put(`http://executor-${i}`, `{"n":${i}}`, T0 + i);
    store.close();
    const reopened = new RequesterStore(path);
    assert.equal(reopened.infos.get('http://executor-0'), undefined);
    assert.equal(reopened.infos.get(`http://executor-${MAX_KNOWN_INFOS}`), `{"n":${MAX_KNOWN_INFOS}}`);
    reopened.db.prepare('INSERT INTO executor_infos (key, value, stored_at) VALUES (?, ?, ?)').run('http://long', 'x'.repeat(MAX_INFO_BYTES + 1), T0);
    assert.equal(reopened.infos.get('http://long'), undefined);
    reopened.close();
  });
});
