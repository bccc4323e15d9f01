/**
 * The JSON the dashboard polls (GET /api/state): totals and rates, earnings per token (exact, as
 * decimal strings of smallest units) and over time, channels with their expiry and collect state,
 * the collector's queue, the enclave's health and limits, its evidence and the collateral's expiry.
 * Channels are read from the node's SQLite file over a read-only connection of its own (WAL lets it
 * read while the node writes), newest expiry first and bounded.
 */
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { Hex } from 'viem';
import { toHex } from '../../util/bytes.js';
import type { ExecutorInfo } from '../info.js';
import type { DashboardRecorder } from './recorder.js';

export const MAX_CHANNELS_SHOWN = 100;
export const MAX_SESSIONS_SHOWN = 20;

export type CollateralView = {
  currentJson(): Record<string, unknown> | undefined;
  current?(): { issuedAt?: Date; nextUpdate?: Date } | undefined;
};

export type DashboardSourceOptions = {
  dataDir: string;
  info: ExecutorInfo;
  url: string;
  observe(): { activeSessions: ReadonlySet<Hex>; activeChannels: ReadonlySet<Hex>; unconfirmedCollects: number; collectQueue: number };
  recorder: DashboardRecorder;
  collateral?: CollateralView;
  now?: () => number;
};

type ChannelRow = { channel_id: string; requester: string; token: string; expiry: number; collected: string; collected_at: number | null; unpaid_round: number | null; paid: string | null; paid_at: number | null };

/** `since`: the time (ms) of the newest earnings sample the page already has; only newer ones are sent. */
export type DashboardSource = { state(since?: number): Record<string, unknown>; close(): void };

export function executorDashboardSource(options: DashboardSourceOptions): DashboardSource {
  const db = new Database(join(options.dataDir, 'executor.sqlite'), { readonly: true, fileMustExist: true });
  db.pragma('busy_timeout = 2000');
  const channelsQuery = db.prepare(
    `SELECT c.channel_id, c.requester, c.token, c.expiry, c.collected, c.collected_at, c.unpaid_round,
            p.amount AS paid, p.received_at AS paid_at
       FROM channels c
       LEFT JOIN payments p ON p.id = (SELECT MAX(id) FROM payments WHERE channel_id = c.channel_id)
      ORDER BY c.expiry DESC LIMIT ${MAX_CHANNELS_SHOWN}`,
  );
  const countsQuery = db.prepare(
    `SELECT (SELECT COUNT(*) FROM sessions) AS sessions, (SELECT COUNT(*) FROM rounds) AS rounds,
            (SELECT COUNT(*) FROM rounds WHERE released = 1) AS released, (SELECT COUNT(*) FROM channels) AS channels`,
  );
  const sessionsQuery = db.prepare(
    `SELECT session_id, requester, token, opened_at, ended_at, end_reason, bytes_sent, bytes_received
       FROM sessions ORDER BY opened_at DESC LIMIT ${MAX_SESSIONS_SHOWN}`,
  );
  const now = options.now ?? Date.now;
  const { info, recorder } = options;
  const quote = info.enclave.evidence.quote;
  const evidence = {
    kind: info.enclave.evidence.kind,
    quoteBytes: quote.length,
    quoteSha256: createHash('sha256').update(quote).digest('hex'),
    runtimeMeasurement: toHex(info.enclave.runtimeMeasurement),
    signingPublicKey: toHex(info.enclave.signingPublicKey),
  };
  return {
    state(since = 0) {
      const live = options.observe();
      const counts = countsQuery.get() as { sessions: number; rounds: number; released: number; channels: number };
      const channels = (channelsQuery.all() as ChannelRow[]).map((row) => {
        const paid = BigInt(row.paid ?? '0');
        const collected = BigInt(row.collected);
        const collect = row.unpaid_round !== null ? 'unpaid round' : paid === 0n ? 'nothing paid' : paid > collected ? 'to collect' : 'collected';
        return {
          channelId: row.channel_id,
          requester: row.requester,
          token: row.token,
          expiry: row.expiry,
          paid: paid.toString(),
          collected: collected.toString(),
          collectedAt: row.collected_at,
          collect,
          active: live.activeChannels.has(row.channel_id as Hex),
        };
      });
      const collateral = options.collateral;
      const document = collateral?.current?.();
      return {
        now: now(),
        executor: info.executor,
        url: options.url,
        chainId: info.chainId,
        totals: {
          activeSessions: live.activeSessions.size,
          sessions: counts.sessions,
          rounds: counts.rounds,
          keysReleased: counts.released,
          channels: counts.channels,
          sessionsSinceStart: recorder.sessionsOpened,
          roundsSinceStart: recorder.roundsRun,
          paymentsSinceStart: recorder.paymentsAccepted,
          connectionsRefused: recorder.connectionsRefused,
        },
        rates: { sessionsPerSecond: recorder.rate('sessions'), roundsPerSecond: recorder.rate('rounds') },
        earned: Object.fromEntries([...recorder.earned].map(([token, amount]) => [token, amount.toString()])),
        earnedHistory: recorder.samples.filter((s) => s.t > since).map((s) => ({ t: s.t, earned: s.earned })),
        channels,
        sessions: (sessionsQuery.all() as { session_id: string; requester: string; token: string; opened_at: number; ended_at: number | null; end_reason: string | null; bytes_sent: number; bytes_received: number }[]).map((row) => ({
          sessionId: row.session_id,
          requester: row.requester,
          token: row.token,
          openedAt: row.opened_at,
          endedAt: row.ended_at,
          endReason: row.end_reason,
          live: live.activeSessions.has(row.session_id as Hex),
          bytesSent: row.bytes_sent,
          bytesReceived: row.bytes_received,
        })),
        collector: { queue: live.collectQueue, unconfirmed: live.unconfirmedCollects, recent: recorder.collects },
        failures: recorder.failures,
        enclave: {
          tee: info.tee,
          insecure: info.insecure,
          roundsFailed: recorder.roundsFailed,
          lastRoundAt: recorder.lastRoundAt ?? null,
          lastRoundFailedAt: recorder.lastRoundFailedAt ?? null,
          healthy: recorder.lastRoundFailedAt === undefined || (recorder.lastRoundAt ?? 0) > recorder.lastRoundFailedAt,
          limits: info.limits,
          functions: info.functions,
          pricePerCycle: info.pricePerCycle.toString(),
          minDeposit: info.minDeposit.toString(),
          acceptedTokens: info.acceptedTokens.map((t) => ({ token: t.token, pricePerCycle: t.pricePerCycle.toString() })),
        },
        evidence,
        collateral: collateral === undefined
          ? { served: false, reason: info.tee === 'simulated' || info.tee === 'nitro' ? 'not needed for this TEE' : 'no collateral source configured' }
          : { served: collateral.currentJson() !== undefined, issuedAt: document?.issuedAt?.getTime() ?? null, expiresAt: document?.nextUpdate?.getTime() ?? null },
      };
    },
    close: () => db.close(),
  };
}
