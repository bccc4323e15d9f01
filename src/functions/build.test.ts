/** The function build is reproducible and pinned: scripts/build-functions.mjs, run as a real process. */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { functionsBuildDir, packageRoot } from '../util/paths.js';

const script = join(packageRoot(), 'scripts', 'build-functions.mjs');
const temporary: string[] = [];
after(async () => {
  for (const dir of temporary) await rm(dir, { recursive: true, force: true });
});

function build(outDir: string): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, '--check', '--out-dir', outDir], { cwd: packageRoot() });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

describe('build-functions', () => {
  it('rebuilds the same bytes in a new process: equal to build/functions and to functions/measurements.json', async () => {
    // measurements.json and build/functions were written by earlier, separate build processes, so one
    // fresh build compared with them shows reproducibility across processes (builds are slow on 2 cores).
    const dir = await mkdtemp(join(tmpdir(), 'airtnt-functions-'));
    temporary.push(dir);
    const fresh = await build(dir);
    assert.equal(fresh.status, 0, fresh.stderr);
    assert.match(fresh.stdout, /measurements match/);

    const measurements = JSON.parse(await readFile(join(packageRoot(), 'functions', 'measurements.json'), 'utf8')) as Record<string, string>;
    const names = (await readdir(dir)).filter((file) => file.endsWith('.wasm')).sort();
    assert.deepEqual(names, ['life.wasm', 'ocr.wasm']);
    for (const file of names) {
      const rebuilt = await readFile(join(dir, file));
      const installed = await readFile(join(functionsBuildDir(), file));
      assert.ok(rebuilt.equals(installed), `${file} differs from build/functions/${file}`);
      assert.equal(createHash('sha256').update(rebuilt).digest('hex'), measurements[file.replace('.wasm', '')]);
    }
  });
});
