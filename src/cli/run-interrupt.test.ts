/**
 * The interrupt summary and the resume banner read the same facts the same way (new-user review: after
 * Ctrl-C they disagreed by one round, and the amount left out a payment signed after the last progress
 * report): rounds done are those whose key is held, a round paid whose key has not arrived is said apart,
 * and the amounts count every signed payment.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { spawnCli } from '../node/process.js';
import type { RunProgress } from '../node/requester-types.js';
import { namesPayingRun } from './early-interrupt.js';
import { interruptedError, RunTracker } from './run-interrupt.js';
import { resumeBanner, type RunStatus } from './run-records.js';

const runId = 'cd'.repeat(32);
const units = (value: bigint) => `${value} units`;
// The store after a Ctrl-C: rounds 0..6 opened, round 7 paid (8 payments of 10), its key not received.
const stored: Extract<RunStatus, { kind: 'resumed' }> = { kind: 'resumed', roundsDone: 7, totalRounds: 80, awaitingKeys: [7], spent: 80n, executors: [] };
// The last progress report the run gave before it (it may name the round whose key is still awaited).
const progress = { runId, round: 7n, rounds: 8, totalRounds: 80, cyclesDone: 80, totalCycles: 800, paid: 70n, runSpent: 70n } as RunProgress;

describe('run interrupt summary', () => {
  it('says what the resume banner will say: rounds done with their keys, the paid round awaiting its key apart, every signed payment', () => {
    const tracker = new RunTracker(runId, '/data', { roundsDone: 0, spent: 0n }, () => stored);
    tracker.update(progress);
    const error = interruptedError(tracker.current, units);
    assert.match(error.message, /interrupted \(SIGINT\): 7 of 80 rounds done \(rounds 0 to 6\); round 7 paid, key not received; 80 units paid now, 80 units by the run in all/);
    assert.match(error.hint ?? '', /resume after round 6 /);
    assert.deepEqual({ roundsDone: error.details.roundsDone, lastRoundDone: error.details.lastRoundDone, awaitingKeys: error.details.awaitingKeys, paid: error.details.paid }, { roundsDone: 7, lastRoundDone: 6, awaitingKeys: [7], paid: '80' });
    const banner = resumeBanner(runId, '/data', stored, units(stored.spent));
    assert.match(banner, /: 7 of 80 rounds done \(rounds 0 to 6\), 73 left, 80 units spent so far; round 7 paid, key not received/);
  });

  it('paid now is what this invocation signed: the run total less what was spent before it', () => {
    const before = { ...stored, roundsDone: 3, awaitingKeys: [], spent: 30n };
    const tracker = new RunTracker(runId, '/data', before, () => ({ ...stored, awaitingKeys: [], roundsDone: 8, spent: 80n }));
    assert.match(interruptedError(tracker.current, units).message, /8 of 80 rounds done \(rounds 0 to 7\); 50 units paid now, 80 units by the run in all/);
  });

  it('falls back on the last progress report when the store cannot be read', () => {
    const tracker = new RunTracker(runId, '/data', { roundsDone: 0, spent: 0n }, () => {
      throw new Error('store busy');
    });
    assert.match(interruptedError(tracker.current, units).message, /no round done yet; 0 units paid now/);
    tracker.update({ ...progress, round: 6n, rounds: 7 });
    assert.match(interruptedError(tracker.current, units).message, /7 of 80 rounds done \(rounds 0 to 6\); 70 units paid now/);
  });
});

describe('Ctrl-C while a run is set up (real process)', () => {
  it('is watched from the CLI\'s first line for the paying run commands only (an executor or a devnet stops gracefully on SIGINT)', () => {
    for (const args of [['run', 'life', '--pattern', 'x'], ['--json', 'run', 'wasm', 'm.wasm'], ['run', 'ocr']]) assert.equal(namesPayingRun(args), true, args.join(' '));
    for (const args of [['run', 'recover'], ['executor', 'start'], ['devnet'], ['run'], []]) assert.equal(namesPayingRun(args), false, args.join(' '));
  });

  it('says so (RUN_INTERRUPTED, stage setup, nothing paid) and exits 130 instead of dying silently', async () => {
    // A chain node that accepts the connection and never answers: the run stays in its setup.
    const sockets: Socket[] = [];
    let connected: () => void = () => undefined;
    const reached = new Promise<void>((resolve) => (connected = resolve));
    const node = createServer((socket) => {
      sockets.push(socket);
      socket.on('error', () => undefined);
      connected();
    });
    await new Promise<void>((resolve) => node.listen(0, '127.0.0.1', resolve));
    const port = (node.address() as { port: number }).port;
    const dir = mkdtempSync(join(tmpdir(), 'airtnt-interrupt-'));
    try {
      const pattern = join(dir, 'glider.rle');
      writeFileSync(pattern, 'x = 3, y = 3\nbo$2bo$3o!\n');
      const child = spawnCli(['run', 'life', '--pattern', pattern, '--width', '10', '--height', '10', '--cycles', '10', '--per-round', '10', '--executor', 'http://127.0.0.1:9', '--out', join(dir, 'out.rle'), '--json', '--allow-simulated', '--data-dir', join(dir, 'data'), '--rpc-url', `http://127.0.0.1:${port}`, '--channels', `0x${'11'.repeat(20)}`], { env: { AIRTNT_PRIVATE_KEY: `0x${'22'.repeat(32)}` } });
      let stdout = '';
      let stderr = '';
      child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
      child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
      const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
      // The CLI ending before it reached the node would be the failure to report, not a hang.
      const early = await Promise.race([reached.then(() => undefined), exited.then((code) => ({ code }))]);
      assert.equal(early, undefined, `the CLI ended before asking the chain node: ${stderr}`);
      child.kill('SIGINT');
      assert.equal(await exited, 130, stderr);
      const said = JSON.parse(stdout.trim().split('\n').at(-1)!) as { ok: boolean; error: { code: string; details: { stage: string; paid: string } } };
      assert.equal(said.ok, false);
      assert.equal(said.error.code, 'RUN_INTERRUPTED');
      assert.deepEqual({ stage: said.error.details.stage, paid: said.error.details.paid }, { stage: 'setup', paid: '0' });
      assert.match(stderr, /interrupted \(SIGINT\) while the run was being set up: no round was paid/);
    } finally {
      for (const socket of sockets) socket.destroy();
      node.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
