/**
 * The executor's Prometheus metrics (prom-client), on a registry of its own so that two nodes in one
 * process never mix. Counters and histograms are fed by the node's events (executor-events.ts); the
 * gauges that describe the present (live sessions, the collector's queue) are read at scrape time.
 *
 * Earnings are counted in gigaunits: 10^9 of a token's smallest unit (gwei for ETH). Prometheus
 * values are float64, exact for integers up to 2^53: in gwei that is about 9 million ETH, where wei
 * would lose exactness past 0.009 ETH. The exact amounts (decimal strings of wei) are in the
 * dashboard's JSON. docs/operations.md lists every metric.
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { ExecutorEvents } from './executor-events.js';

export const METRICS_CONTENT_TYPE = Registry.PROMETHEUS_CONTENT_TYPE;

export type MetricsReads = {
  activeSessions(): number;
  /** Channels with a payment not yet collected. */
  collectQueue(): number;
  /** Collects sent, waiting for their confirmation depth. */
  unconfirmedCollects(): number;
  /** Pool channels with a PoolPayment of this member not yet collected (absent: the node serves no pool). */
  poolCollectQueue?(): number;
};

/** A token's smallest units as gigaunits (10^9 of them): exact to the gigaunit up to 2^53 of them. */
export function toGigaUnits(amount: bigint): number {
  const whole = amount / 1_000_000_000n;
  const rest = amount % 1_000_000_000n;
  return Number(whole) + Number(rest) / 1e9;
}

export class ExecutorMetrics {
  readonly registry = new Registry();
  private readonly sessionsOpened: Counter;
  private readonly sessionsRefused: Counter<'reason'>;
  private readonly sessionsFailed: Counter<'reason'>;
  private readonly sessionsEnded: Counter<'reason'>;
  private readonly rounds: Counter;
  private readonly roundsFailed: Counter;
  private readonly roundSeconds: Histogram;
  private readonly payments: Counter<'token'>;
  private readonly earned: Counter<'token'>;
  private readonly keysReleased: Counter;
  private readonly bytesIn: Counter;
  private readonly bytesOut: Counter;
  private readonly collects: Counter<'status'>;
  private readonly poolCollects: Counter<'status'>;
  private readonly poolHandedOver: Counter;
  private readonly connectionsRefused: Counter<'reason'>;

  constructor(reads: MetricsReads) {
    const registers = [this.registry];
    collectDefaultMetrics({ register: this.registry, prefix: 'airtnt_' });
    this.sessionsOpened = new Counter({ name: 'airtnt_sessions_opened_total', help: 'Sessions opened (their channel and terms passed every check)', registers });
    this.sessionsRefused = new Counter({ name: 'airtnt_sessions_refused_total', help: 'Connections dropped before a session was opened, by error code', labelNames: ['reason'], registers });
    this.sessionsFailed = new Counter({ name: 'airtnt_sessions_failed_total', help: 'Open sessions dropped with an error, by error code', labelNames: ['reason'], registers });
    this.sessionsEnded = new Counter({ name: 'airtnt_sessions_ended_total', help: 'Sessions ended, by how (closed, unpaid, failed)', labelNames: ['reason'], registers });
    this.rounds = new Counter({ name: 'airtnt_rounds_total', help: 'Rounds the enclave ran to a result', registers });
    this.roundsFailed = new Counter({ name: 'airtnt_rounds_failed_total', help: 'Rounds that failed in the enclave', registers });
    this.roundSeconds = new Histogram({
      name: 'airtnt_round_duration_seconds',
      help: 'Enclave time of one round',
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers,
    });
    this.payments = new Counter({ name: 'airtnt_payments_accepted_total', help: 'Payment updates accepted (stored before the key is released), by token', labelNames: ['token'], registers });
    this.earned = new Counter({ name: 'airtnt_earned_gigaunits_total', help: 'Earned, in 10^9 of the token smallest unit (gwei for ETH), by token address', labelNames: ['token'], registers });
    this.keysReleased = new Counter({ name: 'airtnt_keys_released_total', help: 'Round keys released after their payment was stored', registers });
    this.bytesIn = new Counter({ name: 'airtnt_session_bytes_received_total', help: 'Bytes received on ended sessions', registers });
    this.bytesOut = new Counter({ name: 'airtnt_session_bytes_sent_total', help: 'Bytes sent on ended sessions', registers });
    this.collects = new Counter({ name: 'airtnt_collects_total', help: 'Collect transactions: sent, already on-chain, confirmed deep enough, failed', labelNames: ['status'], registers });
    this.poolCollects = new Counter({ name: 'airtnt_pool_collects_total', help: 'Pool collects (collectPool of this member\'s PoolPayments): sent, already on-chain, confirmed deep enough, failed', labelNames: ['status'], registers });
    this.poolHandedOver = new Counter({ name: 'airtnt_pool_payments_handed_over_total', help: 'PoolPayments of own rounds obtained from another pool member (this member died before storing them), verified and stored', registers });
    this.connectionsRefused = new Counter({ name: 'airtnt_connections_refused_total', help: 'Connections refused at the upgrade, by reason', labelNames: ['reason'], registers });
    new Gauge({ name: 'airtnt_sessions_active', help: 'Sessions with a live connection', registers, collect() { this.set(reads.activeSessions()); } });
    new Gauge({ name: 'airtnt_collect_queue_channels', help: 'Channels with a stored payment not yet collected', registers, collect() { this.set(reads.collectQueue()); } });
    new Gauge({ name: 'airtnt_collects_unconfirmed', help: 'Collects sent and not yet confirmed deep enough', registers, collect() { this.set(reads.unconfirmedCollects()); } });
    for (const status of ['sent', 'already', 'confirmed', 'failed']) this.collects.inc({ status }, 0);
    for (const status of ['sent', 'already', 'confirmed', 'failed']) this.poolCollects.inc({ status }, 0);
    if (reads.poolCollectQueue !== undefined) {
      const read = reads.poolCollectQueue;
      new Gauge({ name: 'airtnt_pool_collect_queue_channels', help: 'Pool channels with a PoolPayment of this member not yet collected', registers, collect() { this.set(read()); } });
    }
    for (const reason of ['capacity', 'too-many-live', 'too-many-new', 'not-found']) this.connectionsRefused.inc({ reason }, 0);
  }

  /** The sink to pass to the node. */
  readonly events: ExecutorEvents = {
    sessionOpened: () => this.sessionsOpened.inc(),
    sessionFailed: (code, _text, opened) => (opened ? this.sessionsFailed : this.sessionsRefused).inc({ reason: labelOf(code) }),
    sessionEnded: (reason, bytes) => {
      this.sessionsEnded.inc({ reason: labelOf(reason) });
      this.bytesIn.inc(bytes.received);
      this.bytesOut.inc(bytes.sent);
    },
    roundRun: (seconds, ok) => {
      if (ok) {
        this.rounds.inc();
        this.roundSeconds.observe(seconds);
      } else {
        this.roundsFailed.inc();
      }
    },
    paymentAccepted: (token, amount, released) => {
      this.payments.inc({ token: token.toLowerCase() });
      if (amount > 0n) this.earned.inc({ token: token.toLowerCase() }, toGigaUnits(amount));
      if (released) this.keysReleased.inc();
    },
    connectionRefused: (reason) => this.connectionsRefused.inc({ reason: labelOf(reason) }),
    collect: (status) => this.collects.inc({ status }),
    poolCollect: (status) => this.poolCollects.inc({ status }),
    poolPaymentHandedOver: () => this.poolHandedOver.inc(),
  };

  /** The text exposition format (what /metrics serves). */
  scrape(): Promise<string> {
    return this.registry.metrics();
  }
}

/** Label values come from our own codes; bounded and plain all the same (labels are series). */
function labelOf(value: string): string {
  return /^[A-Za-z0-9_-]{1,64}$/.test(value) ? value : 'other';
}
