/**
 * The crash sweep, requester side (crash.ts): for every named durable step, an `airtnt run life`
 * process that kills itself there with SIGKILL; the same command run again resumes from its store and
 * ends bit-identical, the executor collects every payment it stored, nothing is paid twice, and no
 * deposit is left in a channel the requester's store does not know. One devnet and one honest
 * executor for the file.
 */
import { after, before, describe, it } from 'node:test';
import { assertHeld } from './test-helpers/assert-held.js';
import { crashRequesterAt, REQUESTER_SWEEP, startCrashRig, type CrashRig } from './crash.js';

let rig: CrashRig;
before(async () => {
  rig = await startCrashRig(3 + REQUESTER_SWEEP.length);
});
after(async () => {
  await rig.close();
});

describe('crash sweep: requester killed at each durable step', () => {
  for (const { point, fromRound } of REQUESTER_SWEEP) {
    it(`${point} (from round ${fromRound}): run again, it resumes, nothing lost or paid twice`, { timeout: 240_000 }, async () => {
      assertHeld(await crashRequesterAt(rig, point, fromRound));
    });
  }
});
