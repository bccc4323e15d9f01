/**
 * What an executor node reports as it works, for metrics and the operator dashboard. The node calls
 * these hooks (all optional, none may throw into the node: callers wrap them) and knows nothing of
 * what listens. Amounts are token smallest units (wei for ETH).
 */
import type { Hex } from 'viem';
import type { Enclave } from '../enclave/types.js';

export type ExecutorEvents = {
  sessionOpened?(sessionId: Hex): void;
  /** A connection dropped with an error: `opened` false means the session was refused at its opening. */
  sessionFailed?(code: string, text: string, opened: boolean): void;
  sessionEnded?(reason: string, bytes: { sent: number; received: number }): void;
  /** A round ran in the enclave (ok) or failed there; seconds of enclave time. */
  roundRun?(seconds: number, ok: boolean): void;
  paymentAccepted?(token: string, amount: bigint, keyReleased: boolean): void;
  /** A connection refused before any WebSocket exists (capacity, per-address limits, wrong path). */
  connectionRefused?(reason: string): void;
  collect?(status: 'sent' | 'already' | 'confirmed' | 'failed', channelId: Hex, detail?: string): void;
  /** A pool member's collectPool (pool-collector.ts), with the statuses of a channel's collect. */
  poolCollect?(status: 'sent' | 'already' | 'confirmed' | 'failed', channelId: Hex, detail?: string): void;
  /** A PoolPayment of an own round obtained from another member, verified and stored (pool-handover.ts). */
  poolPaymentHandedOver?(amount: bigint): void;
};

/** Calls a hook, never letting a listener's failure reach the node. */
export function emit<K extends keyof ExecutorEvents>(events: ExecutorEvents | undefined, name: K, ...args: Parameters<NonNullable<ExecutorEvents[K]>>): void {
  const hook = events?.[name] as ((...a: unknown[]) => void) | undefined;
  if (hook === undefined) return;
  try {
    hook.apply(events, args);
  } catch {
    // metrics are best effort: serving requesters comes first
  }
}

/** Several sinks as one. */
export function combineEvents(...sinks: (ExecutorEvents | undefined)[]): ExecutorEvents {
  const all = sinks.filter((s): s is ExecutorEvents => s !== undefined);
  const names: (keyof ExecutorEvents)[] = ['sessionOpened', 'sessionFailed', 'sessionEnded', 'roundRun', 'paymentAccepted', 'connectionRefused', 'collect', 'poolCollect', 'poolPaymentHandedOver'];
  const combined: Record<string, (...args: unknown[]) => void> = {};
  const call = emit as (sink: ExecutorEvents, name: keyof ExecutorEvents, ...args: unknown[]) => void;
  for (const name of names) combined[name] = (...args: unknown[]) => all.forEach((sink) => call(sink, name, ...args));
  return combined as ExecutorEvents;
}

/** The enclave with every runRound timed and reported (success or failure); everything else untouched. */
export function timedEnclave(enclave: Enclave, events: ExecutorEvents | undefined): Enclave {
  if (events === undefined) return enclave;
  return new Proxy(enclave, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      if (property !== 'runRound') return (value as (...a: unknown[]) => unknown).bind(target);
      return async (...args: Parameters<Enclave['runRound']>) => {
        const started = performance.now();
        try {
          const result = await target.runRound(...args);
          emit(events, 'roundRun', (performance.now() - started) / 1000, true);
          return result;
        } catch (error) {
          emit(events, 'roundRun', (performance.now() - started) / 1000, false);
          throw error;
        }
      };
    },
  });
}
