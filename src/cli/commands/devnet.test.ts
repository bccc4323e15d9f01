import assert from 'node:assert/strict';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { describe, it } from 'node:test';
import { spawnCli } from '../../node/process.js';
import { eventually } from '../../util/eventually.js';

const startCli = (args: string[]) => spawnCli(args);

async function rpc(url: string, method: string, params: unknown[] = []): Promise<unknown> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }),
  });
  return ((await response.json()) as { result: unknown }).result;
}

describe('airtnt devnet and bench gas (real processes)', { concurrency: 2 }, () => {
  it('devnet prints its chain, serves it with the contracts deployed, and stops on SIGTERM', async () => {
    const cli = startCli(['devnet', '--json', '--accounts', '3']);
    try {
      const [line] = (await once(createInterface({ input: cli.stdout! }), 'line')) as [string];
      const devnet = JSON.parse(line) as { rpcUrl: string; chainId: number; channels: string; accounts: { address: string }[] };
      assert.equal(devnet.chainId, 31337);
      assert.equal(devnet.accounts.length, 3);
      assert.equal(await rpc(devnet.rpcUrl, 'eth_chainId'), '0x7a69');
      assert.ok(String(await rpc(devnet.rpcUrl, 'eth_getCode', [devnet.channels, 'latest'])).length > 1000);
      const exited = once(cli, 'exit');
      cli.kill('SIGTERM');
      const [code] = (await exited) as [number | null];
      assert.equal(code, 0);
      await assert.rejects(rpc(devnet.rpcUrl, 'eth_chainId'), 'anvil stopped with the devnet');
    } finally {
      if (cli.exitCode === null) cli.kill('SIGKILL');
    }
  });

  it('devnet --executors 1 serves an executor on its last account; a SIGKILL of the devnet takes the executor and anvil along', async () => {
    const cli = startCli(['devnet', '--json', '--accounts', '3', '--executors', '1']);
    try {
      const [line] = (await once(createInterface({ input: cli.stdout! }), 'line')) as [string];
      const devnet = JSON.parse(line) as { rpcUrl: string; accounts: { address: string }[]; executors: { url: string; address: string; pid: number }[]; requesterAccounts: number[] };
      assert.equal(devnet.executors.length, 1);
      assert.equal(devnet.executors[0]!.address, devnet.accounts[2]!.address);
      assert.deepEqual(devnet.requesterAccounts, [0, 1]);
      const info = (await (await fetch(new URL('/v1/info', devnet.executors[0]!.url))).json()) as { executor: string; modules: { accept: string } };
      assert.equal(info.executor, devnet.accounts[2]!.address);
      assert.equal(info.modules.accept, 'any');
      cli.kill('SIGKILL');
      // The watchdogs poll once a second: wait (bounded) until both are gone.
      const alive = (pid: number) => {
        try {
          process.kill(pid, 0);
          return true;
        } catch {
          return false;
        }
      };
      // Neither is our child, so there is no exit event to wait for: poll until both are gone.
      await eventually(async () => {
        const chainUp = await rpc(devnet.rpcUrl, 'eth_chainId').then(() => true, () => false);
        return alive(devnet.executors[0]!.pid) || chainUp ? undefined : true;
      }, 60_000, 'the executor and anvil to die with the devnet');
      assert.equal(alive(devnet.executors[0]!.pid), false, 'the executor died with the devnet');
    } finally {
      if (cli.exitCode === null) cli.kill('SIGKILL');
    }
  });

  it('devnet --verifiers 10 takes enough accounts without --accounts, deploys AirtntPools, and keeps --json stdout parseable under --verbose', async () => {
    // 10 verifiers, the deployer and a requester: 12 accounts (the default of 10 was refused before).
    const cli = startCli(['devnet', '--json', '--verbose', '--verifiers', '10']);
    let stderr = '';
    cli.stderr!.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
    try {
      const [line] = (await Promise.race([
        once(createInterface({ input: cli.stdout! }), 'line'),
        once(cli, 'exit').then(() => {
          throw new Error(`devnet exited before it printed: ${stderr}`);
        }),
      ])) as [string];
      // anvil's log (--verbose) goes to stderr: the first stdout line is the devnet's JSON.
      const devnet = JSON.parse(line) as { rpcUrl: string; accounts: unknown[]; pools: string; verifiers: unknown[] };
      assert.equal(devnet.accounts.length, 12);
      assert.equal(devnet.verifiers.length, 10);
      assert.match(devnet.pools, /^0x[0-9a-fA-F]{40}$/);
      assert.ok(String(await rpc(devnet.rpcUrl, 'eth_getCode', [devnet.pools, 'latest'])).length > 1000, 'AirtntPools is deployed');
      const exited = once(cli, 'exit');
      cli.kill('SIGTERM');
      await exited;
    } finally {
      if (cli.exitCode === null) cli.kill('SIGKILL');
    }
  });

  it('bench gas --json prints every operation\'s gas, within the targets on reused lanes', async () => {
    const cli = startCli(['bench', 'gas', '--json']);
    let stdout = '';
    cli.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    const [code] = (await once(cli, 'exit')) as [number | null];
    assert.equal(code, 0);
    const report = JSON.parse(stdout) as Record<string, number>;
    for (const key of ['open', 'topUp', 'collect', 'close', 'refund', 'openErc20', 'closeErc20']) {
      assert.ok(Number.isInteger(report[key]) && report[key]! > 21_000, `${key} = ${report[key]}`);
    }
    assert.ok(report.reopen! + report.close! <= 90_000);
    assert.ok(report.reopen! + report.refund! <= 70_000);
  });
});
