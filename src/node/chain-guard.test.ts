/**
 * An executor store belongs to the chain it was made on. Two anvil devnets, the second started on the
 * first's port once the first stopped (a restarted devnet: same URL, chain id, contract address and
 * code, another genesis): the collector, whose RPC failed and answers again, checks the chain and
 * sends nothing there, saying what changed; an executor started on it with the old data directory is
 * refused; and a channels address whose code went away is caught too.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createTestClient, http, zeroAddress } from 'viem';
import { chainNow, createChainClient, openChannel, startDevnet, type ChainClient, type Devnet } from '../chain/index.js';
import { newKey, pay } from '../chain/test-helpers/fixture.js';
import { createEnclave, type EnclaveHandle } from '../enclave/index.js';
import { keyHashOf } from '../protocol/payment.js';
import { createTeeProvider } from '../tee/index.js';
import { toHex } from '../util/bytes.js';
import { isAirtntError } from '../util/errors.js';
import { ChainGuard } from './chain-guard.js';
import { Collector } from './collector.js';
import { startExecutorNode } from './executor.js';
import { ExecutorStore } from './executor-store.js';
import { waitUntil } from './testing.js';

let first: Devnet | undefined;
let second: Devnet | undefined;
let enclave: EnclaveHandle;
let dir: string;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'airtnt-chain-guard-'));
  enclave = await createEnclave({ tee: await createTeeProvider('simulated') });
});
after(async () => {
  await first?.stop();
  await second?.stop();
  await enclave?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const clientOf = (devnet: Devnet, index: number): ChainClient =>
  createChainClient({ rpcUrl: devnet.rpcUrl, privateKey: devnet.accounts[index]!.privateKey, channels: devnet.channels, chainId: devnet.chainId });
const replaced = (pattern: RegExp) => (error: unknown) => isAirtntError(error, 'CHAIN_REPLACED') && pattern.test(error.message) && /cannot be collected/.test(error.hint ?? '');

describe('chain guard', () => {
  it('a restarted devnet on the same URL: the collector sends nothing there and says what changed; the executor refuses to start on it', async () => {
    first = await startDevnet({ accountCount: 3 });
    const port = Number(new URL(first.rpcUrl).port);
    const executor = clientOf(first, 2);
    const requester = clientOf(first, 1);
    const dataDir = join(dir, 'executor');
    mkdirSync(dataDir);
    const store = new ExecutorStore(join(dataDir, 'executor.sqlite'));
    const guard = new ChainGuard(store.db, executor);
    await guard.check();
    assert.equal(guard.recorded()?.chainId, first.chainId, 'recorded on first start');
    await guard.check();

    const logs: string[] = [];
    const collector = new Collector({ chain: executor, store, activeChannels: new Set(), safetySeconds: 60n, intervalMs: 60_000, enabled: true, blockTimeSeconds: 1, log: (line) => logs.push(line), checkChain: () => guard.check() });
    try {
      await collector.sweep();
      // A payment on a channel of the first chain, not yet collected.
      const opened = await openChannel(requester, { executor: executor.account.address, lane: 0n, amount: 10n ** 18n, expiry: (await chainNow(requester)) + 3600n });
      const sessionId = toHex(new Uint8Array(32).fill(9));
      store.insertSession({ sessionId, channelId: opened.channelId, requester: requester.account.address, token: zeroAddress, lane: 0n, rate: 1n, base: 0n, firstRound: 0n }, opened.expiry, Date.now());
      const key = newKey();
      const { signature } = await pay(requester, opened.channelId, 10n ** 15n, key);
      store.insertPaymentAndRelease({ channelId: opened.channelId, amount: 10n ** 15n, keyHash: keyHashOf(key), key, signature, sessionId, round: 0n }, Date.now());
      const genesis = (await requester.public.getBlock({ blockNumber: 0n })).timestamp;

      // The devnet goes down (the collector's pass fails) and comes back as a new chain on the same port.
      await first.stop();
      first = undefined;
      await collector.sweep();
      assert.ok(logs.some((line) => line.includes('waiting for the chain')), 'the failed pass was said');
      // A different genesis timestamp, so a different genesis hash.
      await waitUntil(() => BigInt(Math.floor(Date.now() / 1000)) > genesis, 'the clock to pass the first genesis second', 10_000);
      second = await startDevnet({ accountCount: 3, port });
      assert.equal(second.channels.toLowerCase(), executor.channels.toLowerCase(), 'the same contract address');
      await collector.sweep();
      const said = logs.find((line) => line.includes('CHAIN_REPLACED') || line.includes('not the one this executor store was made on'));
      assert.ok(said !== undefined, `the replaced chain is said: ${logs.join('\n')}`);
      assert.match(said, /genesis block 0x[0-9a-f]{64} became 0x[0-9a-f]{64}/);
      assert.deepEqual(collector.records.allSends(), [], 'nothing sent to the other chain');
      assert.equal(store.uncollectedChannels().length, 1, 'the payment stays in the store, uncollected');
    } finally {
      await collector.stop();
      store.close();
    }

    await assert.rejects(
      startExecutorNode({ chain: clientOf(second, 2), enclave, dataDir, pricePerCycle: 1n, functions: [] }),
      replaced(/genesis block/),
    );
  });

  it('refuses a channels address whose code changed or went away', async () => {
    second ??= await startDevnet({ accountCount: 3 });
    const store = new ExecutorStore(join(dir, 'code.sqlite'));
    try {
      const guard = new ChainGuard(store.db, clientOf(second, 2));
      await guard.check();
      const anvil = createTestClient({ mode: 'anvil', transport: http(second.rpcUrl, { retryCount: 0 }) });
      await anvil.setCode({ address: second.channels, bytecode: '0x6000' });
      await assert.rejects(guard.check(), replaced(/code at the channels contract .* changed/));
      await anvil.setCode({ address: second.channels, bytecode: '0x' });
      await assert.rejects(guard.check(), replaced(/has no code any more/));
    } finally {
      store.close();
    }
  });
});
