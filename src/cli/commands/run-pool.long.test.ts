/**
 * A pool from the command line (real processes, a real devnet): `airtnt run life --standby URL
 * --pools ADDRESS` runs the session on the first --executor with standbys; the executor is SIGKILLed
 * mid-run (by itself: after round 2 was paid and before its key left, where a standby releases that
 * key; or after round 3 ran and before its result), a standby continues, and the run's --json names both members: one sessions entry per view, the failover
 * in transfers and failures, each round's executor. The members' side: the start banner names the
 * AirtntPools contract, `executor status` lists the pool payments held (collected or pending: each
 * member's pool collector collects them), and a stop never asks for a collect by hand. Without --pools, standbys are refused before anything is opened.
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { deployPools } from '../../chain/deploy-pools.js';
import { decodeLifeState, writePatternFile } from '../../functions/life.js';
import { runCli, type ExecutorProcess } from '../../node/process.js';
import { GLIDER_GUN_RLE, lifeJob, startTestWorld, TEST_PRICE_PER_CYCLE, type TestWorld } from '../../node/testing.js';
import { crashingAt } from '../../node/test-helpers/crashing-process.js';

// The crash entry of the pool failover tests (src/node/pool-failover.test.ts): an executor that SIGKILLs itself at a step.

const REQUESTER = 6;

let world: TestWorld;
let pools: `0x${string}`;
let standbys: ExecutorProcess[];
let pattern: string;

before(async () => {
  world = await startTestWorld();
  pools = (await deployPools(world.client(0))).address;
  standbys = await Promise.all([
    world.startExecutor(2, { name: 'member-2', args: ['--pools', pools] }),
    world.startExecutor(3, { name: 'member-3', args: ['--pools', pools] }),
  ]);
  pattern = join(world.dir, 'gun.rle');
  writeFileSync(pattern, GLIDER_GUN_RLE);
});
after(async () => {
  await world?.close();
});

const chainArgs = () => ['--allow-simulated', '--rpc-url', world.devnet.rpcUrl, '--channels', world.devnet.channels];
const env = () => ({ AIRTNT_PRIVATE_KEY: world.devnet.accounts[REQUESTER]!.privateKey });
const lifeArgs = (out: string) => ['run', 'life', '--pattern', pattern, '--width', '40', '--height', '20', '--cycles', '40', '--per-round', '10', '--out', out, '--json', '--key-timeout-ms', '3000'];

type Session = { url: string; rounds: number; firstRound: string; endReason: string; view?: number };
type RunJson = {
  ok: boolean; runId: string; rounds: number; cyclesDone: number; transfers: number; executors: string[];
  roundExecutors: { round: number; executor: string }[]; sessions: Session[];
  failures: { url: string; code: string }[]; paid: { url: string; amount: string }[]; runSpent: string;
};

function lastJson<T>(stdout: string): T {
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as T;
}

describe('airtnt run life --standby', { timeout: 600_000 }, () => {
  it('refuses standbys without the AirtntPools contract before anything is opened; run life --help shows the pool flags', async () => {
    const refused = await runCli([...lifeArgs(join(world.dir, 'refused.rle')), '--executor', standbys[1]!.url, '--standby', standbys[0]!.url, '--data-dir', join(world.dir, 'refused'), ...chainArgs()], { env: env() });
    assert.equal(refused.code, 1, refused.stderr);
    const error = lastJson<{ ok: boolean; error: { code: string; hint: string } }>(refused.stdout).error;
    assert.equal(error.code, 'POOL_CONTRACT_REQUIRED');
    assert.match(error.hint, /--pools ADDRESS/);
    const help = await runCli(['run', 'life', '--help']);
    for (const flag of ['--standby <url>', '--ack-count <n>', '--pools <address>']) assert.ok(help.stdout.includes(flag), `${flag} in run life --help`);
  });

  for (const [point, round, name, dir, killed] of [
    ['payment-stored', 2, 'after round 2 was paid and before its key', 'requester-a', 0],
    ['round-stored', 3, 'after round 3 ran and before its result', 'requester-b', 1],
  ] as const) {
    it(`the executor SIGKILLed mid-run (${name}): a standby continues, and --json names both members, the view change and each round's executor`, async () => {
      const crashing = await world.startExecutor(killed === 0 ? 1 : 4, { name: `member-${killed === 0 ? 1 : 4}`, command: crashingAt(point, round), args: ['--pools', pools] });
      const out = join(world.dir, `${dir}.rle`);
      const cli = await runCli(
        [...lifeArgs(out), '--executor', crashing.url, '--standby', standbys[0]!.url, '--standby', standbys[1]!.url, '--ack-count', '1', '--pools', pools, '--data-dir', join(world.dir, dir), ...chainArgs()],
        { env: env(), timeoutMs: 300_000 },
      );
      assert.equal(cli.code, 0, cli.stderr);
      assert.deepEqual(await crashing.exited, { code: null, signal: 'SIGKILL' }, 'the executor was killed mid-run');
      const result = lastJson<RunJson>(cli.stdout);
      const { expected } = await lifeJob({ width: 40, height: 20, cycles: 40, perRound: 10, executors: [] });
      assert.equal(readFileSync(out, 'utf8'), writePatternFile(out, decodeLifeState(expected)), 'the same grid as an uninterrupted run');
      assert.equal(result.rounds, 4);
      assert.equal(result.cyclesDone, 40);
      const [first, second] = [crashing.url, standbys[0]!.url];
      assert.deepEqual(result.executors, [first, second]);
      assert.deepEqual(result.roundExecutors.map((r) => [r.round, r.executor]), [[0, first], [1, first], [2, first], [3, second]]);
      assert.deepEqual(result.sessions.map((s) => [s.url, s.view, s.firstRound, s.rounds, s.endReason]), [[first, 0, '0', 3, 'view change'], [second, 1, '3', 1, 'complete']]);
      assert.equal(result.transfers, 1);
      assert.deepEqual(result.failures.map((f) => [f.url, f.code]), [[first, 'POOL_EXECUTOR_FAILED']]);
      // Paid once per round: each member for the rounds it ran.
      assert.deepEqual(result.paid.map((p) => [p.url, p.amount]), [[first, String(30n * TEST_PRICE_PER_CYCLE)], [second, String(10n * TEST_PRICE_PER_CYCLE)]]);
      assert.equal(result.runSpent, String(40n * TEST_PRICE_PER_CYCLE));
      // `runs show` says the view change too (one session id for both views: new-user review).
      const shown = await runCli(['runs', 'show', result.runId, '--data-dir', join(world.dir, dir)], { env: env() });
      assert.equal(shown.code, 0, shown.stderr);
      assert.match(shown.stdout, new RegExp(`session from round 0 on ${first} \\(complete, over the views below\\)\n {4}view 1 from round 3 on ${second} \\(took over: the executor of the view before stopped answering\\)`));
      // `run recover` lists the pool channel, still open, with what was signed to all its members (new-user review).
      const recovered = await runCli(['run', 'recover', '--json', '--data-dir', join(world.dir, dir), ...chainArgs()], { env: env() });
      assert.equal(recovered.code, 0, recovered.stderr);
      const open = lastJson<{ stillOpen: { signed: string; pool: boolean }[] }>(recovered.stdout).stillOpen;
      assert.deepEqual(open.map((c) => [c.signed, c.pool]), [[String(40n * TEST_PRICE_PER_CYCLE), true]]);
    });
  }

  it('the members\' side: the start banner names the contract, executor status lists the pool payments held, a stop leaves nothing to collect by hand', async () => {
    assert.ok(standbys[0]!.log().includes(`serving pool sessions (executor or standby) on AirtntPools ${pools}`), standbys[0]!.log());
    // member-1 and member-4 ran rounds 0-2 of one session each; member-2 round 3 of both; member-3 nothing.
    for (const [name, held, paidRounds] of [['member-1', 30n, [3]], ['member-4', 30n, [3]], ['member-2', 20n, [1, 1]], ['member-3', 0n, []]] as const) {
      const status = await runCli(['executor', 'status', '--data-dir', join(world.dir, name), '--json']);
      assert.equal(status.code, 0, status.stderr);
      const pool = lastJson<{ pool: { held: string; collected: string; pending: string; sessions: { paidRounds: number }[] } }>(status.stdout).pool;
      assert.equal(pool.held, String(held * TEST_PRICE_PER_CYCLE), `${name} holds the PoolPayments of its rounds`);
      assert.equal(BigInt(pool.collected) + BigInt(pool.pending), held * TEST_PRICE_PER_CYCLE, `${name}: what is held is collected or pending (its pool collector collects it)`);
      assert.deepEqual(pool.sessions.map((s) => s.paidRounds), paidRounds);
    }
    await standbys[0]!.stop();
    // The member's pool collector collects its payments by itself: the stop never asks for a collect by hand.
    assert.doesNotMatch(standbys[0]!.log(), /collectPoolPayment/);
  });
});
