/**
 * The requester's limits against real executor processes on a devnet: an executor priced above the
 * limit, one that wants longer channels or a larger deposit than the requester opens, is refused
 * before any transaction; the spend budget stops a run; deposits for a few rounds are topped up.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { readChannel } from '../chain/index.js';
import { isAirtntError } from '../util/errors.js';
import type { ExecutorProcess } from './process.js';
import { runIdOf } from './requester.js';
import { lifeJob, startTestWorld, TEST_PRICE_PER_CYCLE, type TestWorld } from './testing.js';
import { DEFAULT_MAX_PRICE_PER_CYCLE } from './verify-executor.js';

const MIN_DEPOSIT = 5_000_000n;

let world: TestWorld;
let plain: ExecutorProcess;
let demanding: ExecutorProcess;

before(async () => {
  world = await startTestWorld();
  [plain, demanding] = await Promise.all([
    world.startExecutor(1),
    world.startExecutor(2, { args: ['--min-channel-seconds', '7200', '--min-deposit', MIN_DEPOSIT.toString()] }),
  ]);
});
after(async () => {
  await world.close();
});

const stalledWith = (code: string) => (error: unknown) => isAirtntError(error, 'RUN_STALLED') && error.details.lastCode === code;

/** No transaction was sent from this account and nothing was stored as a channel. */
async function assertNothingOpened(index: number, requester: { store: { allOpenChannels(): unknown[] } }): Promise<void> {
  const chain = world.client(index);
  assert.equal(await chain.public.getTransactionCount({ address: chain.account.address }), 0);
  assert.deepEqual(requester.store.allOpenChannels(), []);
}

describe('requester limits', () => {
  it('refuses an executor priced above the limit before opening anything; the default limit is 1 gwei', async () => {
    assert.equal(DEFAULT_MAX_PRICE_PER_CYCLE, 1_000_000_000n);
    const { job } = await lifeJob({ width: 40, height: 12, cycles: 20, perRound: 10, executors: [plain.url] });
    const requester = world.requester(3, { maxPricePerCycle: TEST_PRICE_PER_CYCLE - 1n });
    await assert.rejects(requester.run(job), stalledWith('EXECUTOR_TOO_EXPENSIVE'));
    await assertNothingOpened(3, requester);
  });

  it('refuses an executor whose minChannelSeconds + margin exceed the channels it would open', async () => {
    const { job } = await lifeJob({ width: 40, height: 12, cycles: 20, perRound: 10, executors: [demanding.url] });
    const requester = world.requester(4, { channelSeconds: 3600 });
    await assert.rejects(requester.run(job), stalledWith('EXECUTOR_CHANNEL_TOO_LONG'));
    await assertNothingOpened(4, requester);
  });

  it('refuses an executor whose minDeposit exceeds what the requester locks (by default its budget)', async () => {
    const { job } = await lifeJob({ width: 40, height: 12, cycles: 20, perRound: 10, executors: [demanding.url] });
    const requester = world.requester(5, { channelSeconds: 8000, maxPricePerCycle: 10_000n });
    // Budget = 10,000 x 20 cycles = 200,000 < 5,000,000.
    await assert.rejects(requester.run(job), stalledWith('EXECUTOR_DEPOSIT_TOO_HIGH'));
    await assertNothingOpened(5, requester);
  });

  it('deposits at least the advertised minDeposit, and stops the run once maxSpend is reached', async () => {
    const { job } = await lifeJob({ width: 40, height: 12, cycles: 40, perRound: 10, executors: [demanding.url] });
    const requester = world.requester(6, { channelSeconds: 8000, maxSpend: 25n * TEST_PRICE_PER_CYCLE, maxDeposit: 10n * MIN_DEPOSIT });
    await assert.rejects(requester.run(job), (error) => isAirtntError(error, 'SPEND_LIMIT_REACHED'));
    const [channel] = requester.store.allOpenChannels();
    assert.equal(channel?.deposit, MIN_DEPOSIT);
    // 25,000 wei buy 25 cycles: two rounds of 10 and a last one cut to 5; nothing beyond is asked.
    assert.equal(channel?.signed, 25n * TEST_PRICE_PER_CYCLE);
    assert.deepEqual(requester.store.keyedRounds(runIdOf(job)).map((r) => [r.round, r.cyclesAsked]), [[0n, 10], [1n, 10], [2n, 5]]);
  });

  it('with depositRounds, deposits for that many rounds and tops the same channel up', async () => {
    const { job, expected } = await lifeJob({ width: 40, height: 12, cycles: 30, perRound: 10, executors: [plain.url] });
    const requester = world.requester(7, { depositRounds: 1 });
    const result = await requester.run(job);
    assert.deepEqual(result.finalState, expected);
    assert.equal(result.sessions.length, 3);
    assert.equal(result.transfers, 0);
    const channels = requester.store.allOpenChannels();
    assert.equal(channels.length, 1);
    const onChain = await readChannel(world.client(7), { requester: channels[0]!.requester, executor: channels[0]!.executor, token: channels[0]!.token, lane: channels[0]!.lane });
    assert.equal(onChain.deposit, 30n * TEST_PRICE_PER_CYCLE);
    assert.equal(channels[0]!.deposit, 30n * TEST_PRICE_PER_CYCLE);
    // One open and two top-ups.
    const chain = world.client(7);
    assert.equal(await chain.public.getTransactionCount({ address: chain.account.address }), 3);
  });
});
