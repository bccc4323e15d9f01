/**
 * The dashboard's memory of recent activity, fed by the node's events: running totals, a sample
 * per second over the last ten minutes (rates and the earnings chart), and the last failures and
 * collects. Everything is bounded. Texts that come from peers are kept as text; the page renders
 * them with textContent only.
 */
import type { Hex } from 'viem';
import type { ExecutorEvents } from '../executor-events.js';

export const SAMPLE_MS = 1_000;
export const MAX_SAMPLES = 600;
const MAX_RECENT = 50;

export type Sample = { t: number; sessions: number; rounds: number; earned: Record<string, string> };
export type RecentFailure = { at: number; code: string; text: string; opened: boolean };
export type RecentCollect = { at: number; status: string; channelId: string; detail: string };

export class DashboardRecorder {
  sessionsOpened = 0;
  roundsRun = 0;
  roundsFailed = 0;
  lastRoundAt: number | undefined;
  lastRoundFailedAt: number | undefined;
  paymentsAccepted = 0;
  keysReleased = 0;
  connectionsRefused = 0;
  /** Earned since this node started, by lowercase token address (smallest units). */
  readonly earned = new Map<string, bigint>();
  readonly samples: Sample[] = [];
  readonly failures: RecentFailure[] = [];
  readonly collects: RecentCollect[] = [];
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly now: () => number = Date.now) {}

  start(): void {
    this.sample();
    this.timer = setInterval(() => this.sample(), SAMPLE_MS);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer !== undefined) clearInterval(this.timer);
    this.timer = undefined;
  }

  sample(): void {
    const earned: Record<string, string> = {};
    for (const [token, amount] of this.earned) earned[token] = amount.toString();
    this.samples.push({ t: this.now(), sessions: this.sessionsOpened, rounds: this.roundsRun, earned });
    if (this.samples.length > MAX_SAMPLES) this.samples.splice(0, this.samples.length - MAX_SAMPLES);
  }

  /** Events per second over the last `windowMs` of samples (0 before two samples exist). */
  rate(field: 'sessions' | 'rounds', windowMs = 10_000): number {
    const last = this.samples[this.samples.length - 1];
    if (last === undefined) return 0;
    const first = this.samples.find((s) => s.t >= last.t - windowMs) ?? last;
    const seconds = (last.t - first.t) / 1000;
    return seconds > 0 ? (last[field] - first[field]) / seconds : 0;
  }

  readonly events: ExecutorEvents = {
    sessionOpened: () => {
      this.sessionsOpened += 1;
    },
    sessionFailed: (code, text, opened) => push(this.failures, { at: this.now(), code, text: text.slice(0, 300), opened }),
    roundRun: (_seconds, ok) => {
      if (ok) {
        this.roundsRun += 1;
        this.lastRoundAt = this.now();
      } else {
        this.roundsFailed += 1;
        this.lastRoundFailedAt = this.now();
      }
    },
    paymentAccepted: (token, amount, released) => {
      this.paymentsAccepted += 1;
      if (released) this.keysReleased += 1;
      const key = token.toLowerCase();
      this.earned.set(key, (this.earned.get(key) ?? 0n) + amount);
    },
    connectionRefused: () => {
      this.connectionsRefused += 1;
    },
    collect: (status, channelId: Hex, detail) => push(this.collects, { at: this.now(), status, channelId, detail: (detail ?? '').slice(0, 300) }),
    // A pool member's collectPool shows in the same list, told apart by its detail.
    poolCollect: (status, channelId: Hex, detail) => push(this.collects, { at: this.now(), status, channelId, detail: `pool${detail === undefined ? '' : `: ${detail}`}`.slice(0, 300) }),
  };
}

function push<T>(list: T[], item: T): void {
  list.push(item);
  if (list.length > MAX_RECENT) list.splice(0, list.length - MAX_RECENT);
}
