/**
 * The collector's collect-ahead-of-the-queue requests (collector.ts, collectFirst()): which channels
 * a session asked to collect first, which of them the planner refused and why, and the sessions
 * waiting for each such collect to be mined (resolved or rejected after every pass).
 */
import type { Hex } from 'viem';
import { AirtntError } from '../util/errors.js';
import type { CollectStore } from './collect-store.js';

type Waiter = { channelId: Hex; amount: bigint; deadline: number; resolve(): void; reject(error: Error): void };

export class CollectFirstRequests {
  private readonly priority = new Set<Hex>();
  private readonly refused = new Map<Hex, string>();
  private waiters: Waiter[] = [];

  /**
   * Asks for the channel's collect of at least `amount` ahead of the queue; resolves once it is
   * mined, rejects (COLLECT_FIRST_FAILED) when it cannot be or not within `waitMs`.
   */
  request(channelId: Hex, amount: bigint, waitMs: number): Promise<void> {
    const waiting = new Promise<void>((resolve, reject) => {
      this.waiters.push({ channelId, amount, deadline: Date.now() + waitMs, resolve, reject });
    });
    this.priority.add(channelId);
    this.refused.delete(channelId);
    return waiting;
  }

  /** The channel's collect goes ahead of the queue. */
  has(channelId: Hex): boolean {
    return this.priority.has(channelId);
  }

  /** The channel's collect was sent, or the channel is dead: no longer ahead of the queue. */
  drop(channelId: Hex): void {
    this.priority.delete(channelId);
  }

  /** The planner will not send the channel's collect (why, as the waiter is told). */
  refuse(channelId: Hex, reason: string): void {
    this.refused.set(channelId, reason);
  }

  /** Rejects every waiter, each with an error of its own (the collector stopped). */
  rejectAll(error: () => Error): void {
    for (const waiter of this.waiters) waiter.reject(error());
    this.waiters = [];
  }

  /** After a pass: resolves waiters whose collect was mined, rejects those that cannot be (terminal, refused, late). */
  settle(sends: CollectStore): void {
    if (this.waiters.length === 0) return;
    const now = Date.now();
    this.waiters = this.waiters.filter((w) => {
      const landed = sends.sendsOf(w.channelId).some((s) => (s.status === 'mined' || s.status === 'confirmed') && s.amount >= w.amount);
      if (landed) {
        w.resolve();
        return false;
      }
      const terminal = sends.terminal(w.channelId);
      const refused = this.refused.get(w.channelId);
      const reason = terminal !== undefined && terminal.amount >= w.amount ? `${terminal.state}: ${terminal.reason}` : refused ?? (now > w.deadline ? 'not mined in time' : undefined);
      if (reason === undefined) return true;
      this.priority.delete(w.channelId);
      this.refused.delete(w.channelId);
      w.reject(new AirtntError('COLLECT_FIRST_FAILED', `the payment could not be collected ahead of the queue: ${reason}`, { details: { channelId: w.channelId, amount: w.amount } }));
      return false;
    });
  }
}
