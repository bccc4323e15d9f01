/**
 * The library facades against a real devnet: a chain client signing with any viem Account or a
 * WalletClient (a JSON-RPC account of anvil: typed data and transactions signed by the node's wallet),
 * and the executor's explicit start()/close() lifecycle.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createWalletClient, http, keccak256, toHex, type Address } from 'viem';
import { privateKeyToAccount, toAccount } from 'viem/accounts';
import { chainNow, createChainClient, openChannel, readChannel, startDevnet, type ChainClient, type Devnet } from '../chain/index.js';
import { keyHashOf, recoverPaymentSigner, signPayment } from '../protocol/payment.js';
import { isAirtntError } from '../util/errors.js';
import { createExecutor } from './executor-client.js';

let devnet: Devnet;
let dir: string;

before(async () => {
  devnet = await startDevnet({ accountCount: 6 });
  dir = mkdtempSync(join(tmpdir(), 'airtnt-library-client-'));
});
after(async () => {
  await devnet?.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** Opens a channel from `client` and signs a payment on it: both must come from the client's signer. */
async function openAndPay(client: ChainClient, lane: bigint): Promise<{ requester: Address; signer: Address }> {
  const expiry = (await chainNow(client)) + 3600n;
  const opened = await openChannel(client, { executor: devnet.accounts[1]!.address, lane, amount: 1_000_000n, expiry });
  const channel = await readChannel(client, opened.ref);
  assert.equal(channel.deposit, 1_000_000n);
  const terms = { channelId: opened.channelId, amount: 1_000n, keyHash: keyHashOf(keccak256(toHex(`key ${lane}`), 'bytes')) };
  const signature = await signPayment(client.account, client.domain, terms);
  return { requester: opened.ref.requester, signer: await recoverPaymentSigner(client.domain, terms, signature) };
}

describe('chain client signers', () => {
  it('a viem custom Account (toAccount around another signer, as a KMS would be) opens channels and signs payments', async () => {
    const inner = privateKeyToAccount(devnet.accounts[2]!.privateKey);
    const custom = toAccount({
      address: inner.address,
      signMessage: (args) => inner.signMessage(args),
      signTransaction: (tx, options) => inner.signTransaction(tx, options),
      signTypedData: (typedData) => inner.signTypedData(typedData),
    });
    const client = createChainClient({ rpcUrl: devnet.rpcUrl, account: custom, channels: devnet.channels, chainId: devnet.chainId });
    assert.equal(client.account.address, inner.address);
    const { requester, signer } = await openAndPay(client, 11n);
    assert.equal(requester, inner.address);
    assert.equal(signer, inner.address);
  });

  it('a WalletClient with a JSON-RPC account (anvil\'s wallet) signs through the wallet, with no private key here', async () => {
    const address = devnet.accounts[3]!.address;
    const walletClient = createWalletClient({ account: address, transport: http(devnet.rpcUrl) });
    assert.equal(walletClient.account.type, 'json-rpc');
    const client = createChainClient({ rpcUrl: devnet.rpcUrl, walletClient, channels: devnet.channels, chainId: devnet.chainId });
    const { requester, signer } = await openAndPay(client, 12n);
    assert.equal(requester, address);
    assert.equal(signer, address);
  });

  it('refuses no signer, two signers, and a WalletClient without an account', () => {
    const base = { rpcUrl: devnet.rpcUrl, channels: devnet.channels };
    const refused = (error: unknown) => isAirtntError(error, 'INVALID_CHAIN_OPTIONS');
    assert.throws(() => createChainClient({ ...base } as never), refused);
    assert.throws(() => createChainClient({ ...base, privateKey: devnet.accounts[2]!.privateKey, account: privateKeyToAccount(devnet.accounts[2]!.privateKey) } as never), refused);
    assert.throws(() => createChainClient({ ...base, walletClient: createWalletClient({ transport: http(devnet.rpcUrl) }) } as never), refused);
    assert.throws(() => createChainClient({ ...base, privateKey: '0x1234' }), (error) => isAirtntError(error, 'INVALID_PRIVATE_KEY') && !String(error.hint).includes('--'));
  });
});

describe('createExecutor', () => {
  it('opens nothing before start(), serves after it, releases the port at close(), and cannot restart', async () => {
    const chain = createChainClient({ rpcUrl: devnet.rpcUrl, privateKey: devnet.accounts[1]!.privateKey, channels: devnet.channels, chainId: devnet.chainId });
    const executor = createExecutor(chain, { enclave: { tee: 'simulated' }, dataDir: join(dir, 'executor'), pricePerCycle: 1_000n, host: '127.0.0.1' });
    assert.equal(executor.running, false);
    assert.equal(executor.address, devnet.accounts[1]!.address);
    assert.throws(() => executor.url, (error) => isAirtntError(error, 'EXECUTOR_NOT_STARTED'));

    const first = executor.start();
    assert.equal(executor.start(), first, 'start() twice is one start');
    await first;
    assert.equal(executor.running, true);
    const url = executor.url;
    const info = (await (await fetch(`${url}/v1/info`)).json()) as { executor?: string };
    assert.equal(info.executor?.toLowerCase(), devnet.accounts[1]!.address.toLowerCase());
    assert.equal(executor.info.executor, executor.address);
    assert.equal(executor.stats().activeSessions, 0);

    await Promise.all([executor.close(), executor.close()]);
    assert.equal(executor.running, false);
    await assert.rejects(fetch(`${url}/v1/info`), 'the port is closed');
    await assert.rejects(executor.start(), (error) => isAirtntError(error, 'EXECUTOR_CLOSED'));
  });
});
