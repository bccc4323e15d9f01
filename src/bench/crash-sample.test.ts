/**
 * The crash sweep in `npm test`: one point per side, on one devnet. The executor is killed right after
 * it stored a payment (the key not yet sent), the requester right after its channel open was mined
 * and before it wrote the channel's row (the loss the sweep once found). Every point of both sides is
 * a test of its own in crash-executor.long.test.ts and crash-requester.long.test.ts (`npm run
 * test:long`, about a minute per point on this 2-core machine), and `airtnt bench crash` runs them all.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { crashExecutorAt, crashRequesterAt, startCrashRig, type CrashPointReport, type CrashRig } from './crash.js';

let rig: CrashRig;
before(async () => {
  rig = await startCrashRig(8);
});
after(async () => {
  await rig.close();
});

function assertHeld(report: CrashPointReport): void {
  const detail = JSON.stringify(report);
  assert.equal(report.crashed, true, `not killed at ${report.point}: ${detail}`);
  assert.equal(report.finalStateOk, true, detail);
  assert.equal(report.orphanedChannels, 0, detail);
  assert.equal(report.lostPayments, 0, detail);
  assert.equal(report.paidTwice, 0, detail);
  assert.equal(report.collected, report.cost, detail);
  assert.equal(report.held, true, detail);
}

describe('crash sweep (one point per side)', () => {
  it('requester killed between its channel open and the row that records it: the next run adopts the channel', { timeout: 240_000 }, async () => {
    assertHeld(await crashRequesterAt(rig, 'channel-opened', 0n));
  });

  it('executor killed after storing a payment: restarted, the run resumes, the payment is collected once', { timeout: 240_000 }, async () => {
    assertHeld(await crashExecutorAt(rig, 'payment-stored', 1n));
  });
});
