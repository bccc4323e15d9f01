import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runCli } from '../node/process.js';
import type { AttackReport } from './attack-types.js';

// The bounded campaign, as a user runs it: a real chain, a real executor process, hostile clients on
// loopback and honest runs. Every attack class must hold, and the executor must never die. About two
// minutes on two cores (more under load): the generous bound only stops a campaign that hangs.
test('airtnt bench attack --quick --json: every attack class holds and the executor survives', { timeout: 600_000 }, async () => {
  const { code, stdout, stderr } = await runCli(['bench', 'attack', '--quick', '--json'], { timeoutMs: 590_000 });
  const lines = stdout.trim().split('\n');
  assert.equal(lines.length, 1, `with --json, stdout holds only the JSON object:\n${stdout.slice(0, 2000)}\n${stderr.slice(-3000)}`);
  const report = JSON.parse(lines[0]!) as AttackReport;
  for (const key of ['cases', 'held', 'executorCrashes', 'lostPayments', 'maxHonestDelayMs', 'freeRoundsPerChannel'] as const) {
    assert.equal(typeof report[key], 'number', key);
  }
  assert.equal(typeof report.honestRunsOk, 'boolean');
  assert.equal(typeof report.honestRoundLatencyMs.baseline, 'number');
  assert.equal(typeof report.honestRoundLatencyMs.underAttack, 'number');
  assert.ok(report.executorRssMb.baseline > 0, 'the executor memory is read');
  assert.ok(report.executorRssMb.underFrameAttacks > 0);
  assert.equal(report.cases, report.results.length);
  const names = report.results.map((r) => r.case);
  for (const expected of ['1-upgrade-404-then-reset', '1-upgrade-503-then-reset', '2-cbor-bignum-128KiB', '2-cbor-4MiB-empty-byte-strings', '2-cbor-deep-nesting-1M', '3-endless-failing-rounds', '3-rounds-to-time-limit-unpaid', '3-fair-scheduling-honest-delay', '4-free-zero-cycle-rounds', '5-collect-pushed-past-expiry', '6-double-payment-after-transfer', '13-replay-refused-open', '14-idle-sockets-many-addresses', '2-requester-cbor-bignum', '11-payment-held-until-expiry', '12-info-rewrite-payee', '12-info-rewrite-price', 'new-idle-http-connections']) {
    assert.ok(names.includes(expected), `case ${expected} ran`);
  }
  const broken = report.results.filter((r) => !r.held);
  assert.deepEqual(broken.map((r) => `${r.case}: ${r.detail}`), [], 'every attack class held');
  assert.equal(report.executorCrashes, 0, 'no attack killed the executor');
  assert.equal(report.held, report.cases);
  assert.equal(report.honestRunsOk, true);
  assert.equal(report.lostPayments, 0);
  assert.equal(report.freeRoundsPerChannel, 0);
  assert.equal(code, 0);
});
