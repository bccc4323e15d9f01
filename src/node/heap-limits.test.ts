import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { test } from 'node:test';
import { Worker } from 'node:worker_threads';
import { WORKER_YOUNG_GENERATION_MB } from '../enclave/spawn.js';
import { EXECUTOR_NODE_FLAGS } from './heap-limits.js';

// Allocates as an executor does (a steady stream of short-lived objects, some kept a while: the
// scavenges' survivors are what makes V8 grow the semi-spaces), then returns the new space's committed MiB.
const CHURN = `
const { getHeapSpaceStatistics } = require('node:v8');
const keep = [];
for (let i = 0; i < 2000; i++) keep[i % 300] = Array.from({ length: 1000 }, (_, j) => ({ j }));
const space = getHeapSpaceStatistics().find((s) => s.space_name === 'new_space');
return space.physical_space_size / (1024 * 1024);
`;

type HeapPeaks = { newSpaceMb: number; oldSpaceMb: number };

// Allocations as above, with short-lived garbage besides, on the main thread of a node started with `flags`: the most
// new space and old space committed. A worker thread starts first, as the enclave's do (flags set at run
// time were undone by that; command-line flags are not).
async function mainThreadPeaks(flags: readonly string[]): Promise<HeapPeaks> {
  const script = `
const { Worker } = require('node:worker_threads');
const { getHeapSpaceStatistics } = require('node:v8');
const worker = new Worker('setTimeout(() => undefined, 200)', { eval: true });
worker.on('online', () => {
  const keep = [];
  const peaks = { newSpaceMb: 0, oldSpaceMb: 0 };
  for (let i = 0; i < 3000; i++) {
    keep[i % 400] = Array.from({ length: 1000 }, (_, j) => ({ a: j, b: 'x' + j }));
    for (let k = 0; k < 20; k++) Array.from({ length: 500 }, (_, j) => ({ j }));
    if (i % 50 !== 0) continue;
    for (const space of getHeapSpaceStatistics()) {
      const mb = space.physical_space_size / (1024 * 1024);
      if (space.space_name === 'new_space') peaks.newSpaceMb = Math.max(peaks.newSpaceMb, mb);
      if (space.space_name === 'old_space') peaks.oldSpaceMb = Math.max(peaks.oldSpaceMb, mb);
    }
  }
  console.log(JSON.stringify(peaks));
});
`;
  const run = await new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
    execFile(process.execPath, [...flags, '-e', script], { encoding: 'utf8', timeout: 120_000 }, (error, stdout, stderr) => {
      resolve({ status: error === null ? 0 : typeof error.code === 'number' ? error.code : null, stdout, stderr });
    });
  });
  assert.equal(run.status, 0, run.stderr);
  return JSON.parse(run.stdout.trim()) as HeapPeaks;
}

function workerNewSpaceMb(resourceLimits: { maxYoungGenerationSizeMb?: number }): Promise<number> {
  const worker = new Worker(`require('node:worker_threads').parentPort.postMessage((() => { ${CHURN} })())`, { eval: true, resourceLimits });
  return new Promise((resolve, reject) => {
    worker.once('message', (mb: number) => void worker.terminate().then(() => resolve(mb)));
    worker.once('error', reject);
  });
}

test('an executor process started with EXECUTOR_NODE_FLAGS keeps less garbage: two 2 MiB semi-spaces, old space collected sooner', async () => {
  // Two processes, each with its own heap: run side by side.
  const [limited, plain] = await Promise.all([mainThreadPeaks(EXECUTOR_NODE_FLAGS), mainThreadPeaks([])]);
  // About 40 MiB stay live; V8's defaults let the same allocations commit 32 MiB of new space and about
  // 140 MiB of old space on this 2-core, 23 GiB machine.
  assert.ok(limited.newSpaceMb <= 4, JSON.stringify(limited));
  assert.ok(plain.newSpaceMb > 8, JSON.stringify(plain));
  assert.ok(limited.oldSpaceMb < 100, JSON.stringify(limited));
  assert.ok(limited.oldSpaceMb < plain.oldSpaceMb * 0.75, JSON.stringify({ limited, plain }));
});

test('a worker started with WORKER_YOUNG_GENERATION_MB keeps its new space at two 2 MiB semi-spaces', async () => {
  // Each worker is an isolate with its own heap: run side by side.
  const [limited, plain] = await Promise.all([workerNewSpaceMb({ maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB }), workerNewSpaceMb({})]);
  assert.ok(limited <= 4);
  assert.ok(plain > 8);
});
