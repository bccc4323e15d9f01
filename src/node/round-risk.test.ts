/**
 * Executor risk is one round, whatever happens in it (issue 9, items 3 and 4), on a real devnet
 * against a real executor process: a round that fails in the enclave marks its channel as owing, like
 * an unpaid one, also when it is the round started while the payment before it is checked (that
 * payment is stored and its key released first); a round is priced by the work it did (a large grid pays more than its cycles); a
 * round that does 0 cycles still costs one, and a payment that does not raise the amount releases
 * no key.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ALL_DIFF_CODECS } from '../protocol/codecs.js';
import { encodeLifeState, emptyPattern } from '../functions/life.js';
import { signPayment } from '../protocol/payment.js';
import { WORK_UNITS_PER_CYCLE } from '../protocol/pricing.js';
import { toHex } from '../util/bytes.js';
import { isRemoteRefusal } from '../util/errors.js';
import type { ExecutorProcess } from './process.js';
import { ensureChannel } from './requester-channels.js';
import type { ChannelRow } from './requester-store.js';
import { SessionClient } from './session-client.js';
import { lifeJob, startTestWorld, TEST_PRICE_PER_CYCLE, type TestWorld } from './testing.js';
import { verifyExecutor, type VerifiedExecutor } from './verify-executor.js';

let world: TestWorld;
let executor: ExecutorProcess;

before(async () => {
  world = await startTestWorld();
  executor = await world.startExecutor(1, { name: 'round-risk', args: ['--max-cycles-per-round', '50', '--session-idle-ms', '3000'] });
});
after(async () => {
  await world.close();
});

const refusedWith = (code: string) => (error: unknown) => isRemoteRefusal(error, code);

type Party = { index: number; verified: VerifiedExecutor; requester: ReturnType<TestWorld['requester']>; functionMeasurement: Uint8Array };

async function party(index: number): Promise<Party> {
  const chain = world.client(index);
  const requester = world.requester(index, { name: `risk-${index}` });
  const { job } = await lifeJob({ width: 40, height: 20, cycles: 40, perRound: 20, executors: [executor.url] });
  const verified = await verifyExecutor(executor.url, { chain, policy: { allowedKinds: ['simulated'], allowSimulated: true, allowDebug: true }, functionMeasurement: toHex(job.functionMeasurement).slice(2) }, 5_000);
  requester.store.ensureRun({ runId: 'risk', functionMeasurement: toHex(job.functionMeasurement), initialState: job.initialState, totalCycles: 40, perRound: 20 }, Date.now());
  return { index, verified, requester, functionMeasurement: job.functionMeasurement };
}

async function channelFor(p: Party, cycles: bigint): Promise<{ channel: ChannelRow; base: bigint }> {
  return ensureChannel(world.client(p.index), p.requester.store, { executor: p.verified.info.executor, needed: cycles * TEST_PRICE_PER_CYCLE, minSeconds: 600, channelSeconds: 3600 });
}

function session(p: Party, channel: ChannelRow, base: bigint, state: Uint8Array): SessionClient {
  return new SessionClient(
    { chain: world.client(p.index), store: p.requester.store, codecs: ALL_DIFF_CODECS, timeouts: { connectMs: 5_000, resultMs: 20_000, keyMs: 3_000, keyFromChainMs: 0, chainPollMs: 100 }, log: () => undefined },
    { runId: 'risk', executor: p.verified, channel, base, functionMeasurement: p.functionMeasurement, firstRound: 0n, state },
  );
}

/** A random soup on a side x side grid (2600: about 19 million work units per generation). */
function soup(side: number): Uint8Array {
  const pattern = emptyPattern(side, side);
  let x = 5;
  for (let i = 0; i < pattern.cells.length; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    pattern.cells[i] = (x >>> 16) % 3 === 0 ? 1 : 0;
  }
  return encodeLifeState(side, side, pattern);
}

// Two generations of this grid are about 38.5 million work units: 2.3 cycles' worth.
const BIG = soup(2600);

describe('executor risk is one round', () => {
  it('prices a round by its metered work: two generations of a 2600x2600 grid cost three cycles', async () => {
    const p = await party(2);
    const { channel, base } = await channelFor(p, 100n);
    const s = session(p, channel, base, BIG);
    await s.open(2, 2);
    const { cyclesDone, terms } = await s.receiveResult();
    assert.equal(cyclesDone, 2);
    const billed = (terms.amount - base) / TEST_PRICE_PER_CYCLE;
    assert.ok(billed >= 3n, `billed ${billed} cycles for about ${(38.5e6 / WORK_UNITS_PER_CYCLE).toFixed(1)} cycles of work`);
    await s.pay(0);
    await s.receiveKey();
    await s.finish('test');
  });

  it('counts a round that fails in the enclave as the channel\'s one unpaid round', async () => {
    const p = await party(3);
    // The deposit pays two cycles, 2 x 2^24 work units: the round needs more and is stopped there.
    const { channel, base } = await channelFor(p, 2n);
    const first = session(p, channel, base, BIG);
    await first.open(2, 2);
    await assert.rejects(first.receiveResult(), refusedWith('FUNCTION_WORK_EXHAUSTED'));
    await first.finish('test');
    // The executor did that work: the channel now owes a round, so no new session runs on it.
    // (Before, every session on the channel could buy another failed round for nothing.)
    for (let attempt = 0; attempt < 3; attempt++) {
      const again = session(p, channel, base, BIG);
      await again.open(2, 2);
      let outcome: unknown;
      try {
        await again.receiveResult();
      } catch (error) {
        outcome = error;
      }
      await again.finish('test');
      if (refusedWith('CHANNEL_BUSY')(outcome)) continue; // the first session is still settling
      assert.ok(refusedWith('CHANNEL_HAS_UNPAID_ROUND')(outcome), `expected CHANNEL_HAS_UNPAID_ROUND, got ${String(outcome)}`);
      return;
    }
    assert.fail('the channel stayed busy');
  });

  it('a next round that fails in the enclave after its payment arrived: the payment is stored and its k released first, then the channel owes that round', async () => {
    const p = await party(5);
    // Round 0, one generation of BIG (about 19 million work units), costs two cycles; the third cycle
    // left pays less work than round 1 needs, so round 1 is stopped in the enclave (work budget)
    // while payment 0 waits for it to commit with its key.
    const { channel, base } = await channelFor(p, 3n);
    const s = session(p, channel, base, BIG);
    await s.open(1, 2);
    const { terms } = await s.receiveResult();
    assert.equal(terms.amount, base + 2n * TEST_PRICE_PER_CYCLE);
    const signature = await signPayment(world.client(p.index).account, world.client(p.index).domain, terms);
    await s.sendPay(terms.amount, signature, 1);
    const key = await s.nextMessage(60_000);
    assert.equal(key.kind, 'key', 'k of the paid round is released although the next round failed');
    await assert.rejects(s.nextMessage(60_000), refusedWith('FUNCTION_WORK_EXHAUSTED'));
    await s.finish('test');
    for (let attempt = 0; attempt < 3; attempt++) {
      const again = session(p, channel, base, BIG);
      await again.open(1, 2);
      const outcome = await again.receiveResult().catch((error: unknown) => error);
      await again.finish('test');
      if (refusedWith('CHANNEL_BUSY')(outcome)) continue; // the first session is still settling
      assert.ok(refusedWith('CHANNEL_HAS_UNPAID_ROUND')(outcome), `expected CHANNEL_HAS_UNPAID_ROUND, got ${String(outcome)}`);
      return;
    }
    assert.fail('the channel stayed busy');
  });

  it('charges a round that does 0 cycles, and releases no key for an amount that does not increase', async () => {
    const p = await party(4);
    const { channel, base } = await channelFor(p, 1_000n);
    // An empty grid never changes: every round ends at once with 0 cycles done.
    const s = session(p, channel, base, encodeLifeState(400, 400, emptyPattern(400, 400)));
    await s.open(20, 1_000);
    const { cyclesDone, terms } = await s.receiveResult();
    assert.equal(cyclesDone, 0);
    assert.equal(terms.amount, base + TEST_PRICE_PER_CYCLE, 'a 0-cycle round costs one cycle');
    // Paying the previous amount again (what a 0-cycle round used to be worth) is refused, key withheld.
    const stale = { ...terms, amount: base };
    const signature = await signPayment(world.client(p.index).account, world.client(p.index).domain, stale);
    await s.sendPay(stale.amount, signature, 20);
    const reply = await s.nextMessage(10_000).catch((error: unknown) => error);
    assert.ok(refusedWith('PAYMENT_NOT_INCREASING')(reply), `expected PAYMENT_NOT_INCREASING, got ${JSON.stringify(reply, (_k, v: unknown) => (typeof v === 'bigint' ? String(v) : v))}`);
    await s.finish('test');
  });
});
