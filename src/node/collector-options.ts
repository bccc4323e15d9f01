/** What the executor's collector (collector.ts) is started with, what a pass reports, and what sessions ask of it. */
import type { Address, Hex } from 'viem';
import type { ChainClient } from '../chain/index.js';
import type { CollectTiming } from '../protocol/collect-deadline.js';
import type { CollectBook, CollectCalls } from './collect-book.js';
import type { CollectTuning } from './collect-policy.js';
import type { ExecutorEvents } from './executor-events.js';
import type { ExecutorFaults } from './faults.js';

export type CollectorOptions = {
  chain: ChainClient;
  store: CollectBook;
  /** How channels are read, collects simulated and signed (default: channels' collects; pool-collector.ts: collectPool). */
  calls?: CollectCalls;
  /** Channels with a live session: left alone until due, unless a sweep includes them. */
  activeChannels: ReadonlySet<Hex>;
  /** Seconds before expiry by which a collect must have landed (the safety margin). */
  safetySeconds: bigint;
  /** How often the chain head is polled (ms). */
  intervalMs: number;
  /** False only when a test's injected faults say so (src/node/faults.ts: collectsPayments). */
  enabled: boolean;
  /** A mined collect is trusted once this many blocks deep (default 12); one a reorg dropped is sent again. */
  confirmBlocks?: bigint;
  /** Blocks a collect may stay unmined before it is replaced at higher fees (default 2). */
  bumpAfterBlocks?: number;
  /**
   * A collect unmined this long (ms) is broadcast again from the store even when no block came (a
   * chain that mines only on transactions, a node that lost it from its pool); default 10,000.
   */
  rebroadcastMs?: number;
  /** How long a nonce gap may hold later collects back before it is filled from the store (ms; collect-nonce-gap.ts; default 30,000). */
  nonceGapMs?: number;
  /** Collects sent and not yet mined, at most (default 64). */
  maxInFlight?: number;
  /** Ordering, worth and feasibility figures (collect-policy.ts). */
  tuning?: Partial<Omit<CollectTuning, 'safetySeconds'>>;
  /** Seconds per block to assume instead of measuring it from recent blocks. */
  blockTimeSeconds?: number;
  /** What `amount` of `token` is worth in wei (ETH: itself); undefined when unknown (then always worth collecting). */
  weiValue?: (token: Address, amount: bigint) => bigint | undefined;
  /** Where collects sent, mined, confirmed and failed are reported (metrics, dashboard). */
  events?: ExecutorEvents;
  /** Test-only crash points at each durable step of a collect (src/node/faults.ts); default none. */
  faults?: Pick<ExecutorFaults, 'reached'>;
  /**
   * Throws (CHAIN_REPLACED) when the RPC serves another chain than the store's (chain-guard.ts).
   * Run before a pass after a failed one (the RPC may have been switched) and when the head goes
   * back; nothing is sent while it throws.
   */
  checkChain?: () => Promise<void>;
  log(line: string): void;
};

export type CollectTickReport = { sent: number; bumped: number; terminal: number };

/** What sessions ask of the collector (src/node/executor-connection.ts). */
export type CollectDeadlines = {
  /** Chain time and how long a collect takes now; undefined until the first head was read. */
  timing(): CollectTiming | undefined;
  /** Collects the channel's latest payment ahead of the queue; resolves once it is mined. */
  collectFirst(channelId: Hex): Promise<void>;
};
