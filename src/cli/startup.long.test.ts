/**
 * How the CLI starts and refuses to start, as real processes: no implicit chain when executors or a
 * store are named, a chain told apart by its genesis hash, startup failures that exit promptly with
 * what to do, one process per data directory, anvil gone with a SIGKILLed parent, --out checked
 * before any money moves, and the store found from any folder.
 */
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { after, before, describe, it } from 'node:test';
import { startDevnet, type Devnet } from '../chain/devnet.js';
import { runCli, spawnCli as spawnAirtnt, startExecutorProcess } from '../node/process.js';
import { eventually } from '../node/testing.js';

let dir: string;
let devnet: Devnet;
let other: Devnet;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'airtnt-startup-'));
  devnet = await startDevnet({ accountCount: 3 });
  // anvil's genesis block differs by its timestamp (seconds): start the other chain a second later.
  const second = Math.floor(Date.now() / 1000);
  while (Math.floor(Date.now() / 1000) === second) await new Promise((resolve) => setImmediate(resolve));
  other = await startDevnet({ accountCount: 2 });
});
after(async () => {
  await Promise.all([devnet?.stop(), other?.stop()]);
  rmSync(dir, { recursive: true, force: true });
});

/** The CLI in a data folder of the test's own (XDG_DATA_HOME), from any working folder. */
const inTestHome = (options: { env?: Record<string, string>; cwd?: string }) => ({ ...options, env: { XDG_DATA_HOME: join(dir, 'xdg'), ...options.env } });
const spawnCli = (args: string[], options: { env?: Record<string, string>; cwd?: string } = {}) => spawnAirtnt(args, inTestHome(options));
const cli = (args: string[], options: { env?: Record<string, string>; cwd?: string } = {}) => runCli(args, inTestHome(options));

function chainArgs(chain: Devnet): string[] {
  return ['--rpc-url', chain.rpcUrl, '--channels', chain.channels];
}

const keyEnv = (chain: Devnet, index = 1) => ({ AIRTNT_PRIVATE_KEY: chain.accounts[index]!.privateKey });

function lifeArgs(out: string, extra: string[] = []): string[] {
  const pattern = join(dir, 'glider.rle');
  writeFileSync(pattern, 'x = 3, y = 3\nbo$2bo$3o!\n');
  return ['run', 'life', '--pattern', pattern, '--width', '8', '--height', '8', '--cycles', '4', '--per-round', '2', '--executor', 'http://127.0.0.1:9', '--out', out, '--allow-simulated', ...extra];
}

async function rpc(url: string, method: string, params: unknown[] = []): Promise<unknown> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }) });
  return ((await response.json()) as { result: unknown }).result;
}



describe('airtnt startup (real processes)', { concurrency: 2, timeout: 600_000 }, () => {
  it('refuses an implicit chain when executors are named, saying how to start one (JSON with --json)', async () => {
    const outcome = await cli(lifeArgs(join(dir, 'a.rle'), ['--json']));
    assert.notEqual(outcome.code, 0);
    assert.match(outcome.stderr, /--executor needs --rpc-url/);
    assert.match(outcome.stderr, /airtnt devnet/);
    const failure = JSON.parse(outcome.stdout.trim()) as { ok: boolean; error: { code: string; hint: string } };
    assert.equal(failure.ok, false);
    assert.equal(failure.error.code, 'CHAIN_NOT_SET');
    assert.match(failure.error.hint, /--rpc-url, --channels and --private-key/);
  });

  it('refuses an implicit chain for an executor given a data directory', async () => {
    const outcome = await cli(['executor', 'start', '--data-dir', join(dir, 'implicit')]);
    assert.notEqual(outcome.code, 0);
    assert.match(outcome.stderr, /--data-dir needs --rpc-url/);
    assert.match(outcome.stderr, /airtnt devnet/);
  });

  it('refuses a store of another chain (same chain id and contract address, another genesis)', async () => {
    const store = join(dir, 'mismatch');
    const first = await cli(['run', 'recover', '--data-dir', store, ...chainArgs(devnet)], { env: keyEnv(devnet) });
    assert.equal(first.code, 0, first.stderr);
    assert.equal(devnet.channels.toLowerCase(), other.channels.toLowerCase(), 'both devnets deploy at the same address');
    const second = await cli(['run', 'recover', '--data-dir', store, ...chainArgs(other), '--json'], { env: keyEnv(other) });
    assert.notEqual(second.code, 0);
    assert.equal((JSON.parse(second.stdout.trim()) as { error: { code: string } }).error.code, 'CHAIN_MISMATCH');
    assert.match(second.stderr, /belongs to another chain \(genesisHash differ\)/);
  });

  it('refuses an address without the channels contract', async () => {
    const outcome = await cli(['run', 'recover', '--data-dir', join(dir, 'nocode'), '--rpc-url', devnet.rpcUrl, '--channels', devnet.accounts[0]!.address], { env: keyEnv(devnet) });
    assert.notEqual(outcome.code, 0);
    assert.match(outcome.stderr, /no AirtntChannels contract at/);
  });

  it('startup failures exit promptly and non-zero with what to do: no TEE, a port in use, no chain', async () => {
    const tee = await cli(['executor', 'start', '--tee', 'tdx', '--data-dir', join(dir, 'tdx'), ...chainArgs(devnet)], { env: keyEnv(devnet, 2) });
    assert.notEqual(tee.code, 0);
    assert.match(tee.stderr, /tdx|TDX|configfs/i);
    const busy: Server = createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    const port = (busy.address() as { port: number }).port;
    try {
      const executor = await cli(['executor', 'start', '--port', String(port), '--data-dir', join(dir, 'busy'), ...chainArgs(devnet)], { env: keyEnv(devnet, 2) });
      assert.notEqual(executor.code, 0);
      assert.match(executor.stderr, new RegExp(`cannot listen on 127\\.0\\.0\\.1:${port} \\(in use\\)`));
      const chain = await cli(['devnet', '--port', String(port)]);
      assert.notEqual(chain.code, 0);
      assert.match(chain.stderr, new RegExp(`port ${port} on 127\\.0\\.0\\.1 is in use`));
      assert.doesNotMatch(chain.stderr, /ENOENT/);
    } finally {
      busy.close();
    }
    const unreachable = await cli(['run', 'recover', '--data-dir', join(dir, 'nochain'), '--rpc-url', `http://127.0.0.1:${port}`, '--channels', devnet.channels], { env: keyEnv(devnet) });
    assert.notEqual(unreachable.code, 0);
    assert.match(unreachable.stderr, /airtnt devnet/);
  });

  it('one process per data directory; a SIGKILLed owner\'s lock is taken over', async () => {
    const dataDir = join(dir, 'locked');
    const first = await startExecutorProcess({ rpcUrl: devnet.rpcUrl, channels: devnet.channels, privateKey: devnet.accounts[2]!.privateKey, dataDir, pricePerCycle: 1n, startTimeoutMs: 120_000 });
    const second = await cli(['executor', 'start', '--data-dir', dataDir, ...chainArgs(devnet)], { env: keyEnv(devnet, 2) });
    assert.notEqual(second.code, 0);
    assert.match(second.stderr, new RegExp(`in use by process ${first.child.pid}`));
    await first.kill();
    const third = await startExecutorProcess({ rpcUrl: devnet.rpcUrl, channels: devnet.channels, privateKey: devnet.accounts[2]!.privateKey, dataDir, pricePerCycle: 1n, startTimeoutMs: 120_000 });
    await third.stop();
    const ended = await third.exited;
    assert.equal(existsSync(join(dataDir, 'airtnt.lock')), false, `a clean stop releases the lock (exit ${JSON.stringify(ended)}): ${third.log().slice(-1500)}`);
  });

  it('warns with the address to fund when the executor account cannot pay gas; token prices in whole tokens', async () => {
    const unfunded = `0x${'7'.repeat(64)}` as const;
    const executor = await startExecutorProcess({ rpcUrl: devnet.rpcUrl, channels: devnet.channels, privateKey: unfunded, dataDir: join(dir, 'unfunded'), pricePerCycle: 1n, startTimeoutMs: 120_000 });
    try {
      assert.match(executor.log(), /WARNING: the executor account (0x[0-9a-fA-F]{40}) cannot pay gas \(its balance is 0 ETH.*send ETH to 0x[0-9a-fA-F]{40}/);
    } finally {
      await executor.stop();
    }
    const funded = await startExecutorProcess({ rpcUrl: devnet.rpcUrl, channels: devnet.channels, privateKey: devnet.accounts[1]!.privateKey, dataDir: join(dir, 'funded'), pricePerCycle: 1n, startTimeoutMs: 120_000, args: ['--accept-token', `${devnet.token}:0.000001tokens`] });
    try {
      assert.doesNotMatch(funded.log(), /cannot pay gas/);
      // The test token has 18 decimals: a millionth of a token is 10^12 of its smallest unit.
      assert.match(funded.log(), new RegExp(`also accepting token ${devnet.token.toLowerCase()} at 1000000000000 units per cycle`));
    } finally {
      await funded.stop();
    }
  });

  it('anvil stops when `airtnt devnet` is killed with SIGKILL', async () => {
    const child = spawnCli(['devnet', '--json', '--accounts', '2']);
    const [line] = (await once(createInterface({ input: child.stdout! }), 'line')) as [string];
    const { rpcUrl } = JSON.parse(line) as { rpcUrl: string };
    assert.equal(await rpc(rpcUrl, 'eth_chainId'), '0x7a69');
    child.kill('SIGKILL');
    await once(child, 'exit');
    await eventually(() => rpc(rpcUrl, 'eth_chainId').then(() => undefined, () => true), 60_000, 'anvil stopped answering');
  });

  it('checks --out before any money moves, and keeps the store in the user data directory', async () => {
    const outcome = await cli(lifeArgs(join(dir, 'missing', 'out.rle'), chainArgs(devnet)), { env: keyEnv(devnet) });
    assert.notEqual(outcome.code, 0);
    assert.match(outcome.stderr, /cannot write --out .*does not exist/);
    assert.equal(await rpc(devnet.rpcUrl, 'eth_getTransactionCount', [devnet.accounts[1]!.address, 'latest']), '0x0', 'nothing sent');
    const elsewhere = join(dir, 'elsewhere');
    mkdirSync(elsewhere);
    const recover = await cli(['run', 'recover', ...chainArgs(devnet)], { env: keyEnv(devnet), cwd: elsewhere });
    assert.equal(recover.code, 0, recover.stderr);
    assert.ok(existsSync(join(dir, 'xdg', 'airtnt', 'requester', 'chain.json')), 'the store is under XDG_DATA_HOME/airtnt');
    assert.equal(existsSync(join(elsewhere, '.airtnt')), false, 'nothing in the current folder');
  });
});
