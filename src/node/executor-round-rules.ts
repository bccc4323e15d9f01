/**
 * What a plain session (executor-session-rounds.ts) and a pool session (executor-pool-session.ts) both
 * follow: the limits of running round r+1 ahead of payment r, what a session needs of its connection,
 * and the amount a `pay` stands for.
 */
import { DEFAULT_WORK_BUDGET } from '../functions/abi.js';
import { acceptPayment, nextRoundCycles, roundWorkBudget, startRound, type ExecutorSessionState } from '../protocol/executor-session.js';
import type { Message, PayMessage } from '../protocol/messages.js';
import { AirtntError } from '../util/errors.js';
import type { ConnectionContext } from './executor-connection.js';
import type { SessionClock } from './executor-deadlines.js';

/**
 * How long payment r waits for round r+1 (running in the enclave meanwhile) so that both commit in one
 * transaction, one fsync instead of two. A light round finishes well within it; k of r is never held
 * longer than this for company, which keeps it far inside any requester's key timeout (seconds), and a
 * longer round pays the separate commit it paid anyway, small next to its own time.
 */
export const JOIN_NEXT_ROUND_MS = 200;

/**
 * Round r+1 runs ahead, while the requester checks, signs and stores payment r, only when round r
 * took at most this long in the enclave. What running ahead saves is the requester's turnaround (a few
 * milliseconds a round); what it risks is one round's compute (capped: AHEAD_WORK_SLACK) when the
 * requester stops paying or ends the session early. For a short round the saving is most of the round; for a longer one it is small
 * next to the compute it risks, so that round runs only once paid, as the first one after the opening.
 */
export const AHEAD_MAX_ROUND_MS = 250;

/**
 * The work a round run ahead may spend beyond twice the last round's (work units, about a millisecond
 * here). Its budget is capped so: a function that turns heavy in the round nobody has paid yet (its own
 * module may) is stopped there, and that round runs again after its payment with the channel's full
 * budget, as if nothing had run ahead. So a session that stops costs the executor at most twice the work
 * of the last round it paid for, plus this.
 */
export const AHEAD_WORK_SLACK = 2 ** 20;

/**
 * Round r+1 as a session would run it ahead of payment r (plain and pool sessions alike): only once the
 * session has paid a round, after a round of at most AHEAD_MAX_ROUND_MS, while the requester is still
 * connected, when the signed schedule has another round and its start passes every check now, with at
 * most twice the last round's work plus AHEAD_WORK_SLACK. undefined: nothing runs ahead.
 */
export function roundAhead(
  session: { state: ExecutorSessionState; clock: SessionClock; policy: ConnectionContext['policy']; hasPaid: boolean; lastRoundMs: number; lastWorkUnits: number; ended: boolean },
): { paid: ExecutorSessionState; round: bigint; cycles: number; workBudget: number } | undefined {
  if (!session.hasPaid || session.lastRoundMs > AHEAD_MAX_ROUND_MS || session.ended) return undefined;
  const paid = acceptPayment(session.state);
  const cycles = nextRoundCycles(paid);
  if (cycles === 0) return undefined;
  try {
    const nowSeconds = session.clock.nowSeconds();
    session.clock.checkCollectable(paid.expiry, nowSeconds);
    const { round } = startRound(paid, cycles, nowSeconds, session.policy);
    return { paid, round, cycles, workBudget: Math.min(roundWorkBudget(paid, DEFAULT_WORK_BUDGET), 2 * session.lastWorkUnits + AHEAD_WORK_SLACK) };
  } catch {
    return undefined; // refused now: the payment's own start of the round says why, if it is asked
  }
}

/**
 * Round r+1 within JOIN_NEXT_ROUND_MS (for its key to be committed with payment r): its result, its
 * failure, or undefined when it is still running.
 */
export async function joinWithin<T>(running: Promise<T>): Promise<{ result: T } | { failed: unknown } | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<undefined>((resolve) => {
    timer = setTimeout(resolve, JOIN_NEXT_ROUND_MS, undefined);
  });
  try {
    return await Promise.race([running.then((result) => ({ result }), (failed: unknown) => ({ failed })), late]);
  } finally {
    clearTimeout(timer);
  }
}

/** What a served session needs of its connection. */
export type SessionLink = {
  send(message: Message): void;
  /** The requester is expected to answer now: (re)arms the idle deadline. */
  awaitRequester(): void;
  end(code: number, reason: string): void;
  /** Whether the connection has ended (closed by either side): nothing sent arrives, and nobody pays a round run ahead. */
  ended(): boolean;
  /** The requester takes a result's key hash from the key of the round before when it is left out (session link version 2: messages.ts SESSION_SUBPROTOCOLS). */
  readonly derivesKeyHash: boolean;
  /** A `pay` may leave its amount out (session link version 3); below it, one that does is malformed. */
  readonly payWithoutAmount: boolean;
};

/**
 * The amount a `pay` stands for: its own, or, left out on a link of version 3, the exact amount expected
 * (the signature is then checked over it). Below version 3 a `pay` without its amount is malformed.
 */
export function payAmount(pay: PayMessage, expected: bigint, link: Pick<SessionLink, 'payWithoutAmount'>): bigint {
  if (pay.amount !== undefined) return pay.amount;
  if (!link.payWithoutAmount) {
    throw new AirtntError('MESSAGE_MALFORMED', 'malformed "pay": its amount is left out on a session link below version 3', { details: { field: 'amount', problem: 'left out below link version 3' } });
  }
  return expected;
}
