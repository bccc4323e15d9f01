import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { describe, it } from 'node:test';
import { cliCommand } from '../util/paths.js';
import type { LifeBenchResult } from './types.js';

/** Runs the CLI as a user would and returns stdout (stderr carries progress). */
function runCli(args: string[], timeoutMs: number): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const [command, ...prefix] = cliCommand();
  return new Promise((resolve, reject) => {
    const child = spawn(command!, [...prefix, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`airtnt ${args.join(' ')} did not finish in ${timeoutMs} ms\n${stderr}`));
    }, timeoutMs);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

describe('airtnt bench life (smoke, tiny parameters)', () => {
  it('runs paid rounds against an executor process and prints medians as one JSON object', async () => {
    const { code, stdout, stderr } = await runCli(['bench', 'life', '--grid', '10', '--cycles', '20', '--per-round', '10', '--runs', '2', '--json'], 90_000);
    assert.equal(code, 0, stderr);
    const result = JSON.parse(stdout) as LifeBenchResult;
    assert.equal(result.benchmark, 'life');
    assert.equal(result.runs, 2);
    assert.equal(result.rounds, 2, '20 cycles at 10 per round are 2 paid rounds');
    assert.equal(result.correct, true, 'the paid run ends in the same state as the local run');
    assert.equal(result.insecure, true);
    for (const field of ['latencyMs', 'bareMs', 'enclaveMs', 'openMs', 'bytesSent', 'bytesReceived'] as const) {
      assert.ok(result[field] > 0, `${field} = ${result[field]}`);
    }
    assert.ok(result.settleMs >= 0);
    assert.equal(result.bytesTotal, result.bytesSent + result.bytesReceived);
    assert.ok(result.enclaveMs < result.latencyMs, 'the enclave time is part of the latency');
    assert.ok(result.spread.latencyMs!.min <= result.latencyMs && result.latencyMs <= result.spread.latencyMs!.max);
    assert.ok(result.spread.bytesTotal!.min <= result.bytesTotal && result.bytesTotal <= result.spread.bytesTotal!.max);
    // Where each millisecond of a round goes: the requester's steps, its waits, and what is left.
    const phases = result.phases as Record<string, number>;
    for (const step of ['requesterCheckMs', 'requesterSignMs', 'requesterStoreMs', 'requesterOpenMs', 'resultWaitMs', 'keyWaitMs']) {
      assert.ok(phases[step]! > 0, `phases.${step} = ${phases[step]}`);
    }
    const steps = ['requesterCheckMs', 'requesterSignMs', 'requesterStoreMs', 'requesterSendMs', 'requesterOpenMs', 'resultWaitMs', 'keyWaitMs', 'unaccountedMs'];
    const summed = steps.reduce((sum, step) => sum + phases[step]!, 0);
    assert.ok(Math.abs(summed - phases.roundsMs!) < 1, `the steps (${summed} ms) add up to roundsMs (${phases.roundsMs})`);
    assert.equal(result.perRound!.bytes, Math.round((result.bytesTotal / result.rounds) * 1000) / 1000);
    assert.ok(result.ratioToBare!.latency > 0 && result.ratioToBare!.rounds > 0);
    assert.match(stderr, /run 2\/2/, 'progress goes to stderr');
  });

  it('refuses out-of-range parameters before starting anything', async () => {
    const { code, stderr } = await runCli(['bench', 'life', '--grid', '0'], 30_000);
    assert.notEqual(code, 0);
    assert.match(stderr, /--grid.*must be between 3 and 1024/);
  });
});
