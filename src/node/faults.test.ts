/**
 * Fault points: production runs with the honest no-op defaults, nothing outside tests depends on the
 * misbehaviours, and the misbehaviours the process tests rely on do what they say (per session, from
 * their round on).
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Hex } from 'viem';
import type { ResultMessage } from '../protocol/messages.js';
import { packageRoot } from '../util/paths.js';
import { NO_EXECUTOR_FAULTS, NO_REQUESTER_FAULTS } from './faults.js';
import { misbehavingExecutorFaults } from './test-helpers/misbehaviours.js';

const SRC = join(packageRoot(), 'src');

/** Every production source file under src (no tests, no test helpers). */
function productionFiles(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'test-helpers' && entry.name !== 'generated') productionFiles(path, out);
    } else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) {
      out.push(path);
    }
  }
  return out;
}

function result(round: bigint, marker: number): ResultMessage {
  return { kind: 'result', round, cyclesDone: 1, keyHash: new Uint8Array(32), signature: new Uint8Array(65), stateCiphertext: new Uint8Array([marker, 0]), outputsCiphertext: new Uint8Array(), workUnits: 1 };
}

const SESSION_A: Hex = `0x${'aa'.repeat(32)}`;
const SESSION_B: Hex = `0x${'bb'.repeat(32)}`;

describe('fault points', () => {
  it('production defaults are honest: results sent as they are, keys released, payments collected, no step hook acts', () => {
    const step = { sessionId: SESSION_A, round: 3n };
    const honest = result(3n, 7);
    assert.equal(NO_EXECUTOR_FAULTS.beforeResultSent(step, honest), honest);
    assert.equal(NO_EXECUTOR_FAULTS.releasesKey(step), true);
    assert.equal(NO_EXECUTOR_FAULTS.collectsPayments(), true);
    assert.equal(NO_EXECUTOR_FAULTS.afterRoundStored(step), undefined);
    assert.equal(NO_EXECUTOR_FAULTS.afterPaymentStored(step), undefined);
    assert.equal(NO_REQUESTER_FAULTS.afterPaymentStored(step), undefined);
    assert.equal(NO_REQUESTER_FAULTS.afterPaymentSent(step), undefined);
    assert.equal(NO_EXECUTOR_FAULTS.reached('collect-stored', step), undefined);
    assert.equal(NO_REQUESTER_FAULTS.reached('channel-opened', step), undefined);
    assert.ok(Object.isFrozen(NO_EXECUTOR_FAULTS) && Object.isFrozen(NO_REQUESTER_FAULTS));
  });

  it('no production file imports the test helpers or reads a misbehaviour switch from the environment', () => {
    const offenders: string[] = [];
    for (const file of productionFiles(SRC)) {
      const text = readFileSync(file, 'utf8');
      if (/from '[^']*test-helpers\//.test(text) || /AIRTNT_TEST_(MISBEHAVE|REQUESTER_CRASH)/.test(text)) offenders.push(file.slice(SRC.length));
    }
    assert.deepEqual(offenders, []);
  });

  it('withhold-key releases keys before its round only, and still collects', () => {
    const faults = misbehavingExecutorFaults('withhold-key', 2n);
    assert.equal(faults.releasesKey({ sessionId: SESSION_A, round: 1n }), true);
    assert.equal(faults.releasesKey({ sessionId: SESSION_A, round: 2n }), false);
    assert.equal(faults.collectsPayments(), true);
    assert.equal(misbehavingExecutorFaults('withhold-key-no-collect', 1n).collectsPayments(), false);
  });

  it('replay-record resends the previous result of the same session only, from its round on', () => {
    const faults = misbehavingExecutorFaults('replay-record', 1n);
    const a0 = result(0n, 1);
    const a1 = result(1n, 2);
    const b1 = result(1n, 3);
    assert.equal(faults.beforeResultSent({ sessionId: SESSION_A, round: 0n }, a0), a0, 'before its round: honest');
    // A second session's first result has nothing of its own to replay: honest, not session A's.
    assert.equal(faults.beforeResultSent({ sessionId: SESSION_B, round: 1n }, b1), b1);
    assert.equal(faults.beforeResultSent({ sessionId: SESSION_A, round: 1n }, a1), a0);
  });

  it('tamper-record flips the last state ciphertext byte of a copy, from its round on', () => {
    const faults = misbehavingExecutorFaults('tamper-record', 1n);
    const honest = result(1n, 9);
    const sent = faults.beforeResultSent({ sessionId: SESSION_A, round: 1n }, honest);
    assert.deepEqual([...sent.stateCiphertext], [9, 1]);
    assert.deepEqual([...honest.stateCiphertext], [9, 0], 'the stored honest result is untouched');
    assert.equal(faults.beforeResultSent({ sessionId: SESSION_A, round: 0n }, honest), honest);
  });
});
