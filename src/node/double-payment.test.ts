/**
 * No round of a run is paid twice (real executor processes, a real devnet). An executor that was paid
 * for a round and did not release its key can still collect that payment until its channel expires:
 * the requester waits for the key on-chain until then instead of paying another executor for the same
 * round, across a transfer and across a resumed invocation; once the payment has expired it continues
 * elsewhere (the round is then paid once); --allow-double-payment continues at once and says so.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { increaseTime, readChannel } from '../chain/index.js';
import { isAirtntError } from '../util/errors.js';
import type { ExecutorProcess } from './process.js';
import { runIdOf, type Requester } from './requester.js';
import { eventually, lifeJob, startTestWorld, TEST_PRICE_PER_CYCLE, type TestWorld } from './testing.js';
import { misbehavingExecutor } from './test-helpers/misbehaving-process.js';

let world: TestWorld;
let honest: ExecutorProcess;
/**
 * One executor that withholds every key from round 1 on and never collects, for the two tests that
 * need one (started by the first of them): its misbehaviour holds per round of each session, so each
 * requester's run finds it the same.
 */
let vanishing: Promise<ExecutorProcess> | undefined;
const vanishingExecutor = () => (vanishing ??= world.startExecutor(6, misbehavingExecutor('withhold-key-no-collect', 1)));

before(async () => {
  world = await startTestWorld();
  honest = await world.startExecutor(2);
});
after(async () => {
  await world.close();
});

const FAST = { keyMs: 2_000, keyFromChainMs: 300, withheldKeyPollMs: 200 };

/** How many payments the requester stored for each round of the run. */
function paymentsPerRound(requester: Requester, runId: string): [number, number][] {
  const rows = requester.store.db.prepare('SELECT round, COUNT(*) AS n FROM rounds WHERE run_id = ? GROUP BY round ORDER BY round').all(runId) as { round: number; n: number }[];
  return rows.map((r) => [r.round, r.n]);
}

/** What the executors collected on every channel of this requester, in total. */
async function collectedByAll(requester: Requester, index: number): Promise<bigint> {
  let total = 0n;
  for (const c of requester.store.allOpenChannels()) {
    total += (await readChannel(world.client(index), { requester: c.requester, executor: c.executor, token: c.token, lane: c.lane })).collected;
  }
  return total;
}

async function collectedReaches(requester: Requester, index: number, amount: bigint): Promise<void> {
  await eventually(async () => ((await collectedByAll(requester, index)) >= amount ? true : undefined), 30_000, `collection of ${amount}`);
}

describe('no double payment', () => {
  it('transfer: a round whose key was withheld is not paid again while its executor can still collect it; its late collect completes it', async (t) => {
    const slow = await world.startExecutor(1, { name: 'slow', ...misbehavingExecutor('crash-after-payment', 1) });
    const { job, expected } = await lifeJob({ width: 40, height: 20, cycles: 40, perRound: 10, executors: [slow.url, honest.url] });
    const lines: string[] = [];
    // The first executor comes back (same key and database) only once the requester waits for it: a
    // collect that lands long after the requester's own key timeouts.
    let restarted: Promise<ExecutorProcess> | undefined;
    const restart = () => (restarted ??= world.startExecutor(1, { name: 'slow' }));
    const requester = world.requester(3, { timeouts: FAST, onWait: () => void restart(), log: (line) => lines.push(line) });
    const result = await requester.run(job);
    await restart();
    assert.deepEqual(result.finalState, expected);
    assert.deepEqual(paymentsPerRound(requester, runIdOf(job)), [[0, 1], [1, 1], [2, 1], [3, 1]], 'each round paid once');
    assert.equal(result.waits.length, 1);
    assert.equal(result.waits[0]!.round, 1n);
    // The restarted executor hands the key over (GET /v1/keys) or its collect shows it on chain, whichever comes first.
    assert.ok(['key-on-chain', 'key-from-executor'].includes(result.waits[0]!.outcome), result.waits[0]!.outcome);
    t.diagnostic(`waited ${result.waits[0]!.waitedMs} ms for the restarted executor (${result.waits[0]!.outcome})`);
    assert.equal(result.sessions[1]?.firstRound, 2n, 'the second executor starts after the round it was not paid for');
    assert.ok(lines.some((l) => /waiting for the key of round 1: paid \d+ to 0x[0-9a-fA-F]{40} .* until \d{4}-\d\d-\d\dT/.test(l)), lines.join('\n'));
    // On-chain: the whole run is collected, and nothing more (40 cycles, not 50).
    await collectedReaches(requester, 3, 40n * TEST_PRICE_PER_CYCLE);
    assert.equal(await collectedByAll(requester, 3), 40n * TEST_PRICE_PER_CYCLE);
    assert.equal(result.runSpent, 40n * TEST_PRICE_PER_CYCLE);
  });

  it('resumed invocation: the outstanding payment is in the store, so a later run waits for it too', async () => {
    const slow = await world.startExecutor(4, { name: 'slow-2', ...misbehavingExecutor('crash-after-payment', 1) });
    const { job, expected } = await lifeJob({ width: 40, height: 20, cycles: 40, perRound: 10, executors: [slow.url] });
    const first = world.requester(5, { name: 'resumed', timeouts: FAST });
    // Its only executor crashed with round 1 paid: nothing to continue on, the run stops.
    await assert.rejects(first.run(job), (error: Error & { details?: { lastCode?: string } }) => error.details?.lastCode === 'KEY_WITHHELD');
    first.close();
    let restarted: Promise<ExecutorProcess> | undefined;
    const restart = () => (restarted ??= world.startExecutor(4, { name: 'slow-2' }));
    const second = world.requester(5, { name: 'resumed', timeouts: FAST, onWait: () => void restart() });
    const result = await second.run({ ...job, executors: [honest.url] });
    await restart();
    assert.deepEqual(result.finalState, expected);
    assert.equal(result.waits[0]?.outcome, 'key-on-chain');
    assert.equal(result.sessions[0]?.firstRound, 2n);
    assert.deepEqual(paymentsPerRound(second, runIdOf(job)), [[0, 1], [1, 1], [2, 1], [3, 1]]);
    await collectedReaches(second, 5, 40n * TEST_PRICE_PER_CYCLE);
    assert.equal(await collectedByAll(second, 5), 40n * TEST_PRICE_PER_CYCLE);
  });

  it('--allow-double-payment: continues at once and says that the round may be paid twice', async () => {
    const vanishing = await vanishingExecutor();
    const { job, expected } = await lifeJob({ width: 40, height: 20, cycles: 40, perRound: 10, executors: [vanishing.url, honest.url] });
    const lines: string[] = [];
    const requester = world.requester(7, { timeouts: FAST, allowDoublePayment: true, log: (line) => lines.push(line) });
    const result = await requester.run(job);
    assert.deepEqual(result.finalState, expected);
    assert.equal(result.waits[0]?.outcome, 'risk-accepted');
    assert.equal(result.sessions[1]?.firstRound, 1n);
    assert.ok(lines.some((l) => /WARNING: round 1 .* may be paid twice/.test(l)), lines.join('\n'));
  });

  it('a paid round whose key is known but does not open is not run (and paid) again elsewhere', async () => {
    const { job } = await lifeJob({ width: 40, height: 20, cycles: 40, perRound: 10, executors: [honest.url, honest.url] });
    // No diff codecs: the requester cannot open what it paid for (its own fault, not the executor's).
    const requester = world.requester(10, { timeouts: FAST, codecs: {} });
    await assert.rejects(requester.run(job), (error) => isAirtntError(error, 'PAID_ROUND_UNOPENED'));
    assert.deepEqual(paymentsPerRound(requester, runIdOf(job)), [[0, 1]]);
  });

  // Last: it moves the devnet's clock past every channel's expiry.
  it('a first executor that never collects: the requester waits until the payment expires, then pays the round once elsewhere', async (t) => {
    const vanishing = await vanishingExecutor();
    const { job, expected } = await lifeJob({ width: 40, height: 20, cycles: 40, perRound: 10, executors: [vanishing.url, honest.url] });
    const lines: string[] = [];
    let expired: Promise<void> | undefined;
    const requester = world.requester(9, {
      timeouts: FAST,
      channelSeconds: 700,
      log: (line) => lines.push(line),
      // The chain moves past the channel's expiry (700 s) only while the requester waits.
      onWait: () => void (expired ??= increaseTime(world.devnet, 800)),
    });
    const result = await requester.run(job);
    await expired;
    assert.deepEqual(result.finalState, expected);
    assert.equal(result.waits[0]?.round, 1n);
    assert.equal(result.waits[0]?.outcome, 'expired');
    t.diagnostic(`waited ${result.waits[0]!.waitedMs} ms until the chain passed the expiry`);
    assert.equal(result.sessions[1]?.firstRound, 1n);
    assert.ok(lines.some((l) => /round 1: the payment to .* can no longer be collected/.test(l)), lines.join('\n'));
    // The vanished executor can collect nothing any more; the honest one was paid rounds 1..3.
    await collectedReaches(requester, 9, 30n * TEST_PRICE_PER_CYCLE);
    assert.equal(await collectedByAll(requester, 9), 30n * TEST_PRICE_PER_CYCLE);
  });
});
