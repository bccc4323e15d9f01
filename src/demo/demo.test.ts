import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { parseRle } from '../functions/life.js';
import { runCli } from '../node/process.js';

const dir = mkdtempSync(join(tmpdir(), 'airtnt-demo-test-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test('airtnt demo --json: a run that loses its executor to SIGKILL ends bit-identical, paid and settled', { timeout: 120_000 }, async () => {
  const out = join(dir, 'final.rle');
  const { code, stdout, stderr } = await runCli(['demo', '--json', '--out', out], { timeoutMs: 110_000 });
  assert.equal(code, 0, `demo failed:\n${stderr.slice(-3000)}`);
  const lines = stdout.trim().split('\n');
  assert.equal(lines.length, 1, 'with --json, stdout holds only the JSON object');
  const result = JSON.parse(lines[0]!) as Record<string, unknown> & {
    paid: Record<string, string>;
    collectedOnChain: Record<string, string>;
    refunded: Record<string, string>;
  };
  assert.equal(result.ok, true);
  assert.equal(result.matchesUninterruptedRun, true);
  assert.equal(result.rounds, 5);
  assert.equal(result.cycles, 1000);
  assert.ok((result.transfers as number) >= 1, 'the run moved to the second executor');
  assert.equal(result.width, 50);
  assert.equal(result.height, 50);
  assert.match(result.initialPattern as string, /x = 36, y = 9/);
  // 1000 generations at 1 gwei each, split between the two executors, all of it collected on-chain.
  const paid = Object.values(result.paid).reduce((sum, wei) => sum + BigInt(wei), 0n);
  const collected = Object.values(result.collectedOnChain).reduce((sum, wei) => sum + BigInt(wei), 0n);
  assert.equal(paid, 1000n * 1_000_000_000n);
  assert.equal(collected, paid);
  assert.equal(Object.keys(result.paid).length, 2, 'both executors were paid');
  assert.ok((result.gasUsed as number) > 0);
  assert.ok((result.bytesSent as number) > 0 && (result.bytesReceived as number) > 0);
  assert.ok(stderr.includes('INSECURE'), 'the simulated TEE is labelled');
  const final = parseRle(readFileSync(out, 'utf8'));
  assert.ok(final.cells.some((cell) => cell === 1), 'the final grid is not empty');
  assert.match(result.finalPattern as string, /rule = B3\/S23/);
});
