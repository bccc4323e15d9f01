import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runCli } from '../node/process.js';
import type { LoadReport } from './load.js';

// The bounded load run, as a user runs it: a real chain, one executor process, 20 requesters with
// their own keys, stores and channels in a client process, 5 paid rounds each; then the executor
// collects and the chain is checked against both stores. About 30 s on an idle 2-core machine; the
// generous bound only stops a run that hangs.
test('airtnt bench load --quick --json: every session paid, nothing lost, nothing left uncollected', { timeout: 600_000 }, async () => {
  const { code, stdout, stderr } = await runCli(['bench', 'load', '--quick', '--json'], { timeoutMs: 590_000 });
  const lines = stdout.trim().split('\n');
  assert.equal(lines.length, 1, `with --json, stdout holds only the JSON object:\n${stdout.slice(0, 2000)}\n${stderr.slice(-3000)}`);
  const report = JSON.parse(lines[0]!) as LoadReport;
  for (const key of ['channels', 'rounds', 'roundsPerSecond', 'p50Ms', 'p99Ms', 'executorRssMb', 'rssPerChannelKb', 'lostPayments', 'uncollected'] as const) {
    assert.equal(typeof report[key], 'number', key);
  }
  assert.equal(report.channels, 20);
  assert.equal(report.rounds, 5);
  assert.deepEqual(report.problems, []);
  assert.equal(report.sessionsOk, 20);
  assert.equal(report.paidRounds, 100, 'every round of every session was paid');
  assert.equal(report.lostPayments, 0);
  assert.equal(report.uncollected, 0);
  // 20 sessions x 5 rounds x 2 cycles x 1 gwei, all signed and all collected.
  assert.equal(report.signedWei, (20n * 5n * 2n * 1_000_000_000n).toString());
  assert.equal(report.collectedWei, report.signedWei);
  assert.ok(report.roundsPerSecond > 0 && report.p50Ms > 0 && report.p99Ms >= report.p50Ms);
  assert.ok(report.executorRssMb > 0, 'the executor memory is read');
  assert.ok(report.peakActiveSessions > 1, 'sessions ran concurrently');
  assert.equal(code, 0);
});
