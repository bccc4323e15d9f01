/**
 * `airtnt bench attack`: the attack campaign of issue 9, run from outside the node. It starts a local
 * chain and one executor process, then tries every attack class that can be exercised over the wire
 * from independent hostile clients (each from its own loopback source address, speaking only the
 * documented protocol), while honest runs of the real requester library go on, and reports for each
 * class whether it held: the attack gained nothing (the executor kept serving, no free round, no lost
 * payment, bounded delay). Every loop is bounded in count and time; everything stays on loopback.
 */
import type { AttackRig } from './attack-rig.js';
import { startAttackRig } from './attack-rig.js';
import type { AttackOptions, AttackReport, CaseResult } from './attack-types.js';
import { DELAY_SLACK_MS, ROUND_LIMIT_MS } from './attack-types.js';
import { honestRun } from './attack-honest.js';
import { errorText, guarded, median, result, round1 } from './attack-report.js';
import { HostileRequester } from './attack-requester.js';
import { frameAttacks, type FrameFigures } from './attack-frames.js';
import { failingRounds, freeRounds, replayRefusedOpen, timeoutRounds } from './attack-rounds.js';
import { idleHttpConnections, idleSocketFlood, resetAfterRefusal } from './attack-sockets.js';
import { collectRace, COLLECT_RACE_SCENARIOS, lateKeyRelease } from './attack-collect.js';
import { doublePayment, hostileExecutorFrames, infoRewrite } from './attack-proxy.js';
import { fetchInfo, sourceAddress, type PeerInfo } from './attack-wire.js';

/** Source address blocks, so that no two attacks share a per-address budget (127.0.0.1 is the honest requester's). */
const SOURCES = { resets: 0, frames: 10, idle: 30, funded: 100, http: 200, collect: 210 } as const;
const HONEST_ROUNDS = 4;
const HONEST_PER_ROUND = 100;

export async function benchAttack(options: AttackOptions): Promise<AttackReport> {
  const started = performance.now();
  const log = (line: string): void => options.log(`[${((performance.now() - started) / 1000).toFixed(1)} s] ${line}`);
  const rig = await startAttackRig(log);
  const results: CaseResult[] = [];
  const add = (items: CaseResult[]): void => {
    for (const item of items) {
      results.push(item);
      log(`  ${item.held ? 'held  ' : 'BROKEN'} ${item.case}: ${item.detail}`);
    }
  };
  let honestOk = true;
  let lostPayments = 0;
  let freeRoundsPerChannel = 0;
  let frameFigures: FrameFigures = { peakRssMb: 0, maxStallMs: 0 };
  let baselineRoundMs = 0;
  let underAttackRoundMs = 0;
  let baselineRssMb = 0;
  try {
    let info = await fetchInfo(rig.url);
    let attackerIndex = 0;
    // A restarted executor has a new enclave (new HPKE key): /v1/info is read afresh, once it answers.
    const freshInfo = async (): Promise<PeerInfo> => {
      await rig.reviveIfDead();
      await rig.awaitServing(120_000);
      info = await fetchInfo(rig.url);
      return info;
    };
    const hostile = async (source: number): Promise<HostileRequester> => {
      info = await freshInfo();
      return new HostileRequester(rig.attacker(attackerIndex++ % 13), info, rig.url, sourceAddress(source));
    };

    log('baseline: one honest run with no attack');
    const baseline = await honestRun(rig.honest, info, { executors: [rig.url], rounds: HONEST_ROUNDS, perRound: HONEST_PER_ROUND });
    if (!baseline.ok) throw new Error(`the honest baseline run failed: ${baseline.error ?? 'incomplete'}`);
    baselineRoundMs = median(baseline.roundMs);
    baselineRssMb = rig.rssMb();

    log('socket attacks (cases 1 and 14)');
    add(await guarded('1-upgrade-then-reset', () => resetAfterRefusal(rig, SOURCES.resets)));
    add(await guarded('14-idle-sockets-many-addresses', async () => [await idleSocketFlood(rig, info, options.idleAddresses, SOURCES.idle, 30_000)]));
    add(await guarded('new-idle-http-connections', async () => [await idleHttpConnections(rig, sourceAddress(SOURCES.http), options.quick ? 300 : 1000)]));

    log('frame attacks (case 2) while an honest run proceeds');
    const honestDuringFrames = honestRun(rig.honest, info, { executors: [rig.url], rounds: HONEST_ROUNDS, perRound: HONEST_PER_ROUND });
    const frames = await frameAttacks(rig, options.bignumBytes, SOURCES.frames);
    frameFigures = frames.figures;
    add(frames.results);
    const duringFrames = await honestDuringFrames;
    honestOk &&= duringFrames.ok;
    underAttackRoundMs = Math.max(0, ...duringFrames.roundMs);
    add([result('2-honest-run-during-frames', duringFrames.ok, `honest run ${duringFrames.ok ? `completed, slowest round ${Math.round(Math.max(0, ...duringFrames.roundMs))} ms` : `failed: ${duringFrames.error ?? 'incomplete'}`}`)]);

    log('round attacks (cases 3 and 4) while an honest run proceeds');
    const floodAttackers = await Promise.all(Array.from({ length: options.timeoutChannels }, (_, i) => hostile(SOURCES.funded + i)));
    const failing = await hostile(SOURCES.funded + 20);
    const freeRider = await hostile(SOURCES.funded + 21);
    const flood = await timeoutRounds(floodAttackers, 512);
    await flood.started;
    const honestUnderAttack = honestRun(rig.honest, info, { executors: [rig.url], rounds: HONEST_ROUNDS, perRound: HONEST_PER_ROUND });
    add(await guarded('3-endless-failing-rounds', async () => [await failingRounds(failing, options.failingAttempts)]));
    add(
      await guarded('4-free-zero-cycle-rounds', async () => {
        const free = await freeRounds(freeRider, options.freeRoundGrid, options.freeRoundMs);
        freeRoundsPerChannel = free.free;
        return [free.result];
      }),
    );
    add([await flood.done.catch((error: unknown) => result('3-rounds-to-time-limit-unpaid', false, `the attack client failed: ${errorText(error)}`))]);
    const honest = await honestUnderAttack;
    info = await freshInfo();
    const slowest = Math.max(0, ...honest.roundMs);
    underAttackRoundMs = Math.max(underAttackRoundMs, slowest);
    honestOk &&= honest.ok;
    add([
      result(
        '3-fair-scheduling-honest-delay',
        honest.ok && slowest - baselineRoundMs <= ROUND_LIMIT_MS + DELAY_SLACK_MS,
        `honest run ${honest.ok ? 'completed' : `failed: ${honest.error ?? 'incomplete'}`}; slowest honest round ${Math.round(slowest)} ms against a ${Math.round(baselineRoundMs)} ms median without attack (allowed: one round's time limit, ${ROUND_LIMIT_MS} ms, + ${DELAY_SLACK_MS} ms)`,
      ),
    ]);
    await rig.reviveIfDead();

    log('replay of a refused opening (case 13)');
    add(await guarded('13-replay-refused-open', async () => [await replayRefusedOpen(await hostile(SOURCES.funded + 22), SOURCES.funded + 23)]));

    log('a man in the middle (or a hostile executor) against the requester (cases 2, 6 and 12)');
    info = await freshInfo();
    add(await guarded('2-requester-cbor-bignum', async () => [await hostileExecutorFrames(rig, info, options.bignumBytes[0]!)]));
    info = await freshInfo();
    add(await guarded('12-info-rewrite', () => infoRewrite(rig, info, rig.attacker(12).account.address)));
    add(
      await guarded('6-double-payment-after-transfer', async () => {
        const outcome = await doublePayment(rig, info, options.quick);
        lostPayments += outcome.paidTwice;
        if (outcome.honestFailed) honestOk = false;
        return [outcome.result];
      }),
    );

    log('collect race and late payment (cases 5 and 11)');
    add(
      await guarded('5-collect-pushed-past-expiry', async () => {
        const outcome = await collectRace(rig, info, { decoys: options.decoys, firstSource: SOURCES.collect, hostile });
        lostPayments += outcome.lost;
        return [outcome.result];
      }),
    );
    add(
      await guarded('11-payment-held-until-expiry', async () => {
        const outcome = await lateKeyRelease(rig, await hostile(SOURCES.collect + options.decoys + 1));
        lostPayments += outcome.lost;
        return [outcome.result];
      }),
    );
    for (const scenario of COLLECT_RACE_SCENARIOS) {
      add(await guarded(scenario.name, () => scenario.run({ rig, info, log })));
    }
    await rig.reviveIfDead();
  } catch (error) {
    // The campaign itself could not go on (the executor never answered again, the chain failed): say so in the report.
    add([result('campaign', false, `stopped early: ${errorText(error)}`)]);
  } finally {
    await rig.close();
  }
  const held = results.filter((r) => r.held).length;
  return {
    cases: results.length,
    held,
    executorCrashes: rig.crashes(),
    honestRunsOk: honestOk,
    lostPayments,
    maxHonestDelayMs: Math.max(0, Math.round(underAttackRoundMs - baselineRoundMs)),
    freeRoundsPerChannel,
    honestRoundLatencyMs: { baseline: Math.round(baselineRoundMs), underAttack: Math.round(underAttackRoundMs) },
    executorRssMb: { baseline: round1(baselineRssMb), underFrameAttacks: round1(frameFigures.peakRssMb) },
    quick: options.quick,
    elapsedMs: Math.round(performance.now() - started),
    results,
  };
}

export type { AttackRig, PeerInfo };
