/**
 * The executor's collection service: turns stored payments into money on-chain before channels expire.
 *
 * It wakes on every new block (polling the head every intervalMs) and when a session ends, then:
 * 1. reconciles what it sent (collect-store.ts) with the chain: mined, reverted, replaced, dropped
 *    (nonce used elsewhere), reorged out (mined, then gone: re-sent from the store), confirmed once
 *    confirmBlocks deep; a send unmined for bumpAfterBlocks is replaced at fees raised by 12.5 %;
 * 2. plans (collect-policy.ts): one collect per channel for its latest cumulative payment (later
 *    payments merge into it), ordered by deadline and value, sent only when worth its gas;
 * 3. sends up to maxPerBlock new collects in the block, with its own nonces (collect-sender.ts), each
 *    stored before it is broadcast. Nothing waits for a receipt, so one stuck transaction delays no
 *    other plan: it is bumped while later ones are sent.
 * Dead channels (expired, closed, refunded, invalid) get a terminal state instead of retries.
 * A collect unmined for rebroadcastMs is broadcast again even when no block came; while passes
 * fail (RPC down, slow, erroring) it says once what waits for the chain and backs off
 * (collect-chain-wait.ts).
 * It also tells sessions how long a collect takes now (timing()) and collects a payment ahead of the
 * queue when a key is held back for it (collectFirst(), collect-first.ts). Collecting reveals the round key on-chain,
 * which is what lets a requester recover a withheld key.
 */
import type { Address, Hex } from 'viem';
import { readFeeMarket, readHead, type ChainHead, type TxFees } from '../chain/index.js';
import type { CollectTiming } from '../protocol/collect-deadline.js';
import { AirtntError, isAirtntError } from '../util/errors.js';
import {
  collectTiming,
  DEFAULT_COLLECT_TUNING,
  expectedPricePerGas,
  initialFees,
  isWorthCollecting,
  planCollects,
  type CollectCandidate,
  type CollectTuning,
} from './collect-policy.js';
import { ChainWait } from './collect-chain-wait.js';
import { CollectChannels, describe } from './collect-channels.js';
import { CollectFirstRequests } from './collect-first.js';
import { ObservedHeads } from './collect-heads.js';
import { DEFAULT_NONCE_GAP_MS, NonceGaps } from './collect-nonce-gap.js';
import { SendReconciler } from './collect-reconcile.js';
import { CollectSender } from './collect-sender.js';
import { CollectStore } from './collect-store.js';
import { emit } from './executor-events.js';
import type { StoredChannel } from './executor-store.js';
import type { CollectDeadlines, CollectorOptions, CollectTickReport } from './collector-options.js';

export type { CollectDeadlines, CollectorOptions, CollectTickReport } from './collector-options.js';

const DEFAULT_GAS_PER_COLLECT = 60_000n;
const DEFAULT_REBROADCAST_MS = 10_000;

export class Collector implements CollectDeadlines {
  private readonly sends: CollectStore;
  private readonly sender: CollectSender;
  private readonly channels: CollectChannels;
  private readonly reconciler: SendReconciler;
  private readonly gaps: NonceGaps;
  private readonly tuning: CollectTuning;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<CollectTickReport> | undefined;
  private rerun = false;
  private includeActiveNext = false;
  private dirty = true;
  private rebroadcastAll = true;
  private lastTickHead: Hex | undefined;
  /** Channels the last plan left out as not worth their gas (so an expiry there is 'uneconomic'). */
  private readonly notWorthGas = new Set<Hex>();
  /** The last head (chain time) and recent ones (block time). */
  private readonly heads: ObservedHeads;
  private queued = 0;
  private gasPerCollect = DEFAULT_GAS_PER_COLLECT;
  /** Channels a session asked to collect ahead of the queue, and the sessions waiting for them. */
  private readonly firsts = new CollectFirstRequests();
  private stopped = false;
  /** When stored unmined sends were last broadcast again (see rebroadcastMs). */
  private lastResendAt = Date.now();
  /** What is said and how passes back off while the chain fails. */
  private readonly chainWait: ChainWait;
  /** The chain's identity is checked before the next pass (a pass failed, or the head went back). */
  private checkChainNext = false;
  /** A replaced chain was reported in full (its hint) already. */
  private saidReplaced = false;

  constructor(private readonly options: CollectorOptions) {
    this.sends = new CollectStore(options.store.db);
    const onCollect = (kind: 'sent' | 'already' | 'confirmed' | 'failed', channelId: Hex, reason?: string) => emit(options.events, 'collect', kind, channelId, reason);
    const reached = options.faults?.reached ?? (() => undefined);
    // A send the RPC did not answer is sent again from the store on the next pass.
    const onUnanswered = () => {
      this.rebroadcastAll = true;
      this.dirty = true;
    };
    this.sender = new CollectSender(options.chain, this.sends, options.log, onCollect, reached, onUnanswered, options.calls);
    this.channels = new CollectChannels({
      chain: options.chain,
      store: options.store,
      sends: this.sends,
      log: options.log,
      notWorthGas: (channelId) => this.notWorthGas.has(channelId),
      onTerminal: (channelId) => this.firsts.drop(channelId),
      ...(options.calls === undefined ? {} : { calls: options.calls }),
    });
    this.reconciler = new SendReconciler({
      chain: options.chain,
      store: options.store,
      sends: this.sends,
      sender: this.sender,
      channels: this.channels,
      confirmBlocks: options.confirmBlocks ?? 12n,
      bumpAfterBlocks: options.bumpAfterBlocks ?? 2,
      log: options.log,
      capPerGas: (channel, value, gas) => this.capPerGas(channel, value, gas),
      onGasUsed: (gas) => {
        if (gas > 0n) this.gasPerCollect = (gas * 11n) / 10n;
      },
      chainNow: () => this.timing()?.nowSeconds ?? 0n,
      onCollect,
      reached,
      ...(options.calls === undefined ? {} : { calls: options.calls }),
    });
    this.gaps = new NonceGaps({ chain: options.chain, store: options.store, sends: this.sends, sender: this.sender, boundMs: options.nonceGapMs ?? DEFAULT_NONCE_GAP_MS, log: options.log });
    this.chainWait = new ChainWait(options.intervalMs, options.log);
    this.heads = new ObservedHeads(options.chain, options.blockTimeSeconds);
    this.tuning = { ...DEFAULT_COLLECT_TUNING, ...options.tuning, safetySeconds: options.safetySeconds };
  }

  /** Collects sent and not yet confirmed (mined ones included). */
  get unconfirmedCount(): number {
    return this.sends.openSends().length;
  }

  /** The collector's own records (what was sent, terminal channels). */
  get records(): CollectStore {
    return this.sends;
  }

  start(): void {
    if (!this.options.enabled) return;
    void this.wake();
    this.timer = setInterval(() => {
      // While the chain fails, timer passes back off (sweeps and session ends still try at once).
      if (this.chainWait.due()) void this.wake();
    }, this.options.intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer !== undefined) clearInterval(this.timer);
    this.timer = undefined;
    this.firsts.rejectAll(() => new AirtntError('COLLECTOR_STOPPED', 'the collector stopped before the collect was mined'));
    await this.running?.catch(() => undefined);
  }

  /** A session ended on this channel: plan its collect at once (several ends in a row share one pass). */
  collectChannel(_channelId: Hex): Promise<CollectTickReport> {
    this.dirty = true;
    return this.wake();
  }

  /**
   * Plans and sends everything worth collecting now (live sessions included if asked), then waits
   * up to `waitMs` for what is in flight to be mined.
   */
  async sweep(options: { includeActive?: boolean; waitMs?: number } = {}): Promise<CollectTickReport> {
    if (!this.options.enabled) return { sent: 0, bumped: 0, terminal: 0 };
    this.dirty = true;
    const report = await this.wake(options.includeActive === true);
    const deadline = Date.now() + (options.waitMs ?? 0);
    while (!this.stopped && Date.now() < deadline && this.sends.openSends().some((s) => s.status === 'sent')) {
      await new Promise((resolve) => setTimeout(resolve, Math.min(this.options.intervalMs, 250)));
      await this.wake(options.includeActive === true);
    }
    return report;
  }

  /** Chain time (last head + local time since it was seen) and the collect lead at the current queue. */
  timing(): CollectTiming | undefined {
    const now = this.heads.chainNow();
    if (now === undefined) return undefined;
    return collectTiming(now, this.blockTimeSeconds(), this.queued, this.tuning);
  }

  blockTimeSeconds(): number {
    return this.heads.blockTime();
  }

  /** The head last seen (for status pages and tests). */
  head(): ChainHead | undefined {
    return this.heads.head();
  }

  collectFirst(channelId: Hex): Promise<void> {
    const payment = this.options.store.latestPayment(channelId);
    if (!this.options.enabled || payment === undefined) {
      return Promise.reject(new AirtntError('COLLECT_FIRST_FAILED', 'the collector cannot collect this channel', { details: { channelId } }));
    }
    const timing = this.timing();
    const waitMs = Number(timing?.urgentSeconds ?? 36n) * 1000 + 5_000;
    const waiting = this.firsts.request(channelId, payment.amount, waitMs);
    this.dirty = true;
    void this.wake();
    return waiting;
  }

  /** Runs one pass now, or once more after the one running (single flight). */
  private wake(includeActive = false): Promise<CollectTickReport> {
    if (!this.options.enabled || this.stopped) return Promise.resolve({ sent: 0, bumped: 0, terminal: 0 });
    if (includeActive) this.includeActiveNext = true;
    if (this.running !== undefined) {
      this.rerun = true;
      return this.running;
    }
    const run = async (): Promise<CollectTickReport> => {
      let report: CollectTickReport = { sent: 0, bumped: 0, terminal: 0 };
      do {
        this.rerun = false;
        const all = this.includeActiveNext;
        this.includeActiveNext = false;
        try {
          report = await this.tick(all);
          this.chainWait.answered();
        } catch (error) {
          // The RPC that failed may come back serving another chain (a restarted devnet).
          this.checkChainNext = true;
          if (isAirtntError(error, 'CHAIN_REPLACED') && !this.saidReplaced) {
            this.saidReplaced = true;
            this.options.log(`collector: not collecting: ${error.shortMessage} (${error.hint ?? ''})`);
          }
          this.chainWait.failed(describe(error), () => ({ payments: this.options.store.uncollectedChannels().length, unconfirmed: this.sends.openSends().length }));
        }
        this.firsts.settle(this.sends);
      } while (this.rerun && !this.stopped);
      return report;
    };
    this.running = run().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private async tick(includeActive: boolean): Promise<CollectTickReport> {
    const head = await readHead(this.options.chain);
    const lastHead = this.heads.head();
    if (lastHead !== undefined && head.number < lastHead.number) this.checkChainNext = true;
    if (this.checkChainNext && this.options.checkChain !== undefined) {
      await this.options.checkChain();
      this.checkChainNext = false;
      this.saidReplaced = false;
    }
    await this.heads.observe(head);
    // A new head (or the same height re-mined by a reorg), a session end, or a sweep.
    const newHead = head.hash !== this.lastTickHead;
    // Unmined for a while with no block to act on: a quiet chain (mining only on transactions) or a
    // node that lost the transaction never brings the next block that would re-send or bump it.
    const stale = Date.now() - this.lastResendAt >= (this.options.rebroadcastMs ?? DEFAULT_REBROADCAST_MS);
    const rebroadcastMs = this.options.rebroadcastMs ?? DEFAULT_REBROADCAST_MS;
    // Only those sent at least that long ago: one sent a moment before this pass is not overdue.
    const unmined = stale ? this.sends.openSends().filter((s) => s.status === 'sent' && Date.now() - s.createdAt >= rebroadcastMs) : [];
    if (stale) this.lastResendAt = Date.now();
    if (!newHead && !this.dirty && !includeActive && unmined.length === 0) return { sent: 0, bumped: 0, terminal: 0 };
    if (unmined.length > 0) {
      this.options.log(
        `collector: ${unmined.length} collect(s) sent and not mined (nonces ${unmined[0]!.nonce}..${unmined[unmined.length - 1]!.nonce}, since block ${unmined[0]!.sentBlock}; head ${head.number}): broadcasting them again from the store and waiting for them to be mined`,
      );
    }
    this.dirty = false;
    this.lastTickHead = head.hash;
    const rebroadcast = this.rebroadcastAll || unmined.length > 0;
    this.rebroadcastAll = false;
    let bumped: number;
    try {
      bumped = await this.reconciler.reconcile(head, rebroadcast);
      await this.gaps.check(head);
    } catch (error) {
      // The chain failed mid-pass: what was to be broadcast again still is, on the next pass.
      if (rebroadcast) this.rebroadcastAll = true;
      throw error;
    }
    const planned = await this.sendDue(head, includeActive);
    return { ...planned, bumped };
  }

  /** The highest fee per gas at which collecting `value` still gains something. */
  private capPerGas(channel: StoredChannel, value: bigint, gas: bigint): bigint | undefined {
    if (this.tuning.worthFactor === 0n) return undefined;
    const wei = this.weiValue(channel.token, value);
    return wei === undefined || gas === 0n ? undefined : wei / gas;
  }

  private weiValue(token: Address, amount: bigint): bigint | undefined {
    if (this.options.weiValue !== undefined) return this.options.weiValue(token, amount);
    return /^0x0{40}$/i.test(token) ? amount : undefined;
  }

  private async sendDue(head: ChainHead, includeActive: boolean): Promise<{ sent: number; terminal: number }> {
    const { store } = this.options;
    const open = this.sends.openSends();
    const unmined = new Set(open.filter((s) => s.status === 'sent').map((s) => s.nonce));
    const sentThisBlock = new Set(open.filter((s) => s.status === 'sent' && s.sentBlock === head.number).map((s) => s.nonce));
    const waitingChannels = new Set(open.filter((s) => s.status === 'sent').map((s) => s.channelId));
    const candidates: CollectCandidate[] = [];
    for (const { channel, payment } of store.uncollectedChannels()) {
      const terminal = this.sends.terminal(channel.channelId);
      if (terminal !== undefined && payment.amount <= terminal.amount) continue;
      // An unmined send carries this channel already: its next bump takes the latest payment.
      if (waitingChannels.has(channel.channelId)) continue;
      const value = payment.amount - channel.collected;
      candidates.push({
        channelId: channel.channelId,
        expiry: channel.expiry,
        value,
        valueWei: this.weiValue(channel.token, value),
        active: this.options.activeChannels.has(channel.channelId),
        priority: this.firsts.has(channel.channelId),
      });
    }
    this.queued = unmined.size;
    if (candidates.length === 0) return { sent: 0, terminal: 0 };
    const market = await readFeeMarket(this.options.chain, head);
    const gasCostWei = this.gasPerCollect * expectedPricePerGas(market, head.baseFeePerGas);
    // Due-ness counts the whole queue: what is unmined plus every collect worth sending now (a first plan).
    const now = this.timing()!.nowSeconds;
    const first = planCollects(candidates, { timing: collectTiming(now, this.blockTimeSeconds(), unmined.size, this.tuning), gasCostWei, tuning: this.tuning, includeActive, slots: Number.MAX_SAFE_INTEGER });
    const timing = collectTiming(now, this.blockTimeSeconds(), unmined.size + first.send.length, this.tuning);
    const slots = Math.min(this.tuning.maxPerBlock - sentThisBlock.size, (this.options.maxInFlight ?? 64) - unmined.size);
    const plan = planCollects(candidates, { timing, gasCostWei, tuning: this.tuning, includeActive, slots });
    this.queued = unmined.size + plan.send.length + plan.deferred.length;
    let terminal = 0;
    for (const c of plan.skipped) if (!c.active || includeActive) this.notWorthGas.add(c.channelId);
    for (const c of plan.send) this.notWorthGas.delete(c.channelId);
    for (const c of plan.skipped) {
      if (c.priority && !isWorthCollecting(c, gasCostWei, 1n)) this.firsts.refuse(c.channelId, 'the payment is worth less than the gas to collect it');
    }
    for (const c of plan.expired) {
      const alive = await this.channels.checkAlive(store.channel(c.channelId)!, store.latestPayment(c.channelId)!.amount, timing.nowSeconds);
      if (alive === undefined) terminal++;
    }
    // Checks in parallel (reads only); then signed, stored and broadcast one by one, in plan order.
    const checked = await Promise.all(plan.send.map((c) => this.channels.prepare(c.channelId, timing.nowSeconds)));
    let sent = 0;
    for (const [i, c] of plan.send.entries()) {
      const ready = checked[i];
      if (ready === undefined) continue;
      if (ready === 'terminal') {
        terminal++;
        continue;
      }
      const channel = store.channel(c.channelId)!;
      const payment = store.latestPayment(c.channelId)!;
      const fees: TxFees = initialFees(market, c.priority ? undefined : this.capPerGas(channel, payment.amount - ready.previous, ready.gas));
      // Capped below what this block charges, it could not be mined: not worth it now (and it would hold a nonce).
      if (!includable(fees, head.baseFeePerGas)) continue;
      const send = await this.sender.send({ channel, payment, previous: ready.previous, gas: ready.gas, fees, head: head.number });
      if (send !== undefined) {
        sent++;
        this.firsts.drop(c.channelId);
      }
    }
    return { sent, terminal };
  }
}

/** Fees a block with this base fee would accept (the base fee plus at least nothing of tip). */
function includable(fees: TxFees, baseFeePerGas: bigint | undefined): boolean {
  if (baseFeePerGas === undefined) return true;
  return (fees.kind === 'legacy' ? fees.gasPrice : fees.maxFeePerGas) >= baseFeePerGas;
}
