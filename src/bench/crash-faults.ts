/**
 * The crash sweep's fault hooks (src/node/faults.ts): an executor or a requester that ends itself with
 * SIGKILL the first time it reaches one named durable step, from a given round on. Injected only by
 * the sweep's own process entry (crash-process.ts); the production CLI never carries them.
 */
import {
  EXECUTOR_POINTS,
  NO_EXECUTOR_FAULTS,
  NO_REQUESTER_FAULTS,
  POOL_EXECUTOR_POINTS,
  REQUESTER_POINTS,
  type ExecutorFaults,
  type ExecutorPoint,
  type FaultStep,
  type PoolExecutorPoint,
  type RequesterFaults,
  type RequesterPoint,
} from '../node/faults.js';
import { AirtntError } from '../util/errors.js';

/** Which side, at which point, from which round (steps without a round: the first time). */
export type CrashSpec = { side: 'executor'; point: ExecutorPoint | PoolExecutorPoint; fromRound: bigint } | { side: 'requester'; point: RequesterPoint; fromRound: bigint };

/** Ends this process the way kill -9 does: no exit handlers, no flushing, no SQLite close. */
export function crashNow(): never {
  process.kill(process.pid, 'SIGKILL');
  throw new Error('unreachable: SIGKILL did not end the process');
}

/** `executor:POINT@ROUND` or `requester:POINT@ROUND` (the argument crash-process.ts takes). */
export function formatCrashSpec(spec: CrashSpec): string {
  return `${spec.side}:${spec.point}@${spec.fromRound}`;
}

export function parseCrashSpec(text: string): CrashSpec {
  const match = /^(executor|requester):([a-z-]{1,40})@(\d{1,6})$/.exec(text);
  const known = match?.[1] === 'executor' ? [...EXECUTOR_POINTS, ...POOL_EXECUTOR_POINTS] : REQUESTER_POINTS;
  if (match === null || !(known as readonly string[]).includes(match[2]!)) {
    throw new AirtntError('INVALID_CRASH_POINT', `expected executor:POINT@ROUND or requester:POINT@ROUND with a known point, got "${text}"`, {
      details: { executorPoints: [...EXECUTOR_POINTS, ...POOL_EXECUTOR_POINTS], requesterPoints: REQUESTER_POINTS },
    });
  }
  return { side: match[1], point: match[2], fromRound: BigInt(match[3]!) } as CrashSpec;
}

function crashWhen(point: string, fromRound: bigint): (at: string, step?: FaultStep) => void {
  return (at, step) => {
    if (at === point && (step === undefined || step.round >= fromRound)) crashNow();
  };
}

/** An honest executor that is killed at `point` (from round `fromRound` on). */
export function crashingExecutorFaults(point: ExecutorPoint | PoolExecutorPoint, fromRound: bigint): ExecutorFaults {
  const at = crashWhen(point, fromRound);
  return {
    ...NO_EXECUTOR_FAULTS,
    afterRoundStored: (step) => at('round-stored', step),
    afterPaymentStored: (step) => at('payment-stored', step),
    // 'pool-ahead' comes right after the round before's result was handed to the socket, which writes it
    // on the next tick (executor-connection.ts): the kill waits for that, so the point is "result r out,
    // round r+1 running ahead of payment r", not a result lost in the process.
    reached: (name, step) => (name === 'pool-ahead' ? void setImmediate(() => at(name, step)) : at(name, step)),
  };
}

/** An honest requester that is killed at `point` (from round `fromRound` on). */
export function crashingRequesterFaults(point: RequesterPoint, fromRound: bigint): RequesterFaults {
  const at = crashWhen(point, fromRound);
  return {
    ...NO_REQUESTER_FAULTS,
    afterPaymentStored: (step) => at('payment-stored', step),
    afterPaymentSent: (step) => at('payment-sent', step),
    reached: at,
  };
}
