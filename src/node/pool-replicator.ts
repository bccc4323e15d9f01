/**
 * The executor's side of replication (docs/protocol.md, "Each round: replicate, ack, then result"):
 * one pool link per standby, the pool key handed over once, then each round's replica sent to every
 * standby, and the result held back until `ackCount` distinct standbys acked this view and round with
 * valid enclave signatures (pool-rules.ts checkPoolAcks), or POOL_ACKS_MISSING after `ackTimeoutMs`.
 * A standby whose link ends (it refused the replica, or died) stops the wait as soon as too few are
 * left to ack. Only the round being replicated is waited for: an ack of anything else is dropped, so what is kept
 * per standby is bounded by one ack.
 */
import { NODE_PRIMITIVES } from '../crypto/node-primitives.js';
import type { SealedPoolKey, SealedReplica } from '../enclave/pool-member.js';
import { checkPoolAcks, type PoolAck, type PoolMember } from '../protocol/pool-rules.js';
import type { ReplicatedPayment } from '../protocol/pool-wire.js';
import { equalBytes } from '../util/bytes.js';
import { AirtntError } from '../util/errors.js';
import { connectPoolLink, type PoolLink } from './pool-link.js';

export const DEFAULT_ACK_TIMEOUT_MS = 5_000;

type Waiting = { round: bigint; view: number; keyHash: Uint8Array; acks: Map<number, Uint8Array>; settle: () => void };

export class PoolReplicator {
  #waiting: Waiting | undefined;

  private constructor(
    private readonly sessionId: Uint8Array,
    private readonly executorIndex: number,
    private readonly members: readonly PoolMember[],
    private readonly ackCount: number,
    private readonly ackTimeoutMs: number,
    private readonly links: Map<number, PoolLink>,
  ) {}

  /** Links to every standby (index -> pool link URL); a standby that cannot be reached is left out (it cannot ack). */
  static async connect(options: {
    sessionId: Uint8Array;
    /** This executor's index in the pool (the current view's executor). */
    executorIndex: number;
    members: readonly PoolMember[];
    standbys: ReadonlyMap<number, string>;
    ackCount: number;
    ackTimeoutMs?: number;
    log?: (line: string) => void;
  }): Promise<PoolReplicator> {
    const links = new Map<number, PoolLink>();
    const replicator = new PoolReplicator(options.sessionId, options.executorIndex, options.members, options.ackCount, options.ackTimeoutMs ?? DEFAULT_ACK_TIMEOUT_MS, links);
    await Promise.all(
      [...options.standbys].map(async ([index, url]) => {
        try {
          const link = await connectPoolLink(url, {
            onFrame: (frame) => {
              if (frame.kind === 'ack' && equalBytes(frame.sessionId, options.sessionId)) replicator.#onAck(index, frame);
              return undefined;
            },
            onClose: () => {
              links.delete(index);
              replicator.#onLinkLost();
            },
            ...(options.log === undefined ? {} : { log: options.log }),
          });
          links.set(index, link);
        } catch (error) {
          options.log?.(`pool: standby ${index} at ${url} not reached: ${(error as Error).message}`);
        }
      }),
    );
    return replicator;
  }

  /** The standbys this executor can still replicate to. */
  get reachable(): number[] {
    return [...this.links.keys()].sort((a, b) => a - b);
  }

  /**
   * Whether every linked standby speaks pool link 2, so a round may be replicated ahead of the payment
   * of the round before it (carrying the payment of the round two before, its round named).
   */
  get canReplicateAhead(): boolean {
    return this.links.size > 0 && [...this.links.values()].every((link) => link.version === 2);
  }

  /** Sends each standby its sealed pool key (before the first replica, on the same ordered link). */
  handOverPoolKeys(keys: readonly SealedPoolKey[]): void {
    for (const key of keys) this.links.get(key.index)?.send({ kind: 'poolKey', sessionId: this.sessionId, sealedPoolKey: key.sealedPoolKey, signature: key.signature });
  }

  /**
   * Sends round `round`'s replica to every standby and resolves with the acks once `ackCount` valid
   * ones arrived; POOL_ACKS_MISSING when they do not within the timeout (the result is then not released).
   */
  async replicate(round: bigint, replica: SealedReplica, lastPayment: ReplicatedPayment | undefined): Promise<PoolAck[]> {
    if (this.#waiting !== undefined) throw new AirtntError('SESSION_BUSY', `round ${this.#waiting.round} is still being replicated`);
    let settle!: () => void;
    const settled = new Promise<void>((resolve) => (settle = resolve));
    const waiting: Waiting = { round, view: replica.view, keyHash: replica.keyHash, acks: new Map(), settle };
    this.#waiting = waiting;
    let timer: NodeJS.Timeout | undefined;
    try {
      // A link of version 1 takes the payment of the round before only, without its round named.
      const unnamed = lastPayment === undefined ? undefined : { amount: lastPayment.amount, signature: lastPayment.signature };
      const ahead = lastPayment?.round !== undefined && lastPayment.round !== round - 1n;
      if (ahead && [...this.links.values()].some((link) => link.version === 1)) {
        throw new AirtntError('INTERNAL_ERROR', `round ${round} replicated with the payment of round ${lastPayment.round} to a standby of pool link 1`);
      }
      for (const link of this.links.values()) {
        link.send({ kind: 'replicate', sessionId: this.sessionId, view: replica.view, round, keyHash: replica.keyHash, ciphertext: replica.ciphertext, lastPayment: link.version === 2 ? lastPayment : unnamed });
      }
      // Too few standbys linked to ever reach ackCount: no wait.
      if (this.ackCount > 0 && this.links.size >= this.ackCount) {
        await Promise.race([settled, new Promise<void>((resolve) => (timer = setTimeout(resolve, this.ackTimeoutMs)))]);
      }
      const acks = [...waiting.acks].map(([index, signature]) => ({ index, signature }));
      checkPoolAcks({ acked: { sessionId: this.sessionId, view: replica.view, round, keyHash: replica.keyHash }, acks, members: this.members, executorIndex: this.executorIndex, ackCount: this.ackCount }, NODE_PRIMITIVES);
      return acks;
    } finally {
      clearTimeout(timer);
      this.#waiting = undefined;
    }
  }

  close(): void {
    for (const link of this.links.values()) link.close(1000, 'session done');
    this.links.clear();
  }

  /** A standby gone (or refusing: its link ends) cannot ack: stop waiting once too few are left. */
  #onLinkLost(): void {
    const waiting = this.#waiting;
    if (waiting !== undefined && waiting.acks.size + [...this.links.keys()].filter((index) => !waiting.acks.has(index)).length < this.ackCount) waiting.settle();
  }

  #onAck(index: number, frame: { view: number; round: bigint; keyHash: Uint8Array; signature: Uint8Array }): void {
    const waiting = this.#waiting;
    if (waiting === undefined || frame.round !== waiting.round || frame.view !== waiting.view || !equalBytes(frame.keyHash, waiting.keyHash)) return;
    // Checked here so a forged ack does not count towards the wait; checkPoolAcks checks them all again.
    try {
      checkPoolAcks({ acked: { sessionId: this.sessionId, view: waiting.view, round: waiting.round, keyHash: waiting.keyHash }, acks: [{ index, signature: frame.signature }], members: this.members, executorIndex: this.executorIndex, ackCount: 1 }, NODE_PRIMITIVES);
    } catch {
      return;
    }
    waiting.acks.set(index, frame.signature);
    if (waiting.acks.size >= this.ackCount) waiting.settle();
  }
}
