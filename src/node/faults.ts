/**
 * Fault points: where a test can make an executor or a requester misbehave or crash, injected at
 * construction. Production passes nothing and gets the no-op defaults below: every hook does nothing
 * and every decision is the honest one. The misbehaviours themselves (withholding keys, tampering
 * with results, kill -9 after a durable step) live only in test code: src/node/test-helpers/.
 *
 * Hooks are named after the durable step they follow (afterPaymentStored: the payment is on disk),
 * so that a crash test can kill the process at each such step and check that nothing is lost. They
 * are synchronous: a hook adds no await to the path it sits on.
 */
import type { Hex } from 'viem';
import type { ResultMessage } from '../protocol/messages.js';

/** Which session and round a hook is called for. */
export type FaultStep = { sessionId: Hex; round: bigint };

/**
 * The executor's named durable steps, where a crash sweep (src/bench/crash*.ts) kills the process:
 * before and after each write of a session, a round key, a payment and a collect, with the round in
 * the enclave worker, and with a collect signed, broadcast or mined. 'round-stored' and
 * 'payment-stored' are the hooks afterRoundStored and afterPaymentStored; the others come to reached().
 * A round's key is written on its own ('round-storing') only for the opening round, or a round still
 * in the enclave JOIN_NEXT_ROUND_MS (executor-session-rounds.ts) after the payment before it was checked; otherwise it is committed
 * in the payment's transaction ('payment-storing' / 'payment-stored'), and afterRoundStored follows
 * the key sent for that payment.
 */
export const EXECUTOR_POINTS = [
  'session-storing',
  'session-stored',
  'round-storing',
  'round-stored',
  'enclave-running',
  'payment-storing',
  'payment-stored',
  'key-sent',
  'session-ended',
  'collect-signed',
  'collect-stored',
  'collect-broadcast',
  'collect-mined',
] as const;
export type ExecutorPoint = (typeof EXECUTOR_POINTS)[number];

/**
 * A pool executor's own steps (docs/protocol.md, "The pool"), outside the crash sweep (a single
 * executor never reaches them): 'pool-acked', the round's replica acked by ackCount standbys and its
 * result not sent yet; 'pool-ahead', the round handed to the enclave ahead of the previous round's
 * payment (that round's result handed to the socket, its payment not in yet); 'pool-collect-*', the pool collector's (pool-collector.ts) collectPool signed,
 * stored, broadcast or seen mined (the collect-* steps of a channel's collect).
 */
export const POOL_EXECUTOR_POINTS = ['pool-acked', 'pool-ahead', 'pool-collect-signed', 'pool-collect-stored', 'pool-collect-broadcast', 'pool-collect-mined'] as const;
export type PoolExecutorPoint = (typeof POOL_EXECUTOR_POINTS)[number];

/**
 * The requester's named durable steps (as EXECUTOR_POINTS): its session, channel (mid-open, mid-top-up),
 * payment, key and paid state. 'payment-stored' and 'payment-sent' are the hooks afterPaymentStored
 * and afterPaymentSent; the others come to reached().
 */
export const REQUESTER_POINTS = [
  'session-stored',
  'channel-opened',
  'channel-stored',
  'topped-up',
  'payment-signed',
  'payment-stored',
  'payment-sent',
  'key-received',
  'round-completed',
  'session-ended',
] as const;
export type RequesterPoint = (typeof REQUESTER_POINTS)[number];

export type ExecutorFaults = {
  /** Whether the collector runs at all (false: payments are stored but never collected, so no key shows on-chain). */
  collectsPayments(): boolean;
  /**
   * The round's key and amount due are stored (executor-store insertRound, alone or with the payment for
   * the round before, whose key then left first); its result has not left yet.
   */
  afterRoundStored(step: FaultStep): void;
  /** The result of the step's round about to be sent: returns what is sent (honest: `result` itself). */
  beforeResultSent(step: FaultStep, result: ResultMessage): ResultMessage;
  /**
   * Whether the key of the step's paid round is released (asked before the payment is stored): false stores
   * the payment without releasing its key and never sends it.
   */
  releasesKey(step: FaultStep): boolean;
  /**
   * The payment for the step's round is stored (and its key marked released unless withheld), with the
   * next round's key when that round ran in time; neither the key nor the next round's result has been sent.
   */
  afterPaymentStored(step: FaultStep): void;
  /** The executor reached the named durable step (`step`: the session and round, where there is one). */
  reached(point: Exclude<ExecutorPoint, 'round-stored' | 'payment-stored'> | PoolExecutorPoint, step?: FaultStep): void;
  /** A group commit of round keys and payments (src/node/group-commit.ts) committed, holding `writes` writes. */
  afterCommit?(writes: number): void;
  /** A pool standby about to send the key it released for the step's round: returns what is sent (honest: `key`). */
  beforeStandbyKeySent?(step: FaultStep, key: Uint8Array): Uint8Array;
};

export const NO_EXECUTOR_FAULTS: ExecutorFaults = Object.freeze({
  collectsPayments: () => true,
  afterRoundStored: () => undefined,
  beforeResultSent: (_step: FaultStep, result: ResultMessage) => result,
  releasesKey: () => true,
  afterPaymentStored: () => undefined,
  reached: () => undefined,
});

export type RequesterFaults = {
  /** The payment for the step's round is stored (with the previous round's key and state); it has not been sent. */
  afterPaymentStored(step: FaultStep): void;
  /** The payment for the step's round was handed to the socket. */
  afterPaymentSent(step: FaultStep): void;
  /** The requester reached the named durable step (`step`: the session and round, where there is one). */
  reached(point: Exclude<RequesterPoint, 'payment-stored' | 'payment-sent'>, step?: FaultStep): void;
};

export const NO_REQUESTER_FAULTS: RequesterFaults = Object.freeze({
  afterPaymentStored: () => undefined,
  afterPaymentSent: () => undefined,
  reached: () => undefined,
});
