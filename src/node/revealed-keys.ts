/**
 * Chain reads of the requester's session: a key that the executor withheld shows on-chain in the
 * Collected or Closed event of its collect, checked against the key hash the requester signed.
 */
import type { Hex } from 'viem';
import { findRevealedKeys } from '../chain/index.js';
import { checkKey } from '../protocol/requester-session.js';
import { AirtntError } from '../util/errors.js';
import type { RoundOutcome, SessionContext } from './session-context.js';

/** The round was completed with k taken from the chain: the executor misbehaved, move on. */
export class KeyFromChainError extends AirtntError {
  constructor(
    readonly outcome: RoundOutcome,
    cause: unknown,
  ) {
    super('KEY_TAKEN_FROM_CHAIN', 'the executor withheld the key; it was taken from the chain', { details: { round: String(outcome.round) }, cause });
  }
}

/**
 * After the executor did not send the key of a paid round (`why`): watches the chain for it for
 * keyFromChainMs, from the channel's open block. KEY_WITHHELD if it does not appear (recover() keeps
 * trying later).
 */
export async function keyFromChain(
  ctx: Pick<SessionContext, 'chain' | 'store' | 'timeouts' | 'log'>,
  executorUrl: string,
  paid: { round: bigint; channelId: Hex; keyHash: Hex },
  why: unknown,
): Promise<Uint8Array> {
  ctx.log(`no key from ${executorUrl} for round ${paid.round}: ${(why as Error).message.split('\n')[0]}; watching the chain`);
  const fromBlock = ctx.store.channel(paid.channelId)?.openedBlock;
  const key = await waitForRevealedKey(ctx, paid.channelId, paid.keyHash, ctx.timeouts.keyFromChainMs, fromBlock);
  if (key === undefined) {
    throw new AirtntError('KEY_WITHHELD', 'the executor was paid but did not release the key, and it is not on-chain yet', {
      details: { round: paid.round, channelId: paid.channelId },
      hint: 'the key appears on-chain when the executor collects; otherwise refund after expiry (Requester.recover)',
      cause: why,
    });
  }
  return key;
}

/** Polls Collected/Closed events of a channel (from `fromBlock`, its open block when known) for the key of `keyHash`. */
export async function waitForRevealedKey(
  ctx: Pick<SessionContext, 'chain' | 'timeouts'>,
  channelId: Hex,
  keyHash: Hex,
  waitMs: number,
  fromBlock?: bigint,
): Promise<Uint8Array | undefined> {
  const deadline = Date.now() + waitMs;
  for (;;) {
    try {
      const revealed = await findRevealedKeys(ctx.chain, { channelId, ...(fromBlock === undefined ? {} : { fromBlock }) });
      const match = revealed.find((r) => r.keyHash.toLowerCase() === keyHash.toLowerCase());
      if (match !== undefined) {
        checkKey(match.key, keyHash);
        return match.key;
      }
    } catch {
      // The RPC may be briefly unavailable: keep polling until the deadline.
    }
    if (Date.now() >= deadline) return undefined;
    await new Promise((resolve) => setTimeout(resolve, ctx.timeouts.chainPollMs));
  }
}
