/**
 * Network faults between hosts, measured (Linux, root): executors as real processes in their own
 * network namespaces (netns.ts), the requester and anvil in the root namespace. Three paid Game of
 * Life runs: a clean one (round latency), one with delay and loss on the executor's link (round
 * latency under impairment: kernel netem, or a user-space shaping relay where the kernel has none), and one whose executor is partitioned after
 * two rounds (time until the run continues on the second executor). Then the chain is read: what was
 * paid and not collected (lostPayments) and rounds paid more than once (paidTwice) must both be 0.
 * Used by `airtnt bench netfaults`.
 */
import { readChannel } from '../chain/index.js';
import { runIdOf, type Requester } from '../node/requester.js';
import { eventually, lifeJob, startTestWorld, type TestWorld } from '../node/testing.js';
import { createHosts, kernelHasNetem, type Hosts, type Netem } from './netns.js';
import { median, quantile, roundTo } from './stats.js';

export type NetFaultsOptions = { rounds: number; netem: Netem; log?: (line: string) => void };

export type NetFaultsResult = {
  rounds: number;
  clean: { p50Ms: number; p99Ms: number };
  /** Round latency with delay and loss: by tc netem, or where the kernel has none by the shaping relay (netns.ts); null on failure (impairedError). */
  impaired: { by: 'netem' | 'user-space relay'; delayMs: number; jitterMs: number; lossPercent: number; p50Ms: number; p99Ms: number } | null;
  impairedError?: string;
  /** From the partition to the first round paid on the second executor. */
  failoverMs: number;
  transfers: number;
  /** Rounds the requester waited for a key on-chain rather than pay them again. */
  waits: number;
  lostPayments: number;
  paidTwice: number;
  wallSeconds: number;
};

const FAST = { keyMs: 2_000, keyFromChainMs: 300, resultMs: 3_000, withheldKeyPollMs: 200 };

/** A paid run of `rounds` rounds: the requester's time per round, what it paid and its run id. */
async function timedRun(requester: Requester, executors: string[], rounds: number): Promise<{ roundMs: number[]; runSpent: bigint; runId: string }> {
  const { job } = await lifeJob({ width: 40, height: 20, cycles: rounds * 10, perRound: 10, executors });
  const result = await requester.run(job);
  return { roundMs: result.timings.roundMs, runSpent: result.runSpent, runId: runIdOf(job) };
}

function paidTwiceIn(requester: Requester, runId: string): number {
  const rows = requester.store.db.prepare('SELECT COUNT(*) AS n FROM rounds WHERE run_id = ? GROUP BY round HAVING n > 1').all(runId) as { n: number }[];
  return rows.length;
}

async function uncollected(world: TestWorld, requester: Requester, index: number, paid: bigint): Promise<bigint> {
  let collected = 0n;
  for (const c of requester.store.allOpenChannels()) {
    collected += (await readChannel(world.client(index), { requester: c.requester, executor: c.executor, token: c.token, lane: c.lane })).collected;
  }
  return paid - collected;
}

export async function runNetFaults(options: NetFaultsOptions): Promise<NetFaultsResult> {
  const started = performance.now();
  const log = options.log ?? (() => undefined);
  const world = await startTestWorld();
  let net: Hosts | undefined;
  try {
    net = await createHosts(3, world.devnet.rpcUrl);
    const hosts = net.hosts;
    const startIn = (host: number, index: number) => world.startExecutor(index, { command: hosts[host]!.command, rpcUrl: hosts[host]!.rpcUrl, args: ['--host', hosts[host]!.address] });
    const [a, b, c] = await Promise.all([startIn(0, 1), startIn(1, 2), startIn(2, 3)]);
    const summary = (ms: number[]) => ({ p50Ms: roundTo(median(ms), 1), p99Ms: roundTo(quantile(ms, 0.99), 1) });
    const toCheck: { requester: Requester; index: number; runId: string; paid: bigint }[] = [];

    log('clean run');
    const cleanRequester = world.requester(4, { timeouts: FAST });
    const clean = await timedRun(cleanRequester, [a!.url], options.rounds);
    toCheck.push({ requester: cleanRequester, index: 4, runId: clean.runId, paid: clean.runSpent });

    let impaired: NetFaultsResult['impaired'] = null;
    let impairedError: string | undefined;
    let impairment: 'netem' | 'user-space relay' = 'netem';
    try {
      const netem = await kernelHasNetem();
      if (netem) await net.netem(1, options.netem);
      impairment = netem ? 'netem' : 'user-space relay';
      const url = netem ? b!.url : await net.shapedUrl(1, b!.url, options.netem);
      log(`run with ${options.netem.delayMs} ms ± ${options.netem.jitterMs ?? 0} ms delay and ${options.netem.lossPercent ?? 0}% loss (${impairment})`);
      const requester = world.requester(5, { timeouts: { keyMs: 10_000, keyFromChainMs: 5_000, resultMs: 20_000 } });
      const run = await timedRun(requester, [url], options.rounds);
      toCheck.push({ requester, index: 5, runId: run.runId, paid: run.runSpent });
      impaired = { by: impairment, delayMs: options.netem.delayMs, jitterMs: options.netem.jitterMs ?? 0, lossPercent: options.netem.lossPercent ?? 0, ...summary(run.roundMs) };
    } catch (error) {
      impairedError = (error as Error).message;
      log(`no delay and loss run: ${impairedError}`);
    } finally {
      await net.clearNetem(1);
    }

    log('partition after two rounds');
    let cutAt: number | undefined;
    let failoverMs = Number.NaN;
    let healed: Promise<void> | undefined;
    const partitioned = net;
    const heal = () => (healed ??= partitioned.heal(2));
    const requester = world.requester(6, {
      timeouts: FAST,
      onProgress: (progress) => {
        if (progress.rounds === 2 && cutAt === undefined) {
          cutAt = performance.now();
          void partitioned.partition(2);
        } else if (cutAt !== undefined && Number.isNaN(failoverMs) && progress.executor !== c!.url) {
          failoverMs = performance.now() - cutAt;
        }
      },
      onWait: () => void heal(),
    });
    const { job } = await lifeJob({ width: 40, height: 20, cycles: options.rounds * 10, perRound: 10, executors: [c!.url, b!.url] });
    const result = await requester.run(job);
    await heal();
    toCheck.push({ requester, index: 6, runId: runIdOf(job), paid: result.runSpent });

    log('waiting for every payment to be collected');
    let lostPayments = 0;
    let paidTwice = 0;
    for (const check of toCheck) {
      paidTwice += paidTwiceIn(check.requester, check.runId);
      const left = await eventually(async () => {
        const value = await uncollected(world, check.requester, check.index, check.paid);
        return value === 0n ? value : undefined;
      }, 60_000, 'collection').catch(() => uncollected(world, check.requester, check.index, check.paid));
      if (left !== 0n) lostPayments += 1;
    }
    return {
      rounds: options.rounds,
      clean: summary(clean.roundMs),
      impaired,
      ...(impairedError === undefined ? {} : { impairedError }),
      failoverMs: roundTo(failoverMs, 1),
      transfers: result.transfers,
      waits: result.waits.length,
      lostPayments,
      paidTwice,
      wallSeconds: roundTo((performance.now() - started) / 1000, 1),
    };
  } finally {
    await net?.teardown();
    await world.close();
  }
}
