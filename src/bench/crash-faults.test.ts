/**
 * The crash sweep's hooks: a spec names a known point of one side; the hooks act only at that point
 * and from that round on (so they are checked here without being triggered: triggering kills).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { EXECUTOR_POINTS, REQUESTER_POINTS } from '../node/faults.js';
import { crashingExecutorFaults, crashingRequesterFaults, formatCrashSpec, parseCrashSpec } from './crash-faults.js';
import { EXECUTOR_SWEEP, REQUESTER_SWEEP } from './crash.js';

const SESSION = `0x${'aa'.repeat(32)}` as const;

describe('crash sweep points', () => {
  it('parses what it formats, and refuses an unknown point or side with INVALID_CRASH_POINT', () => {
    const spec = { side: 'executor', point: 'collect-stored', fromRound: 2n } as const;
    assert.deepEqual(parseCrashSpec(formatCrashSpec(spec)), spec);
    assert.deepEqual(parseCrashSpec('requester:topped-up@0'), { side: 'requester', point: 'topped-up', fromRound: 0n });
    for (const bad of ['executor:topped-up@0', 'requester:collect-stored@0', 'executor:key-sent', 'node:key-sent@1', 'executor:key-sent@-1']) {
      assert.throws(() => parseCrashSpec(bad), (error: Error & { code?: string }) => error.code === 'INVALID_CRASH_POINT', bad);
    }
  });

  it('the sweep covers every point of each side, at least 10 per side', () => {
    assert.deepEqual(EXECUTOR_SWEEP.map((p) => p.point).sort(), [...EXECUTOR_POINTS].sort());
    assert.deepEqual(REQUESTER_SWEEP.map((p) => p.point).sort(), [...REQUESTER_POINTS].sort());
    assert.ok(EXECUTOR_POINTS.length >= 10 && REQUESTER_POINTS.length >= 10);
  });

  it('the hooks stay honest at other points and before their round', () => {
    const executor = crashingExecutorFaults('key-sent', 1n);
    executor.reached('key-sent', { sessionId: SESSION, round: 0n });
    executor.reached('payment-storing', { sessionId: SESSION, round: 5n });
    executor.afterPaymentStored({ sessionId: SESSION, round: 5n });
    assert.equal(executor.releasesKey({ sessionId: SESSION, round: 5n }), true);
    assert.equal(executor.collectsPayments(), true);
    const requester = crashingRequesterFaults('payment-sent', 2n);
    requester.afterPaymentSent({ sessionId: SESSION, round: 1n });
    requester.afterPaymentStored({ sessionId: SESSION, round: 3n });
    requester.reached('channel-opened');
  });
});
