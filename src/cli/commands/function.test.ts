import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it, mock } from 'node:test';
import { Command } from 'commander';
import { compileFunction, runFunction } from '../../functions/abi.js';
import { encodeLifeState, parseCells, parseRle, placePattern } from '../../functions/life.js';
import { isAirtntError } from '../../util/errors.js';
import { functionsBuildDir } from '../../util/paths.js';
import { registerFunction } from './function.js';
import { frameOutputs } from './run-wasm-action.js';

let dir: string;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'airtnt-function-cli-'));
  await writeFile(join(dir, 'glider.rle'), '#N glider\nx = 3, y = 3, rule = B3/S23\nbo$2bo$3o!\n');
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Runs `airtnt function ...` in this process and returns what it printed. */
async function airtnt(...args: string[]): Promise<string[]> {
  const program = new Command('airtnt').exitOverride();
  registerFunction(program);
  const log = mock.method(console, 'log', () => {});
  try {
    await program.parseAsync(['node', 'airtnt', 'function', ...args]);
    return log.mock.calls.map((call) => String(call.arguments[0]));
  } finally {
    log.mock.restore();
  }
}

describe('airtnt function', () => {
  it('run-local life runs the generations and writes the final grid as RLE, with JSON figures', async () => {
    const out = join(dir, 'out.rle');
    const [line] = await airtnt('run-local', 'life', '--pattern', join(dir, 'glider.rle'), '--width', '20', '--height', '20', '--cycles', '8', '--out', out, '--json');
    const summary = JSON.parse(line!);
    assert.equal(summary.cyclesDone, 8);
    assert.equal(summary.terminated, false);
    assert.equal(summary.liveCells, 5);
    assert.equal(typeof summary.elapsedMs, 'number');
    const glider = parseRle('x = 3, y = 3\nbo$2bo$3o!');
    assert.deepEqual(parseRle(await readFile(out, 'utf8')), placePattern(glider, 20, 20, 2, 2));
  });

  it('run-local life writes .cells by extension and reports a fixed point', async () => {
    await writeFile(join(dir, 'block.cells'), 'OO\nOO\n');
    const out = join(dir, 'out.cells');
    const [line] = await airtnt('run-local', 'life', '--pattern', join(dir, 'block.cells'), '--width', '6', '--height', '4', '--cycles', '50', '--out', out, '--json');
    const summary = JSON.parse(line!);
    assert.equal(summary.cyclesDone, 0);
    assert.equal(summary.terminated, true);
    const block = parseCells('OO\nOO\n');
    assert.deepEqual(encodeLifeState(6, 4, parseCells(await readFile(out, 'utf8'))), encodeLifeState(6, 4, placePattern(block, 6, 4, 0, 0)));
  });

  it('run-local ocr prints the accuracy on generated images', async () => {
    const [line] = await airtnt('run-local', 'ocr', '--images', '40', '--seed', '4', '--json');
    const summary = JSON.parse(line!);
    assert.equal(summary.images, 40);
    assert.ok(summary.accuracy >= 0.99, `accuracy ${summary.accuracy}`);
    assert.ok(summary.imagesPerSecond > 0);
  });

  it('run-local wasm runs an author\'s module here: the state and framed outputs of one runFunction call', async () => {
    const module = join(import.meta.dirname, '..', '..', 'functions', 'fixtures', 'accumulator.wasm');
    const state = Buffer.alloc(16);
    state.writeUInt32LE(5, 0);
    state.writeUInt32LE(7, 8);
    await writeFile(join(dir, 'acc.state'), state);
    const [out, outputs] = [join(dir, 'acc.out'), join(dir, 'acc.outputs')];
    const [line] = await airtnt('run-local', 'wasm', module, '--state', join(dir, 'acc.state'), '--cycles', '20', '--out', out, '--outputs', outputs, '--json');
    const summary = JSON.parse(line!);
    assert.deepEqual([summary.cyclesDone, summary.terminated, summary.outputs], [5, true, 5]);
    assert.equal(summary.sha256, createHash('sha256').update(await readFile(module)).digest('hex'));
    const local = await runFunction(await compileFunction(new Uint8Array(await readFile(module))), new Uint8Array(state), 20, { maxMemoryPages: 256, maxStateBytes: 1 << 20, maxOutputBytes: 1 << 20 });
    assert.deepEqual(new Uint8Array(await readFile(out)), local.state);
    assert.deepEqual(new Uint8Array(await readFile(outputs)), frameOutputs(local.outputs));
  });

  it('check and run-local wasm with a missing state file: the cause and what to give instead', async () => {
    const module = join(import.meta.dirname, '..', '..', 'functions', 'fixtures', 'accumulator.wasm');
    for (const command of [['check', module], ['run-local', 'wasm', module, '--cycles', '3']]) {
      await assert.rejects(airtnt(...command, '--state', join(dir, 'no-such.state')), (error: unknown) => {
        assert.ok(isAirtntError(error, 'INVALID_ARGUMENT'), String(error));
        assert.match(error.message, /no-such\.state: no such file/);
        assert.equal(error.details.reason, 'ENOENT');
        assert.match(error.hint ?? '', /leave --state out to start from the empty state/);
        return true;
      });
    }
  });

  it('measure prints the sha256 of a module', async () => {
    const file = join(functionsBuildDir(), 'ocr.wasm');
    const [line] = await airtnt('measure', file);
    assert.equal(line, createHash('sha256').update(await readFile(file)).digest('hex'));
  });

  it('refuses bad numbers with INVALID_ARGUMENT', async () => {
    await assert.rejects(
      airtnt('run-local', 'life', '--pattern', join(dir, 'glider.rle'), '--cycles', '-3'),
      (error: unknown) => isAirtntError(error, 'INVALID_ARGUMENT'),
    );
    await assert.rejects(airtnt('run-local', 'ocr', '--noise', 'loud'), (error: unknown) => isAirtntError(error, 'INVALID_ARGUMENT'));
  });
});
