/**
 * The collect race (issue 9, case 5): a hostile requester ends many decoy sessions worth 1 wei just
 * before its large session ends, hoping the executor's collects queue up so that the large one lands
 * after expiry (then the requester refunds its deposit and keeps every result). Runs on a devnet with
 * a block every `blockTimeSeconds` (anvil --block-time), against the executor's own collector and
 * store (the code the node runs on session end), with real channels and real payment signatures.
 * Everything measured is read back from the chain: when the large collect landed, which collects
 * the executor sent and the gas they cost. Used by `airtnt bench collect-race` and its test.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeFunctionData, isAddressEqual, zeroAddress, type Hex } from 'viem';
import { chainNow, createChainClient, readChannel, startDevnet, type ChainClient } from '../chain/index.js';
import { airtntChannelsAbi } from '../chain/generated/contracts.js';
import { channelIdOf } from '../chain/ref.js';
import { keyHashOf, signPayment } from '../protocol/payment.js';
import { toHex } from '../util/bytes.js';
import { Collector } from '../node/collector.js';
import { ExecutorStore } from '../node/executor-store.js';

export type CollectRaceOptions = {
  blockTimeSeconds: number;
  /** Decoy sessions ended just before the large one (default 50). */
  decoys: number;
  /** What each decoy session paid (default 1 wei). */
  decoyAmount?: bigint;
  /** What the large session paid (default 1 ETH). */
  largeAmount?: bigint;
  /** The large session ends this many blocks before its channel expires (default 10). */
  dueBlocks?: number;
  log?: (line: string) => void;
};

export type CollectRaceResult = {
  blockTimeSeconds: number;
  decoys: number;
  /** The large payment was collected before its channel expired. */
  largeCollectedInTime: boolean;
  /** Seconds from the end of the large session to its channel's expiry (chain time). */
  secondsToExpiryAtEnd: number;
  /** Chain time of the block holding the large collect, relative to the end of its session, and to expiry (negative: before). */
  largeLandedSecondsAfterEnd: number | null;
  largeLandedSecondsBeforeExpiry: number | null;
  /** Blocks from the end of the large session to its collect. */
  largeLandedBlocksAfterEnd: number | null;
  /** Decoy collects the executor sent (mined), the block of the first one after the end, and what they cost it. */
  decoysSent: number;
  firstDecoyBlocksAfterEnd: number | null;
  decoyGasUsed: string;
  decoyFeesWei: string;
  /** Transactions of the executor per block, at most (several collects per block). */
  maxCollectsPerBlock: number;
  wallSeconds: number;
};

const DEPOSIT_DECOY = 1_000n;

export async function runCollectRace(options: CollectRaceOptions): Promise<CollectRaceResult> {
  const started = Date.now();
  const log = options.log ?? (() => undefined);
  const decoyAmount = options.decoyAmount ?? 1n;
  const largeAmount = options.largeAmount ?? 10n ** 18n;
  const blockTime = options.blockTimeSeconds;
  const dueSeconds = BigInt((options.dueBlocks ?? 10) * blockTime);
  const devnet = await startDevnet({ accountCount: 3, blockTimeSeconds: blockTime });
  const dir = mkdtempSync(join(tmpdir(), 'airtnt-collect-race-'));
  const client = (index: number): ChainClient =>
    createChainClient({ rpcUrl: devnet.rpcUrl, privateKey: devnet.accounts[index]!.privateKey, channels: devnet.channels, chainId: devnet.chainId });
  const requester = client(1);
  const executor = client(2);
  const store = new ExecutorStore(join(dir, 'executor.sqlite'));
  const collector = new Collector({
    chain: executor,
    store,
    activeChannels: new Set(),
    safetySeconds: BigInt(2 * blockTime),
    intervalMs: 250,
    enabled: true,
    confirmBlocks: 3n,
    log,
  });
  try {
    // All channels in one or two blocks: the requester's opens with consecutive nonces, not one per block.
    const setupSeconds = BigInt(6 * blockTime);
    const largeExpiry = (await chainNow(requester)) + setupSeconds + dueSeconds;
    const lanes = options.decoys + 1;
    const large = BigInt(options.decoys);
    const nonce = await requester.public.getTransactionCount({ address: requester.account.address, blockTag: 'pending' });
    const deposits = largeAmount + BigInt(options.decoys) * (decoyAmount > DEPOSIT_DECOY ? decoyAmount : DEPOSIT_DECOY);
    log(`opening ${lanes} channels (${deposits} wei in all)`);
    const hashes = await Promise.all(
      Array.from({ length: lanes }, (_, i) => {
        const lane = BigInt(i);
        const deposit = lane === large ? largeAmount : decoyAmount > DEPOSIT_DECOY ? decoyAmount : DEPOSIT_DECOY;
        // Decoys expire a second before the large channel: a deadline-only order would put them first.
        const expiry = lane === large ? largeExpiry : largeExpiry - 1n;
        return requester.wallet.writeContract({ address: devnet.channels, abi: airtntChannelsAbi, functionName: 'open', args: [executor.account.address, zeroAddress, lane, deposit, expiry], value: deposit, nonce: nonce + i, gas: 200_000n });
      }),
    );
    for (const hash of hashes) await requester.public.waitForTransactionReceipt({ hash, pollingInterval: 100, timeout: 120_000 });
    log(`opened ${lanes} channels`);
    const sessions: Hex[] = [];
    for (let i = 0; i < lanes; i++) {
      const lane = BigInt(i);
      const ref = { requester: requester.account.address, executor: executor.account.address, token: zeroAddress, lane };
      const channelId = channelIdOf(ref, 1n);
      const expiry = lane === large ? largeExpiry : largeExpiry - 1n;
      const sessionId = toHex(new Uint8Array(randomBytes(32)));
      store.insertSession({ sessionId, channelId, requester: ref.requester, token: zeroAddress, lane, rate: 1n, base: 0n, firstRound: 0n }, expiry, Date.now());
      const key = new Uint8Array(randomBytes(32));
      const amount = lane === large ? largeAmount : decoyAmount;
      const terms = { channelId, amount, keyHash: keyHashOf(key) };
      const signature = await signPayment(requester.account, requester.domain, terms);
      store.insertPaymentAndRelease({ channelId, amount, keyHash: terms.keyHash, key, signature, sessionId, round: 0n }, Date.now());
      sessions.push(sessionId);
    }
    // Wait (on chain time) until the large session is due to end: dueSeconds before expiry.
    await until(async () => (await chainNow(requester)) >= largeExpiry - dueSeconds, blockTime * 20_000, 'the end of the large session');
    const endBlock = await requester.public.getBlockNumber({ cacheTime: 0 });
    const endTime = await chainNow(requester);
    // The attack: every decoy session ends, then the large one, each notifying the collector as the node does.
    collector.start();
    for (let i = 0; i < lanes; i++) {
      store.endSession(sessions[i]!, 'closed', { sent: 0, received: 0 }, Date.now());
      void collector.collectChannel(channelIdOf({ requester: requester.account.address, executor: executor.account.address, token: zeroAddress, lane: BigInt(i) }, 1n));
    }
    const largeRef = { requester: requester.account.address, executor: executor.account.address, token: zeroAddress, lane: large };
    let resolvedAt: bigint;
    try {
      resolvedAt = await until(async () => {
        const [channel, now] = await Promise.all([readChannel(executor, largeRef), chainNow(executor)]);
        return channel.collected >= largeAmount || now >= largeExpiry ? now : undefined;
      }, Number(dueSeconds) * 3_000 + 60_000, 'the large collect or its expiry');
      // Until the collector is quiet for two blocks (nothing unmined, nothing new sent), so collects
      // sent after the large one are counted too.
      let quiet = { block: -1n, sends: -1, blocks: 0 };
      await until(async () => {
        const block = await executor.public.getBlockNumber({ cacheTime: 0 });
        if (block === quiet.block) return false;
        const sends = collector.records.allSends().length;
        const idle = sends === quiet.sends && collector.records.openSends().every((s) => s.status !== 'sent');
        quiet = { block, sends, blocks: idle ? quiet.blocks + 1 : 0 };
        return quiet.blocks >= 2;
      }, blockTime * 60_000, 'the collector to be done');
    } finally {
      await collector.stop();
    }
    log(`resolved at chain time ${resolvedAt}`);
    const measured = await executorCollects(executor, endBlock, large);
    const largeBlock = measured.large;
    return {
      blockTimeSeconds: blockTime,
      decoys: options.decoys,
      largeCollectedInTime: largeBlock !== undefined && largeBlock.timestamp < largeExpiry,
      secondsToExpiryAtEnd: Number(largeExpiry - endTime),
      largeLandedSecondsAfterEnd: largeBlock === undefined ? null : Number(largeBlock.timestamp - endTime),
      largeLandedSecondsBeforeExpiry: largeBlock === undefined ? null : Number(largeExpiry - largeBlock.timestamp),
      largeLandedBlocksAfterEnd: largeBlock === undefined ? null : Number(largeBlock.number - endBlock),
      decoysSent: measured.decoysSent,
      firstDecoyBlocksAfterEnd: measured.firstDecoy === undefined ? null : Number(measured.firstDecoy - endBlock),
      decoyGasUsed: measured.decoyGas.toString(),
      decoyFeesWei: measured.decoyFees.toString(),
      maxCollectsPerBlock: measured.maxPerBlock,
      wallSeconds: Math.round((Date.now() - started) / 100) / 10,
    };
  } finally {
    store.close();
    await devnet.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The executor's mined collects since `fromBlock`, read from blocks and receipts. */
async function executorCollects(
  executor: ChainClient,
  fromBlock: bigint,
  largeLane: bigint,
): Promise<{ large: { number: bigint; timestamp: bigint } | undefined; decoysSent: number; firstDecoy: bigint | undefined; decoyGas: bigint; decoyFees: bigint; maxPerBlock: number }> {
  const head = await executor.public.getBlockNumber({ cacheTime: 0 });
  let large: { number: bigint; timestamp: bigint } | undefined;
  let decoysSent = 0;
  let firstDecoy: bigint | undefined;
  let decoyGas = 0n;
  let decoyFees = 0n;
  let maxPerBlock = 0;
  for (let n = fromBlock; n <= head; n++) {
    const block = await executor.public.getBlock({ blockNumber: n, includeTransactions: true });
    const ours = block.transactions.filter((tx) => isAddressEqual(tx.from, executor.account.address));
    maxPerBlock = Math.max(maxPerBlock, ours.length);
    for (const tx of ours) {
      const receipt = await executor.public.getTransactionReceipt({ hash: tx.hash });
      const { functionName, args } = decodeFunctionData({ abi: airtntChannelsAbi, data: tx.input });
      if (functionName !== 'collect' || receipt.status !== 'success') continue;
      const lane = args[2];
      if (lane === largeLane) {
        large ??= { number: block.number, timestamp: block.timestamp };
      } else {
        decoysSent++;
        firstDecoy ??= block.number;
        decoyGas += receipt.gasUsed;
        decoyFees += receipt.gasUsed * receipt.effectiveGasPrice;
      }
    }
  }
  return { large, decoysSent, firstDecoy, decoyGas, decoyFees, maxPerBlock };
}

/** Polls `probe` until it returns a value (not a fixed sleep: it stops as soon as the condition holds). */
async function until<T>(probe: () => Promise<T | undefined | false>, timeoutMs: number, what: string): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
