/**
 * Test-only behaviour switches, so that tests can run the real executor and requester processes
 * misbehaving. Honoured only when AIRTNT_TEST=1 is also set (scripts/test.mjs sets it); anywhere
 * else they are ignored, so a stray environment variable cannot make a production node cheat.
 *
 *   AIRTNT_TEST_MISBEHAVE=withhold-key             executor never sends k (but collects, revealing it)
 *   AIRTNT_TEST_MISBEHAVE=withhold-key-no-collect  executor never sends k and never collects
 *   AIRTNT_TEST_MISBEHAVE=tamper-record            executor flips a byte of the state ciphertext
 *   AIRTNT_TEST_MISBEHAVE=replay-record            executor resends the previous round's result
 *   AIRTNT_TEST_MISBEHAVE=crash-after-payment      executor SIGKILLs itself once a payment is stored
 *   AIRTNT_TEST_REQUESTER_CRASH=after-payment      requester SIGKILLs itself right after sending a payment
 * AIRTNT_TEST_MISBEHAVE_FROM_ROUND=N makes an executor behave until round N (default 0: from the start).
 */
import { AirtntError } from '../util/errors.js';

export const EXECUTOR_MISBEHAVIOURS = [
  'withhold-key',
  'withhold-key-no-collect',
  'tamper-record',
  'replay-record',
  'crash-after-payment',
] as const;
export type ExecutorMisbehaviour = (typeof EXECUTOR_MISBEHAVIOURS)[number];

export type MisbehaviourSwitch = { kind: ExecutorMisbehaviour; fromRound: bigint };

export function testMode(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.AIRTNT_TEST === '1';
}

export function executorMisbehaviour(env: NodeJS.ProcessEnv = process.env): MisbehaviourSwitch | undefined {
  const kind = env.AIRTNT_TEST_MISBEHAVE;
  if (!testMode(env) || kind === undefined || kind === '') return undefined;
  if (!(EXECUTOR_MISBEHAVIOURS as readonly string[]).includes(kind)) {
    throw new AirtntError('INVALID_TEST_SWITCH', `unknown AIRTNT_TEST_MISBEHAVE "${kind}"`, {
      details: { known: EXECUTOR_MISBEHAVIOURS },
    });
  }
  const fromRound = BigInt(env.AIRTNT_TEST_MISBEHAVE_FROM_ROUND ?? '0');
  return { kind: kind as ExecutorMisbehaviour, fromRound };
}

export function requesterCrashAfterPayment(env: NodeJS.ProcessEnv = process.env): boolean {
  return testMode(env) && env.AIRTNT_TEST_REQUESTER_CRASH === 'after-payment';
}

/** Ends this process the way kill -9 would: no exit handlers, no flushing. */
export function crashNow(): never {
  process.kill(process.pid, 'SIGKILL');
  throw new Error('unreachable: SIGKILL did not end the process');
}
