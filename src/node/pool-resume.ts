/**
 * A restarted requester resumes a pool run in the view it stored (requester-pool-store.ts): the members
 * of the run's last pool session, in pool order from the member executing the stored view. That member
 * executes again if it answers; each one before the first that answers counts as a view change (the
 * next member in order, as PoolSessionParts.failover picks it). Members that do not answer are left
 * out of the resumed session. The members' enclaves ended the old session with its sockets, so the
 * resumed view runs as a new session on the same members from the run's last keyed round: the rounds
 * paid before are never run or paid again (the run waits for any paid round's key first:
 * outstanding-payments.ts with the pool key source, pool-keys.ts).
 */
import { isAddressEqual, type Address } from 'viem';
import { withChannels, type ChainClient } from '../chain/client.js';
import { AirtntError } from '../util/errors.js';
import { PoolSessionParts, POOL_SILENCE_MS } from './pool-session-parts.js';
import type { PoolSessionRow } from './requester-pool-store.js';
import type { VerifiedExecutor } from './verify-executor.js';

export type ResumedPool = { pool: PoolSessionParts; executor: VerifiedExecutor; storedView: number; view: number };

/** The members of `stored` in pool order starting at the member executing its view. */
export function membersFromView(stored: Pick<PoolSessionRow, 'members' | 'executorIndex'>): string[] {
  const { members, executorIndex } = stored;
  return members.map((_, i) => members[(executorIndex + i) % members.length]!.url);
}

/** Whether a run's stored pool session is one `options` would resume (the same AirtntPools contract). */
export function resumesStored(stored: PoolSessionRow | undefined, contract: Address): stored is PoolSessionRow {
  return stored !== undefined && isAddressEqual(stored.contract, contract);
}

/**
 * Verifies the stored members from the stored view's executor on and builds the resumed pool. Each
 * member is verified as a single executor is (`verify`); a member that answers with another payee
 * than the one stored is not the member the run paid, and is left out too.
 */
export async function resumePool(
  chain: ChainClient,
  stored: PoolSessionRow,
  options: { ackCount?: number; silenceMs?: number; standbySilenceMs?: number },
  verify: (url: string) => Promise<VerifiedExecutor>,
  connectMs: number,
  log: (line: string) => void,
): Promise<ResumedPool> {
  const order = membersFromView(stored);
  const alive: VerifiedExecutor[] = [];
  let skipped = 0;
  const failures: { url: string; code: string }[] = [];
  for (const url of order) {
    const payee = stored.members.find((member) => member.url === url)!.payee;
    try {
      const member = await verify(url);
      if (!isAddressEqual(member.info.executor, payee)) throw new AirtntError('POOL_MEMBERS_INVALID', `${url} is now ${member.info.executor}, not the stored member ${payee}`, { details: { url, payee, now: member.info.executor } });
      alive.push(member);
    } catch (error) {
      failures.push({ url, code: error instanceof AirtntError ? error.code : 'INTERNAL_ERROR' });
      // The view's executor (or the one named after it) is gone: the next member executes the next view.
      if (alive.length === 0) skipped += 1;
    }
  }
  if (alive.length === 0) {
    throw new AirtntError('POOL_NO_MEMBER_LEFT', `no member of the stored pool answers (view ${stored.view}: ${order.join(', ')})`, { details: { view: stored.view, failures } });
  }
  const view = stored.view + skipped;
  log(`pool run resumed in view ${view} on ${alive[0]!.url}${skipped > 0 ? ` (the stored view ${stored.view}'s executor does not answer)` : ''}, members ${alive.map((m) => m.url).join(', ')}`);
  const ackCount = Math.min(options.ackCount ?? stored.ackCount, alive.length - 1);
  const silenceMs = options.silenceMs ?? POOL_SILENCE_MS;
  const pool = new PoolSessionParts(alive, withChannels(chain, stored.contract), ackCount, connectMs, silenceMs, options.standbySilenceMs ?? silenceMs, log);
  pool.firstView = view;
  return { pool, executor: alive[0]!, storedView: stored.view, view };
}
