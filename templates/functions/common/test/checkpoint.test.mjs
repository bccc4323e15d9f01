// The checkpoint law of airtnt functions: running N cycles at once must give the same state, outputs
// and cycles done as running them in chunks, and a terminated run stays terminated. The installed
// airtnt builds the module and checks it (`airtnt function build`, `airtnt function check`).
// Run with `npm test` (or `node --test test/`). AIRTNT_CLI may name another airtnt as a JSON array.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const [command, ...prefix] = process.env.AIRTNT_CLI ? JSON.parse(process.env.AIRTNT_CLI) : ['airtnt'];

function airtnt(...args) {
  return JSON.parse(execFileSync(command, [...prefix, ...args, '--json'], { cwd: root, encoding: 'utf8' }));
}

/** A state of the example counter: n, limit, sum, each a u32 little-endian. */
function counterState(n, limit, sum) {
  const bytes = Buffer.alloc(12);
  bytes.writeUInt32LE(n, 0);
  bytes.writeUInt32LE(limit, 4);
  bytes.writeUInt32LE(sum, 8);
  return bytes;
}

test('the function builds and keeps the checkpoint law', () => {
  const built = airtnt('function', 'build');
  assert.match(built.sha256, /^[0-9a-f]{64}$/);
  const dir = mkdtempSync(join(tmpdir(), '{{name}}-'));
  try {
    // 5 of 30 counted: 25 more cycles, then the run terminates (fewer cycles done than asked).
    const state = join(dir, 'near-the-end.state');
    writeFileSync(state, counterState(5, 30, 15));
    const report = airtnt('function', 'check', built.out, '--state', state, '--cycles', '40');
    assert.equal(report.ok, true);
    assert.equal(report.law.cyclesDone, 25);
    assert.equal(report.law.terminated, true);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
