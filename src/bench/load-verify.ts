/**
 * After a load run: the chain against both stores, channel by channel. For each requester's
 * channel to the executor,
 * - signed: the highest cumulative payment the requester's store says it signed;
 * - stored: the executor store's latest payment on that channel (what it can collect);
 * - collected: what the chain says the executor collected.
 * A payment is lost when the executor holds less than the requester signed (a signed payment it
 * never stored), or the chain shows more collected than the requester ever signed. A channel is
 * uncollected when the chain shows less collected than the executor stored once the settle is over.
 */
import { join } from 'node:path';
import { zeroAddress, type Address } from 'viem';
import { readChannel, type ChainClient } from '../chain/index.js';
import { ExecutorStore } from '../node/executor-store.js';
import { RequesterStore } from '../node/requester-store.js';
import { eachLimited } from './load-ipc.js';

export type ChannelCheck = { index: number; requester: Address; lane: bigint; signed: bigint; stored: bigint; collected: bigint };
export type StoreCheck = { channels: number; lostPayments: number; uncollected: number; signedWei: bigint; collectedWei: bigint; problems: string[] };

/** Reads the requester stores (one folder per index under workDir/requesters). */
export function requesterSigned(workDir: string, count: number): { index: number; requester: Address; channelId: `0x${string}`; lane: bigint; signed: bigint }[] {
  const out: { index: number; requester: Address; channelId: `0x${string}`; lane: bigint; signed: bigint }[] = [];
  for (let index = 0; index < count; index++) {
    const store = new RequesterStore(join(workDir, 'requesters', String(index), 'requester.sqlite'));
    try {
      for (const channel of store.allOpenChannels()) out.push({ index, requester: channel.requester, channelId: channel.channelId, lane: channel.lane, signed: channel.signed });
    } finally {
      store.close();
    }
  }
  return out;
}

/** Chain reads for every channel, a few at a time. */
export async function chainCollected(chain: ChainClient, executor: Address, channels: { requester: Address; lane: bigint }[]): Promise<bigint[]> {
  const collected: bigint[] = [];
  await eachLimited(channels, 32, async (channel, i) => {
    collected[i] = (await readWithRetry(chain, executor, channel)).collected;
  });
  return collected;
}

export async function checkStores(options: { chain: ChainClient; executor: Address; executorDataDir: string; workDir: string; count: number }): Promise<StoreCheck> {
  const signed = requesterSigned(options.workDir, options.count);
  const executorStore = new ExecutorStore(join(options.executorDataDir, 'executor.sqlite'));
  let stored: bigint[];
  try {
    stored = signed.map((channel) => executorStore.latestPayment(channel.channelId)?.amount ?? 0n);
  } finally {
    executorStore.close();
  }
  const collected = await chainCollected(options.chain, options.executor, signed);
  const check: StoreCheck = { channels: signed.length, lostPayments: 0, uncollected: 0, signedWei: 0n, collectedWei: 0n, problems: [] };
  signed.forEach((channel, i) => {
    const row: ChannelCheck = { ...channel, stored: stored[i]!, collected: collected[i]! };
    check.signedWei += row.signed;
    check.collectedWei += row.collected;
    if (row.stored < row.signed || row.collected > row.signed) {
      check.lostPayments += 1;
      if (check.problems.length < 10) check.problems.push(`requester ${row.index} lane ${row.lane}: signed ${row.signed}, executor stored ${row.stored}, chain collected ${row.collected}`);
    } else if (row.collected < row.stored) {
      check.uncollected += 1;
      if (check.problems.length < 10) check.problems.push(`requester ${row.index} lane ${row.lane}: executor stored ${row.stored} but the chain shows ${row.collected} collected`);
    }
  });
  if (check.channels < options.count) check.problems.push(`only ${check.channels} channels in ${options.count} requester stores`);
  return check;
}

/** One channel's state; a devnet under load may answer after the RPC client's timeout, so a few tries. */
export async function readWithRetry(chain: ChainClient, executor: Address, channel: { requester: Address; lane: bigint }): Promise<{ collected: bigint }> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await readChannel(chain, { requester: channel.requester, executor, token: zeroAddress, lane: channel.lane });
    } catch (error) {
      if (attempt >= 5) throw error;
    }
  }
}
