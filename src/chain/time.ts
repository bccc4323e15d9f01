/** Chain time: what expiries are compared against (block.timestamp), not the local clock. */
import { createTestClient, http } from 'viem';
import type { ChainClient } from './client.js';
import { toChainError } from './errors.js';

/** The timestamp of the latest block, in seconds. */
export async function chainNow(client: ChainClient): Promise<bigint> {
  try {
    return (await client.public.getBlock({ blockTag: 'latest' })).timestamp;
  } catch (error) {
    throw toChainError(error, 'chainNow');
  }
}

/** anvil only: moves chain time forward by `seconds` and mines a block at the new time. */
export async function increaseTime(target: { rpcUrl: string } | string, seconds: number | bigint): Promise<void> {
  const rpcUrl = typeof target === 'string' ? target : target.rpcUrl;
  const test = createTestClient({ mode: 'anvil', transport: http(rpcUrl, { retryCount: 0 }) });
  try {
    await test.increaseTime({ seconds: Number(seconds) });
    await test.mine({ blocks: 1 });
  } catch (error) {
    throw toChainError(error, 'increaseTime');
  }
}
