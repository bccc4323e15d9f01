/**
 * The requester's channels: reuse an open channel to an executor when it can pay for what is asked
 * (and has no paid round whose key is still outstanding: paying on it again could make the executor
 * collect a later payment and never reveal that key) and no session on it was cut short in a way that
 * may have left the executor an unpaid round (see channelMayOweRound), top one up, or open one (re-opening a closed lane before
 * using a fresh one).
 * And recovery: take withheld keys from the chain, refund expired channels.
 */
import { zeroAddress, type Address, type Hex } from 'viem';
import { chainNow, findRevealedKeys, openChannel, readChannel, topUpChannel, type ChainClient, type ChannelState, type RevealedKey, type TxResult } from '../chain/index.js';
import { requireChannels, withChannels } from '../chain/client.js';
import { findPoolRevealedKeys } from '../chain/find-pool-revealed-keys.js';
import { NODE_PRIMITIVES } from '../crypto/node-primitives.js';
import type { DiffCodecs } from '../protocol/payload.js';
import { openRoundResult } from '../protocol/sealing.js';
import { AirtntError, isAirtntError } from '../util/errors.js';
import type { RequesterFaults } from './faults.js';
import type { PaidKeySource } from './paid-keys.js';
import { RefundStore } from './refund-store.js';
import { minedRefundOf, refundDurably, type RefundOptions } from './requester-refunds.js';
import type { ChannelRow, RequesterStore } from './requester-store.js';

/** A reused channel must outlast the executor's minimum by this much, or the executor may refuse it. */
export const CHANNEL_MARGIN_SECONDS = 60;

export type ChannelChoice = {
  channel: ChannelRow;
  /** The cumulative amount already signed or collected on it: where the next session starts. */
  base: bigint;
  opened: boolean;
  /** The open or top-up transaction, when one was sent. */
  tx?: TxResult;
  toppedUp?: boolean;
};

export type EnsureChannelParameters = {
  executor: Address;
  token?: Address;
  /** What the channel must still be able to pay beyond what is already signed on it. */
  needed: bigint;
  /** The smallest deposit the executor accepts (its advertised minDeposit; default 0). */
  minDeposit?: bigint;
  /** The executor's minChannelSeconds. */
  minSeconds: number;
  /**
   * Lifetime of a newly opened channel, and the longest an open channel may still run to be reused: the
   * executor's maxChannelSeconds was checked against it (checkTerms), and it refuses a longer channel.
   */
  channelSeconds: number;
  /**
   * Only a channel nothing was signed or collected on (a pool's: each member's amounts start from 0 on a
   * channel, so a channel that carries payments cannot start another pool session): others are passed over.
   */
  freshOnly?: boolean;
  /**
   * The chain's contract is a pool's AirtntPools: it is stored with each channel opened (or adopted), so
   * recovery refunds the channel there even if the process dies before the pool session is stored.
   */
  pool?: boolean;
};

/**
 * Reuses an open channel that can pay `needed` and lasts long enough; else tops up one that lasts
 * but is short of deposit; else opens a channel, preferring to re-open the lowest lane closed
 * on-chain (its storage slot is already written, which saves about 17k gas) over a fresh lane.
 */
export async function ensureChannel(chain: ChainClient, store: RequesterStore, params: EnsureChannelParameters, faults?: Pick<RequesterFaults, 'reached'>): Promise<ChannelChoice> {
  const token = params.token ?? zeroAddress;
  const requester = chain.account.address;
  // The chain's time is read while the first stored channel is: one round trip to the node, not two.
  const nowRead = chainNow(chain);
  nowRead.catch(() => undefined); // awaited below
  let short: { candidate: ChannelRow; onChain: ChannelState; base: bigint } | undefined;
  for (const candidate of store.openChannelsTo(requester, params.executor)) {
    if (candidate.token.toLowerCase() !== token.toLowerCase()) continue;
    if (store.unkeyedRounds({ channelId: candidate.channelId }).length > 0) continue;
    // The executor may hold a round it ran on this channel and was never paid for: it would refuse it.
    if (store.channelMayOweRound(candidate.channelId)) continue;
    const onChain = await readChannel(chain, { requester, executor: params.executor, token, lane: candidate.lane });
    const now = await nowRead;
    if (!onChain.isOpen || onChain.channelId.toLowerCase() !== candidate.channelId.toLowerCase()) {
      store.setChannelStatus(candidate.channelId, 'closed');
      continue;
    }
    const base = candidate.signed > onChain.collected ? candidate.signed : onChain.collected;
    if (params.freshOnly === true && base !== 0n) continue;
    const lasting = onChain.expiry >= now + BigInt(params.minSeconds + CHANNEL_MARGIN_SECONDS);
    if (!lasting) continue;
    // A channel opened (or extended) for longer runs past what the executor serves (CHANNEL_EXPIRES_TOO_LATE).
    if (onChain.expiry > now + BigInt(params.channelSeconds)) continue;
    // Below the executor's minDeposit the channel would be refused (CHANNEL_DEPOSIT_BELOW_MINIMUM): top it up.
    if (onChain.deposit - base >= params.needed && onChain.deposit >= (params.minDeposit ?? 0n)) {
      return { channel: { ...candidate, deposit: onChain.deposit, expiry: onChain.expiry }, base, opened: false };
    }
    short ??= { candidate, onChain, base };
  }
  const now = await nowRead;
  if (short !== undefined) return topUp(chain, store, short, params.needed, params.minDeposit ?? 0n, faults);
  const contract = params.pool === true ? requireChannels(chain) : undefined;
  const { lane, adopted } = await laneToOpen(chain, store, params.executor, token, contract);
  // A channel of ours the store did not know (opened, then the process died before storing it) is now
  // stored: look again, it may serve this session rather than lock its deposit away unseen.
  if (adopted > 0) return ensureChannel(chain, store, params, faults);
  const expiry = now + BigInt(params.channelSeconds);
  const minDeposit = params.minDeposit ?? 0n;
  const amount = params.needed > minDeposit ? params.needed : minDeposit;
  const opened = await openChannel(chain, { executor: params.executor, token, lane, amount, expiry });
  faults?.reached('channel-opened');
  // Any record of an earlier channel on this lane is stale: the lane was closed on-chain.
  for (const stale of store.openChannelsTo(requester, params.executor)) {
    if (stale.lane === lane && stale.token.toLowerCase() === token.toLowerCase()) store.setChannelStatus(stale.channelId, 'closed');
  }
  const channel: Omit<ChannelRow, 'signed' | 'status'> = {
    channelId: opened.channelId,
    requester,
    executor: params.executor,
    token,
    lane,
    deposit: opened.deposit,
    expiry: opened.expiry,
    openedBlock: opened.blockNumber,
    ...(contract === undefined ? {} : { contract }),
  };
  store.insertChannel(channel, Date.now());
  faults?.reached('channel-stored');
  return { channel: { ...channel, signed: 0n, status: 'open' }, base: 0n, opened: true, tx: txOf(opened) };
}

async function topUp(
  chain: ChainClient,
  store: RequesterStore,
  short: { candidate: ChannelRow; onChain: ChannelState; base: bigint },
  needed: bigint,
  minDeposit: bigint,
  faults: Pick<RequesterFaults, 'reached'> | undefined,
): Promise<ChannelChoice> {
  const { candidate, onChain, base } = short;
  const ref = { requester: candidate.requester, executor: candidate.executor, token: candidate.token, lane: candidate.lane };
  const forNeeded = needed - (onChain.deposit - base);
  const forMinimum = minDeposit - onChain.deposit;
  const result = await topUpChannel(chain, { ref, amount: forNeeded > forMinimum ? forNeeded : forMinimum });
  faults?.reached('topped-up');
  store.setChannelDeposit(candidate.channelId, result.deposit);
  return { channel: { ...candidate, deposit: result.deposit, expiry: onChain.expiry }, base, opened: false, toppedUp: true, tx: txOf(result) };
}

/**
 * The lowest lane of this requester, executor and token that is closed on-chain, else a fresh one.
 * Open channels of ours found on the way that the store does not know are adopted (stored as open):
 * a crash between an open being mined and its row being written must not leave a deposit nobody
 * refunds. Returns how many were adopted.
 */
async function laneToOpen(chain: ChainClient, store: RequesterStore, executor: Address, token: Address, contract: Address | undefined): Promise<{ lane: bigint; adopted: number }> {
  const requester = chain.account.address;
  const used = store.lanesUsed(requester, executor, token);
  let adopted = 0;
  const openOnChain = async (lane: bigint): Promise<boolean> => {
    const onChain = await readChannel(chain, { requester, executor, token, lane });
    if (onChain.isOpen && store.channel(onChain.channelId) === undefined) {
      store.insertChannel({ channelId: onChain.channelId, requester, executor, token, lane, deposit: onChain.deposit, expiry: onChain.expiry, ...(contract === undefined ? {} : { contract }) }, Date.now());
      adopted++;
    }
    return onChain.isOpen;
  };
  for (const lane of used.slice(0, MAX_LANE_PROBES)) {
    if (!(await openOnChain(lane))) return { lane, adopted };
  }
  let lane = used.length === 0 ? 0n : used[used.length - 1]! + 1n;
  // Another store (or an earlier install, or an open this store did not live to record) may hold
  // lanes this store does not know: adopt and skip open ones.
  for (let tries = 0; tries < MAX_LANE_PROBES && (await openOnChain(lane)); tries++) lane += 1n;
  return { lane, adopted };
}

/** Bounds the chain reads spent looking for a lane. */
const MAX_LANE_PROBES = 64;

function txOf(result: TxResult): TxResult {
  return { hash: result.hash, gasUsed: result.gasUsed, fee: result.fee, blockNumber: result.blockNumber };
}

export type RecoveryReport = {
  keysRecovered: { runId: string; round: bigint; channelId: Hex }[];
  refunded: { channelId: Hex; amount: bigint }[];
  /** Paid rounds whose key is not known yet; `error` says why the chain could not tell (try again later). */
  stillWaiting: { runId: string; round: bigint; channelId: Hex; error?: string }[];
  /**
   * Expired channels whose refund is not confirmed yet (the RPC failed, the refund sits unmined or
   * reverted): still open in the store, refunded by a later recovery. `error` is the code of what failed.
   */
  refundsWaiting: { channelId: Hex; error: string; waitingFor?: string }[];
};

/**
 * Completes paid rounds whose key was withheld, from Collected/Closed events searched from each
 * channel's open block. A failure (RPC, or a round that does not open) is reported per round as
 * still waiting, so one bad round never blocks the others or a run.
 */
export async function recoverKeys(
  chain: ChainClient,
  store: RequesterStore,
  codecs: DiffCodecs,
  filter: { runId?: string } = {},
  /** Where else to ask for a key the chain does not show yet (the executors that were paid: paid-keys.ts). */
  keySource?: PaidKeySource,
): Promise<Pick<RecoveryReport, 'keysRecovered' | 'stillWaiting'>> {
  const report: Pick<RecoveryReport, 'keysRecovered' | 'stillWaiting'> = { keysRecovered: [], stillWaiting: [] };
  const byChannel = new Map<Hex, RevealedKey[] | AirtntError>();
  /** The key of `round` from the channel's Collected/Closed events (one search per channel). */
  const revealedKeyOf = async (round: { sessionId: Hex; channelId: Hex; keyHash: Hex }): Promise<Uint8Array | undefined> => {
    let revealed = byChannel.get(round.channelId);
    if (revealed === undefined) {
      // A pool session's channel is on AirtntPools: its members reveal keys in PoolCollected events.
      const pooled = store.pool.session(round.sessionId);
      const search = { channelId: round.channelId, fromBlock: store.channel(round.channelId)?.openedBlock };
      revealed = await (pooled === undefined ? findRevealedKeys(chain, search) : findPoolRevealedKeys(withChannels(chain, pooled.contract), search)).catch((error: unknown) =>
        isAirtntError(error) ? error : new AirtntError('CHAIN_READ_FAILED', 'findRevealedKeys failed', { cause: error }),
      );
      byChannel.set(round.channelId, revealed);
    }
    if (revealed instanceof AirtntError) throw revealed;
    return revealed.find((r) => r.keyHash.toLowerCase() === round.keyHash.toLowerCase())?.key;
  };
  /** From the chain's events, else from an executor holding a payment for it; a failed chain read counts only if none has it. */
  const keyOf = async (round: { sessionId: Hex; round: bigint; channelId: Hex; keyHash: Hex }): Promise<Uint8Array | undefined> => {
    let chainError: unknown;
    const revealed = await revealedKeyOf(round).catch((error: unknown) => {
      chainError = error;
      return undefined;
    });
    if (revealed !== undefined) return revealed;
    const asked = await keySource?.(round);
    if (asked === undefined && chainError !== undefined) throw chainError;
    return asked;
  };
  for (const round of store.unkeyedRounds(filter)) {
    const entry = { runId: round.runId, round: round.round, channelId: round.channelId };
    try {
      // A key stored before the round could be opened (recordKey) needs no chain search.
      const key = round.key ?? (await keyOf(round));
      const session = store.session(round.sessionId)!;
      if (key !== undefined && session.resultRecipient !== undefined) {
        // Sealed to a named recipient: nothing to open here; k is kept with the ciphertexts for it.
        store.completeRound(round.sessionId, round.round, { key, state: new Uint8Array(0), outputs: [] }, Date.now());
        report.keysRecovered.push(entry);
        continue;
      }
      const previousState = previousStateOf(store, round.runId, round.round);
      if (key === undefined || previousState === undefined) {
        report.stillWaiting.push(entry);
        continue;
      }
      store.recordKey(round.sessionId, round.round, key);
      const opened = openRoundResult({
        sessionSecret: session.sessionSecret,
        sessionId: Buffer.from(round.sessionId.slice(2), 'hex'),
        round: round.round,
        record: round.record,
        key,
        stateCiphertext: round.stateCiphertext,
        outputsCiphertext: round.outputsCiphertext,
        previousState,
        codecs,
        primitives: NODE_PRIMITIVES,
      });
      store.completeRound(round.sessionId, round.round, { key, state: opened.state, outputs: opened.outputs }, Date.now());
      report.keysRecovered.push(entry);
    } catch (error) {
      report.stillWaiting.push({ ...entry, error: isAirtntError(error) ? error.code : String(error) });
    }
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

/** Refunds every open channel past its expiry (what the executor, or a pool's members, did not collect comes back). */
export async function refundExpiredChannels(chain: ChainClient, store: RequesterStore): Promise<RecoveryReport['refunded']> {
  return (await refundExpired(chain, store)).refunded;
}

/** Refunded channels checked again against the chain on each recovery (newest first), at most. */
const REFUNDS_RECHECKED = 64;

/**
 * Refunds every open channel past its expiry, and says which refunds still wait. A channel is marked
 * refunded only once its refund's receipt is in and the channel reads closed (requester-refunds.ts):
 * until then it stays open in the store, its lane is not re-used (laneToOpen re-uses only lanes the
 * chain shows closed), and a later recovery waits for the same stored refund transaction (broadcast
 * again, same nonce) rather than sending a second one. A refund a reorg took away leaves the channel
 * open on-chain under the same id: recently refunded channels are read again and their refund
 * broadcast again, or the deposit would stay locked while the store says it came back.
 * A pool's channel is read and refunded on its AirtntPools contract (channelContract), never on the
 * channels contract, which does not know it: read there it would look closed and its deposit would stay
 * in the pool contract for ever. The pool's refund returns the deposit minus what all members collected.
 * Recovery before this read pool channels there and marked them closed: recently closed pool channels are
 * read again on their contract, and one still open there is open again in the store (and refunded).
 */
export async function refundExpired(chain: ChainClient, store: RequesterStore, options: RefundOptions = {}): Promise<Pick<RecoveryReport, 'refunded' | 'refundsWaiting'>> {
  const report: Pick<RecoveryReport, 'refunded' | 'refundsWaiting'> = { refunded: [], refundsWaiting: [] };
  const refunds = new RefundStore(store.db);
  const now = await chainNow(chain);
  const mine = (channel: ChannelRow) => channel.requester.toLowerCase() === chain.account.address.toLowerCase();
  const candidates = [...store.allOpenChannels(), ...store.recentChannels('refunded', REFUNDS_RECHECKED), ...store.pool.closedChannels(REFUNDS_RECHECKED)].filter(mine);
  for (const channel of candidates) {
    const ref = { requester: channel.requester, executor: channel.executor, token: channel.token, lane: channel.lane };
    const on = channelContract(chain, store, channel);
    let onChain: ChannelState;
    try {
      onChain = await readChannel(on, ref);
    } catch (error) {
      if (!isAirtntError(error)) throw error;
      if (channel.status === 'open') report.refundsWaiting.push({ channelId: channel.channelId, error: error.code });
      continue;
    }
    const same = onChain.channelId.toLowerCase() === channel.channelId.toLowerCase();
    if (!onChain.isOpen || !same) {
      if (channel.status !== 'open') continue;
      // Closed by our own refund, sent by an earlier recovery whose wait ran out (or before a restart)?
      let mined: Awaited<ReturnType<typeof minedRefundOf>>;
      try {
        mined = await minedRefundOf(on, refunds, channel.channelId);
      } catch (error) {
        if (!isAirtntError(error)) throw error;
        report.refundsWaiting.push({ channelId: channel.channelId, error: error.code });
        continue;
      }
      store.setChannelStatus(channel.channelId, mined === undefined ? 'closed' : 'refunded');
      if (mined !== undefined) report.refunded.push({ channelId: channel.channelId, amount: mined.amount });
      continue;
    }
    if (channel.status !== 'open') {
      // Refunded, yet open on-chain under the same id: the refund left the chain (reorg). Closed, yet open
      // on its pool contract: an earlier recovery read it on the channels contract.
      store.setChannelStatus(channel.channelId, 'open');
    }
    if (onChain.expiry > now) continue;
    try {
      const result = await refundDurably(on, refunds, channel.channelId, ref, options);
      store.setChannelStatus(channel.channelId, 'refunded');
      report.refunded.push({ channelId: channel.channelId, amount: result.amount });
    } catch (error) {
      if (!isAirtntError(error)) throw error;
      // Not confirmed: the channel stays open in the store; the next recovery waits for the same refund.
      const waitingFor = typeof error.details.waitingFor === 'string' ? error.details.waitingFor : undefined;
      report.refundsWaiting.push({ channelId: channel.channelId, error: error.code, ...(waitingFor === undefined ? {} : { waitingFor }) });
    }
  }
  return report;
}

/**
 * The client for the contract `channel` is on: the AirtntPools stored with it (or, for a channel stored
 * before rows named their contract, the one its pool session names), else the channels contract.
 */
function channelContract(chain: ChainClient, store: RequesterStore, channel: ChannelRow): ChainClient {
  const contract = channel.contract ?? store.pool.contractOfChannel(channel.channelId);
  return contract === undefined ? chain : withChannels(chain, contract);
}
