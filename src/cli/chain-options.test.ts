import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Command } from 'commander';
import { readChannel } from '../chain/read-channel.js';
import { startDevnet, type Devnet } from '../chain/devnet.js';
import { isAirtntError } from '../util/errors.js';
import { addChainOptions, resolveChain } from './chain-options.js';

let devnet: Devnet;
before(async () => {
  devnet = await startDevnet({ accountCount: 2 });
});
after(async () => {
  await devnet?.stop();
});

describe('chain options', () => {
  it('parses --rpc-url, --private-key and --channels', () => {
    const command = addChainOptions(new Command('x')).exitOverride();
    command.parse(['--rpc-url', 'http://127.0.0.1:1', '--private-key', '0xab', '--channels', '0x01'], { from: 'user' });
    assert.deepEqual(command.opts(), { rpcUrl: 'http://127.0.0.1:1', privateKey: '0xab', channels: '0x01' });
  });

  it('refuses malformed or incomplete options before touching a chain', async () => {
    const key = devnet.accounts[0]!.privateKey;
    const cases: [Record<string, string>, string][] = [
      [{ rpcUrl: 'ftp://x', privateKey: key, channels: devnet.channels }, 'INVALID_CHAIN_OPTIONS'],
      [{ rpcUrl: devnet.rpcUrl, privateKey: '0x1234', channels: devnet.channels }, 'INVALID_CHAIN_OPTIONS'],
      [{ rpcUrl: devnet.rpcUrl, channels: devnet.channels }, 'INVALID_CHAIN_OPTIONS'],
      [{ rpcUrl: devnet.rpcUrl, privateKey: key }, 'CHANNELS_NOT_SET'],
      [{ channels: devnet.channels }, 'INVALID_CHAIN_OPTIONS'],
    ];
    for (const [options, code] of cases) {
      await assert.rejects(resolveChain(options), (e) => isAirtntError(e, code), JSON.stringify(options));
    }
  });

  it('connects to a given chain, asking it for its chain id', async () => {
    const { client, devnet: embedded } = await resolveChain({
      rpcUrl: devnet.rpcUrl,
      privateKey: devnet.accounts[1]!.privateKey,
      channels: devnet.channels,
    });
    assert.equal(embedded, undefined);
    assert.equal(client.account.address, devnet.accounts[1]!.address);
    assert.deepEqual(client.domain, { chainId: 31337, verifyingContract: devnet.channels });
    const state = await readChannel(client, { requester: client.account.address, executor: devnet.accounts[0]!.address, token: devnet.token, lane: 0n });
    assert.equal(state.isOpen, false);
  });
});
