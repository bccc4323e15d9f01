/**
 * The crash sweep in `npm test`: one point per side, on one devnet. The executor is killed right after
 * it stored a payment (the key not yet sent), the requester right after its channel open was mined
 * and before it wrote the channel's row (the loss the sweep once found). Every point of both sides is
 * a test of its own in crash-executor.long.test.ts and crash-requester.long.test.ts (`npm run
 * test:long`, about a minute per point on this 2-core machine), and `airtnt bench crash` runs them all.
 */
import { after, before, describe, it } from 'node:test';
import { crashExecutorAt, crashRequesterAt, startCrashRig, type CrashRig } from './crash.js';
import { assertHeld } from './test-helpers/assert-held.js';

let rig: CrashRig;
before(async () => {
  rig = await startCrashRig(8);
});
after(async () => {
  await rig.close();
});

// The two points at once: each has its own accounts and data directories on the rig, and neither
// moves the devnet's clock ('payment-stored' and 'channel-opened' settle without an expiry).
describe('crash sweep (one point per side)', { concurrency: true }, () => {
  it('requester killed between its channel open and the row that records it: the next run adopts the channel', { timeout: 240_000 }, async () => {
    assertHeld(await crashRequesterAt(rig, 'channel-opened', 0n));
  });

  it('executor killed after storing a payment: restarted, the run resumes, the payment is collected once', { timeout: 240_000 }, async () => {
    assertHeld(await crashExecutorAt(rig, 'payment-stored', 1n));
  });
});
