/**
 * `airtnt bench failover`: a run on a local pool of 3 (an executor and two standbys, simulated TEE,
 * one devnet) against the same run in which the executor is SIGKILLed at a random round: after that
 * round's payment was stored and before its key left, or after the round ran and before its result
 * left. Both runs in the same invocation, each by its own requester, after a warm-up run, each on a
 * freshly started executor process. Measured: wall time of each run,
 * the requester's transactions beyond the baseline's, rounds paid twice (reported twice, or more paid
 * than the rounds are worth), and whether the final state equals the baseline's and the local reference.
 */
import { randomInt } from 'node:crypto';
import { deployPools } from '../chain/deploy-pools.js';
import { equalBytes } from '../util/bytes.js';
import type { ExecutorProcess } from '../node/process.js';
import type { RunProgress, RunResult } from '../node/requester-types.js';
import { lifeJob, startTestWorld, TEST_PRICE_PER_CYCLE, type TestWorld } from '../node/testing.js';
import { crashCommand } from './crash.js';

import { FAILOVER_KILLS, FAILOVER_POINTS, type FailoverKill, type FailoverPoint } from './failover-options.js';

export { FAILOVER_KILLS, FAILOVER_POINTS, type FailoverKill, type FailoverPoint };

export type FailoverOptions = { rounds: number; perRound: number; kill?: FailoverKill; point?: FailoverPoint; round?: number; log?: (line: string) => void };

export type FailoverReport = {
  baselineMs: number;
  withKillMs: number;
  extraMs: number;
  extraTransactions: number;
  roundsPaidTwice: number;
  correct: boolean;
  /** Who was killed. */
  kill: FailoverKill;
  /** Where (round numbers start at 0): the executor's own hook, or 'after-round' (the requester had that round's key). */
  killedAt: { point: FailoverPoint | 'after-round'; round: number };
  /** Members of the pool each round ran on, in pool order (0: the view-0 executor). */
  ranOn: number[];
  rounds: number;
  perRound: number;
  /** Rounds whose key came from a standby. */
  keysFromStandby: number;
  /**
   * The failover alone, less exposed to the machine's load than the runs' totals: the longest gap between two rounds
   * of the killed run (the one across the kill) less the median gap between its rounds.
   */
  failoverGapMs: number;
  medianRoundMs: number;
};

function gaps(at: readonly number[]): number[] {
  return at.slice(1).map((t, i) => t - at[i]!);
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? 0 : sorted[Math.floor(sorted.length / 2)]!;
}

type Measured = { ms: number; result: RunResult; progress: RunProgress[]; at: number[]; transactions: number };

async function measuredRun(world: TestWorld, requesterIndex: number, executor: ExecutorProcess, standbys: ExecutorProcess[], pools: `0x${string}`, job: Awaited<ReturnType<typeof lifeJob>>['job'], afterRound?: (p: RunProgress) => void): Promise<Measured> {
  const progress: RunProgress[] = [];
  const at: number[] = [];
  const onProgress = (p: RunProgress) => {
    progress.push(p);
    at.push(performance.now());
    afterRound?.(p);
  };
  const requester = world.requester(requesterIndex, { name: `failover-requester-${requesterIndex}`, pool: { contract: pools, standbys: standbys.map((s) => s.url), ackCount: 1 }, onProgress });
  const address = world.devnet.accounts[requesterIndex]!.address;
  const client = world.client(requesterIndex);
  const nonce = await client.public.getTransactionCount({ address });
  const started = performance.now();
  const result = await requester.run({ ...job, executors: [executor.url] });
  const ms = performance.now() - started;
  return { ms, result, progress, at, transactions: (await client.public.getTransactionCount({ address })) - nonce };
}

export async function benchFailover(options: FailoverOptions): Promise<FailoverReport> {
  const log = options.log ?? (() => undefined);
  const kill = options.kill ?? 'executor';
  const point = kill !== 'executor' ? 'after-round' : options.point ?? FAILOVER_POINTS[randomInt(FAILOVER_POINTS.length)]!;
  // Not the first round (the pool is still being set up) nor the last (nothing would follow the failover).
  const round = options.round ?? 1 + randomInt(Math.max(1, options.rounds - 2));
  const world = await startTestWorld();
  try {
    const pools = (await deployPools(world.client(0))).address;
    const args = ['--pools', pools];
    const standbys = [await world.startExecutor(2, { name: 'member-2', args }), await world.startExecutor(3, { name: 'member-3', args })];
    const { job, expected } = await lifeJob({ width: 40, height: 20, cycles: options.rounds * options.perRound, perRound: options.perRound, executors: [] });
    // A warm-up run (not measured) so that neither measured run pays for the standbys' and this process's first round;
    // each measured run then starts on a fresh executor process.
    const warm = await world.startExecutor(1, { name: 'member-1-warm-up', args });
    await measuredRun(world, 5, warm, standbys, pools, job);
    await warm.stop();
    log(`pool of 3 ready and warm; baseline run of ${options.rounds} rounds of ${options.perRound} cycles`);
    const honest = await world.startExecutor(1, { name: 'member-1-baseline', args });
    const baseline = await measuredRun(world, 6, honest, standbys, pools, job);
    await honest.stop();
    log(`baseline ${Math.round(baseline.ms)} ms; now ${kill === 'executor' ? 'the executor' : kill === 'standby' ? 'the second standby' : 'the executor and the first standby'} killed at ${point}@${round}`);
    const crashing = await world.startExecutor(1, { name: 'member-1-killed', args, ...(point === 'after-round' ? {} : { command: crashCommand({ side: 'executor', point, fromRound: BigInt(round) }) }) });
    const victims = kill === 'executor' ? [crashing] : kill === 'standby' ? [standbys[1]!] : [crashing, standbys[0]!];
    const afterRound = point !== 'after-round' ? undefined : (p: RunProgress) => {
      if (p.round === BigInt(round)) for (const victim of victims) victim.child.kill('SIGKILL');
    };
    const killed = await measuredRun(world, 7, crashing, standbys, pools, job, afterRound);
    const exits = await Promise.all(victims.map((victim) => Promise.race([victim.exited.then((exit) => exit.signal === 'SIGKILL'), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 5_000).unref())])));
    const died = exits.every(Boolean);
    const members = [crashing.url, ...standbys.map((s) => s.url)];
    const reported = new Map<bigint, number>();
    for (const p of killed.progress) reported.set(p.round, (reported.get(p.round) ?? 0) + 1);
    const twiceReported = [...reported.values()].filter((count) => count > 1).length;
    const paid = killed.result.paid.reduce((sum, p) => sum + p.amount, 0n);
    const roundPrice = BigInt(options.perRound) * TEST_PRICE_PER_CYCLE;
    const overpaidRounds = paid > BigInt(options.rounds) * roundPrice ? Number((paid - BigInt(options.rounds) * roundPrice) / roundPrice) : 0;
    const correct = died && equalBytes(killed.result.finalState, baseline.result.finalState) && equalBytes(killed.result.finalState, expected) && killed.result.rounds === options.rounds;
    return {
      baselineMs: Math.round(baseline.ms),
      withKillMs: Math.round(killed.ms),
      extraMs: Math.round(killed.ms - baseline.ms),
      extraTransactions: killed.transactions - baseline.transactions,
      roundsPaidTwice: Math.max(twiceReported, overpaidRounds),
      correct,
      kill,
      killedAt: { point, round },
      ranOn: killed.progress.map((p) => members.indexOf(p.executor)),
      rounds: options.rounds,
      perRound: options.perRound,
      keysFromStandby: killed.progress.filter((p) => p.keyFrom === 'pool').length,
      failoverGapMs: Math.round(Math.max(0, ...gaps(killed.at)) - median(gaps(killed.at))),
      medianRoundMs: Math.round(median(gaps(killed.at))),
    };
  } finally {
    await world.close();
  }
}
