/**
 * The requester's channels: reuse an open channel to an executor when it can pay for what is asked
 * (and has no paid round whose key is still outstanding: paying on it again could make the executor
 * collect a later payment and never reveal that key), otherwise open a new one on a fresh lane.
 * And recovery: take withheld keys from the chain, refund expired channels.
 */
import { zeroAddress, type Address, type Hex } from 'viem';
import { chainNow, findRevealedKeys, openChannel, readChannel, refundChannel, type ChainClient } from '../chain/index.js';
import type { DiffCodecs } from '../enclave/payload.js';
import { openRoundResult } from '../protocol/sealing.js';
import { isAirtntError } from '../util/errors.js';
import type { ChannelRow, RequesterStore } from './requester-store.js';

export type ChannelChoice = { channel: ChannelRow; base: bigint; opened: boolean };

export async function ensureChannel(
  chain: ChainClient,
  store: RequesterStore,
  params: { executor: Address; token?: Address; needed: bigint; minSeconds: number; channelSeconds: number },
): Promise<ChannelChoice> {
  const token = params.token ?? zeroAddress;
  const requester = chain.account.address;
  const now = await chainNow(chain);
  for (const candidate of store.openChannelsTo(requester, params.executor)) {
    if (candidate.token.toLowerCase() !== token.toLowerCase()) continue;
    if (store.unkeyedRounds({ channelId: candidate.channelId }).length > 0) continue;
    const onChain = await readChannel(chain, { requester, executor: params.executor, token, lane: candidate.lane });
    if (!onChain.isOpen || onChain.channelId.toLowerCase() !== candidate.channelId.toLowerCase()) {
      store.setChannelStatus(candidate.channelId, 'closed');
      continue;
    }
    const base = candidate.signed > onChain.collected ? candidate.signed : onChain.collected;
    const roomy = onChain.deposit - base >= params.needed;
    const lasting = onChain.expiry >= now + BigInt(params.minSeconds + 60);
    if (roomy && lasting) return { channel: { ...candidate, deposit: onChain.deposit, expiry: onChain.expiry }, base, opened: false };
  }
  const used = store.lanesUsed(requester, params.executor);
  let lane = used.length === 0 ? 0n : used.reduce((a, b) => (a > b ? a : b)) + 1n;
  // Another store (or an earlier install) may hold lanes this store does not know: skip open ones.
  for (let tries = 0; (await readChannel(chain, { requester, executor: params.executor, token, lane })).isOpen; tries++) {
    if (tries > 64) break;
    lane += 1n;
  }
  const expiry = now + BigInt(params.channelSeconds);
  const opened = await openChannel(chain, { executor: params.executor, token, lane, amount: params.needed, expiry });
  const channel: Omit<ChannelRow, 'signed' | 'status'> = {
    channelId: opened.channelId,
    requester,
    executor: params.executor,
    token,
    lane,
    deposit: opened.deposit,
    expiry: opened.expiry,
  };
  store.insertChannel(channel, Date.now());
  return { channel: { ...channel, signed: 0n, status: 'open' }, base: 0n, opened: true };
}

export type RecoveryReport = {
  keysRecovered: { runId: string; round: bigint; channelId: Hex }[];
  refunded: { channelId: Hex; amount: bigint }[];
  stillWaiting: { runId: string; round: bigint; channelId: Hex }[];
};

/** Completes paid rounds whose key was withheld, from Collected/Closed events. */
export async function recoverKeys(
  chain: ChainClient,
  store: RequesterStore,
  codecs: DiffCodecs,
  filter: { runId?: string } = {},
): Promise<Pick<RecoveryReport, 'keysRecovered' | 'stillWaiting'>> {
  const report: Pick<RecoveryReport, 'keysRecovered' | 'stillWaiting'> = { keysRecovered: [], stillWaiting: [] };
  const byChannel = new Map<Hex, Awaited<ReturnType<typeof findRevealedKeys>>>();
  for (const round of store.unkeyedRounds(filter)) {
    let revealed = byChannel.get(round.channelId);
    if (revealed === undefined) {
      revealed = await findRevealedKeys(chain, { channelId: round.channelId });
      byChannel.set(round.channelId, revealed);
    }
    const match = revealed.find((r) => r.keyHash.toLowerCase() === round.keyHash.toLowerCase());
    const entry = { runId: round.runId, round: round.round, channelId: round.channelId };
    if (match === undefined) {
      report.stillWaiting.push(entry);
      continue;
    }
    const session = store.session(round.sessionId)!;
    const previousState = previousStateOf(store, round.runId, round.round);
    if (previousState === undefined) {
      report.stillWaiting.push(entry);
      continue;
    }
    const opened = openRoundResult({
      sessionSecret: session.sessionSecret,
      sessionId: Buffer.from(round.sessionId.slice(2), 'hex'),
      round: round.round,
      record: round.record,
      key: match.key,
      stateCiphertext: round.stateCiphertext,
      outputsCiphertext: round.outputsCiphertext,
      previousState,
      codecs,
    });
    store.completeRound(round.sessionId, round.round, { key: match.key, state: opened.state, outputs: opened.outputs }, Date.now());
    report.keysRecovered.push(entry);
  }
  return report;
}

/** The state a round started from: the keyed state of the round before, or the run's initial state. */
export function previousStateOf(store: RequesterStore, runId: string, round: bigint): Uint8Array | undefined {
  const run = store.run(runId);
  if (run === undefined) return undefined;
  if (round === 0n) return run.initialState;
  return store.keyedRounds(runId).find((r) => r.round === round - 1n)?.state;
}

/** Refunds every open channel past its expiry (what the executor did not collect comes back). */
export async function refundExpiredChannels(chain: ChainClient, store: RequesterStore): Promise<RecoveryReport['refunded']> {
  const refunded: RecoveryReport['refunded'] = [];
  const now = await chainNow(chain);
  for (const channel of store.allOpenChannels()) {
    if (channel.requester.toLowerCase() !== chain.account.address.toLowerCase()) continue;
    const ref = { requester: channel.requester, executor: channel.executor, token: channel.token, lane: channel.lane };
    const onChain = await readChannel(chain, ref);
    if (!onChain.isOpen || onChain.channelId.toLowerCase() !== channel.channelId.toLowerCase()) {
      store.setChannelStatus(channel.channelId, 'closed');
      continue;
    }
    if (onChain.expiry > now) continue;
    try {
      const result = await refundChannel(chain, { ref });
      store.setChannelStatus(channel.channelId, 'refunded');
      refunded.push({ channelId: channel.channelId, amount: result.refunded });
    } catch (error) {
      if (!isAirtntError(error)) throw error;
    }
  }
  return refunded;
}
