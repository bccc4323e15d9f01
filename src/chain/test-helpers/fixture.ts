/** Shared by the chain tests: a devnet with a requester, an executor and a stranger, and payment signing. */
import { randomBytes } from 'node:crypto';
import type { Hex } from 'viem';
import { keyHashOf, signPayment, type PaymentTerms } from '../../protocol/payment.js';
import { createChainClient, type ChainClient } from '../client.js';
import { startDevnet, type Devnet } from '../devnet.js';

export type Fixture = {
  devnet: Devnet;
  requester: ChainClient;
  executor: ChainClient;
  stranger: ChainClient;
};

export async function startFixture(accountCount = 4): Promise<Fixture> {
  const devnet = await startDevnet({ accountCount });
  const client = (index: number): ChainClient =>
    createChainClient({
      rpcUrl: devnet.rpcUrl,
      privateKey: devnet.accounts[index]!.privateKey,
      channels: devnet.channels,
      chainId: devnet.chainId,
    });
  return { devnet, requester: client(1), executor: client(2), stranger: client(3) };
}

/** A fresh 32-byte round key. */
export function newKey(): Uint8Array {
  return new Uint8Array(randomBytes(32));
}

/** The requester signs Payment(channelId, amount, keccak256(key)) in its client's domain. */
export async function pay(
  requester: ChainClient,
  channelId: Hex,
  amount: bigint,
  key: Uint8Array,
): Promise<{ terms: PaymentTerms; signature: Hex }> {
  const terms = { channelId, amount, keyHash: keyHashOf(key) };
  return { terms, signature: await signPayment(requester.account, requester.domain, terms) };
}
