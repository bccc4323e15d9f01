import { blockTimestamp, readFeeMarket, readHead } from "../chain/index.js";
import { AirtntError } from "../util/errors.js";
import {
  collectTiming,
  DEFAULT_COLLECT_TUNING,
  expectedPricePerGas,
  initialFees,
  isWorthCollecting,
  observedBlockTime,
  planCollects
} from "./collect-policy.js";
import { CollectChannels, describe } from "./collect-channels.js";
import { SendReconciler } from "./collect-reconcile.js";
import { CollectSender } from "./collect-sender.js";
import { CollectStore } from "./collect-store.js";
import { emit } from "./executor-events.js";
const DEFAULT_GAS_PER_COLLECT = 60000n;
const HEADS_KEPT = 33;
class Collector {
  constructor(options) {
    this.options = options;
    this.sends = new CollectStore(options.store.db);
    const onCollect = (kind, channelId, reason) => emit(options.events, "collect", kind, channelId, reason);
    const reached = options.faults?.reached ?? (() => void 0);
    this.sender = new CollectSender(options.chain, this.sends, options.log, onCollect, reached);
    this.channels = new CollectChannels({
      chain: options.chain,
      store: options.store,
      sends: this.sends,
      log: options.log,
      notWorthGas: (channelId) => this.notWorthGas.has(channelId),
      onTerminal: (channelId) => this.priority.delete(channelId)
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
        if (gas > 0n) this.gasPerCollect = gas * 11n / 10n;
      },
      chainNow: () => this.timing()?.nowSeconds ?? 0n,
      onCollect,
      reached
    });
    this.tuning = { ...DEFAULT_COLLECT_TUNING, ...options.tuning, safetySeconds: options.safetySeconds };
  }
  options;
  sends;
  sender;
  channels;
  reconciler;
  tuning;
  timer;
  running;
  rerun = false;
  includeActiveNext = false;
  dirty = true;
  rebroadcastAll = true;
  lastTickHead;
  /** Channels the last plan left out as not worth their gas (so an expiry there is 'uneconomic'). */
  notWorthGas = /* @__PURE__ */ new Set();
  lastHead;
  heads = [];
  queued = 0;
  gasPerCollect = DEFAULT_GAS_PER_COLLECT;
  priority = /* @__PURE__ */ new Set();
  refusedPriority = /* @__PURE__ */ new Map();
  waiters = [];
  stopped = false;
  /** Collects sent and not yet confirmed (mined ones included). */
  get unconfirmedCount() {
    return this.sends.openSends().length;
  }
  /** The collector's own records (what was sent, terminal channels). */
  get records() {
    return this.sends;
  }
  start() {
    if (!this.options.enabled) return;
    void this.wake();
    this.timer = setInterval(() => void this.wake(), this.options.intervalMs);
    this.timer.unref();
  }
  async stop() {
    this.stopped = true;
    if (this.timer !== void 0) clearInterval(this.timer);
    this.timer = void 0;
    for (const waiter of this.waiters) waiter.reject(new AirtntError("COLLECTOR_STOPPED", "the collector stopped before the collect was mined"));
    this.waiters = [];
    await this.running?.catch(() => void 0);
  }
  /** A session ended on this channel: plan its collect at once (several ends in a row share one pass). */
  collectChannel(_channelId) {
    this.dirty = true;
    return this.wake();
  }
  /**
   * Plans and sends everything worth collecting now (live sessions included if asked), then waits
   * up to `waitMs` for what is in flight to be mined.
   */
  async sweep(options = {}) {
    if (!this.options.enabled) return { sent: 0, bumped: 0, terminal: 0 };
    this.dirty = true;
    const report = await this.wake(options.includeActive === true);
    const deadline = Date.now() + (options.waitMs ?? 0);
    while (!this.stopped && Date.now() < deadline && this.sends.openSends().some((s) => s.status === "sent")) {
      await new Promise((resolve) => setTimeout(resolve, Math.min(this.options.intervalMs, 250)));
      await this.wake(options.includeActive === true);
    }
    return report;
  }
  /** Chain time (last head + local time since it was seen) and the collect lead at the current queue. */
  timing() {
    if (this.lastHead === void 0) return void 0;
    const elapsed = BigInt(Math.max(0, Math.floor((Date.now() - this.lastHead.seenAt) / 1e3)));
    return collectTiming(this.lastHead.head.timestamp + elapsed, this.blockTimeSeconds(), this.queued, this.tuning);
  }
  blockTimeSeconds() {
    return this.options.blockTimeSeconds ?? observedBlockTime(this.heads, 12);
  }
  /** The head last seen (for status pages and tests). */
  head() {
    return this.lastHead?.head;
  }
  collectFirst(channelId) {
    const payment = this.options.store.latestPayment(channelId);
    if (!this.options.enabled || payment === void 0) {
      return Promise.reject(new AirtntError("COLLECT_FIRST_FAILED", "the collector cannot collect this channel", { details: { channelId } }));
    }
    const timing = this.timing();
    const waitMs = Number(timing?.urgentSeconds ?? 36n) * 1e3 + 5e3;
    const waiting = new Promise((resolve, reject) => {
      this.waiters.push({ channelId, amount: payment.amount, deadline: Date.now() + waitMs, resolve, reject });
    });
    this.priority.add(channelId);
    this.refusedPriority.delete(channelId);
    this.dirty = true;
    void this.wake();
    return waiting;
  }
  /** Runs one pass now, or once more after the one running (single flight). */
  wake(includeActive = false) {
    if (!this.options.enabled || this.stopped) return Promise.resolve({ sent: 0, bumped: 0, terminal: 0 });
    if (includeActive) this.includeActiveNext = true;
    if (this.running !== void 0) {
      this.rerun = true;
      return this.running;
    }
    const run = async () => {
      let report = { sent: 0, bumped: 0, terminal: 0 };
      do {
        this.rerun = false;
        const all = this.includeActiveNext;
        this.includeActiveNext = false;
        try {
          report = await this.tick(all);
        } catch (error) {
          this.options.log(`collector: pass failed: ${describe(error)}`);
        }
        this.settleWaiters();
      } while (this.rerun && !this.stopped);
      return report;
    };
    this.running = run().finally(() => {
      this.running = void 0;
    });
    return this.running;
  }
  async tick(includeActive) {
    const head = await readHead(this.options.chain);
    await this.observe(head);
    const newHead = head.hash !== this.lastTickHead;
    if (!newHead && !this.dirty && !includeActive) return { sent: 0, bumped: 0, terminal: 0 };
    this.dirty = false;
    this.lastTickHead = head.hash;
    const bumped = await this.reconciler.reconcile(head, this.rebroadcastAll);
    this.rebroadcastAll = false;
    const planned = await this.sendDue(head, includeActive);
    return { ...planned, bumped };
  }
  async observe(head) {
    if (this.heads.length === 0 && head.number > 16n) {
      this.heads.push({ number: head.number - 16n, timestamp: await blockTimestamp(this.options.chain, head.number - 16n) });
    }
    const last = this.heads[this.heads.length - 1];
    if (last === void 0 || head.number > last.number) {
      this.heads.push({ number: head.number, timestamp: head.timestamp });
      if (this.heads.length > HEADS_KEPT) this.heads.shift();
    }
    if (this.lastHead === void 0 || this.lastHead.head.hash !== head.hash) this.lastHead = { head, seenAt: Date.now() };
  }
  /** The highest fee per gas at which collecting `value` still gains something. */
  capPerGas(channel, value, gas) {
    if (this.tuning.worthFactor === 0n) return void 0;
    const wei = this.weiValue(channel.token, value);
    return wei === void 0 || gas === 0n ? void 0 : wei / gas;
  }
  weiValue(token, amount) {
    if (this.options.weiValue !== void 0) return this.options.weiValue(token, amount);
    return /^0x0{40}$/i.test(token) ? amount : void 0;
  }
  async sendDue(head, includeActive) {
    const { store } = this.options;
    const open = this.sends.openSends();
    const unmined = new Set(open.filter((s) => s.status === "sent").map((s) => s.nonce));
    const sentThisBlock = new Set(open.filter((s) => s.status === "sent" && s.sentBlock === head.number).map((s) => s.nonce));
    const waitingChannels = new Set(open.filter((s) => s.status === "sent").map((s) => s.channelId));
    const candidates = [];
    for (const { channel, payment } of store.uncollectedChannels()) {
      const terminal2 = this.sends.terminal(channel.channelId);
      if (terminal2 !== void 0 && payment.amount <= terminal2.amount) continue;
      if (waitingChannels.has(channel.channelId)) continue;
      const value = payment.amount - channel.collected;
      candidates.push({
        channelId: channel.channelId,
        expiry: channel.expiry,
        value,
        valueWei: this.weiValue(channel.token, value),
        active: this.options.activeChannels.has(channel.channelId),
        priority: this.priority.has(channel.channelId)
      });
    }
    this.queued = unmined.size;
    if (candidates.length === 0) return { sent: 0, terminal: 0 };
    const market = await readFeeMarket(this.options.chain, head);
    const gasCostWei = this.gasPerCollect * expectedPricePerGas(market, head.baseFeePerGas);
    const now = this.timing().nowSeconds;
    const first = planCollects(candidates, { timing: collectTiming(now, this.blockTimeSeconds(), unmined.size, this.tuning), gasCostWei, tuning: this.tuning, includeActive, slots: Number.MAX_SAFE_INTEGER });
    const timing = collectTiming(now, this.blockTimeSeconds(), unmined.size + first.send.length, this.tuning);
    const slots = Math.min(this.tuning.maxPerBlock - sentThisBlock.size, (this.options.maxInFlight ?? 64) - unmined.size);
    const plan = planCollects(candidates, { timing, gasCostWei, tuning: this.tuning, includeActive, slots });
    this.queued = unmined.size + plan.send.length + plan.deferred.length;
    let terminal = 0;
    for (const c of plan.skipped) if (!c.active || includeActive) this.notWorthGas.add(c.channelId);
    for (const c of plan.send) this.notWorthGas.delete(c.channelId);
    for (const c of plan.skipped) {
      if (c.priority && !isWorthCollecting(c, gasCostWei, 1n)) this.refusedPriority.set(c.channelId, "the payment is worth less than the gas to collect it");
    }
    for (const c of plan.expired) {
      const alive = await this.channels.checkAlive(store.channel(c.channelId), store.latestPayment(c.channelId).amount, timing.nowSeconds);
      if (alive === void 0) terminal++;
    }
    const checked = await Promise.all(plan.send.map((c) => this.channels.prepare(c.channelId, timing.nowSeconds)));
    let sent = 0;
    for (const [i, c] of plan.send.entries()) {
      const ready = checked[i];
      if (ready === void 0) continue;
      if (ready === "terminal") {
        terminal++;
        continue;
      }
      const channel = store.channel(c.channelId);
      const payment = store.latestPayment(c.channelId);
      const fees = initialFees(market, c.priority ? void 0 : this.capPerGas(channel, payment.amount - ready.previous, ready.gas));
      if (!includable(fees, head.baseFeePerGas)) continue;
      const send = await this.sender.send({ channel, payment, previous: ready.previous, gas: ready.gas, fees, head: head.number });
      if (send !== void 0) {
        sent++;
        this.priority.delete(c.channelId);
      }
    }
    return { sent, terminal };
  }
  settleWaiters() {
    if (this.waiters.length === 0) return;
    const now = Date.now();
    this.waiters = this.waiters.filter((w) => {
      const landed = this.sends.sendsOf(w.channelId).some((s) => (s.status === "mined" || s.status === "confirmed") && s.amount >= w.amount);
      if (landed) {
        w.resolve();
        return false;
      }
      const terminal = this.sends.terminal(w.channelId);
      const refused = this.refusedPriority.get(w.channelId);
      const reason = terminal !== void 0 && terminal.amount >= w.amount ? `${terminal.state}: ${terminal.reason}` : refused ?? (now > w.deadline ? "not mined in time" : void 0);
      if (reason === void 0) return true;
      this.priority.delete(w.channelId);
      this.refusedPriority.delete(w.channelId);
      w.reject(new AirtntError("COLLECT_FIRST_FAILED", `the payment could not be collected ahead of the queue: ${reason}`, { details: { channelId: w.channelId, amount: w.amount } }));
      return false;
    });
  }
}
function includable(fees, baseFeePerGas) {
  if (baseFeePerGas === void 0) return true;
  return (fees.kind === "legacy" ? fees.gasPrice : fees.maxFeePerGas) >= baseFeePerGas;
}
export {
  Collector
};
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vc3JjL25vZGUvY29sbGVjdG9yLnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyIvKipcbiAqIFRoZSBleGVjdXRvcidzIGNvbGxlY3Rpb24gc2VydmljZTogdHVybnMgc3RvcmVkIHBheW1lbnRzIGludG8gbW9uZXkgb24tY2hhaW4gYmVmb3JlIGNoYW5uZWxzIGV4cGlyZS5cbiAqXG4gKiBJdCB3YWtlcyBvbiBldmVyeSBuZXcgYmxvY2sgKHBvbGxpbmcgdGhlIGhlYWQgZXZlcnkgaW50ZXJ2YWxNcykgYW5kIHdoZW4gYSBzZXNzaW9uIGVuZHMsIHRoZW46XG4gKiAxLiByZWNvbmNpbGVzIHdoYXQgaXQgc2VudCAoY29sbGVjdC1zdG9yZS50cykgd2l0aCB0aGUgY2hhaW46IG1pbmVkLCByZXZlcnRlZCwgcmVwbGFjZWQsIGRyb3BwZWRcbiAqICAgIChub25jZSB1c2VkIGVsc2V3aGVyZSksIHJlb3JnZWQgb3V0IChtaW5lZCwgdGhlbiBnb25lOiByZS1zZW50IGZyb20gdGhlIHN0b3JlKSwgY29uZmlybWVkIG9uY2VcbiAqICAgIGNvbmZpcm1CbG9ja3MgZGVlcDsgYSBzZW5kIHVubWluZWQgZm9yIGJ1bXBBZnRlckJsb2NrcyBpcyByZXBsYWNlZCBhdCBmZWVzIHJhaXNlZCBieSAxMi41ICU7XG4gKiAyLiBwbGFucyAoY29sbGVjdC1wb2xpY3kudHMpOiBvbmUgY29sbGVjdCBwZXIgY2hhbm5lbCBmb3IgaXRzIGxhdGVzdCBjdW11bGF0aXZlIHBheW1lbnQgKGxhdGVyXG4gKiAgICBwYXltZW50cyBtZXJnZSBpbnRvIGl0KSwgb3JkZXJlZCBieSBkZWFkbGluZSBhbmQgdmFsdWUsIHNlbnQgb25seSB3aGVuIHdvcnRoIGl0cyBnYXM7XG4gKiAzLiBzZW5kcyB1cCB0byBtYXhQZXJCbG9jayBuZXcgY29sbGVjdHMgaW4gdGhlIGJsb2NrLCB3aXRoIGl0cyBvd24gbm9uY2VzIChjb2xsZWN0LXNlbmRlci50cyksIGVhY2hcbiAqICAgIHN0b3JlZCBiZWZvcmUgaXQgaXMgYnJvYWRjYXN0LiBOb3RoaW5nIHdhaXRzIGZvciBhIHJlY2VpcHQsIHNvIG9uZSBzdHVjayB0cmFuc2FjdGlvbiBkZWxheXMgbm9cbiAqICAgIG90aGVyIHBsYW46IGl0IGlzIGJ1bXBlZCB3aGlsZSBsYXRlciBvbmVzIGFyZSBzZW50LlxuICogRGVhZCBjaGFubmVscyAoZXhwaXJlZCwgY2xvc2VkLCByZWZ1bmRlZCwgaW52YWxpZCkgZ2V0IGEgdGVybWluYWwgc3RhdGUgaW5zdGVhZCBvZiByZXRyaWVzLlxuICogSXQgYWxzbyB0ZWxscyBzZXNzaW9ucyBob3cgbG9uZyBhIGNvbGxlY3QgdGFrZXMgbm93ICh0aW1pbmcoKSkgYW5kIGNvbGxlY3RzIGEgcGF5bWVudCBhaGVhZCBvZiB0aGVcbiAqIHF1ZXVlIHdoZW4gYSBrZXkgaXMgaGVsZCBiYWNrIGZvciBpdCAoY29sbGVjdEZpcnN0KCkpLiBDb2xsZWN0aW5nIHJldmVhbHMgdGhlIHJvdW5kIGtleSBvbi1jaGFpbixcbiAqIHdoaWNoIGlzIHdoYXQgbGV0cyBhIHJlcXVlc3RlciByZWNvdmVyIGEgd2l0aGhlbGQga2V5LlxuICovXG5pbXBvcnQgdHlwZSB7IEFkZHJlc3MsIEhleCB9IGZyb20gJ3ZpZW0nO1xuaW1wb3J0IHsgYmxvY2tUaW1lc3RhbXAsIHJlYWRGZWVNYXJrZXQsIHJlYWRIZWFkLCB0eXBlIENoYWluQ2xpZW50LCB0eXBlIENoYWluSGVhZCwgdHlwZSBUeEZlZXMgfSBmcm9tICcuLi9jaGFpbi9pbmRleC5qcyc7XG5pbXBvcnQgdHlwZSB7IENvbGxlY3RUaW1pbmcgfSBmcm9tICcuLi9wcm90b2NvbC9jb2xsZWN0LWRlYWRsaW5lLmpzJztcbmltcG9ydCB7IEFpcnRudEVycm9yIH0gZnJvbSAnLi4vdXRpbC9lcnJvcnMuanMnO1xuaW1wb3J0IHtcbiAgY29sbGVjdFRpbWluZyxcbiAgREVGQVVMVF9DT0xMRUNUX1RVTklORyxcbiAgZXhwZWN0ZWRQcmljZVBlckdhcyxcbiAgaW5pdGlhbEZlZXMsXG4gIGlzV29ydGhDb2xsZWN0aW5nLFxuICBvYnNlcnZlZEJsb2NrVGltZSxcbiAgcGxhbkNvbGxlY3RzLFxuICB0eXBlIENvbGxlY3RDYW5kaWRhdGUsXG4gIHR5cGUgQ29sbGVjdFR1bmluZyxcbn0gZnJvbSAnLi9jb2xsZWN0LXBvbGljeS5qcyc7XG5pbXBvcnQgeyBDb2xsZWN0Q2hhbm5lbHMsIGRlc2NyaWJlIH0gZnJvbSAnLi9jb2xsZWN0LWNoYW5uZWxzLmpzJztcbmltcG9ydCB7IFNlbmRSZWNvbmNpbGVyIH0gZnJvbSAnLi9jb2xsZWN0LXJlY29uY2lsZS5qcyc7XG5pbXBvcnQgeyBDb2xsZWN0U2VuZGVyIH0gZnJvbSAnLi9jb2xsZWN0LXNlbmRlci5qcyc7XG5pbXBvcnQgeyBDb2xsZWN0U3RvcmUgfSBmcm9tICcuL2NvbGxlY3Qtc3RvcmUuanMnO1xuaW1wb3J0IHsgZW1pdCwgdHlwZSBFeGVjdXRvckV2ZW50cyB9IGZyb20gJy4vZXhlY3V0b3ItZXZlbnRzLmpzJztcbmltcG9ydCB0eXBlIHsgRXhlY3V0b3JTdG9yZSwgU3RvcmVkQ2hhbm5lbCB9IGZyb20gJy4vZXhlY3V0b3Itc3RvcmUuanMnO1xuaW1wb3J0IHR5cGUgeyBFeGVjdXRvckZhdWx0cyB9IGZyb20gJy4vZmF1bHRzLmpzJztcblxuZXhwb3J0IHR5cGUgQ29sbGVjdG9yT3B0aW9ucyA9IHtcbiAgY2hhaW46IENoYWluQ2xpZW50O1xuICBzdG9yZTogRXhlY3V0b3JTdG9yZTtcbiAgLyoqIENoYW5uZWxzIHdpdGggYSBsaXZlIHNlc3Npb246IGxlZnQgYWxvbmUgdW50aWwgZHVlLCB1bmxlc3MgYSBzd2VlcCBpbmNsdWRlcyB0aGVtLiAqL1xuICBhY3RpdmVDaGFubmVsczogUmVhZG9ubHlTZXQ8SGV4PjtcbiAgLyoqIFNlY29uZHMgYmVmb3JlIGV4cGlyeSBieSB3aGljaCBhIGNvbGxlY3QgbXVzdCBoYXZlIGxhbmRlZCAodGhlIHNhZmV0eSBtYXJnaW4pLiAqL1xuICBzYWZldHlTZWNvbmRzOiBiaWdpbnQ7XG4gIC8qKiBIb3cgb2Z0ZW4gdGhlIGNoYWluIGhlYWQgaXMgcG9sbGVkIChtcykuICovXG4gIGludGVydmFsTXM6IG51bWJlcjtcbiAgLyoqIEZhbHNlIG9ubHkgd2hlbiBhIHRlc3QncyBpbmplY3RlZCBmYXVsdHMgc2F5IHNvIChzcmMvbm9kZS9mYXVsdHMudHM6IGNvbGxlY3RzUGF5bWVudHMpLiAqL1xuICBlbmFibGVkOiBib29sZWFuO1xuICAvKiogQSBtaW5lZCBjb2xsZWN0IGlzIHRydXN0ZWQgb25jZSB0aGlzIG1hbnkgYmxvY2tzIGRlZXAgKGRlZmF1bHQgMTIpOyBvbmUgYSByZW9yZyBkcm9wcGVkIGlzIHNlbnQgYWdhaW4uICovXG4gIGNvbmZpcm1CbG9ja3M/OiBiaWdpbnQ7XG4gIC8qKiBCbG9ja3MgYSBjb2xsZWN0IG1heSBzdGF5IHVubWluZWQgYmVmb3JlIGl0IGlzIHJlcGxhY2VkIGF0IGhpZ2hlciBmZWVzIChkZWZhdWx0IDIpLiAqL1xuICBidW1wQWZ0ZXJCbG9ja3M/OiBudW1iZXI7XG4gIC8qKiBDb2xsZWN0cyBzZW50IGFuZCBub3QgeWV0IG1pbmVkLCBhdCBtb3N0IChkZWZhdWx0IDY0KS4gKi9cbiAgbWF4SW5GbGlnaHQ/OiBudW1iZXI7XG4gIC8qKiBPcmRlcmluZywgd29ydGggYW5kIGZlYXNpYmlsaXR5IGZpZ3VyZXMgKGNvbGxlY3QtcG9saWN5LnRzKS4gKi9cbiAgdHVuaW5nPzogUGFydGlhbDxPbWl0PENvbGxlY3RUdW5pbmcsICdzYWZldHlTZWNvbmRzJz4+O1xuICAvKiogU2Vjb25kcyBwZXIgYmxvY2sgdG8gYXNzdW1lIGluc3RlYWQgb2YgbWVhc3VyaW5nIGl0IGZyb20gcmVjZW50IGJsb2Nrcy4gKi9cbiAgYmxvY2tUaW1lU2Vjb25kcz86IG51bWJlcjtcbiAgLyoqIFdoYXQgYGFtb3VudGAgb2YgYHRva2VuYCBpcyB3b3J0aCBpbiB3ZWkgKEVUSDogaXRzZWxmKTsgdW5kZWZpbmVkIHdoZW4gdW5rbm93biAodGhlbiBhbHdheXMgd29ydGggY29sbGVjdGluZykuICovXG4gIHdlaVZhbHVlPzogKHRva2VuOiBBZGRyZXNzLCBhbW91bnQ6IGJpZ2ludCkgPT4gYmlnaW50IHwgdW5kZWZpbmVkO1xuICAvKiogV2hlcmUgY29sbGVjdHMgc2VudCwgbWluZWQsIGNvbmZpcm1lZCBhbmQgZmFpbGVkIGFyZSByZXBvcnRlZCAobWV0cmljcywgZGFzaGJvYXJkKS4gKi9cbiAgZXZlbnRzPzogRXhlY3V0b3JFdmVudHM7XG4gIC8qKiBUZXN0LW9ubHkgY3Jhc2ggcG9pbnRzIGF0IGVhY2ggZHVyYWJsZSBzdGVwIG9mIGEgY29sbGVjdCAoc3JjL25vZGUvZmF1bHRzLnRzKTsgZGVmYXVsdCBub25lLiAqL1xuICBmYXVsdHM/OiBQaWNrPEV4ZWN1dG9yRmF1bHRzLCAncmVhY2hlZCc+O1xuICBsb2cobGluZTogc3RyaW5nKTogdm9pZDtcbn07XG5cbmV4cG9ydCB0eXBlIENvbGxlY3RUaWNrUmVwb3J0ID0geyBzZW50OiBudW1iZXI7IGJ1bXBlZDogbnVtYmVyOyB0ZXJtaW5hbDogbnVtYmVyIH07XG5cbi8qKiBXaGF0IHNlc3Npb25zIGFzayBvZiB0aGUgY29sbGVjdG9yIChzcmMvbm9kZS9leGVjdXRvci1jb25uZWN0aW9uLnRzKS4gKi9cbmV4cG9ydCB0eXBlIENvbGxlY3REZWFkbGluZXMgPSB7XG4gIC8qKiBDaGFpbiB0aW1lIGFuZCBob3cgbG9uZyBhIGNvbGxlY3QgdGFrZXMgbm93OyB1bmRlZmluZWQgdW50aWwgdGhlIGZpcnN0IGhlYWQgd2FzIHJlYWQuICovXG4gIHRpbWluZygpOiBDb2xsZWN0VGltaW5nIHwgdW5kZWZpbmVkO1xuICAvKiogQ29sbGVjdHMgdGhlIGNoYW5uZWwncyBsYXRlc3QgcGF5bWVudCBhaGVhZCBvZiB0aGUgcXVldWU7IHJlc29sdmVzIG9uY2UgaXQgaXMgbWluZWQuICovXG4gIGNvbGxlY3RGaXJzdChjaGFubmVsSWQ6IEhleCk6IFByb21pc2U8dm9pZD47XG59O1xuXG5jb25zdCBERUZBVUxUX0dBU19QRVJfQ09MTEVDVCA9IDYwXzAwMG47XG4vKiogSGVhZHMga2VwdCB0byBtZWFzdXJlIHRoZSBibG9jayB0aW1lLiAqL1xuY29uc3QgSEVBRFNfS0VQVCA9IDMzO1xuXG50eXBlIFdhaXRlciA9IHsgY2hhbm5lbElkOiBIZXg7IGFtb3VudDogYmlnaW50OyBkZWFkbGluZTogbnVtYmVyOyByZXNvbHZlKCk6IHZvaWQ7IHJlamVjdChlcnJvcjogRXJyb3IpOiB2b2lkIH07XG5cbmV4cG9ydCBjbGFzcyBDb2xsZWN0b3IgaW1wbGVtZW50cyBDb2xsZWN0RGVhZGxpbmVzIHtcbiAgcHJpdmF0ZSByZWFkb25seSBzZW5kczogQ29sbGVjdFN0b3JlO1xuICBwcml2YXRlIHJlYWRvbmx5IHNlbmRlcjogQ29sbGVjdFNlbmRlcjtcbiAgcHJpdmF0ZSByZWFkb25seSBjaGFubmVsczogQ29sbGVjdENoYW5uZWxzO1xuICBwcml2YXRlIHJlYWRvbmx5IHJlY29uY2lsZXI6IFNlbmRSZWNvbmNpbGVyO1xuICBwcml2YXRlIHJlYWRvbmx5IHR1bmluZzogQ29sbGVjdFR1bmluZztcbiAgcHJpdmF0ZSB0aW1lcjogTm9kZUpTLlRpbWVvdXQgfCB1bmRlZmluZWQ7XG4gIHByaXZhdGUgcnVubmluZzogUHJvbWlzZTxDb2xsZWN0VGlja1JlcG9ydD4gfCB1bmRlZmluZWQ7XG4gIHByaXZhdGUgcmVydW4gPSBmYWxzZTtcbiAgcHJpdmF0ZSBpbmNsdWRlQWN0aXZlTmV4dCA9IGZhbHNlO1xuICBwcml2YXRlIGRpcnR5ID0gdHJ1ZTtcbiAgcHJpdmF0ZSByZWJyb2FkY2FzdEFsbCA9IHRydWU7XG4gIHByaXZhdGUgbGFzdFRpY2tIZWFkOiBIZXggfCB1bmRlZmluZWQ7XG4gIC8qKiBDaGFubmVscyB0aGUgbGFzdCBwbGFuIGxlZnQgb3V0IGFzIG5vdCB3b3J0aCB0aGVpciBnYXMgKHNvIGFuIGV4cGlyeSB0aGVyZSBpcyAndW5lY29ub21pYycpLiAqL1xuICBwcml2YXRlIHJlYWRvbmx5IG5vdFdvcnRoR2FzID0gbmV3IFNldDxIZXg+KCk7XG4gIHByaXZhdGUgbGFzdEhlYWQ6IHsgaGVhZDogQ2hhaW5IZWFkOyBzZWVuQXQ6IG51bWJlciB9IHwgdW5kZWZpbmVkO1xuICBwcml2YXRlIHJlYWRvbmx5IGhlYWRzOiB7IG51bWJlcjogYmlnaW50OyB0aW1lc3RhbXA6IGJpZ2ludCB9W10gPSBbXTtcbiAgcHJpdmF0ZSBxdWV1ZWQgPSAwO1xuICBwcml2YXRlIGdhc1BlckNvbGxlY3QgPSBERUZBVUxUX0dBU19QRVJfQ09MTEVDVDtcbiAgcHJpdmF0ZSByZWFkb25seSBwcmlvcml0eSA9IG5ldyBTZXQ8SGV4PigpO1xuICBwcml2YXRlIHJlYWRvbmx5IHJlZnVzZWRQcmlvcml0eSA9IG5ldyBNYXA8SGV4LCBzdHJpbmc+KCk7XG4gIHByaXZhdGUgd2FpdGVyczogV2FpdGVyW10gPSBbXTtcbiAgcHJpdmF0ZSBzdG9wcGVkID0gZmFsc2U7XG5cbiAgY29uc3RydWN0b3IocHJpdmF0ZSByZWFkb25seSBvcHRpb25zOiBDb2xsZWN0b3JPcHRpb25zKSB7XG4gICAgdGhpcy5zZW5kcyA9IG5ldyBDb2xsZWN0U3RvcmUob3B0aW9ucy5zdG9yZS5kYik7XG4gICAgY29uc3Qgb25Db2xsZWN0ID0gKGtpbmQ6ICdzZW50JyB8ICdhbHJlYWR5JyB8ICdjb25maXJtZWQnIHwgJ2ZhaWxlZCcsIGNoYW5uZWxJZDogSGV4LCByZWFzb24/OiBzdHJpbmcpID0+IGVtaXQob3B0aW9ucy5ldmVudHMsICdjb2xsZWN0Jywga2luZCwgY2hhbm5lbElkLCByZWFzb24pO1xuICAgIGNvbnN0IHJlYWNoZWQgPSBvcHRpb25zLmZhdWx0cz8ucmVhY2hlZCA/PyAoKCkgPT4gdW5kZWZpbmVkKTtcbiAgICB0aGlzLnNlbmRlciA9IG5ldyBDb2xsZWN0U2VuZGVyKG9wdGlvbnMuY2hhaW4sIHRoaXMuc2VuZHMsIG9wdGlvbnMubG9nLCBvbkNvbGxlY3QsIHJlYWNoZWQpO1xuICAgIHRoaXMuY2hhbm5lbHMgPSBuZXcgQ29sbGVjdENoYW5uZWxzKHtcbiAgICAgIGNoYWluOiBvcHRpb25zLmNoYWluLFxuICAgICAgc3RvcmU6IG9wdGlvbnMuc3RvcmUsXG4gICAgICBzZW5kczogdGhpcy5zZW5kcyxcbiAgICAgIGxvZzogb3B0aW9ucy5sb2csXG4gICAgICBub3RXb3J0aEdhczogKGNoYW5uZWxJZCkgPT4gdGhpcy5ub3RXb3J0aEdhcy5oYXMoY2hhbm5lbElkKSxcbiAgICAgIG9uVGVybWluYWw6IChjaGFubmVsSWQpID0+IHRoaXMucHJpb3JpdHkuZGVsZXRlKGNoYW5uZWxJZCksXG4gICAgfSk7XG4gICAgdGhpcy5yZWNvbmNpbGVyID0gbmV3IFNlbmRSZWNvbmNpbGVyKHtcbiAgICAgIGNoYWluOiBvcHRpb25zLmNoYWluLFxuICAgICAgc3RvcmU6IG9wdGlvbnMuc3RvcmUsXG4gICAgICBzZW5kczogdGhpcy5zZW5kcyxcbiAgICAgIHNlbmRlcjogdGhpcy5zZW5kZXIsXG4gICAgICBjaGFubmVsczogdGhpcy5jaGFubmVscyxcbiAgICAgIGNvbmZpcm1CbG9ja3M6IG9wdGlvbnMuY29uZmlybUJsb2NrcyA/PyAxMm4sXG4gICAgICBidW1wQWZ0ZXJCbG9ja3M6IG9wdGlvbnMuYnVtcEFmdGVyQmxvY2tzID8/IDIsXG4gICAgICBsb2c6IG9wdGlvbnMubG9nLFxuICAgICAgY2FwUGVyR2FzOiAoY2hhbm5lbCwgdmFsdWUsIGdhcykgPT4gdGhpcy5jYXBQZXJHYXMoY2hhbm5lbCwgdmFsdWUsIGdhcyksXG4gICAgICBvbkdhc1VzZWQ6IChnYXMpID0+IHtcbiAgICAgICAgaWYgKGdhcyA+IDBuKSB0aGlzLmdhc1BlckNvbGxlY3QgPSAoZ2FzICogMTFuKSAvIDEwbjtcbiAgICAgIH0sXG4gICAgICBjaGFpbk5vdzogKCkgPT4gdGhpcy50aW1pbmcoKT8ubm93U2Vjb25kcyA/PyAwbixcbiAgICAgIG9uQ29sbGVjdCxcbiAgICAgIHJlYWNoZWQsXG4gICAgfSk7XG4gICAgdGhpcy50dW5pbmcgPSB7IC4uLkRFRkFVTFRfQ09MTEVDVF9UVU5JTkcsIC4uLm9wdGlvbnMudHVuaW5nLCBzYWZldHlTZWNvbmRzOiBvcHRpb25zLnNhZmV0eVNlY29uZHMgfTtcbiAgfVxuXG4gIC8qKiBDb2xsZWN0cyBzZW50IGFuZCBub3QgeWV0IGNvbmZpcm1lZCAobWluZWQgb25lcyBpbmNsdWRlZCkuICovXG4gIGdldCB1bmNvbmZpcm1lZENvdW50KCk6IG51bWJlciB7XG4gICAgcmV0dXJuIHRoaXMuc2VuZHMub3BlblNlbmRzKCkubGVuZ3RoO1xuICB9XG5cbiAgLyoqIFRoZSBjb2xsZWN0b3IncyBvd24gcmVjb3JkcyAod2hhdCB3YXMgc2VudCwgdGVybWluYWwgY2hhbm5lbHMpLiAqL1xuICBnZXQgcmVjb3JkcygpOiBDb2xsZWN0U3RvcmUge1xuICAgIHJldHVybiB0aGlzLnNlbmRzO1xuICB9XG5cbiAgc3RhcnQoKTogdm9pZCB7XG4gICAgaWYgKCF0aGlzLm9wdGlvbnMuZW5hYmxlZCkgcmV0dXJuO1xuICAgIHZvaWQgdGhpcy53YWtlKCk7XG4gICAgdGhpcy50aW1lciA9IHNldEludGVydmFsKCgpID0+IHZvaWQgdGhpcy53YWtlKCksIHRoaXMub3B0aW9ucy5pbnRlcnZhbE1zKTtcbiAgICB0aGlzLnRpbWVyLnVucmVmKCk7XG4gIH1cblxuICBhc3luYyBzdG9wKCk6IFByb21pc2U8dm9pZD4ge1xuICAgIHRoaXMuc3RvcHBlZCA9IHRydWU7XG4gICAgaWYgKHRoaXMudGltZXIgIT09IHVuZGVmaW5lZCkgY2xlYXJJbnRlcnZhbCh0aGlzLnRpbWVyKTtcbiAgICB0aGlzLnRpbWVyID0gdW5kZWZpbmVkO1xuICAgIGZvciAoY29uc3Qgd2FpdGVyIG9mIHRoaXMud2FpdGVycykgd2FpdGVyLnJlamVjdChuZXcgQWlydG50RXJyb3IoJ0NPTExFQ1RPUl9TVE9QUEVEJywgJ3RoZSBjb2xsZWN0b3Igc3RvcHBlZCBiZWZvcmUgdGhlIGNvbGxlY3Qgd2FzIG1pbmVkJykpO1xuICAgIHRoaXMud2FpdGVycyA9IFtdO1xuICAgIGF3YWl0IHRoaXMucnVubmluZz8uY2F0Y2goKCkgPT4gdW5kZWZpbmVkKTtcbiAgfVxuXG4gIC8qKiBBIHNlc3Npb24gZW5kZWQgb24gdGhpcyBjaGFubmVsOiBwbGFuIGl0cyBjb2xsZWN0IGF0IG9uY2UgKHNldmVyYWwgZW5kcyBpbiBhIHJvdyBzaGFyZSBvbmUgcGFzcykuICovXG4gIGNvbGxlY3RDaGFubmVsKF9jaGFubmVsSWQ6IEhleCk6IFByb21pc2U8Q29sbGVjdFRpY2tSZXBvcnQ+IHtcbiAgICB0aGlzLmRpcnR5ID0gdHJ1ZTtcbiAgICByZXR1cm4gdGhpcy53YWtlKCk7XG4gIH1cblxuICAvKipcbiAgICogUGxhbnMgYW5kIHNlbmRzIGV2ZXJ5dGhpbmcgd29ydGggY29sbGVjdGluZyBub3cgKGxpdmUgc2Vzc2lvbnMgaW5jbHVkZWQgaWYgYXNrZWQpLCB0aGVuIHdhaXRzXG4gICAqIHVwIHRvIGB3YWl0TXNgIGZvciB3aGF0IGlzIGluIGZsaWdodCB0byBiZSBtaW5lZC5cbiAgICovXG4gIGFzeW5jIHN3ZWVwKG9wdGlvbnM6IHsgaW5jbHVkZUFjdGl2ZT86IGJvb2xlYW47IHdhaXRNcz86IG51bWJlciB9ID0ge30pOiBQcm9taXNlPENvbGxlY3RUaWNrUmVwb3J0PiB7XG4gICAgaWYgKCF0aGlzLm9wdGlvbnMuZW5hYmxlZCkgcmV0dXJuIHsgc2VudDogMCwgYnVtcGVkOiAwLCB0ZXJtaW5hbDogMCB9O1xuICAgIHRoaXMuZGlydHkgPSB0cnVlO1xuICAgIGNvbnN0IHJlcG9ydCA9IGF3YWl0IHRoaXMud2FrZShvcHRpb25zLmluY2x1ZGVBY3RpdmUgPT09IHRydWUpO1xuICAgIGNvbnN0IGRlYWRsaW5lID0gRGF0ZS5ub3coKSArIChvcHRpb25zLndhaXRNcyA/PyAwKTtcbiAgICB3aGlsZSAoIXRoaXMuc3RvcHBlZCAmJiBEYXRlLm5vdygpIDwgZGVhZGxpbmUgJiYgdGhpcy5zZW5kcy5vcGVuU2VuZHMoKS5zb21lKChzKSA9PiBzLnN0YXR1cyA9PT0gJ3NlbnQnKSkge1xuICAgICAgYXdhaXQgbmV3IFByb21pc2UoKHJlc29sdmUpID0+IHNldFRpbWVvdXQocmVzb2x2ZSwgTWF0aC5taW4odGhpcy5vcHRpb25zLmludGVydmFsTXMsIDI1MCkpKTtcbiAgICAgIGF3YWl0IHRoaXMud2FrZShvcHRpb25zLmluY2x1ZGVBY3RpdmUgPT09IHRydWUpO1xuICAgIH1cbiAgICByZXR1cm4gcmVwb3J0O1xuICB9XG5cbiAgLyoqIENoYWluIHRpbWUgKGxhc3QgaGVhZCArIGxvY2FsIHRpbWUgc2luY2UgaXQgd2FzIHNlZW4pIGFuZCB0aGUgY29sbGVjdCBsZWFkIGF0IHRoZSBjdXJyZW50IHF1ZXVlLiAqL1xuICB0aW1pbmcoKTogQ29sbGVjdFRpbWluZyB8IHVuZGVmaW5lZCB7XG4gICAgaWYgKHRoaXMubGFzdEhlYWQgPT09IHVuZGVmaW5lZCkgcmV0dXJuIHVuZGVmaW5lZDtcbiAgICBjb25zdCBlbGFwc2VkID0gQmlnSW50KE1hdGgubWF4KDAsIE1hdGguZmxvb3IoKERhdGUubm93KCkgLSB0aGlzLmxhc3RIZWFkLnNlZW5BdCkgLyAxMDAwKSkpO1xuICAgIHJldHVybiBjb2xsZWN0VGltaW5nKHRoaXMubGFzdEhlYWQuaGVhZC50aW1lc3RhbXAgKyBlbGFwc2VkLCB0aGlzLmJsb2NrVGltZVNlY29uZHMoKSwgdGhpcy5xdWV1ZWQsIHRoaXMudHVuaW5nKTtcbiAgfVxuXG4gIGJsb2NrVGltZVNlY29uZHMoKTogbnVtYmVyIHtcbiAgICByZXR1cm4gdGhpcy5vcHRpb25zLmJsb2NrVGltZVNlY29uZHMgPz8gb2JzZXJ2ZWRCbG9ja1RpbWUodGhpcy5oZWFkcywgMTIpO1xuICB9XG5cbiAgLyoqIFRoZSBoZWFkIGxhc3Qgc2VlbiAoZm9yIHN0YXR1cyBwYWdlcyBhbmQgdGVzdHMpLiAqL1xuICBoZWFkKCk6IENoYWluSGVhZCB8IHVuZGVmaW5lZCB7XG4gICAgcmV0dXJuIHRoaXMubGFzdEhlYWQ/LmhlYWQ7XG4gIH1cblxuICBjb2xsZWN0Rmlyc3QoY2hhbm5lbElkOiBIZXgpOiBQcm9taXNlPHZvaWQ+IHtcbiAgICBjb25zdCBwYXltZW50ID0gdGhpcy5vcHRpb25zLnN0b3JlLmxhdGVzdFBheW1lbnQoY2hhbm5lbElkKTtcbiAgICBpZiAoIXRoaXMub3B0aW9ucy5lbmFibGVkIHx8IHBheW1lbnQgPT09IHVuZGVmaW5lZCkge1xuICAgICAgcmV0dXJuIFByb21pc2UucmVqZWN0KG5ldyBBaXJ0bnRFcnJvcignQ09MTEVDVF9GSVJTVF9GQUlMRUQnLCAndGhlIGNvbGxlY3RvciBjYW5ub3QgY29sbGVjdCB0aGlzIGNoYW5uZWwnLCB7IGRldGFpbHM6IHsgY2hhbm5lbElkIH0gfSkpO1xuICAgIH1cbiAgICBjb25zdCB0aW1pbmcgPSB0aGlzLnRpbWluZygpO1xuICAgIGNvbnN0IHdhaXRNcyA9IE51bWJlcih0aW1pbmc/LnVyZ2VudFNlY29uZHMgPz8gMzZuKSAqIDEwMDAgKyA1XzAwMDtcbiAgICBjb25zdCB3YWl0aW5nID0gbmV3IFByb21pc2U8dm9pZD4oKHJlc29sdmUsIHJlamVjdCkgPT4ge1xuICAgICAgdGhpcy53YWl0ZXJzLnB1c2goeyBjaGFubmVsSWQsIGFtb3VudDogcGF5bWVudC5hbW91bnQsIGRlYWRsaW5lOiBEYXRlLm5vdygpICsgd2FpdE1zLCByZXNvbHZlLCByZWplY3QgfSk7XG4gICAgfSk7XG4gICAgdGhpcy5wcmlvcml0eS5hZGQoY2hhbm5lbElkKTtcbiAgICB0aGlzLnJlZnVzZWRQcmlvcml0eS5kZWxldGUoY2hhbm5lbElkKTtcbiAgICB0aGlzLmRpcnR5ID0gdHJ1ZTtcbiAgICB2b2lkIHRoaXMud2FrZSgpO1xuICAgIHJldHVybiB3YWl0aW5nO1xuICB9XG5cbiAgLyoqIFJ1bnMgb25lIHBhc3Mgbm93LCBvciBvbmNlIG1vcmUgYWZ0ZXIgdGhlIG9uZSBydW5uaW5nIChzaW5nbGUgZmxpZ2h0KS4gKi9cbiAgcHJpdmF0ZSB3YWtlKGluY2x1ZGVBY3RpdmUgPSBmYWxzZSk6IFByb21pc2U8Q29sbGVjdFRpY2tSZXBvcnQ+IHtcbiAgICBpZiAoIXRoaXMub3B0aW9ucy5lbmFibGVkIHx8IHRoaXMuc3RvcHBlZCkgcmV0dXJuIFByb21pc2UucmVzb2x2ZSh7IHNlbnQ6IDAsIGJ1bXBlZDogMCwgdGVybWluYWw6IDAgfSk7XG4gICAgaWYgKGluY2x1ZGVBY3RpdmUpIHRoaXMuaW5jbHVkZUFjdGl2ZU5leHQgPSB0cnVlO1xuICAgIGlmICh0aGlzLnJ1bm5pbmcgIT09IHVuZGVmaW5lZCkge1xuICAgICAgdGhpcy5yZXJ1biA9IHRydWU7XG4gICAgICByZXR1cm4gdGhpcy5ydW5uaW5nO1xuICAgIH1cbiAgICBjb25zdCBydW4gPSBhc3luYyAoKTogUHJvbWlzZTxDb2xsZWN0VGlja1JlcG9ydD4gPT4ge1xuICAgICAgbGV0IHJlcG9ydDogQ29sbGVjdFRpY2tSZXBvcnQgPSB7IHNlbnQ6IDAsIGJ1bXBlZDogMCwgdGVybWluYWw6IDAgfTtcbiAgICAgIGRvIHtcbiAgICAgICAgdGhpcy5yZXJ1biA9IGZhbHNlO1xuICAgICAgICBjb25zdCBhbGwgPSB0aGlzLmluY2x1ZGVBY3RpdmVOZXh0O1xuICAgICAgICB0aGlzLmluY2x1ZGVBY3RpdmVOZXh0ID0gZmFsc2U7XG4gICAgICAgIHRyeSB7XG4gICAgICAgICAgcmVwb3J0ID0gYXdhaXQgdGhpcy50aWNrKGFsbCk7XG4gICAgICAgIH0gY2F0Y2ggKGVycm9yKSB7XG4gICAgICAgICAgdGhpcy5vcHRpb25zLmxvZyhgY29sbGVjdG9yOiBwYXNzIGZhaWxlZDogJHtkZXNjcmliZShlcnJvcil9YCk7XG4gICAgICAgIH1cbiAgICAgICAgdGhpcy5zZXR0bGVXYWl0ZXJzKCk7XG4gICAgICB9IHdoaWxlICh0aGlzLnJlcnVuICYmICF0aGlzLnN0b3BwZWQpO1xuICAgICAgcmV0dXJuIHJlcG9ydDtcbiAgICB9O1xuICAgIHRoaXMucnVubmluZyA9IHJ1bigpLmZpbmFsbHkoKCkgPT4ge1xuICAgICAgdGhpcy5ydW5uaW5nID0gdW5kZWZpbmVkO1xuICAgIH0pO1xuICAgIHJldHVybiB0aGlzLnJ1bm5pbmc7XG4gIH1cblxuICBwcml2YXRlIGFzeW5jIHRpY2soaW5jbHVkZUFjdGl2ZTogYm9vbGVhbik6IFByb21pc2U8Q29sbGVjdFRpY2tSZXBvcnQ+IHtcbiAgICBjb25zdCBoZWFkID0gYXdhaXQgcmVhZEhlYWQodGhpcy5vcHRpb25zLmNoYWluKTtcbiAgICBhd2FpdCB0aGlzLm9ic2VydmUoaGVhZCk7XG4gICAgLy8gQSBuZXcgaGVhZCAob3IgdGhlIHNhbWUgaGVpZ2h0IHJlLW1pbmVkIGJ5IGEgcmVvcmcpLCBhIHNlc3Npb24gZW5kLCBvciBhIHN3ZWVwLlxuICAgIGNvbnN0IG5ld0hlYWQgPSBoZWFkLmhhc2ggIT09IHRoaXMubGFzdFRpY2tIZWFkO1xuICAgIGlmICghbmV3SGVhZCAmJiAhdGhpcy5kaXJ0eSAmJiAhaW5jbHVkZUFjdGl2ZSkgcmV0dXJuIHsgc2VudDogMCwgYnVtcGVkOiAwLCB0ZXJtaW5hbDogMCB9O1xuICAgIHRoaXMuZGlydHkgPSBmYWxzZTtcbiAgICB0aGlzLmxhc3RUaWNrSGVhZCA9IGhlYWQuaGFzaDtcbiAgICBjb25zdCBidW1wZWQgPSBhd2FpdCB0aGlzLnJlY29uY2lsZXIucmVjb25jaWxlKGhlYWQsIHRoaXMucmVicm9hZGNhc3RBbGwpO1xuICAgIHRoaXMucmVicm9hZGNhc3RBbGwgPSBmYWxzZTtcbiAgICBjb25zdCBwbGFubmVkID0gYXdhaXQgdGhpcy5zZW5kRHVlKGhlYWQsIGluY2x1ZGVBY3RpdmUpO1xuICAgIHJldHVybiB7IC4uLnBsYW5uZWQsIGJ1bXBlZCB9O1xuICB9XG5cbiAgcHJpdmF0ZSBhc3luYyBvYnNlcnZlKGhlYWQ6IENoYWluSGVhZCk6IFByb21pc2U8dm9pZD4ge1xuICAgIGlmICh0aGlzLmhlYWRzLmxlbmd0aCA9PT0gMCAmJiBoZWFkLm51bWJlciA+IDE2bikge1xuICAgICAgLy8gQSBmaXJzdCBtZWFzdXJlbWVudCBmcm9tIGhpc3RvcnksIHNvIHRoZSBibG9jayB0aW1lIGlzIGtub3duIGJlZm9yZSBibG9ja3Mgd2VyZSB3YXRjaGVkLlxuICAgICAgdGhpcy5oZWFkcy5wdXNoKHsgbnVtYmVyOiBoZWFkLm51bWJlciAtIDE2biwgdGltZXN0YW1wOiBhd2FpdCBibG9ja1RpbWVzdGFtcCh0aGlzLm9wdGlvbnMuY2hhaW4sIGhlYWQubnVtYmVyIC0gMTZuKSB9KTtcbiAgICB9XG4gICAgY29uc3QgbGFzdCA9IHRoaXMuaGVhZHNbdGhpcy5oZWFkcy5sZW5ndGggLSAxXTtcbiAgICBpZiAobGFzdCA9PT0gdW5kZWZpbmVkIHx8IGhlYWQubnVtYmVyID4gbGFzdC5udW1iZXIpIHtcbiAgICAgIHRoaXMuaGVhZHMucHVzaCh7IG51bWJlcjogaGVhZC5udW1iZXIsIHRpbWVzdGFtcDogaGVhZC50aW1lc3RhbXAgfSk7XG4gICAgICBpZiAodGhpcy5oZWFkcy5sZW5ndGggPiBIRUFEU19LRVBUKSB0aGlzLmhlYWRzLnNoaWZ0KCk7XG4gICAgfVxuICAgIGlmICh0aGlzLmxhc3RIZWFkID09PSB1bmRlZmluZWQgfHwgdGhpcy5sYXN0SGVhZC5oZWFkLmhhc2ggIT09IGhlYWQuaGFzaCkgdGhpcy5sYXN0SGVhZCA9IHsgaGVhZCwgc2VlbkF0OiBEYXRlLm5vdygpIH07XG4gIH1cblxuICAvKiogVGhlIGhpZ2hlc3QgZmVlIHBlciBnYXMgYXQgd2hpY2ggY29sbGVjdGluZyBgdmFsdWVgIHN0aWxsIGdhaW5zIHNvbWV0aGluZy4gKi9cbiAgcHJpdmF0ZSBjYXBQZXJHYXMoY2hhbm5lbDogU3RvcmVkQ2hhbm5lbCwgdmFsdWU6IGJpZ2ludCwgZ2FzOiBiaWdpbnQpOiBiaWdpbnQgfCB1bmRlZmluZWQge1xuICAgIGlmICh0aGlzLnR1bmluZy53b3J0aEZhY3RvciA9PT0gMG4pIHJldHVybiB1bmRlZmluZWQ7XG4gICAgY29uc3Qgd2VpID0gdGhpcy53ZWlWYWx1ZShjaGFubmVsLnRva2VuLCB2YWx1ZSk7XG4gICAgcmV0dXJuIHdlaSA9PT0gdW5kZWZpbmVkIHx8IGdhcyA9PT0gMG4gPyB1bmRlZmluZWQgOiB3ZWkgLyBnYXM7XG4gIH1cblxuICBwcml2YXRlIHdlaVZhbHVlKHRva2VuOiBBZGRyZXNzLCBhbW91bnQ6IGJpZ2ludCk6IGJpZ2ludCB8IHVuZGVmaW5lZCB7XG4gICAgaWYgKHRoaXMub3B0aW9ucy53ZWlWYWx1ZSAhPT0gdW5kZWZpbmVkKSByZXR1cm4gdGhpcy5vcHRpb25zLndlaVZhbHVlKHRva2VuLCBhbW91bnQpO1xuICAgIHJldHVybiAvXjB4MHs0MH0kL2kudGVzdCh0b2tlbikgPyBhbW91bnQgOiB1bmRlZmluZWQ7XG4gIH1cblxuICBwcml2YXRlIGFzeW5jIHNlbmREdWUoaGVhZDogQ2hhaW5IZWFkLCBpbmNsdWRlQWN0aXZlOiBib29sZWFuKTogUHJvbWlzZTx7IHNlbnQ6IG51bWJlcjsgdGVybWluYWw6IG51bWJlciB9PiB7XG4gICAgY29uc3QgeyBzdG9yZSB9ID0gdGhpcy5vcHRpb25zO1xuICAgIGNvbnN0IG9wZW4gPSB0aGlzLnNlbmRzLm9wZW5TZW5kcygpO1xuICAgIGNvbnN0IHVubWluZWQgPSBuZXcgU2V0KG9wZW4uZmlsdGVyKChzKSA9PiBzLnN0YXR1cyA9PT0gJ3NlbnQnKS5tYXAoKHMpID0+IHMubm9uY2UpKTtcbiAgICBjb25zdCBzZW50VGhpc0Jsb2NrID0gbmV3IFNldChvcGVuLmZpbHRlcigocykgPT4gcy5zdGF0dXMgPT09ICdzZW50JyAmJiBzLnNlbnRCbG9jayA9PT0gaGVhZC5udW1iZXIpLm1hcCgocykgPT4gcy5ub25jZSkpO1xuICAgIGNvbnN0IHdhaXRpbmdDaGFubmVscyA9IG5ldyBTZXQob3Blbi5maWx0ZXIoKHMpID0+IHMuc3RhdHVzID09PSAnc2VudCcpLm1hcCgocykgPT4gcy5jaGFubmVsSWQpKTtcbiAgICBjb25zdCBjYW5kaWRhdGVzOiBDb2xsZWN0Q2FuZGlkYXRlW10gPSBbXTtcbiAgICBmb3IgKGNvbnN0IHsgY2hhbm5lbCwgcGF5bWVudCB9IG9mIHN0b3JlLnVuY29sbGVjdGVkQ2hhbm5lbHMoKSkge1xuICAgICAgY29uc3QgdGVybWluYWwgPSB0aGlzLnNlbmRzLnRlcm1pbmFsKGNoYW5uZWwuY2hhbm5lbElkKTtcbiAgICAgIGlmICh0ZXJtaW5hbCAhPT0gdW5kZWZpbmVkICYmIHBheW1lbnQuYW1vdW50IDw9IHRlcm1pbmFsLmFtb3VudCkgY29udGludWU7XG4gICAgICAvLyBBbiB1bm1pbmVkIHNlbmQgY2FycmllcyB0aGlzIGNoYW5uZWwgYWxyZWFkeTogaXRzIG5leHQgYnVtcCB0YWtlcyB0aGUgbGF0ZXN0IHBheW1lbnQuXG4gICAgICBpZiAod2FpdGluZ0NoYW5uZWxzLmhhcyhjaGFubmVsLmNoYW5uZWxJZCkpIGNvbnRpbnVlO1xuICAgICAgY29uc3QgdmFsdWUgPSBwYXltZW50LmFtb3VudCAtIGNoYW5uZWwuY29sbGVjdGVkO1xuICAgICAgY2FuZGlkYXRlcy5wdXNoKHtcbiAgICAgICAgY2hhbm5lbElkOiBjaGFubmVsLmNoYW5uZWxJZCxcbiAgICAgICAgZXhwaXJ5OiBjaGFubmVsLmV4cGlyeSxcbiAgICAgICAgdmFsdWUsXG4gICAgICAgIHZhbHVlV2VpOiB0aGlzLndlaVZhbHVlKGNoYW5uZWwudG9rZW4sIHZhbHVlKSxcbiAgICAgICAgYWN0aXZlOiB0aGlzLm9wdGlvbnMuYWN0aXZlQ2hhbm5lbHMuaGFzKGNoYW5uZWwuY2hhbm5lbElkKSxcbiAgICAgICAgcHJpb3JpdHk6IHRoaXMucHJpb3JpdHkuaGFzKGNoYW5uZWwuY2hhbm5lbElkKSxcbiAgICAgIH0pO1xuICAgIH1cbiAgICB0aGlzLnF1ZXVlZCA9IHVubWluZWQuc2l6ZTtcbiAgICBpZiAoY2FuZGlkYXRlcy5sZW5ndGggPT09IDApIHJldHVybiB7IHNlbnQ6IDAsIHRlcm1pbmFsOiAwIH07XG4gICAgY29uc3QgbWFya2V0ID0gYXdhaXQgcmVhZEZlZU1hcmtldCh0aGlzLm9wdGlvbnMuY2hhaW4sIGhlYWQpO1xuICAgIGNvbnN0IGdhc0Nvc3RXZWkgPSB0aGlzLmdhc1BlckNvbGxlY3QgKiBleHBlY3RlZFByaWNlUGVyR2FzKG1hcmtldCwgaGVhZC5iYXNlRmVlUGVyR2FzKTtcbiAgICAvLyBEdWUtbmVzcyBjb3VudHMgdGhlIHdob2xlIHF1ZXVlOiB3aGF0IGlzIHVubWluZWQgcGx1cyBldmVyeSBjb2xsZWN0IHdvcnRoIHNlbmRpbmcgbm93IChhIGZpcnN0IHBsYW4pLlxuICAgIGNvbnN0IG5vdyA9IHRoaXMudGltaW5nKCkhLm5vd1NlY29uZHM7XG4gICAgY29uc3QgZmlyc3QgPSBwbGFuQ29sbGVjdHMoY2FuZGlkYXRlcywgeyB0aW1pbmc6IGNvbGxlY3RUaW1pbmcobm93LCB0aGlzLmJsb2NrVGltZVNlY29uZHMoKSwgdW5taW5lZC5zaXplLCB0aGlzLnR1bmluZyksIGdhc0Nvc3RXZWksIHR1bmluZzogdGhpcy50dW5pbmcsIGluY2x1ZGVBY3RpdmUsIHNsb3RzOiBOdW1iZXIuTUFYX1NBRkVfSU5URUdFUiB9KTtcbiAgICBjb25zdCB0aW1pbmcgPSBjb2xsZWN0VGltaW5nKG5vdywgdGhpcy5ibG9ja1RpbWVTZWNvbmRzKCksIHVubWluZWQuc2l6ZSArIGZpcnN0LnNlbmQubGVuZ3RoLCB0aGlzLnR1bmluZyk7XG4gICAgY29uc3Qgc2xvdHMgPSBNYXRoLm1pbih0aGlzLnR1bmluZy5tYXhQZXJCbG9jayAtIHNlbnRUaGlzQmxvY2suc2l6ZSwgKHRoaXMub3B0aW9ucy5tYXhJbkZsaWdodCA/PyA2NCkgLSB1bm1pbmVkLnNpemUpO1xuICAgIGNvbnN0IHBsYW4gPSBwbGFuQ29sbGVjdHMoY2FuZGlkYXRlcywgeyB0aW1pbmcsIGdhc0Nvc3RXZWksIHR1bmluZzogdGhpcy50dW5pbmcsIGluY2x1ZGVBY3RpdmUsIHNsb3RzIH0pO1xuICAgIHRoaXMucXVldWVkID0gdW5taW5lZC5zaXplICsgcGxhbi5zZW5kLmxlbmd0aCArIHBsYW4uZGVmZXJyZWQubGVuZ3RoO1xuICAgIGxldCB0ZXJtaW5hbCA9IDA7XG4gICAgZm9yIChjb25zdCBjIG9mIHBsYW4uc2tpcHBlZCkgaWYgKCFjLmFjdGl2ZSB8fCBpbmNsdWRlQWN0aXZlKSB0aGlzLm5vdFdvcnRoR2FzLmFkZChjLmNoYW5uZWxJZCk7XG4gICAgZm9yIChjb25zdCBjIG9mIHBsYW4uc2VuZCkgdGhpcy5ub3RXb3J0aEdhcy5kZWxldGUoYy5jaGFubmVsSWQpO1xuICAgIGZvciAoY29uc3QgYyBvZiBwbGFuLnNraXBwZWQpIHtcbiAgICAgIGlmIChjLnByaW9yaXR5ICYmICFpc1dvcnRoQ29sbGVjdGluZyhjLCBnYXNDb3N0V2VpLCAxbikpIHRoaXMucmVmdXNlZFByaW9yaXR5LnNldChjLmNoYW5uZWxJZCwgJ3RoZSBwYXltZW50IGlzIHdvcnRoIGxlc3MgdGhhbiB0aGUgZ2FzIHRvIGNvbGxlY3QgaXQnKTtcbiAgICB9XG4gICAgZm9yIChjb25zdCBjIG9mIHBsYW4uZXhwaXJlZCkge1xuICAgICAgY29uc3QgYWxpdmUgPSBhd2FpdCB0aGlzLmNoYW5uZWxzLmNoZWNrQWxpdmUoc3RvcmUuY2hhbm5lbChjLmNoYW5uZWxJZCkhLCBzdG9yZS5sYXRlc3RQYXltZW50KGMuY2hhbm5lbElkKSEuYW1vdW50LCB0aW1pbmcubm93U2Vjb25kcyk7XG4gICAgICBpZiAoYWxpdmUgPT09IHVuZGVmaW5lZCkgdGVybWluYWwrKztcbiAgICB9XG4gICAgLy8gQ2hlY2tzIGluIHBhcmFsbGVsIChyZWFkcyBvbmx5KTsgdGhlbiBzaWduZWQsIHN0b3JlZCBhbmQgYnJvYWRjYXN0IG9uZSBieSBvbmUsIGluIHBsYW4gb3JkZXIuXG4gICAgY29uc3QgY2hlY2tlZCA9IGF3YWl0IFByb21pc2UuYWxsKHBsYW4uc2VuZC5tYXAoKGMpID0+IHRoaXMuY2hhbm5lbHMucHJlcGFyZShjLmNoYW5uZWxJZCwgdGltaW5nLm5vd1NlY29uZHMpKSk7XG4gICAgbGV0IHNlbnQgPSAwO1xuICAgIGZvciAoY29uc3QgW2ksIGNdIG9mIHBsYW4uc2VuZC5lbnRyaWVzKCkpIHtcbiAgICAgIGNvbnN0IHJlYWR5ID0gY2hlY2tlZFtpXTtcbiAgICAgIGlmIChyZWFkeSA9PT0gdW5kZWZpbmVkKSBjb250aW51ZTtcbiAgICAgIGlmIChyZWFkeSA9PT0gJ3Rlcm1pbmFsJykge1xuICAgICAgICB0ZXJtaW5hbCsrO1xuICAgICAgICBjb250aW51ZTtcbiAgICAgIH1cbiAgICAgIGNvbnN0IGNoYW5uZWwgPSBzdG9yZS5jaGFubmVsKGMuY2hhbm5lbElkKSE7XG4gICAgICBjb25zdCBwYXltZW50ID0gc3RvcmUubGF0ZXN0UGF5bWVudChjLmNoYW5uZWxJZCkhO1xuICAgICAgY29uc3QgZmVlczogVHhGZWVzID0gaW5pdGlhbEZlZXMobWFya2V0LCBjLnByaW9yaXR5ID8gdW5kZWZpbmVkIDogdGhpcy5jYXBQZXJHYXMoY2hhbm5lbCwgcGF5bWVudC5hbW91bnQgLSByZWFkeS5wcmV2aW91cywgcmVhZHkuZ2FzKSk7XG4gICAgICAvLyBDYXBwZWQgYmVsb3cgd2hhdCB0aGlzIGJsb2NrIGNoYXJnZXMsIGl0IGNvdWxkIG5vdCBiZSBtaW5lZDogbm90IHdvcnRoIGl0IG5vdyAoYW5kIGl0IHdvdWxkIGhvbGQgYSBub25jZSkuXG4gICAgICBpZiAoIWluY2x1ZGFibGUoZmVlcywgaGVhZC5iYXNlRmVlUGVyR2FzKSkgY29udGludWU7XG4gICAgICBjb25zdCBzZW5kID0gYXdhaXQgdGhpcy5zZW5kZXIuc2VuZCh7IGNoYW5uZWwsIHBheW1lbnQsIHByZXZpb3VzOiByZWFkeS5wcmV2aW91cywgZ2FzOiByZWFkeS5nYXMsIGZlZXMsIGhlYWQ6IGhlYWQubnVtYmVyIH0pO1xuICAgICAgaWYgKHNlbmQgIT09IHVuZGVmaW5lZCkge1xuICAgICAgICBzZW50Kys7XG4gICAgICAgIHRoaXMucHJpb3JpdHkuZGVsZXRlKGMuY2hhbm5lbElkKTtcbiAgICAgIH1cbiAgICB9XG4gICAgcmV0dXJuIHsgc2VudCwgdGVybWluYWwgfTtcbiAgfVxuXG4gIHByaXZhdGUgc2V0dGxlV2FpdGVycygpOiB2b2lkIHtcbiAgICBpZiAodGhpcy53YWl0ZXJzLmxlbmd0aCA9PT0gMCkgcmV0dXJuO1xuICAgIGNvbnN0IG5vdyA9IERhdGUubm93KCk7XG4gICAgdGhpcy53YWl0ZXJzID0gdGhpcy53YWl0ZXJzLmZpbHRlcigodykgPT4ge1xuICAgICAgY29uc3QgbGFuZGVkID0gdGhpcy5zZW5kcy5zZW5kc09mKHcuY2hhbm5lbElkKS5zb21lKChzKSA9PiAocy5zdGF0dXMgPT09ICdtaW5lZCcgfHwgcy5zdGF0dXMgPT09ICdjb25maXJtZWQnKSAmJiBzLmFtb3VudCA+PSB3LmFtb3VudCk7XG4gICAgICBpZiAobGFuZGVkKSB7XG4gICAgICAgIHcucmVzb2x2ZSgpO1xuICAgICAgICByZXR1cm4gZmFsc2U7XG4gICAgICB9XG4gICAgICBjb25zdCB0ZXJtaW5hbCA9IHRoaXMuc2VuZHMudGVybWluYWwody5jaGFubmVsSWQpO1xuICAgICAgY29uc3QgcmVmdXNlZCA9IHRoaXMucmVmdXNlZFByaW9yaXR5LmdldCh3LmNoYW5uZWxJZCk7XG4gICAgICBjb25zdCByZWFzb24gPSB0ZXJtaW5hbCAhPT0gdW5kZWZpbmVkICYmIHRlcm1pbmFsLmFtb3VudCA+PSB3LmFtb3VudCA/IGAke3Rlcm1pbmFsLnN0YXRlfTogJHt0ZXJtaW5hbC5yZWFzb259YCA6IHJlZnVzZWQgPz8gKG5vdyA+IHcuZGVhZGxpbmUgPyAnbm90IG1pbmVkIGluIHRpbWUnIDogdW5kZWZpbmVkKTtcbiAgICAgIGlmIChyZWFzb24gPT09IHVuZGVmaW5lZCkgcmV0dXJuIHRydWU7XG4gICAgICB0aGlzLnByaW9yaXR5LmRlbGV0ZSh3LmNoYW5uZWxJZCk7XG4gICAgICB0aGlzLnJlZnVzZWRQcmlvcml0eS5kZWxldGUody5jaGFubmVsSWQpO1xuICAgICAgdy5yZWplY3QobmV3IEFpcnRudEVycm9yKCdDT0xMRUNUX0ZJUlNUX0ZBSUxFRCcsIGB0aGUgcGF5bWVudCBjb3VsZCBub3QgYmUgY29sbGVjdGVkIGFoZWFkIG9mIHRoZSBxdWV1ZTogJHtyZWFzb259YCwgeyBkZXRhaWxzOiB7IGNoYW5uZWxJZDogdy5jaGFubmVsSWQsIGFtb3VudDogdy5hbW91bnQgfSB9KSk7XG4gICAgICByZXR1cm4gZmFsc2U7XG4gICAgfSk7XG4gIH1cbn1cblxuLyoqIEZlZXMgYSBibG9jayB3aXRoIHRoaXMgYmFzZSBmZWUgd291bGQgYWNjZXB0ICh0aGUgYmFzZSBmZWUgcGx1cyBhdCBsZWFzdCBub3RoaW5nIG9mIHRpcCkuICovXG5mdW5jdGlvbiBpbmNsdWRhYmxlKGZlZXM6IFR4RmVlcywgYmFzZUZlZVBlckdhczogYmlnaW50IHwgdW5kZWZpbmVkKTogYm9vbGVhbiB7XG4gIGlmIChiYXNlRmVlUGVyR2FzID09PSB1bmRlZmluZWQpIHJldHVybiB0cnVlO1xuICByZXR1cm4gKGZlZXMua2luZCA9PT0gJ2xlZ2FjeScgPyBmZWVzLmdhc1ByaWNlIDogZmVlcy5tYXhGZWVQZXJHYXMpID49IGJhc2VGZWVQZXJHYXM7XG59XG4iXSwKICAibWFwcGluZ3MiOiAiQUFrQkEsU0FBUyxnQkFBZ0IsZUFBZSxnQkFBK0Q7QUFFdkcsU0FBUyxtQkFBbUI7QUFDNUI7QUFBQSxFQUNFO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsT0FHSztBQUNQLFNBQVMsaUJBQWlCLGdCQUFnQjtBQUMxQyxTQUFTLHNCQUFzQjtBQUMvQixTQUFTLHFCQUFxQjtBQUM5QixTQUFTLG9CQUFvQjtBQUM3QixTQUFTLFlBQWlDO0FBNEMxQyxNQUFNLDBCQUEwQjtBQUVoQyxNQUFNLGFBQWE7QUFJWixNQUFNLFVBQXNDO0FBQUEsRUF3QmpELFlBQTZCLFNBQTJCO0FBQTNCO0FBQzNCLFNBQUssUUFBUSxJQUFJLGFBQWEsUUFBUSxNQUFNLEVBQUU7QUFDOUMsVUFBTSxZQUFZLENBQUMsTUFBbUQsV0FBZ0IsV0FBb0IsS0FBSyxRQUFRLFFBQVEsV0FBVyxNQUFNLFdBQVcsTUFBTTtBQUNqSyxVQUFNLFVBQVUsUUFBUSxRQUFRLFlBQVksTUFBTTtBQUNsRCxTQUFLLFNBQVMsSUFBSSxjQUFjLFFBQVEsT0FBTyxLQUFLLE9BQU8sUUFBUSxLQUFLLFdBQVcsT0FBTztBQUMxRixTQUFLLFdBQVcsSUFBSSxnQkFBZ0I7QUFBQSxNQUNsQyxPQUFPLFFBQVE7QUFBQSxNQUNmLE9BQU8sUUFBUTtBQUFBLE1BQ2YsT0FBTyxLQUFLO0FBQUEsTUFDWixLQUFLLFFBQVE7QUFBQSxNQUNiLGFBQWEsQ0FBQyxjQUFjLEtBQUssWUFBWSxJQUFJLFNBQVM7QUFBQSxNQUMxRCxZQUFZLENBQUMsY0FBYyxLQUFLLFNBQVMsT0FBTyxTQUFTO0FBQUEsSUFDM0QsQ0FBQztBQUNELFNBQUssYUFBYSxJQUFJLGVBQWU7QUFBQSxNQUNuQyxPQUFPLFFBQVE7QUFBQSxNQUNmLE9BQU8sUUFBUTtBQUFBLE1BQ2YsT0FBTyxLQUFLO0FBQUEsTUFDWixRQUFRLEtBQUs7QUFBQSxNQUNiLFVBQVUsS0FBSztBQUFBLE1BQ2YsZUFBZSxRQUFRLGlCQUFpQjtBQUFBLE1BQ3hDLGlCQUFpQixRQUFRLG1CQUFtQjtBQUFBLE1BQzVDLEtBQUssUUFBUTtBQUFBLE1BQ2IsV0FBVyxDQUFDLFNBQVMsT0FBTyxRQUFRLEtBQUssVUFBVSxTQUFTLE9BQU8sR0FBRztBQUFBLE1BQ3RFLFdBQVcsQ0FBQyxRQUFRO0FBQ2xCLFlBQUksTUFBTSxHQUFJLE1BQUssZ0JBQWlCLE1BQU0sTUFBTztBQUFBLE1BQ25EO0FBQUEsTUFDQSxVQUFVLE1BQU0sS0FBSyxPQUFPLEdBQUcsY0FBYztBQUFBLE1BQzdDO0FBQUEsTUFDQTtBQUFBLElBQ0YsQ0FBQztBQUNELFNBQUssU0FBUyxFQUFFLEdBQUcsd0JBQXdCLEdBQUcsUUFBUSxRQUFRLGVBQWUsUUFBUSxjQUFjO0FBQUEsRUFDckc7QUFBQSxFQS9CNkI7QUFBQSxFQXZCWjtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNUO0FBQUEsRUFDQTtBQUFBLEVBQ0EsUUFBUTtBQUFBLEVBQ1Isb0JBQW9CO0FBQUEsRUFDcEIsUUFBUTtBQUFBLEVBQ1IsaUJBQWlCO0FBQUEsRUFDakI7QUFBQTtBQUFBLEVBRVMsY0FBYyxvQkFBSSxJQUFTO0FBQUEsRUFDcEM7QUFBQSxFQUNTLFFBQWlELENBQUM7QUFBQSxFQUMzRCxTQUFTO0FBQUEsRUFDVCxnQkFBZ0I7QUFBQSxFQUNQLFdBQVcsb0JBQUksSUFBUztBQUFBLEVBQ3hCLGtCQUFrQixvQkFBSSxJQUFpQjtBQUFBLEVBQ2hELFVBQW9CLENBQUM7QUFBQSxFQUNyQixVQUFVO0FBQUE7QUFBQSxFQW9DbEIsSUFBSSxtQkFBMkI7QUFDN0IsV0FBTyxLQUFLLE1BQU0sVUFBVSxFQUFFO0FBQUEsRUFDaEM7QUFBQTtBQUFBLEVBR0EsSUFBSSxVQUF3QjtBQUMxQixXQUFPLEtBQUs7QUFBQSxFQUNkO0FBQUEsRUFFQSxRQUFjO0FBQ1osUUFBSSxDQUFDLEtBQUssUUFBUSxRQUFTO0FBQzNCLFNBQUssS0FBSyxLQUFLO0FBQ2YsU0FBSyxRQUFRLFlBQVksTUFBTSxLQUFLLEtBQUssS0FBSyxHQUFHLEtBQUssUUFBUSxVQUFVO0FBQ3hFLFNBQUssTUFBTSxNQUFNO0FBQUEsRUFDbkI7QUFBQSxFQUVBLE1BQU0sT0FBc0I7QUFDMUIsU0FBSyxVQUFVO0FBQ2YsUUFBSSxLQUFLLFVBQVUsT0FBVyxlQUFjLEtBQUssS0FBSztBQUN0RCxTQUFLLFFBQVE7QUFDYixlQUFXLFVBQVUsS0FBSyxRQUFTLFFBQU8sT0FBTyxJQUFJLFlBQVkscUJBQXFCLG9EQUFvRCxDQUFDO0FBQzNJLFNBQUssVUFBVSxDQUFDO0FBQ2hCLFVBQU0sS0FBSyxTQUFTLE1BQU0sTUFBTSxNQUFTO0FBQUEsRUFDM0M7QUFBQTtBQUFBLEVBR0EsZUFBZSxZQUE2QztBQUMxRCxTQUFLLFFBQVE7QUFDYixXQUFPLEtBQUssS0FBSztBQUFBLEVBQ25CO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQSxFQU1BLE1BQU0sTUFBTSxVQUF3RCxDQUFDLEdBQStCO0FBQ2xHLFFBQUksQ0FBQyxLQUFLLFFBQVEsUUFBUyxRQUFPLEVBQUUsTUFBTSxHQUFHLFFBQVEsR0FBRyxVQUFVLEVBQUU7QUFDcEUsU0FBSyxRQUFRO0FBQ2IsVUFBTSxTQUFTLE1BQU0sS0FBSyxLQUFLLFFBQVEsa0JBQWtCLElBQUk7QUFDN0QsVUFBTSxXQUFXLEtBQUssSUFBSSxLQUFLLFFBQVEsVUFBVTtBQUNqRCxXQUFPLENBQUMsS0FBSyxXQUFXLEtBQUssSUFBSSxJQUFJLFlBQVksS0FBSyxNQUFNLFVBQVUsRUFBRSxLQUFLLENBQUMsTUFBTSxFQUFFLFdBQVcsTUFBTSxHQUFHO0FBQ3hHLFlBQU0sSUFBSSxRQUFRLENBQUMsWUFBWSxXQUFXLFNBQVMsS0FBSyxJQUFJLEtBQUssUUFBUSxZQUFZLEdBQUcsQ0FBQyxDQUFDO0FBQzFGLFlBQU0sS0FBSyxLQUFLLFFBQVEsa0JBQWtCLElBQUk7QUFBQSxJQUNoRDtBQUNBLFdBQU87QUFBQSxFQUNUO0FBQUE7QUFBQSxFQUdBLFNBQW9DO0FBQ2xDLFFBQUksS0FBSyxhQUFhLE9BQVcsUUFBTztBQUN4QyxVQUFNLFVBQVUsT0FBTyxLQUFLLElBQUksR0FBRyxLQUFLLE9BQU8sS0FBSyxJQUFJLElBQUksS0FBSyxTQUFTLFVBQVUsR0FBSSxDQUFDLENBQUM7QUFDMUYsV0FBTyxjQUFjLEtBQUssU0FBUyxLQUFLLFlBQVksU0FBUyxLQUFLLGlCQUFpQixHQUFHLEtBQUssUUFBUSxLQUFLLE1BQU07QUFBQSxFQUNoSDtBQUFBLEVBRUEsbUJBQTJCO0FBQ3pCLFdBQU8sS0FBSyxRQUFRLG9CQUFvQixrQkFBa0IsS0FBSyxPQUFPLEVBQUU7QUFBQSxFQUMxRTtBQUFBO0FBQUEsRUFHQSxPQUE4QjtBQUM1QixXQUFPLEtBQUssVUFBVTtBQUFBLEVBQ3hCO0FBQUEsRUFFQSxhQUFhLFdBQStCO0FBQzFDLFVBQU0sVUFBVSxLQUFLLFFBQVEsTUFBTSxjQUFjLFNBQVM7QUFDMUQsUUFBSSxDQUFDLEtBQUssUUFBUSxXQUFXLFlBQVksUUFBVztBQUNsRCxhQUFPLFFBQVEsT0FBTyxJQUFJLFlBQVksd0JBQXdCLDZDQUE2QyxFQUFFLFNBQVMsRUFBRSxVQUFVLEVBQUUsQ0FBQyxDQUFDO0FBQUEsSUFDeEk7QUFDQSxVQUFNLFNBQVMsS0FBSyxPQUFPO0FBQzNCLFVBQU0sU0FBUyxPQUFPLFFBQVEsaUJBQWlCLEdBQUcsSUFBSSxNQUFPO0FBQzdELFVBQU0sVUFBVSxJQUFJLFFBQWMsQ0FBQyxTQUFTLFdBQVc7QUFDckQsV0FBSyxRQUFRLEtBQUssRUFBRSxXQUFXLFFBQVEsUUFBUSxRQUFRLFVBQVUsS0FBSyxJQUFJLElBQUksUUFBUSxTQUFTLE9BQU8sQ0FBQztBQUFBLElBQ3pHLENBQUM7QUFDRCxTQUFLLFNBQVMsSUFBSSxTQUFTO0FBQzNCLFNBQUssZ0JBQWdCLE9BQU8sU0FBUztBQUNyQyxTQUFLLFFBQVE7QUFDYixTQUFLLEtBQUssS0FBSztBQUNmLFdBQU87QUFBQSxFQUNUO0FBQUE7QUFBQSxFQUdRLEtBQUssZ0JBQWdCLE9BQW1DO0FBQzlELFFBQUksQ0FBQyxLQUFLLFFBQVEsV0FBVyxLQUFLLFFBQVMsUUFBTyxRQUFRLFFBQVEsRUFBRSxNQUFNLEdBQUcsUUFBUSxHQUFHLFVBQVUsRUFBRSxDQUFDO0FBQ3JHLFFBQUksY0FBZSxNQUFLLG9CQUFvQjtBQUM1QyxRQUFJLEtBQUssWUFBWSxRQUFXO0FBQzlCLFdBQUssUUFBUTtBQUNiLGFBQU8sS0FBSztBQUFBLElBQ2Q7QUFDQSxVQUFNLE1BQU0sWUFBd0M7QUFDbEQsVUFBSSxTQUE0QixFQUFFLE1BQU0sR0FBRyxRQUFRLEdBQUcsVUFBVSxFQUFFO0FBQ2xFLFNBQUc7QUFDRCxhQUFLLFFBQVE7QUFDYixjQUFNLE1BQU0sS0FBSztBQUNqQixhQUFLLG9CQUFvQjtBQUN6QixZQUFJO0FBQ0YsbUJBQVMsTUFBTSxLQUFLLEtBQUssR0FBRztBQUFBLFFBQzlCLFNBQVMsT0FBTztBQUNkLGVBQUssUUFBUSxJQUFJLDJCQUEyQixTQUFTLEtBQUssQ0FBQyxFQUFFO0FBQUEsUUFDL0Q7QUFDQSxhQUFLLGNBQWM7QUFBQSxNQUNyQixTQUFTLEtBQUssU0FBUyxDQUFDLEtBQUs7QUFDN0IsYUFBTztBQUFBLElBQ1Q7QUFDQSxTQUFLLFVBQVUsSUFBSSxFQUFFLFFBQVEsTUFBTTtBQUNqQyxXQUFLLFVBQVU7QUFBQSxJQUNqQixDQUFDO0FBQ0QsV0FBTyxLQUFLO0FBQUEsRUFDZDtBQUFBLEVBRUEsTUFBYyxLQUFLLGVBQW9EO0FBQ3JFLFVBQU0sT0FBTyxNQUFNLFNBQVMsS0FBSyxRQUFRLEtBQUs7QUFDOUMsVUFBTSxLQUFLLFFBQVEsSUFBSTtBQUV2QixVQUFNLFVBQVUsS0FBSyxTQUFTLEtBQUs7QUFDbkMsUUFBSSxDQUFDLFdBQVcsQ0FBQyxLQUFLLFNBQVMsQ0FBQyxjQUFlLFFBQU8sRUFBRSxNQUFNLEdBQUcsUUFBUSxHQUFHLFVBQVUsRUFBRTtBQUN4RixTQUFLLFFBQVE7QUFDYixTQUFLLGVBQWUsS0FBSztBQUN6QixVQUFNLFNBQVMsTUFBTSxLQUFLLFdBQVcsVUFBVSxNQUFNLEtBQUssY0FBYztBQUN4RSxTQUFLLGlCQUFpQjtBQUN0QixVQUFNLFVBQVUsTUFBTSxLQUFLLFFBQVEsTUFBTSxhQUFhO0FBQ3RELFdBQU8sRUFBRSxHQUFHLFNBQVMsT0FBTztBQUFBLEVBQzlCO0FBQUEsRUFFQSxNQUFjLFFBQVEsTUFBZ0M7QUFDcEQsUUFBSSxLQUFLLE1BQU0sV0FBVyxLQUFLLEtBQUssU0FBUyxLQUFLO0FBRWhELFdBQUssTUFBTSxLQUFLLEVBQUUsUUFBUSxLQUFLLFNBQVMsS0FBSyxXQUFXLE1BQU0sZUFBZSxLQUFLLFFBQVEsT0FBTyxLQUFLLFNBQVMsR0FBRyxFQUFFLENBQUM7QUFBQSxJQUN2SDtBQUNBLFVBQU0sT0FBTyxLQUFLLE1BQU0sS0FBSyxNQUFNLFNBQVMsQ0FBQztBQUM3QyxRQUFJLFNBQVMsVUFBYSxLQUFLLFNBQVMsS0FBSyxRQUFRO0FBQ25ELFdBQUssTUFBTSxLQUFLLEVBQUUsUUFBUSxLQUFLLFFBQVEsV0FBVyxLQUFLLFVBQVUsQ0FBQztBQUNsRSxVQUFJLEtBQUssTUFBTSxTQUFTLFdBQVksTUFBSyxNQUFNLE1BQU07QUFBQSxJQUN2RDtBQUNBLFFBQUksS0FBSyxhQUFhLFVBQWEsS0FBSyxTQUFTLEtBQUssU0FBUyxLQUFLLEtBQU0sTUFBSyxXQUFXLEVBQUUsTUFBTSxRQUFRLEtBQUssSUFBSSxFQUFFO0FBQUEsRUFDdkg7QUFBQTtBQUFBLEVBR1EsVUFBVSxTQUF3QixPQUFlLEtBQWlDO0FBQ3hGLFFBQUksS0FBSyxPQUFPLGdCQUFnQixHQUFJLFFBQU87QUFDM0MsVUFBTSxNQUFNLEtBQUssU0FBUyxRQUFRLE9BQU8sS0FBSztBQUM5QyxXQUFPLFFBQVEsVUFBYSxRQUFRLEtBQUssU0FBWSxNQUFNO0FBQUEsRUFDN0Q7QUFBQSxFQUVRLFNBQVMsT0FBZ0IsUUFBb0M7QUFDbkUsUUFBSSxLQUFLLFFBQVEsYUFBYSxPQUFXLFFBQU8sS0FBSyxRQUFRLFNBQVMsT0FBTyxNQUFNO0FBQ25GLFdBQU8sYUFBYSxLQUFLLEtBQUssSUFBSSxTQUFTO0FBQUEsRUFDN0M7QUFBQSxFQUVBLE1BQWMsUUFBUSxNQUFpQixlQUFxRTtBQUMxRyxVQUFNLEVBQUUsTUFBTSxJQUFJLEtBQUs7QUFDdkIsVUFBTSxPQUFPLEtBQUssTUFBTSxVQUFVO0FBQ2xDLFVBQU0sVUFBVSxJQUFJLElBQUksS0FBSyxPQUFPLENBQUMsTUFBTSxFQUFFLFdBQVcsTUFBTSxFQUFFLElBQUksQ0FBQyxNQUFNLEVBQUUsS0FBSyxDQUFDO0FBQ25GLFVBQU0sZ0JBQWdCLElBQUksSUFBSSxLQUFLLE9BQU8sQ0FBQyxNQUFNLEVBQUUsV0FBVyxVQUFVLEVBQUUsY0FBYyxLQUFLLE1BQU0sRUFBRSxJQUFJLENBQUMsTUFBTSxFQUFFLEtBQUssQ0FBQztBQUN4SCxVQUFNLGtCQUFrQixJQUFJLElBQUksS0FBSyxPQUFPLENBQUMsTUFBTSxFQUFFLFdBQVcsTUFBTSxFQUFFLElBQUksQ0FBQyxNQUFNLEVBQUUsU0FBUyxDQUFDO0FBQy9GLFVBQU0sYUFBaUMsQ0FBQztBQUN4QyxlQUFXLEVBQUUsU0FBUyxRQUFRLEtBQUssTUFBTSxvQkFBb0IsR0FBRztBQUM5RCxZQUFNQSxZQUFXLEtBQUssTUFBTSxTQUFTLFFBQVEsU0FBUztBQUN0RCxVQUFJQSxjQUFhLFVBQWEsUUFBUSxVQUFVQSxVQUFTLE9BQVE7QUFFakUsVUFBSSxnQkFBZ0IsSUFBSSxRQUFRLFNBQVMsRUFBRztBQUM1QyxZQUFNLFFBQVEsUUFBUSxTQUFTLFFBQVE7QUFDdkMsaUJBQVcsS0FBSztBQUFBLFFBQ2QsV0FBVyxRQUFRO0FBQUEsUUFDbkIsUUFBUSxRQUFRO0FBQUEsUUFDaEI7QUFBQSxRQUNBLFVBQVUsS0FBSyxTQUFTLFFBQVEsT0FBTyxLQUFLO0FBQUEsUUFDNUMsUUFBUSxLQUFLLFFBQVEsZUFBZSxJQUFJLFFBQVEsU0FBUztBQUFBLFFBQ3pELFVBQVUsS0FBSyxTQUFTLElBQUksUUFBUSxTQUFTO0FBQUEsTUFDL0MsQ0FBQztBQUFBLElBQ0g7QUFDQSxTQUFLLFNBQVMsUUFBUTtBQUN0QixRQUFJLFdBQVcsV0FBVyxFQUFHLFFBQU8sRUFBRSxNQUFNLEdBQUcsVUFBVSxFQUFFO0FBQzNELFVBQU0sU0FBUyxNQUFNLGNBQWMsS0FBSyxRQUFRLE9BQU8sSUFBSTtBQUMzRCxVQUFNLGFBQWEsS0FBSyxnQkFBZ0Isb0JBQW9CLFFBQVEsS0FBSyxhQUFhO0FBRXRGLFVBQU0sTUFBTSxLQUFLLE9BQU8sRUFBRztBQUMzQixVQUFNLFFBQVEsYUFBYSxZQUFZLEVBQUUsUUFBUSxjQUFjLEtBQUssS0FBSyxpQkFBaUIsR0FBRyxRQUFRLE1BQU0sS0FBSyxNQUFNLEdBQUcsWUFBWSxRQUFRLEtBQUssUUFBUSxlQUFlLE9BQU8sT0FBTyxpQkFBaUIsQ0FBQztBQUN6TSxVQUFNLFNBQVMsY0FBYyxLQUFLLEtBQUssaUJBQWlCLEdBQUcsUUFBUSxPQUFPLE1BQU0sS0FBSyxRQUFRLEtBQUssTUFBTTtBQUN4RyxVQUFNLFFBQVEsS0FBSyxJQUFJLEtBQUssT0FBTyxjQUFjLGNBQWMsT0FBTyxLQUFLLFFBQVEsZUFBZSxNQUFNLFFBQVEsSUFBSTtBQUNwSCxVQUFNLE9BQU8sYUFBYSxZQUFZLEVBQUUsUUFBUSxZQUFZLFFBQVEsS0FBSyxRQUFRLGVBQWUsTUFBTSxDQUFDO0FBQ3ZHLFNBQUssU0FBUyxRQUFRLE9BQU8sS0FBSyxLQUFLLFNBQVMsS0FBSyxTQUFTO0FBQzlELFFBQUksV0FBVztBQUNmLGVBQVcsS0FBSyxLQUFLLFFBQVMsS0FBSSxDQUFDLEVBQUUsVUFBVSxjQUFlLE1BQUssWUFBWSxJQUFJLEVBQUUsU0FBUztBQUM5RixlQUFXLEtBQUssS0FBSyxLQUFNLE1BQUssWUFBWSxPQUFPLEVBQUUsU0FBUztBQUM5RCxlQUFXLEtBQUssS0FBSyxTQUFTO0FBQzVCLFVBQUksRUFBRSxZQUFZLENBQUMsa0JBQWtCLEdBQUcsWUFBWSxFQUFFLEVBQUcsTUFBSyxnQkFBZ0IsSUFBSSxFQUFFLFdBQVcsc0RBQXNEO0FBQUEsSUFDdko7QUFDQSxlQUFXLEtBQUssS0FBSyxTQUFTO0FBQzVCLFlBQU0sUUFBUSxNQUFNLEtBQUssU0FBUyxXQUFXLE1BQU0sUUFBUSxFQUFFLFNBQVMsR0FBSSxNQUFNLGNBQWMsRUFBRSxTQUFTLEVBQUcsUUFBUSxPQUFPLFVBQVU7QUFDckksVUFBSSxVQUFVLE9BQVc7QUFBQSxJQUMzQjtBQUVBLFVBQU0sVUFBVSxNQUFNLFFBQVEsSUFBSSxLQUFLLEtBQUssSUFBSSxDQUFDLE1BQU0sS0FBSyxTQUFTLFFBQVEsRUFBRSxXQUFXLE9BQU8sVUFBVSxDQUFDLENBQUM7QUFDN0csUUFBSSxPQUFPO0FBQ1gsZUFBVyxDQUFDLEdBQUcsQ0FBQyxLQUFLLEtBQUssS0FBSyxRQUFRLEdBQUc7QUFDeEMsWUFBTSxRQUFRLFFBQVEsQ0FBQztBQUN2QixVQUFJLFVBQVUsT0FBVztBQUN6QixVQUFJLFVBQVUsWUFBWTtBQUN4QjtBQUNBO0FBQUEsTUFDRjtBQUNBLFlBQU0sVUFBVSxNQUFNLFFBQVEsRUFBRSxTQUFTO0FBQ3pDLFlBQU0sVUFBVSxNQUFNLGNBQWMsRUFBRSxTQUFTO0FBQy9DLFlBQU0sT0FBZSxZQUFZLFFBQVEsRUFBRSxXQUFXLFNBQVksS0FBSyxVQUFVLFNBQVMsUUFBUSxTQUFTLE1BQU0sVUFBVSxNQUFNLEdBQUcsQ0FBQztBQUVySSxVQUFJLENBQUMsV0FBVyxNQUFNLEtBQUssYUFBYSxFQUFHO0FBQzNDLFlBQU0sT0FBTyxNQUFNLEtBQUssT0FBTyxLQUFLLEVBQUUsU0FBUyxTQUFTLFVBQVUsTUFBTSxVQUFVLEtBQUssTUFBTSxLQUFLLE1BQU0sTUFBTSxLQUFLLE9BQU8sQ0FBQztBQUMzSCxVQUFJLFNBQVMsUUFBVztBQUN0QjtBQUNBLGFBQUssU0FBUyxPQUFPLEVBQUUsU0FBUztBQUFBLE1BQ2xDO0FBQUEsSUFDRjtBQUNBLFdBQU8sRUFBRSxNQUFNLFNBQVM7QUFBQSxFQUMxQjtBQUFBLEVBRVEsZ0JBQXNCO0FBQzVCLFFBQUksS0FBSyxRQUFRLFdBQVcsRUFBRztBQUMvQixVQUFNLE1BQU0sS0FBSyxJQUFJO0FBQ3JCLFNBQUssVUFBVSxLQUFLLFFBQVEsT0FBTyxDQUFDLE1BQU07QUFDeEMsWUFBTSxTQUFTLEtBQUssTUFBTSxRQUFRLEVBQUUsU0FBUyxFQUFFLEtBQUssQ0FBQyxPQUFPLEVBQUUsV0FBVyxXQUFXLEVBQUUsV0FBVyxnQkFBZ0IsRUFBRSxVQUFVLEVBQUUsTUFBTTtBQUNySSxVQUFJLFFBQVE7QUFDVixVQUFFLFFBQVE7QUFDVixlQUFPO0FBQUEsTUFDVDtBQUNBLFlBQU0sV0FBVyxLQUFLLE1BQU0sU0FBUyxFQUFFLFNBQVM7QUFDaEQsWUFBTSxVQUFVLEtBQUssZ0JBQWdCLElBQUksRUFBRSxTQUFTO0FBQ3BELFlBQU0sU0FBUyxhQUFhLFVBQWEsU0FBUyxVQUFVLEVBQUUsU0FBUyxHQUFHLFNBQVMsS0FBSyxLQUFLLFNBQVMsTUFBTSxLQUFLLFlBQVksTUFBTSxFQUFFLFdBQVcsc0JBQXNCO0FBQ3RLLFVBQUksV0FBVyxPQUFXLFFBQU87QUFDakMsV0FBSyxTQUFTLE9BQU8sRUFBRSxTQUFTO0FBQ2hDLFdBQUssZ0JBQWdCLE9BQU8sRUFBRSxTQUFTO0FBQ3ZDLFFBQUUsT0FBTyxJQUFJLFlBQVksd0JBQXdCLDBEQUEwRCxNQUFNLElBQUksRUFBRSxTQUFTLEVBQUUsV0FBVyxFQUFFLFdBQVcsUUFBUSxFQUFFLE9BQU8sRUFBRSxDQUFDLENBQUM7QUFDL0ssYUFBTztBQUFBLElBQ1QsQ0FBQztBQUFBLEVBQ0g7QUFDRjtBQUdBLFNBQVMsV0FBVyxNQUFjLGVBQTRDO0FBQzVFLE1BQUksa0JBQWtCLE9BQVcsUUFBTztBQUN4QyxVQUFRLEtBQUssU0FBUyxXQUFXLEtBQUssV0FBVyxLQUFLLGlCQUFpQjtBQUN6RTsiLAogICJuYW1lcyI6IFsidGVybWluYWwiXQp9Cg==
