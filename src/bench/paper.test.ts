import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { AirtntError } from '../util/errors.js';
import { machineInfo } from './machine.js';
import { runPaper, writePaperResults, type PaperRunners } from './paper.js';
import { goalsOf } from './report.js';
import type { LifeBenchResult, OcrBenchResult } from './types.js';

/** Synthetic results with the shape the real runners return: a fixed cost per round plus a cost per cycle. */
function fakeRunners(failOcrParallel = false): PaperRunners & { calls: string[] } {
  const calls: string[] = [];
  const common = (rounds: number, perRoundMs: number, perRoundBytes: number) => ({
    runs: 1,
    rounds,
    latencyMs: rounds * perRoundMs,
    bareMs: 1,
    enclaveMs: rounds * 0.1 + 5,
    bytesSent: rounds * perRoundBytes,
    bytesReceived: rounds * perRoundBytes * 2,
    bytesTotal: rounds * perRoundBytes * 3,
    openMs: 20,
    settleMs: 30,
    phases: { enclaveMs: rounds * 0.1 + 5, payMs: rounds * 0.2 },
    bytes: { recordBytes: rounds * 100 },
    spread: {},
    insecure: true as const,
    machine: machineInfo(),
    notes: ['synthetic'],
  });
  return {
    calls,
    async life(params): Promise<LifeBenchResult> {
      calls.push(`life ${params.grid} ${params.perRound}`);
      const rounds = Math.ceil(params.cycles / params.perRound);
      return { benchmark: 'life', params: { ...params, pattern: 'test' }, correct: true, ...common(rounds, 1.2, params.grid * 4) };
    },
    async ocr(params): Promise<OcrBenchResult> {
      calls.push(`ocr ${params.executors} ${params.perRound}`);
      if (failOcrParallel && params.executors > 1) throw new AirtntError('EXECUTOR_DISCONNECTED', 'executor went away\nsecond line');
      const rounds = Math.ceil(params.images / params.perRound);
      return { benchmark: 'ocr', params: { ...params, imageBytes: 1024 }, accuracy: 0.99, ...common(rounds, 3, 1024 * params.perRound) };
    },
    async gas() {
      calls.push('gas');
      return { rows: [{ operation: 'open', gas: 50_000 }, { operation: 'close', gas: 30_000 }], openCloseGas: 80_000, source: 'test' };
    },
  };
}

const options = { grids: [10, 50], perRound: [10, 200, 990], cycles: 1000, runs: 1, ocrImages: 1000, ocrExecutors: 2 };

describe('bench paper sweep', () => {
  it('runs every point, keeps going after a failure and reports progress', async () => {
    const runners = fakeRunners(true);
    const progress: string[] = [];
    const result = await runPaper({ ...options, log: (line) => progress.push(line) }, runners);
    assert.equal(runners.calls.length, 1 + 2 * 3 + 3 + 2, 'the failing point is retried once');
    assert.equal(result.life.length, 6);
    assert.equal(result.ocr.length, 3);
    assert.equal(result.ocrParallel, null);
    assert.deepEqual(result.errors.map((e) => e.what), ['ocr 1000 images, 2 executors in parallel']);
    assert.equal(progress.length, 12);
    assert.match(progress[10]!, /^\[11\/11\] ocr 1000 images, 2 executors in parallel: retrying after executor went away$/);
    assert.match(progress[0]!, /^\[1\/11\] gas: open \+ close 80000 gas/);
    assert.match(progress.at(-1)!, /FAILED: executor went away$/);
    assert.ok(runners.calls.includes('ocr 2 200'), 'the parallel point splits the images at the largest cycles per round that fits');
  });

  it('fills the goals table from the sweep', async () => {
    const result = await runPaper({ ...options, log: () => {} }, fakeRunners());
    const goals = Object.fromEntries(goalsOf(result).map((g) => [g.id, g]));
    assert.equal(goals['life50-200-latency']!.measured, 5 * 1.2);
    assert.equal(goals['life50-200-bytes']!.measured, 5 * 200 * 3);
    assert.equal(goals['life50-200-bytes']!.met, true);
    assert.equal(goals['life50-10-latency']!.measured, 100 * 1.2);
    assert.equal(goals['life50-10-bytes']!.met, false, '100 rounds x 600 B = 60 kB > 30 kB');
    assert.ok(Math.abs(goals['enclave-call-ratio']!.measured! - 15 / 5.2) < 1e-9);
    assert.equal(goals['ocr-1000-latency']!.measured, 5 * 3);
    assert.equal(goals['gas-open-close']!.measured, 80_000);
  });

  it('writes JSON, one SVG per figure and a report that names the machine and the caveat', async () => {
    const result = await runPaper({ ...options, log: () => {} }, fakeRunners(true));
    const dir = mkdtempSync(join(tmpdir(), 'airtnt-bench-'));
    try {
      writePaperResults(result, dir);
      const files = readdirSync(dir).sort();
      for (const name of ['paper.json', 'life.json', 'ocr.json', 'gas.json', 'goals.json', 'report.md', 'fig3-life-latency.svg', 'fig6-life-enclave-ratio.svg', 'fig10-ocr-enclave-calls.svg']) {
        assert.ok(files.includes(name), `${name} missing from ${files.join(', ')}`);
      }
      assert.ok(!files.some((f) => f.endsWith('.tmp')));
      assert.equal(files.filter((f) => f.endsWith('.svg')).length, 9);
      const paper = JSON.parse(readFileSync(join(dir, 'paper.json'), 'utf8'));
      assert.equal(paper.life.length, 6);
      const report = readFileSync(join(dir, 'report.md'), 'utf8');
      assert.match(report, new RegExp(`${machineInfo().cores} cores`));
      assert.match(report, /other hardware over the internet/);
      assert.match(report, /loopback/);
      assert.match(report, /Node\.js v\d+/);
      assert.match(report, /\| GoL 50x50, 200 cycles per round: latency \| <= 20\.0 ms \| 6\.00 ms \| 332 ms \| yes \|/);
      assert.match(report, /## Points that failed\n\n- ocr 1000 images, 2 executors in parallel: executor went away\n/);
      assert.match(report, /!\[Figure 3[^\]]*\]\(fig3-life-latency\.svg\)/);
      const fig3 = readFileSync(join(dir, 'fig3-life-latency.svg'), 'utf8');
      assert.match(fig3, /Airtnt 50x50 \(paper\)/);
      assert.match(fig3, /latency \[ms\] \(log\)/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
