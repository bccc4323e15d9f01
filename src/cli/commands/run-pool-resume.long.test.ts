/**
 * A requester SIGKILLed mid pool run and restarted (real processes, a real devnet): `airtnt run life
 * --executor A --standby B --standby C --pools ADDRESS` killed by itself right after a round's payment
 * was sent (its key never came), then the same command again. The restarted requester resumes in the
 * view it stored, with the stored members: on the view's executor (1) when nothing failed over, and (2)
 * after a view change (the view-0 executor SIGKILLed itself, a standby took over, then the requester
 * died), on the standby that executes the stored view, the dead member left out. In both: the same
 * grid as an uninterrupted run, every round paid exactly once (the round whose key was lost is waited
 * for until its member collects it, never run and paid again), and each member collects exactly the
 * rounds it ran, by itself, on each of the run's pool channels. --json names the views and the members.
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Address, Hex } from 'viem';
import { withChannels } from '../../chain/client.js';
import { deployPools } from '../../chain/deploy-pools.js';
import { readMemberCollected } from '../../chain/read-member-collected.js';
import { decodeLifeState, writePatternFile } from '../../functions/life.js';
import { runCli, type ExecutorProcess } from '../../node/process.js';
import { RequesterStore } from '../../node/requester-store.js';
import { memberCollects } from '../../node/test-helpers/member-collected.js';
import { GLIDER_GUN_RLE, lifeJob, startTestWorld, TEST_PRICE_PER_CYCLE, type TestWorld } from '../../node/testing.js';
import { crashing } from '../../node/test-helpers/crashing-process.js';

let world: TestWorld;
let pools: Address;
let members: ExecutorProcess[];
let pattern: string;

before(async () => {
  world = await startTestWorld();
  pools = (await deployPools(world.client(0))).address;
  members = await Promise.all([1, 2, 3].map((index) => world.startExecutor(index, { name: `member-${index}`, args: ['--pools', pools] })));
  pattern = join(world.dir, 'gun.rle');
  writeFileSync(pattern, GLIDER_GUN_RLE);
});
after(async () => {
  await world?.close();
});

type RunJson = {
  ok: boolean; rounds: number; resumedFromRound: number;
  sessions: { url: string; view?: number; firstRound: string; rounds: number; endReason: string }[];
  pool?: { members: string[]; view: number; executor: string; storedView?: number; resumedInView?: number };
  waits: { round: string; outcome: string }[];
};

/** Per paid round of the run in the store: how many payments it got, the channel and the member each named. */
function paidRounds(dataDir: string): { round: number; payments: number }[] {
  const store = new RequesterStore(join(dataDir, 'requester.sqlite'));
  try {
    return store.db.prepare('SELECT round, COUNT(*) AS payments FROM rounds GROUP BY round ORDER BY round').all() as { round: number; payments: number }[];
  } finally {
    store.close();
  }
}

/** The run's pool channels in the order they were opened. */
function channelsOf(dataDir: string): Hex[] {
  const store = new RequesterStore(join(dataDir, 'requester.sqlite'));
  try {
    return (store.db.prepare('SELECT DISTINCT channel_id FROM sessions ORDER BY started_at, rowid').all() as { channel_id: Hex }[]).map((row) => row.channel_id);
  } finally {
    store.close();
  }
}

describe('a pool run resumed by a restarted requester', { timeout: 900_000 }, () => {
  for (const scenario of [
    { name: 'mid-run, no view change', requester: 6, cycles: 40, executorCrash: undefined, requesterCrash: 'payment-sent@2', paidBeforeKill: 3 },
    { name: 'after a view change', requester: 7, cycles: 50, executorCrash: 'payment-stored@1', requesterCrash: 'payment-sent@3', paidBeforeKill: 4 },
  ] as const) {
    it(`requester SIGKILLed ${scenario.name}: restarted, it resumes in the stored view; same grid, nothing paid twice, each member collects its own rounds`, async () => {
      const dir = `requester-${scenario.requester}`;
      const dataDir = join(world.dir, dir);
      const out = join(world.dir, `${dir}.rle`);
      // (2): a view-0 executor that SIGKILLs itself after round 1 was paid (a standby releases its key and takes over).
      const first = scenario.executorCrash === undefined ? members[0]! : await world.startExecutor(4, { name: 'member-4', command: crashing(`executor:${scenario.executorCrash}`), args: ['--pools', pools] });
      const standbys = [members[1]!, members[2]!];
      const args = [
        'run', 'life', '--pattern', pattern, '--width', '40', '--height', '20', '--cycles', String(scenario.cycles), '--per-round', '10', '--out', out, '--json', '--key-timeout-ms', '3000',
        '--executor', first.url, ...standbys.flatMap((s) => ['--standby', s.url]), '--ack-count', '1', '--pools', pools, '--data-dir', dataDir,
        '--allow-simulated', '--rpc-url', world.devnet.rpcUrl, '--channels', world.devnet.channels,
      ];
      const env = { AIRTNT_PRIVATE_KEY: world.devnet.accounts[scenario.requester]!.privateKey };
      const crashed = await runCli(args, { env, timeoutMs: 300_000, command: crashing(`requester:${scenario.requesterCrash}`) });
      assert.equal(crashed.signal, 'SIGKILL', crashed.stderr);
      if (scenario.executorCrash !== undefined) assert.deepEqual(await first.exited, { code: null, signal: 'SIGKILL' }, 'the view-0 executor died first');
      assert.deepEqual(paidRounds(dataDir).map((r) => r.round), [...Array(scenario.paidBeforeKill).keys()], 'killed right after the payment of the last of these rounds');

      const resumed = await runCli(args, { env, timeoutMs: 300_000 });
      assert.equal(resumed.code, 0, resumed.stderr);
      const rounds = scenario.cycles / 10;
      // Each round paid once: the round whose key died with the requester was not run and paid again.
      assert.deepEqual(paidRounds(dataDir), [...Array(rounds).keys()].map((round) => ({ round, payments: 1 })), 'every round paid exactly once');
      const { expected } = await lifeJob({ width: 40, height: 20, cycles: scenario.cycles, perRound: 10, executors: [] });
      assert.equal(readFileSync(out, 'utf8'), writePatternFile(out, decodeLifeState(expected)), 'the same grid as an uninterrupted run');
      const json = JSON.parse(resumed.stdout.trim().split('\n').at(-1)!) as RunJson;
      assert.equal(json.rounds, rounds);
      assert.equal(json.resumedFromRound, scenario.paidBeforeKill, 'resumed after the last paid round');

      const client = withChannels(world.client(0), pools);
      const payee = (index: number) => world.devnet.accounts[index]!.address;
      const price = (rounds: number) => BigInt(rounds * 10) * TEST_PRICE_PER_CYCLE;
      const [oldChannel, newChannel] = channelsOf(dataDir);
      assert.ok(newChannel !== undefined, 'the resumed view runs on a fresh pool channel');
      if (scenario.executorCrash === undefined) {
        // View 0 on member 1 throughout: stored, resumed in, and its members as given.
        assert.deepEqual(json.pool, { members: members.map((m) => m.url), view: 0, executor: members[0]!.url, storedView: 0, resumedInView: 0 });
        assert.deepEqual(json.sessions.map((s) => [s.url, s.view, s.firstRound, s.rounds, s.endReason]), [[members[0]!.url, 0, '3', 1, 'complete']]);
        // Member 1 ran rounds 0-2 on the first channel and round 3 on the second; the standbys nothing.
        await memberCollects(client, oldChannel!, payee(1), price(3));
        await memberCollects(client, newChannel, payee(1), price(1));
        for (const index of [2, 3]) for (const channel of [oldChannel!, newChannel]) assert.equal(await readMemberCollected(client, channel, payee(index)), 0n);
      } else {
        // Stored in view 1 on member 2 (the view-0 executor died); resumed there, the dead member left out.
        assert.deepEqual(json.pool, { members: [members[1]!.url, members[2]!.url], view: 1, executor: members[1]!.url, storedView: 1, resumedInView: 1 });
        assert.deepEqual(json.sessions.map((s) => [s.url, s.view, s.firstRound, s.rounds, s.endReason]), [[members[1]!.url, 1, '4', 1, 'complete']]);
        // Member 2 ran rounds 2-3 in view 1 of the first channel and round 4 on the second; member 3 nothing.
        await memberCollects(client, oldChannel!, payee(2), price(2));
        await memberCollects(client, newChannel, payee(2), price(1));
        for (const channel of [oldChannel!, newChannel]) assert.equal(await readMemberCollected(client, channel, payee(3)), 0n);
        // The dead member holds the PoolPayments of rounds 0-1 (20 cycles, its to collect when it is back), and nothing more.
        assert.equal(await readMemberCollected(client, oldChannel!, payee(4)), 0n);
      }
    });
  }
});
