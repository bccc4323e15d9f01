import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { after, before, describe, it } from 'node:test';
import { compileFunction, loadBuiltinFunction, runFunction } from '../../functions/abi.js';
import { encodeOcrQueue, generateOcrImages } from '../../functions/ocr-images.js';
import { cliCommand } from '../../util/paths.js';

type DevnetJson = {
  rpcUrl: string;
  channels: string;
  accounts: { address: string; privateKey: string }[];
  executors: { url: string; address: string; pid: number }[];
  requesterAccounts: number[];
};
type OcrJson = {
  ok: boolean; parallel: boolean; images: number; accuracy: number; recognised: string[]; rounds: number; cycles: number; runSpent: string;
  paid: { url: string; amount: string }[]; roundExecutors: { runId: string; round: number; executor: string }[];
  slices: { runId: string; firstItem: number; items: number; executor: string; rounds: number; cyclesDone: number; runSpent: string }[];
};

function cli(args: string[]): ChildProcess {
  const [command, ...prefix] = cliCommand();
  return spawn(command!, [...prefix, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
}

describe('airtnt run ocr across airtnt devnet --executors 2 (real processes)', { timeout: 300_000 }, () => {
  let devnet: ChildProcess;
  let chain: DevnetJson;
  let dir: string;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'airtnt-run-ocr-'));
    devnet = cli(['devnet', '--executors', '2', '--accounts', '4', '--json']);
    const [line] = (await once(createInterface({ input: devnet.stdout! }), 'line')) as [string];
    chain = JSON.parse(line) as DevnetJson;
  });

  after(async () => {
    if (devnet.exitCode === null) {
      const exited = once(devnet, 'exit');
      devnet.kill('SIGTERM');
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it('splits 8 images across both executors, recognises what a local run does, and the payments add up', async () => {
    const [first, second] = chain.executors;
    const requester = chain.accounts[chain.requesterAccounts[0]!]!;
    const child = cli([
      'run', 'ocr', '--images', '8', '--per-round', '2', '--executor', first!.url, '--executor', second!.url, '--json', '--allow-simulated',
      '--rpc-url', chain.rpcUrl, '--channels', chain.channels, '--private-key', requester.privateKey, '--data-dir', join(dir, 'requester'),
    ]);
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const [code] = (await once(child, 'exit')) as [number | null];
    assert.equal(code, 0, `run ocr failed:\n${stderr}\n${stdout}`);
    const result = JSON.parse(stdout.trim().split('\n').pop()!) as OcrJson;

    // The same images, recognised here in one call.
    const images = generateOcrImages({ count: 8 });
    const local = await runFunction(await compileFunction(await loadBuiltinFunction('ocr')), encodeOcrQueue(images), 8, { maxMemoryPages: 256, maxStateBytes: 1 << 20, maxOutputBytes: 1 << 20 });
    const decoder = new TextDecoder();
    assert.deepEqual(result.recognised, local.outputs.map((output) => decoder.decode(output)), 'the text, in image order, equals a local run');
    assert.equal(result.images, 8);

    assert.deepEqual(result.slices.map((s) => [s.firstItem, s.items, s.executor]), [[0, 4, first!.url], [4, 4, second!.url]]);
    assert.equal(result.cycles, 8);
    assert.equal(result.rounds, 4, 'two rounds of 2 images per slice');
    assert.deepEqual(new Set(result.roundExecutors.map((r) => r.executor)), new Set([first!.url, second!.url]), 'both executors ran rounds');
    for (const slice of result.slices) {
      assert.deepEqual(result.roundExecutors.filter((r) => r.runId === slice.runId).map((r) => r.executor), [slice.executor, slice.executor]);
    }

    const paid = result.paid.reduce((sum, p) => sum + BigInt(p.amount), 0n);
    const spent = result.slices.reduce((sum, s) => sum + BigInt(s.runSpent), 0n);
    assert.equal(paid, 8n * 1_000_000_000n, '8 cycles at 1 gwei');
    assert.equal(spent, paid, 'each slice\'s stored spend adds up to what was paid');
    assert.equal(BigInt(result.runSpent), paid);
    assert.deepEqual(new Set(result.paid.map((p) => p.url)), new Set([first!.url, second!.url]));
    for (const p of result.paid) assert.equal(BigInt(p.amount), 4n * 1_000_000_000n, `${p.url} was paid for its 4 images`);
  });
});
