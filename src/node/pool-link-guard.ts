/**
 * Bounds on the pool links a standby takes at /v1/pool, so that no peer holds the node's connection
 * slots (shared with /v1/session, connection-limits.ts) for longer than a session it is part of:
 *
 *   - a link must carry its first frame within POOL_LINK_PRE_OPEN_MS, and one at least every
 *     POOL_LINK_IDLE_MS after that (replicas come every round);
 *   - its first frame binds it to one session; a frame of another session ends it;
 *   - a session has at most MAX_POOL_LINKS_PER_SESSION links at once (one per other member: the
 *     executor of each view links once);
 *   - when the session ends on this member (its requester's connection closed), its links are closed.
 *
 * Each refusal ends the link with an error frame (POOL_LINK_REFUSED) and close code 1008, as any bad
 * frame does (pool-link.ts); nothing the enclave holds is touched.
 */
import type { WebSocket } from 'ws';
import { toHex } from '../util/bytes.js';
import { AirtntError } from '../util/errors.js';
import { PoolLink, type PoolLinkHandlers } from './pool-link.js';

/** As long as a session connection has to send its `open` (executor-connection.ts). */
export const POOL_LINK_PRE_OPEN_MS = 3_000;
/**
 * A pool link silent this long is closed. The executor replicates every round, and a round runs for
 * at most --max-round-ms (10 s by default) plus the requester's payment (its idle limit, 30 s by
 * default, ends the session on the executor first): twice that, so an honest link never meets it.
 */
export const POOL_LINK_IDLE_MS = 80_000;
/** A pool has at most 8 members: the others' links to this one. */
export const MAX_POOL_LINKS_PER_SESSION = 7;

type Guarded = { link?: PoolLink; session?: string; timer?: NodeJS.Timeout };

export class PoolLinkGuard {
  readonly #bySession = new Map<string, Set<Guarded>>();

  constructor(private readonly limits: { preOpenMs: number; idleMs: number } = { preOpenMs: POOL_LINK_PRE_OPEN_MS, idleMs: POOL_LINK_IDLE_MS }) {}

  /** Takes an accepted WebSocket as a pool link whose frames go to `handlers` within the bounds above. */
  guard(ws: WebSocket, handlers: PoolLinkHandlers): PoolLink {
    const guarded: Guarded = {};
    const refuse = (reason: string) => {
      guarded.link?.refuse(new AirtntError('POOL_LINK_REFUSED', reason, { details: { session: guarded.session ?? null } }));
    };
    const arm = (ms: number, reason: string) => {
      clearTimeout(guarded.timer);
      guarded.timer = setTimeout(() => refuse(reason), ms);
    };
    const link = new PoolLink(ws, {
      ...handlers,
      onFrame: (frame, self) => {
        if ('sessionId' in frame) this.#bind(guarded, toHex(frame.sessionId));
        arm(this.limits.idleMs, `the pool link was silent for ${this.limits.idleMs} ms`);
        return handlers.onFrame(frame, self);
      },
      onClose: (code, reason) => {
        clearTimeout(guarded.timer);
        if (guarded.session !== undefined) this.#unbind(guarded);
        handlers.onClose?.(code, reason);
      },
    });
    guarded.link = link;
    arm(this.limits.preOpenMs, `the pool link sent no frame within ${this.limits.preOpenMs} ms`);
    return link;
  }

  /** Closes every link bound to `sessionId` (the session ended on this member). */
  endSession(sessionId: Uint8Array): void {
    const links = this.#bySession.get(toHex(sessionId));
    if (links === undefined) return;
    this.#bySession.delete(toHex(sessionId));
    for (const guarded of links) {
      clearTimeout(guarded.timer);
      guarded.session = undefined;
      guarded.link?.close(1000, 'session ended');
    }
  }

  /** Links currently bound to a session (for tests and metrics). */
  linksOf(sessionId: Uint8Array): number {
    return this.#bySession.get(toHex(sessionId))?.size ?? 0;
  }

  #bind(guarded: Guarded, session: string): void {
    if (guarded.session === session) return;
    if (guarded.session !== undefined) {
      throw new AirtntError('POOL_LINK_REFUSED', 'a pool link carries the frames of one session', { details: { session: guarded.session, got: session } });
    }
    const links = this.#bySession.get(session) ?? new Set<Guarded>();
    if (links.size >= MAX_POOL_LINKS_PER_SESSION) {
      throw new AirtntError('POOL_LINK_REFUSED', `session ${session.slice(0, 10)} already has ${links.size} pool links`, { details: { session, limit: MAX_POOL_LINKS_PER_SESSION } });
    }
    links.add(guarded);
    this.#bySession.set(session, links);
    guarded.session = session;
  }

  #unbind(guarded: Guarded): void {
    const links = this.#bySession.get(guarded.session!);
    links?.delete(guarded);
    if (links?.size === 0) this.#bySession.delete(guarded.session!);
    guarded.session = undefined;
  }
}
