/**
 * Bounded polling for tests and devnet tooling: wait for a condition seen from outside (a process gone,
 * a chain state), never a fixed sleep. Its own module, with no imports, so that a test needing only
 * this does not load the chain client and the requester (node/testing.ts re-exports it).
 */

/** Polls `check` until it returns a value other than undefined, or fails after `timeoutMs`. */
export async function eventually<T>(check: () => Promise<T | undefined>, timeoutMs: number, what: string, pollMs = 100): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}

/** Polls `condition` until it holds; fails naming `what` after `timeoutMs` (a generous bound, never a fixed sleep). */
export async function waitUntil(condition: () => boolean | Promise<boolean>, what: string, timeoutMs = 60_000, pollMs = 25): Promise<void> {
  await eventually(async () => ((await condition()) ? true : undefined), timeoutMs, `${what} (not seen within ${timeoutMs} ms)`, pollMs);
}
