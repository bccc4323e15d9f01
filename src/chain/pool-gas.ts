/**
 * Gas of AirtntPools' own call, from real receipts: a member's first collectPool on a channel (a
 * fresh per-member slot) and a later one (the slot updated), for a pool of 3 members. Part of what
 * `airtnt bench gas` prints; the lanes' open/topUp/refund cost what AirtntChannels' do.
 */
import { randomBytes } from 'node:crypto';
import { keyHashOf } from '../protocol/payment.js';
import { poolAddress, signPoolPayment } from '../protocol/pool-signatures.js';
import { withChannels, type ChainClient } from './client.js';
import { collectPoolPayment } from './collect-pool-payment.js';
import { deployPools } from './deploy-pools.js';
import { openChannel } from './open-channel.js';
import { chainNow } from './time.js';

export type PoolGasReport = {
  /** Deploying AirtntPools (once per chain). */
  creation: number;
  /** A member's first collectPool on a channel (its per-member slot written from zero). */
  collectPoolFirst: number;
  /** A member's later collectPool (its slot updated), bounded by its allocation as every collect is. */
  collectPool: number;
};

export async function measurePoolGas(requester: ChainClient, member: ChainClient): Promise<PoolGasReport> {
  const deployed = await deployPools(requester);
  const payer = withChannels(requester, deployed.address);
  const collector = withChannels(member, deployed.address);
  // The caller is member 0; the two others need no key (only a collecting member sends a transaction).
  const members = [member.account.address, `0x${'11'.repeat(20)}` as const, `0x${'22'.repeat(20)}` as const];
  const opened = await openChannel(payer, { executor: poolAddress(members), lane: 0n, amount: 3_000_000n, expiry: (await chainNow(payer)) + 3_600n });
  const collect = async (amount: bigint): Promise<number> => {
    const key = new Uint8Array(randomBytes(32));
    const signature = await signPoolPayment(payer.account, payer.domain, { channelId: opened.channelId, member: member.account.address, amount, keyHash: keyHashOf(key) });
    return Number((await collectPoolPayment(collector, { ref: opened.ref, members, amount, key, signature })).gasUsed);
  };
  const collectPoolFirst = await collect(400_000n);
  const collectPool = await collect(900_000n);
  return { creation: Number(deployed.gasUsed), collectPoolFirst, collectPool };
}
