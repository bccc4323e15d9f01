import assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { createInterface } from 'node:readline';
import { after, before, describe, it } from 'node:test';
import { compileFunction, loadBuiltinFunction, runFunction } from '../../functions/abi.js';
import { encodeOcrQueue, generateOcrImages } from '../../functions/ocr-images.js';
import { spawnCli } from '../../node/process.js';

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

const cli = (args: string[]) => spawnCli(args);

/**
 * Output messages framed as the function ABI writes them to --outputs: each a u32 little-endian length,
 * then its bytes (written out here rather than imported from run-wasm-action.ts, whose imports, the whole
 * requester, cost this process over a second of CPU).
 */
function frameOutputs(outputs: readonly Uint8Array[]): Uint8Array {
  return new Uint8Array(Buffer.concat(outputs.flatMap((output) => {
    const length = Buffer.alloc(4);
    length.writeUInt32LE(output.length, 0);
    return [length, output];
  })));
}

describe('parallel runs (airtnt run ocr, run wasm with a manifest) across airtnt devnet --executors 2 (real processes)', { timeout: 300_000 }, () => {
  let devnet: ChildProcess;
  let chain: DevnetJson;
  let dir: string;
  let ocrModule: Uint8Array;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'airtnt-run-ocr-'));
    devnet = cli(['devnet', '--executors', '2', '--accounts', '4', '--json']);
    const [line] = (await once(createInterface({ input: devnet.stdout! }), 'line')) as [string];
    chain = JSON.parse(line) as DevnetJson;
    ocrModule = await loadBuiltinFunction('ocr');
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

    // The same line again: each slice says it finished earlier, and nothing more is paid.
    const again = await finish(cli([
      'run', 'ocr', '--images', '8', '--per-round', '2', '--executor', first!.url, '--executor', second!.url, '--json', '--allow-simulated',
      '--rpc-url', chain.rpcUrl, '--channels', chain.channels, '--private-key', requester.privateKey, '--data-dir', join(dir, 'requester'),
    ]));
    assert.equal(again.code, 0, again.stderr);
    assert.match(again.stderr, /items 0\.\.3: run [0-9a-f]{16} finished earlier/);
    assert.match(again.stderr, /items 4\.\.7: run [0-9a-f]{16} finished earlier/);
    assert.deepEqual((JSON.parse(again.stdout.trim().split('\n').pop()!) as OcrJson).recognised, result.recognised);
  });

  async function finish(child: ChildProcess): Promise<{ code: number | null; stdout: string; stderr: string }> {
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const [code] = (await once(child, 'exit')) as [number | null];
    return { code, stdout, stderr };
  }

  function runWasm(name: string, extra: string[], manifest: boolean) {
    const module = join(dir, `${name}.wasm`);
    writeFileSync(module, ocrModule);
    if (manifest) writeFileSync(`${module}.json`, JSON.stringify({ parallel: { items: 'grey-images', cyclesPerItem: 1, outputs: 'concat' } }));
    writeFileSync(join(dir, `${name}.state`), encodeOcrQueue(generateOcrImages({ count: 6, seed: 5 })));
    const requester = chain.accounts[chain.requesterAccounts[1]!]!;
    return cli([
      'run', 'wasm', module, '--state', join(dir, `${name}.state`), '--cycles', '6', '--per-round', '3',
      ...chain.executors.flatMap((e) => ['--executor', e.url]),
      '--out', join(dir, `${name}.out`), '--outputs', join(dir, `${name}.outputs`), '--json', '--allow-simulated',
      '--rpc-url', chain.rpcUrl, '--channels', chain.channels, '--private-key', requester.privateKey, '--data-dir', join(dir, 'requester-wasm'),
      ...extra,
    ]);
  }

  it('run wasm follows MODULE.wasm.json: slices across both executors, outputs in item order, the rest of each queue as the final state', async () => {
    const { code, stdout, stderr } = await finish(runWasm('declared', [], true));
    assert.equal(code, 0, `run wasm failed:\n${stderr}\n${stdout}`);
    const result = JSON.parse(stdout.trim().split('\n').pop()!) as OcrJson;
    assert.equal(result.parallel, true);
    assert.deepEqual(result.slices.map((s) => [s.firstItem, s.items]), [[0, 3], [3, 3]]);
    assert.deepEqual(new Set(result.roundExecutors.map((r) => r.executor)), new Set(chain.executors.map((e) => e.url)));
    const local = await runFunction(await compileFunction(ocrModule), encodeOcrQueue(generateOcrImages({ count: 6, seed: 5 })), 6, { maxMemoryPages: 256, maxStateBytes: 1 << 20, maxOutputBytes: 1 << 20 });
    assert.deepEqual(new Uint8Array(readFileSync(join(dir, 'declared.outputs'))), frameOutputs(local.outputs));
    assert.deepEqual(new Uint8Array(readFileSync(join(dir, 'declared.out'))), local.state, 'an empty queue');
  });

  it('run wasm --no-parallel ignores the manifest; --parallel without one is refused before anything is paid', async () => {
    const single = await finish(runWasm('single', ['--no-parallel'], true));
    assert.equal(single.code, 0, single.stderr);
    const result = JSON.parse(single.stdout.trim().split('\n').pop()!) as OcrJson & { parallel?: boolean };
    assert.equal(result.parallel, undefined);
    assert.deepEqual(new Set(result.roundExecutors.map((r) => r.executor)), new Set([chain.executors[0]!.url]), 'one run, on the first executor');
    const refused = await finish(runWasm('undeclared', ['--parallel'], false));
    assert.notEqual(refused.code, 0);
    assert.match(refused.stderr, /--parallel: the module has no parallel manifest .*undeclared\.wasm\.json/);
  });

  it('a slice whose executor cannot be reached moves to the other executor; nothing is paid to the dead one', async () => {
    // A port that was free a moment ago: nothing answers there.
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as { port: number }).port;
    await new Promise<void>((resolve) => server.close(() => resolve()));
    const dead = `http://127.0.0.1:${port}`;
    const [first] = chain.executors;
    const requester = chain.accounts[chain.requesterAccounts[0]!]!;
    const { code, stdout, stderr } = await finish(cli([
      'run', 'ocr', '--images', '4', '--seed', '3', '--per-round', '2', '--executor', first!.url, '--executor', dead, '--json', '--allow-simulated',
      '--rpc-url', chain.rpcUrl, '--channels', chain.channels, '--private-key', requester.privateKey, '--data-dir', join(dir, 'requester-failover'),
      '--result-timeout-ms', '20000',
    ]));
    assert.equal(code, 0, `run ocr failed:\n${stderr}\n${stdout}`);
    const result = JSON.parse(stdout.trim().split('\n').pop()!) as OcrJson & { transfers: number; failures: { url: string }[] };
    assert.deepEqual(result.slices.map((s) => [s.firstItem, s.items, s.executor]), [[0, 2, first!.url], [2, 2, dead]]);
    assert.deepEqual(new Set(result.roundExecutors.map((r) => r.executor)), new Set([first!.url]), 'every round ran on the live executor');
    assert.ok(result.failures.some((f) => f.url === dead));
    assert.equal(result.transfers, 0, 'no paid state moved: the dead executor never ran a round');
    const images = generateOcrImages({ count: 4, seed: 3 });
    const local = await runFunction(await compileFunction(ocrModule), encodeOcrQueue(images), 4, { maxMemoryPages: 256, maxStateBytes: 1 << 20, maxOutputBytes: 1 << 20 });
    assert.deepEqual(result.recognised, local.outputs.map((output) => new TextDecoder().decode(output)));
    assert.deepEqual(result.paid.map((p) => [p.url, BigInt(p.amount)]), [[first!.url, 4n * 1_000_000_000n]]);
  });
});
