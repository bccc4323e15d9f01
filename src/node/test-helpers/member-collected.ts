/**
 * Waits for a pool member's own collector to collect on a channel: polls the chain's memberCollected
 * (each poll a chain read, no fixed sleep standing in for an event) until it is `expected`, failing
 * with what it last read after `ms`.
 */
import assert from 'node:assert/strict';
import type { Address, Hex } from 'viem';
import type { ChainClient } from '../../chain/client.js';
import { readMemberCollected } from '../../chain/read-member-collected.js';

export async function memberCollects(pools: ChainClient, channelId: Hex, member: Address, expected: bigint, ms = 180_000): Promise<bigint> {
  const deadline = Date.now() + ms;
  for (;;) {
    const collected = await readMemberCollected(pools, channelId, member);
    if (collected === expected) return collected;
    if (collected > expected || Date.now() > deadline) assert.fail(`member ${member} collected ${collected} on channel ${channelId.slice(0, 10)}, expected ${expected}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
