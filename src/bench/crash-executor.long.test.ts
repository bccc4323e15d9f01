/**
 * The crash sweep, executor side (crash.ts): for every named durable step, an executor process that
 * kills itself there with SIGKILL, restarted on the same data directory; the run resumes there and
 * ends bit-identical, every payment the executor stored is collected, nothing is paid twice. One devnet
 * for the file; the point that moves the devnet's clock on runs last.
 */
import { after, before, describe, it } from 'node:test';
import { assertHeld } from './test-helpers/assert-held.js';
import { crashExecutorAt, EXECUTOR_SWEEP, startCrashRig, type CrashRig } from './crash.js';

let rig: CrashRig;
before(async () => {
  rig = await startCrashRig(2 + 2 * EXECUTOR_SWEEP.length);
});
after(async () => {
  await rig.close();
});

describe('crash sweep: executor killed at each durable step', () => {
  for (const { point, fromRound } of EXECUTOR_SWEEP) {
    it(`${point} (from round ${fromRound}): restarted, the run resumes, nothing lost or paid twice`, { timeout: 240_000 }, async () => {
      assertHeld(await crashExecutorAt(rig, point, fromRound));
    });
  }
});
