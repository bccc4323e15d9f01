/**
 * The execution worker pool is bounded: burst workers (started while every worker is busy and a
 * requester with nothing running waits) never pass the configured most, by default one more than the
 * cores (at most 8), and idle ones are stopped. Each worker is a V8 isolate of about 20 MiB: unbounded
 * by the cores, eight of them were most of the load benchmark executor's memory. A real enclave worker
 * with real execution workers; the rounds loop until their limit.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { describe, it } from 'node:test';
import { sha256 } from '@noble/hashes/sha2.js';
import { abiModule, op } from '../functions/test-helpers/wasm-builder.js';
import { waitUntil } from '../node/testing.js';
import { sealModule, sealSessionOpening } from '../protocol/sealing.js';
import { createSimulatedProvider } from '../tee/simulated.js';
import { isAirtntError } from '../util/errors.js';
import { defaultMaxExecutionWorkers } from './execution.js';
import { createEnclave, type EnclaveHandle } from './index.js';

// Short: what is counted is the workers running at once, not how long a round may run (each worker,
// burst ones included, still runs its looping round to this limit, so they overlap as before).
const ROUND_LIMIT_MS = 500;
const REQUESTERS = 6;
const LOOP_FOREVER = abiModule({ run: [...op.loop, op.br, 0, op.end, op.i32Const, 0] });

/** Runs one looping round for each of `REQUESTERS` distinct requesters at once; returns the most workers seen meanwhile. */
async function peakWorkers(enclave: EnclaveHandle): Promise<number> {
  const identity = enclave.identity();
  const sessions = await Promise.all(Array.from({ length: REQUESTERS }, async () => {
    const sessionId = randomBytes(32);
    const channelId = randomBytes(32);
    const functionMeasurement = sha256(LOOP_FOREVER);
    const sealedSession = sealSessionOpening({ enclaveHpkePublicKey: identity.hpkePublicKey, sessionId, channelId, functionMeasurement, firstRound: 1n, sessionSecret: randomBytes(32), state: new Uint8Array(4) });
    await enclave.openSession({ sessionId, channelId, functionMeasurement, firstRound: 1n, sealedSession, sealedModule: sealModule({ enclaveHpkePublicKey: identity.hpkePublicKey, module: LOOP_FOREVER }) });
    return sessionId;
  }));
  let peak = 0;
  let running = true;
  const sampling = (async () => {
    while (running) {
      peak = Math.max(peak, (await enclave.stats()).executionWorkers);
      // Every worker counted runs a looping round for a whole limit: a sample every few ms sees each
      // one (sampling back to back kept the host and enclave threads busy with stats calls).
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  })();
  await Promise.all(sessions.map((sessionId, index) => enclave.runRound(sessionId, 1n, 1, { queueKey: `requester-${index}` }).catch((error: unknown) => {
    if (!isAirtntError(error, 'FUNCTION_TIMEOUT')) throw error;
  })));
  running = false;
  await sampling;
  return peak;
}

describe('execution worker pool', () => {
  it('bursts up to the default most (cores + 1, at most 8) and stops idle burst workers', { timeout: 180_000 }, async () => {
    const enclave = await createEnclave({ tee: createSimulatedProvider(), limits: { maxRoundMs: ROUND_LIMIT_MS, maxMemoryPages: 64 }, executionWorkers: 1 });
    try {
      const peak = await peakWorkers(enclave);
      const most = defaultMaxExecutionWorkers(1);
      assert.ok(most < REQUESTERS + 1, `the default most (${most}) is below what ${REQUESTERS} looping requesters would start`);
      assert.ok(peak > 1, 'burst workers started');
      assert.ok(peak <= most, `${peak} workers ran at once, the default most is ${most}`);
      await waitUntil(async () => (await enclave.stats()).executionWorkers === 1, 'the idle burst workers stopped', 60_000, 100);
    } finally {
      await enclave.close();
    }
  });

  it('keeps to a configured most', { timeout: 180_000 }, async () => {
    const enclave = await createEnclave({ tee: createSimulatedProvider(), limits: { maxRoundMs: ROUND_LIMIT_MS, maxMemoryPages: 64 }, executionWorkers: 1, maxExecutionWorkers: 2 });
    try {
      const peak = await peakWorkers(enclave);
      assert.equal(peak, 2, 'one burst worker, no more');
    } finally {
      await enclave.close();
    }
  });

  it('drops a closed session\'s round that still waits for a worker, and runs the others', { timeout: 180_000 }, async () => {
    // One worker and one queue key: no burst worker starts, so the rounds after the looping one wait.
    const enclave = await createEnclave({ tee: createSimulatedProvider(), limits: { maxRoundMs: ROUND_LIMIT_MS, maxMemoryPages: 64 }, executionWorkers: 1, maxExecutionWorkers: 1 });
    try {
      const quick = abiModule({ run: [op.i32Const, 0] });
      const looping = await openOn(enclave, LOOP_FOREVER);
      const closed = await openOn(enclave, quick);
      const kept = await openOn(enclave, quick);
      const events: string[] = [];
      const first = enclave.runRound(looping, 1n, 1, { queueKey: 'one' }).then(() => events.push('looping ran'), (error: unknown) => events.push(`looping: ${isAirtntError(error) ? error.code : String(error)}`));
      const dropped = enclave.runRound(closed, 1n, 1, { queueKey: 'one' }).then(() => events.push('closed ran'), (error: unknown) => events.push(`closed: ${isAirtntError(error) ? error.code : String(error)}`));
      const last = enclave.runRound(kept, 1n, 1, { queueKey: 'one' }).then(() => events.push('kept ran'), (error: unknown) => events.push(`kept: ${isAirtntError(error) ? error.code : String(error)}`));
      await enclave.closeSession(closed);
      await Promise.all([first, dropped, last]);
      // Dropped at once, before the looping round reached its limit and freed the worker; the other waiting round ran.
      assert.deepEqual(events, ['closed: SESSION_CLOSED', 'looping: FUNCTION_TIMEOUT', 'kept ran']);
    } finally {
      await enclave.close();
    }
  });
});

async function openOn(enclave: EnclaveHandle, module: Uint8Array): Promise<Uint8Array> {
  const identity = enclave.identity();
  const sessionId = randomBytes(32);
  const channelId = randomBytes(32);
  const functionMeasurement = sha256(module);
  const sealedSession = sealSessionOpening({ enclaveHpkePublicKey: identity.hpkePublicKey, sessionId, channelId, functionMeasurement, firstRound: 1n, sessionSecret: randomBytes(32), state: new Uint8Array(4) });
  await enclave.openSession({ sessionId, channelId, functionMeasurement, firstRound: 1n, sealedSession, sealedModule: sealModule({ enclaveHpkePublicKey: identity.hpkePublicKey, module }) });
  return sessionId;
}
