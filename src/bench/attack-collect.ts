/**
 * Issue 9 case 5, the cheap variant: decoy sessions worth 1 gwei each end just before a large
 * session on a channel that expires soon, so the large collect waits behind one collect per decoy
 * in the executor's queue and lands after expiry (the requester then refunds its deposit and keeps
 * every result). The chain is switched to one block per second with 12 seconds of chain time per
 * block (a 12-second-block chain, 12 times faster) for the race, then back to automine.
 *
 * Hook: more collect-race scenarios (fifty decoys on 1-second and 12-second blocks, ...) are added
 * to COLLECT_RACE_SCENARIOS; the campaign runs each one after this one and reports its cases.
 */
import { formatEther } from 'viem';
import { chainNow, readChannel } from '../chain/index.js';
import type { CaseResult } from './attack-types.js';
import { result } from './attack-report.js';
import type { HostileChannel, HostileRequester } from './attack-requester.js';
import type { AttackRig } from './attack-rig.js';
import { blinkerLattice } from './attack-rounds.js';
import type { PeerInfo, WireSocket } from './attack-wire.js';

export type CollectRaceScenario = {
  name: string;
  run(context: { rig: AttackRig; info: PeerInfo; log: (line: string) => void }): Promise<CaseResult[]>;
};

/** Further collect-race scenarios run by `airtnt bench attack` after the cheap one below. */
export const COLLECT_RACE_SCENARIOS: CollectRaceScenario[] = [];

const CHAIN_SECONDS_PER_BLOCK = 12;
/** Chain seconds left on the large channel beyond the executor's minimum when its round starts. */
const EXPIRY_SLACK_SECONDS = 15;

type Held = { attacker: HostileRequester; channel: HostileChannel; socket: WireSocket; amount: bigint; result: Parameters<HostileRequester['pay']>[2] };

/** Waits (bounded) for the key and the end of a session that was just paid with nextCycles 0; true if the key came. */
async function sessionEnd(socket: WireSocket): Promise<boolean> {
  let gotKey = false;
  const deadline = performance.now() + 10_000;
  while (performance.now() < deadline) {
    const incoming = await socket.next(Math.max(1, deadline - performance.now()));
    if (incoming.kind === 'message' && incoming.message.kind === 'key') gotKey = true;
    if (incoming.kind === 'closed' || incoming.kind === 'timeout') break;
  }
  return gotKey;
}

/** Opens a session of one round and waits for its result, leaving the payment for later. */
async function runUnpaid(attacker: HostileRequester, channel: HostileChannel, cycles: number): Promise<Held> {
  const { socket } = await attacker.openSession({ channel, state: blinkerLattice(50), cycles });
  const message = await socket.nextMessage(30_000);
  if (typeof message === 'string' || message.kind !== 'result') {
    socket.terminate();
    throw new Error(`expected a result, got ${typeof message === 'string' ? message : message.kind === 'error' ? `${message.code}: ${message.message}` : message.kind}`);
  }
  return { attacker, channel, socket, amount: attacker.info.pricePerCycle * BigInt(message.cyclesDone), result: message };
}

export async function collectRace(
  rig: AttackRig,
  info: PeerInfo,
  options: { decoys: number; firstSource: number; hostile: (source: number) => Promise<HostileRequester> },
): Promise<{ result: CaseResult; lost: number }> {
  const price = info.pricePerCycle;
  const big = await options.hostile(options.firstSource);
  const decoys: HostileRequester[] = [];
  for (let i = 0; i < options.decoys; i++) decoys.push(await options.hostile(options.firstSource + 1 + i));
  // Automine: every channel first, then the sessions, which must all be live within the executor's idle limit.
  const decoyChannels = await Promise.all(decoys.map((d) => d.openChannel(price)));
  const balanceBefore = await rig.honest.public.getBalance({ address: info.executor });
  const held: Held[] = [];
  try {
    for (let i = 0; i < decoys.length; i++) held.push(await runUnpaid(decoys[i]!, decoyChannels[i]!, 1));
    const bigChannel = await big.openChannel(price * 1000n, info.minChannelSeconds + EXPIRY_SLACK_SECONDS);
    const large = await runUnpaid(big, bigChannel, 1000);
    held.push(large);
    const ref = bigChannel.ref;
    const { expiry } = await readChannel(rig.honest, ref);
    await rig.mining({ intervalMs: 1_000, timestampStep: CHAIN_SECONDS_PER_BLOCK });
    const leftAtEnd = expiry - (await chainNow(rig.honest));
    // Decoys end first (each ending queues one collect), the large session once they have all ended.
    const decoysHeld = held.slice(0, -1);
    await Promise.all(decoysHeld.map((h) => h.attacker.pay(h.socket, h.channel, h.result, h.amount, 0)));
    const ended = await Promise.all(decoysHeld.map((h) => sessionEnd(h.socket)));
    const decoysPaid = ended.filter((gotKey) => gotKey).length;
    await large.attacker.pay(large.socket, large.channel, large.result, large.amount, 0);
    const deadline = performance.now() + (Number(leftAtEnd) / CHAIN_SECONDS_PER_BLOCK + options.decoys + 20) * 1_000;
    let collected = 0n;
    let now = 0n;
    while (performance.now() < deadline) {
      collected = (await readChannel(rig.honest, ref)).collected;
      now = await chainNow(rig.honest);
      if (collected >= large.amount || now >= expiry) break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    const landed = collected >= large.amount;
    await rig.mining('auto');
    const balanceAfter = await rig.honest.public.getBalance({ address: info.executor });
    const decoyWorth = held.slice(0, -1).reduce((sum, h) => sum + h.amount, 0n);
    return {
      result: result(
        '5-collect-pushed-past-expiry',
        landed,
        `${options.decoys} decoy sessions (${decoysPaid} paid and ended, ${decoyWorth} wei in all) ended just before a ${large.amount}-wei session whose channel had ${leftAtEnd} s (${Number(leftAtEnd) / CHAIN_SECONDS_PER_BLOCK} blocks of ${CHAIN_SECONDS_PER_BLOCK} s) left: the large payment was ${landed ? 'collected in time' : `NOT collected before expiry (${collected} wei collected, chain ${now - expiry} s past expiry)`}; executor balance change ${formatEther(balanceAfter - balanceBefore)} ETH`,
      ),
      lost: landed ? 0 : 1,
    };
  } finally {
    for (const h of held) h.socket.terminate();
    await rig.mining('auto').catch(() => undefined);
  }
}

/**
 * Issue 9 case 11: the requester holds its payment until just before the channel expires (within the
 * executor's idle limit: on the fast chain 30 s are 360 s of chain time), then pays. If the executor
 * releases k anyway, its collect cannot land before expiry and the requester, holding k, refunds its
 * whole deposit after expiry. Holds when k is refused, or the payment is collected in time.
 */
export async function lateKeyRelease(rig: AttackRig, attacker: HostileRequester): Promise<{ result: CaseResult; lost: number }> {
  const channel = await attacker.openChannel(attacker.info.pricePerCycle * 1000n, attacker.info.minChannelSeconds + EXPIRY_SLACK_SECONDS);
  const held = await runUnpaid(attacker, channel, 1000);
  try {
    const { expiry } = await readChannel(rig.honest, channel.ref);
    await rig.mining({ intervalMs: 1_000, timestampStep: CHAIN_SECONDS_PER_BLOCK });
    // Wait (bounded by the executor's idle limit) until less than one block is left before expiry.
    const waitUntil = performance.now() + 25_000;
    let now = await chainNow(rig.honest);
    while (now <= expiry - BigInt(CHAIN_SECONDS_PER_BLOCK) && performance.now() < waitUntil) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      now = await chainNow(rig.honest);
    }
    const left = expiry - now;
    await attacker.pay(held.socket, channel, held.result, held.amount, 0);
    const answer = await held.socket.nextMessage(10_000);
    const gotKey = typeof answer !== 'string' && answer.kind === 'key';
    let collected = 0n;
    const deadline = performance.now() + 30_000;
    while (performance.now() < deadline) {
      collected = (await readChannel(rig.honest, channel.ref)).collected;
      now = await chainNow(rig.honest);
      if (collected >= held.amount || now >= expiry) break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    const landed = collected >= held.amount;
    const answerText = typeof answer === 'string' ? answer : answer.kind === 'error' ? `error ${answer.code}` : answer.kind;
    return {
      result: result(
        '11-payment-held-until-expiry',
        !gotKey || landed,
        `paid ${held.amount} wei with ${left} s of chain time left before expiry: the executor answered ${answerText}; the payment was ${landed ? 'collected in time' : 'NOT collected before expiry'}`,
      ),
      lost: gotKey && !landed ? 1 : 0,
    };
  } finally {
    held.socket.terminate();
    await rig.mining('auto').catch(() => undefined);
  }
}
