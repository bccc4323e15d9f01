/**
 * Test-only misbehaviours of real executor and requester processes, as fault hooks
 * (src/node/faults.ts) injected at construction. Nothing in production imports this folder; the
 * processes that misbehave are started through misbehaving-cli.ts.
 *
 *   withhold-key             the executor never sends k (but collects, revealing it)
 *   withhold-key-no-collect  the executor never sends k and never collects
 *   no-collect               the executor releases every k but never collects (an operator who collects late)
 *   tamper-record            the executor flips a byte of the state ciphertext
 *   replay-record            the executor resends the previous round's result
 *   crash-after-payment      the executor SIGKILLs itself once a payment is stored
 *   cut-network-after-payment  the executor, alone in a network namespace (src/bench/netns.ts), takes its link
 *                            down once a payment is stored, before the key is sent: a partition
 *   wrong-standby-key        as a pool standby, the member sends a wrong key (one bit flipped) for every key it releases
 * each from round `fromRound` on (0: from the start); and for the requester:
 *   crash-after-payment      the requester SIGKILLs itself right after sending a payment
 */
import { execFileSync } from 'node:child_process';
import type { ResultMessage } from '../../protocol/messages.js';
import { AirtntError } from '../../util/errors.js';
import { NS_LINK } from '../../bench/netns.js';
import { NO_EXECUTOR_FAULTS, NO_REQUESTER_FAULTS, type ExecutorFaults, type FaultStep, type RequesterFaults } from '../faults.js';

export const EXECUTOR_MISBEHAVIOURS = [
  'withhold-key',
  'withhold-key-no-collect',
  'no-collect',
  'tamper-record',
  'replay-record',
  'crash-after-payment',
  'cut-network-after-payment',
  'wrong-standby-key',
] as const;
export type ExecutorMisbehaviour = (typeof EXECUTOR_MISBEHAVIOURS)[number];

export const REQUESTER_MISBEHAVIOURS = ['crash-after-payment'] as const;
export type RequesterMisbehaviour = (typeof REQUESTER_MISBEHAVIOURS)[number];

/** Ends this process the way kill -9 would: no exit handlers, no flushing. */
export function crashNow(): never {
  process.kill(process.pid, 'SIGKILL');
  throw new Error('unreachable: SIGKILL did not end the process');
}

export function checkExecutorMisbehaviour(kind: string): ExecutorMisbehaviour {
  if (!(EXECUTOR_MISBEHAVIOURS as readonly string[]).includes(kind)) {
    throw new AirtntError('INVALID_TEST_SWITCH', `unknown executor misbehaviour "${kind}"`, { details: { known: EXECUTOR_MISBEHAVIOURS } });
  }
  return kind as ExecutorMisbehaviour;
}

export function checkRequesterMisbehaviour(kind: string): RequesterMisbehaviour {
  if (!(REQUESTER_MISBEHAVIOURS as readonly string[]).includes(kind)) {
    throw new AirtntError('INVALID_TEST_SWITCH', `unknown requester misbehaviour "${kind}"`, { details: { known: REQUESTER_MISBEHAVIOURS } });
  }
  return kind as RequesterMisbehaviour;
}

/** The fault hooks of an executor that misbehaves as `kind` from round `fromRound` on. */
export function misbehavingExecutorFaults(kind: ExecutorMisbehaviour, fromRound = 0n): ExecutorFaults {
  const from = (step: FaultStep) => step.round >= fromRound;
  switch (kind) {
    case 'withhold-key':
      return { ...NO_EXECUTOR_FAULTS, releasesKey: (step) => !from(step) };
    case 'withhold-key-no-collect':
      return { ...NO_EXECUTOR_FAULTS, releasesKey: (step) => !from(step), collectsPayments: () => false };
    case 'no-collect':
      return { ...NO_EXECUTOR_FAULTS, collectsPayments: () => false };
    case 'crash-after-payment':
      return {
        ...NO_EXECUTOR_FAULTS,
        afterPaymentStored: (step) => {
          if (from(step)) crashNow();
        },
      };
    case 'cut-network-after-payment': {
      let cut = false;
      return {
        ...NO_EXECUTOR_FAULTS,
        afterPaymentStored: (step) => {
          if (!from(step) || cut) return;
          cut = true;
          // Synchronous on purpose: the key cannot leave before the link is down.
          execFileSync('ip', ['link', 'set', NS_LINK, 'down'], { timeout: 10_000 });
        },
      };
    }
    case 'wrong-standby-key':
      return {
        ...NO_EXECUTOR_FAULTS,
        beforeStandbyKeySent: (step, key) => {
          if (!from(step)) return key;
          const wrong = key.slice();
          wrong[0]! ^= 0x01;
          return wrong;
        },
      };
    case 'tamper-record':
      return {
        ...NO_EXECUTOR_FAULTS,
        beforeResultSent: (step, result) => {
          if (!from(step)) return result;
          const stateCiphertext = result.stateCiphertext.slice();
          if (stateCiphertext.length > 0) stateCiphertext[stateCiphertext.length - 1]! ^= 0x01;
          return { ...result, stateCiphertext };
        },
      };
    case 'replay-record': {
      // The previous honest result of each session (a session's first result has none to replay).
      const previous = new Map<string, ResultMessage>();
      return {
        ...NO_EXECUTOR_FAULTS,
        beforeResultSent: (step, result) => {
          const before = previous.get(step.sessionId);
          previous.set(step.sessionId, result);
          return from(step) && before !== undefined ? before : result;
        },
      };
    }
  }
}

/** The fault hooks of a requester that misbehaves as `kind`. */
export function misbehavingRequesterFaults(kind: RequesterMisbehaviour): RequesterFaults {
  switch (kind) {
    case 'crash-after-payment':
      return { ...NO_REQUESTER_FAULTS, afterPaymentSent: () => crashNow() };
  }
}
