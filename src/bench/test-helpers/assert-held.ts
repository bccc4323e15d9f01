/** The crash sweep's verdict on one point, as every crash test asserts it: killed there, and nothing lost or paid twice. */
import assert from 'node:assert/strict';
import type { CrashPointReport } from '../crash.js';

export function assertHeld(report: CrashPointReport): void {
  const detail = JSON.stringify(report);
  assert.equal(report.crashed, true, `the ${report.side} was not killed at ${report.point}: ${detail}`);
  assert.equal(report.finalStateOk, true, detail);
  assert.equal(report.orphanedChannels, 0, detail);
  assert.equal(report.lostPayments, 0, detail);
  assert.equal(report.paidTwice, 0, detail);
  assert.equal(report.collected, report.cost, detail);
  assert.equal(report.held, true, detail);
}
