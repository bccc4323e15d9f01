/** The metrics' units, the admin token file, and event sinks that cannot hurt the node. */
import assert from 'node:assert/strict';
import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import parsePrometheusTextFormat from 'parse-prometheus-text-format';
import { isAirtntError } from '../util/errors.js';
import { adminToken } from './admin/token.js';
import { DashboardRecorder } from './admin/recorder.js';
import { combineEvents, emit } from './executor-events.js';
import { ExecutorMetrics, toGigaUnits } from './metrics.js';

describe('metrics', () => {
  it('counts earnings in gigaunits, exact to the gigaunit far beyond what wei as a float allows', () => {
    assert.equal(toGigaUnits(0n), 0);
    assert.equal(toGigaUnits(1_500_000_000n), 1.5);
    // 9 million ETH: 9e15 gwei, still an exact integer in a float64.
    assert.equal(toGigaUnits(9_000_000n * 10n ** 18n), 9e15);
    assert.equal(toGigaUnits(2n ** 52n * 1_000_000_000n + 1n), 2 ** 52, 'past 2^52 gigaunits, sub-gigaunit dust rounds away');
  });

  it('feeds counters from events and reads gauges at scrape time', async () => {
    let queue = 3;
    const metrics = new ExecutorMetrics({ activeSessions: () => 1, collectQueue: () => queue, unconfirmedCollects: () => 0 });
    const eth = '0x0000000000000000000000000000000000000000';
    metrics.events.paymentAccepted!(eth, 2_000_000_000n, true);
    metrics.events.sessionFailed!('<bad label>', 'x', false);
    metrics.events.roundRun!(0.02, true);
    metrics.events.roundRun!(0.5, false);
    queue = 5;
    const families = parsePrometheusTextFormat(await metrics.scrape());
    const sample = (name: string) => families.find((f) => f.name === name)!.metrics;
    assert.equal(sample('airtnt_earned_gigaunits_total')[0]!.value, '2');
    assert.deepEqual(sample('airtnt_sessions_refused_total')[0]!.labels, { reason: 'other' }, 'label values are bounded');
    assert.equal(sample('airtnt_collect_queue_channels')[0]!.value, '5');
    assert.equal(sample('airtnt_rounds_failed_total')[0]!.value, '1');
    assert.equal(sample('airtnt_round_duration_seconds')[0]!.count, '1');
  });

  it('never lets a failing sink reach the node', () => {
    const recorder = new DashboardRecorder();
    const events = combineEvents({ sessionOpened: () => { throw new Error('listener bug'); } }, recorder.events);
    emit(events, 'sessionOpened', '0x01');
    assert.equal(recorder.sessionsOpened, 1);
  });
});

describe('admin token', () => {
  it('is generated once into the data directory with mode 0600, reused, and tightened if loosened', () => {
    const dir = mkdtempSync(join(tmpdir(), 'airtnt-token-'));
    try {
      const first = adminToken(dir);
      assert.ok(first.token.length >= 32);
      assert.equal(statSync(first.path!).mode & 0o777, 0o600);
      chmodSync(first.path!, 0o644);
      assert.equal(adminToken(dir).token, first.token);
      assert.equal(statSync(first.path!).mode & 0o777, 0o600);
      assert.equal(readFileSync(first.path!, 'utf8').trim(), first.token);
      assert.deepEqual(adminToken(dir, 'an-operator-chosen-token'), { token: 'an-operator-chosen-token' });
      assert.throws(() => adminToken(dir, 'short'), (error: unknown) => isAirtntError(error, 'ADMIN_TOKEN_WEAK'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
