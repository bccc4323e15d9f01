/**
 * What the collector says and does while its passes fail (the RPC down, slow or rate-limiting; a node
 * error). Nothing is lost meanwhile: sends are stored and payments stay uncollected until a pass goes
 * through. The failure is said once when it starts (what failed and what waits for the chain), then
 * as a reminder now and then rather than at every pass, and once more when the chain answers again.
 * Timer passes back off, from the polling interval doubling up to a cap, so a rate-limiting RPC is
 * not hammered.
 */

/** Longest pause between timer passes while the chain fails. */
const MAX_RETRY_MS = 15_000;
/** While the chain keeps failing, a reminder of what waits is logged this often. */
const WAIT_REMINDER_MS = 60_000;

export class ChainWait {
  private wait: { since: number; loggedAt: number; retryMs: number } | undefined;
  private retryAt = 0;

  constructor(
    private readonly intervalMs: number,
    private readonly log: (line: string) => void,
  ) {}

  /** False while backing off: the timer skips this pass. */
  due(now = Date.now()): boolean {
    return now >= this.retryAt;
  }

  /** A pass went through: if the chain had been failing, say it answers again. */
  answered(now = Date.now()): void {
    if (this.wait === undefined) return;
    this.log(`collector: the chain answers again after ${Math.round((now - this.wait.since) / 1000)} s of failures; collecting what waited`);
    this.wait = undefined;
    this.retryAt = 0;
  }

  /** A pass failed with `error` (described); `waiting` counts what waits for the chain (read only when logged). */
  failed(error: string, waiting: () => { payments: number; unconfirmed: number }, now = Date.now()): void {
    const cap = Math.max(MAX_RETRY_MS, this.intervalMs);
    const wait = this.wait;
    const retryMs = wait === undefined ? this.intervalMs : Math.min(wait.retryMs * 2, cap);
    this.retryAt = now + retryMs;
    if (wait !== undefined && now - wait.loggedAt < WAIT_REMINDER_MS) {
      this.wait = { ...wait, retryMs };
      return;
    }
    const { payments, unconfirmed } = waiting();
    const since = wait === undefined ? '' : ` for ${Math.round((now - wait.since) / 1000)} s`;
    this.log(
      `collector: waiting for the chain${since} (${error}): ${payments} channel(s) with payments to collect and ${unconfirmed} collect(s) sent and not confirmed wait for it; retrying with backoff up to ${cap / 1000} s`,
    );
    this.wait = { since: wait?.since ?? now, loggedAt: now, retryMs };
  }
}
