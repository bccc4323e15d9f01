/**
 * The honest side of the campaign: the real requester library (src/node/requester.ts) running a
 * paid Game of Life run, as `airtnt run life` and the demo do, while the attacks go on. Each run
 * has its own random soup, so no run resumes another.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChainClient } from '../chain/index.js';
import { Requester, type RequesterOptions, type RunResult } from '../node/requester.js';
import { errorText } from './attack-report.js';
import { lifeState } from './attack-requester.js';
import type { PeerInfo } from './attack-wire.js';

export type HonestRun = { ok: boolean; roundMs: number[]; error?: string; result?: RunResult; paidWei: bigint; expectedWei: bigint };

export type HonestJob = { executors: string[]; rounds: number; perRound: number; timeouts?: RequesterOptions['timeouts']; maxSpend?: bigint; maxPricePerCycle?: bigint; log?: (line: string) => void };

export async function honestRun(chain: ChainClient, info: PeerInfo, job: HonestJob): Promise<HonestRun> {
  const dataDir = mkdtempSync(join(tmpdir(), 'airtnt-attack-honest-'));
  const requester = new Requester({
    chain,
    dataDir,
    policy: { allowedKinds: ['simulated'], allowSimulated: true, allowDebug: true },
    ...(job.timeouts === undefined ? {} : { timeouts: job.timeouts }),
    ...(job.log === undefined ? {} : { log: job.log }),
    ...(job.maxSpend === undefined ? {} : { maxSpend: job.maxSpend }),
    ...(job.maxPricePerCycle === undefined ? {} : { maxPricePerCycle: job.maxPricePerCycle }),
  });
  const totalCycles = job.rounds * job.perRound;
  const expectedWei = BigInt(totalCycles) * info.pricePerCycle;
  try {
    const result = await requester.run({
      functionMeasurement: Buffer.from(info.functions[0]!, 'hex'),
      initialState: lifeState(50, 50, true),
      totalCycles,
      perRound: job.perRound,
      executors: job.executors,
    });
    const paidWei = result.paid.reduce((sum, p) => sum + p.amount, 0n);
    const ok = result.cyclesDone === totalCycles || result.terminated;
    return { ok, roundMs: result.timings.roundMs, result, paidWei, expectedWei };
  } catch (error) {
    return { ok: false, roundMs: [], error: errorText(error), paidWei: 0n, expectedWei };
  } finally {
    requester.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
