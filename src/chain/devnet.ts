/**
 * A development chain: anvil on a free loopback port with funded accounts, AirtntChannels and a
 * test ERC-20 (minted to every account) deployed. anvil is stopped by stop() and when this process exits.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getAddress, parseEther, type Address, type Hex } from 'viem';
import { AirtntError } from '../util/errors.js';
import { freePort } from '../util/net.js';
import { spawnAnvil } from './anvil.js';
import { ANVIL_CHAIN_ID, createChainClient } from './client.js';
import { deployChannels, deployTestToken } from './deploy.js';
import { mintTestToken } from './token.js';

export type DevnetAccount = { address: Address; privateKey: Hex };

export type Devnet = {
  rpcUrl: string;
  chainId: number;
  /** Funded with 10,000 ETH and TEST_TOKEN_GRANT of `token` each; [0] deployed the contracts. */
  accounts: DevnetAccount[];
  channels: Address;
  /** A plain test ERC-20 (anyone may mint it). */
  token: Address;
  stop(): Promise<void>;
};

export type StartDevnetOptions = {
  /** Default: a free port on 127.0.0.1. */
  port?: number;
  /** Funded accounts (default 10, at least 2). */
  accountCount?: number;
  /** Hide anvil's own log (default true). */
  silent?: boolean;
  /**
   * Mine a block every this many seconds, like a real chain (default: a block per transaction).
   * Setup transactions then wait for blocks too.
   */
  blockTimeSeconds?: number;
};

/** How many test tokens each development account receives (1,000,000 with 18 decimals). */
export const TEST_TOKEN_GRANT = parseEther('1000000');
const READY_TIMEOUT_MS = 15_000;
const STOP_TIMEOUT_MS = 3_000;

export async function startDevnet(options: StartDevnetOptions = {}): Promise<Devnet> {
  const accountCount = options.accountCount ?? 10;
  if (!Number.isInteger(accountCount) || accountCount < 2 || accountCount > 100) {
    throw new AirtntError('INVALID_DEVNET_OPTIONS', 'accountCount must be an integer in [2, 100]', {
      details: { accountCount },
    });
  }
  const workDir = mkdtempSync(join(tmpdir(), 'airtnt-devnet-'));
  try {
    // A free port can be taken between asking and binding: retry with a fresh one unless one was given.
    for (let attempt = 1; ; attempt++) {
      const port = options.port ?? (await freePort());
      try {
        return await launch(port, accountCount, options.silent ?? true, join(workDir, 'anvil.json'), options.blockTimeSeconds);
      } catch (error) {
        if (options.port !== undefined || attempt >= 3 || !(error instanceof AirtntError) || error.code !== 'ANVIL_EXITED') {
          throw error;
        }
      }
    }
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

async function launch(port: number, accountCount: number, silent: boolean, configOut: string, blockTimeSeconds: number | undefined): Promise<Devnet> {
  if (blockTimeSeconds !== undefined && (!Number.isInteger(blockTimeSeconds) || blockTimeSeconds < 1 || blockTimeSeconds > 60)) {
    throw new AirtntError('INVALID_DEVNET_OPTIONS', 'blockTimeSeconds must be an integer in [1, 60]', { details: { blockTimeSeconds } });
  }
  const child = await spawnAnvil({ port, accountCount, configOut, silent, ...(blockTimeSeconds === undefined ? {} : { blockTimeSeconds }) });
  // anvil must not outlive this process: kill it on exit, and on SIGINT/SIGTERM, which end a node
  // process without 'exit' when nobody handles them. The signal is raised again only when no other
  // handler wants it (the devnet command has its own, and stops cleanly).
  const forget = (): void => {
    process.off('exit', killOnExit);
    process.off('SIGINT', killOnSignal);
    process.off('SIGTERM', killOnSignal);
  };
  const killOnExit = (): void => {
    child.kill('SIGKILL');
  };
  const killOnSignal = (signal: NodeJS.Signals): void => {
    child.kill('SIGKILL');
    forget();
    if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
  };
  process.on('exit', killOnExit);
  process.on('SIGINT', killOnSignal);
  process.on('SIGTERM', killOnSignal);
  const stop = async (): Promise<void> => {
    forget();
    await stopChild(child);
  };
  try {
    const rpcUrl = `http://127.0.0.1:${port}`;
    await waitUntilReady(child, rpcUrl);
    const accounts = readAccounts(configOut, accountCount);
    const deployer = createChainClient({ rpcUrl, privateKey: accounts[0]!.privateKey, chainId: ANVIL_CHAIN_ID });
    const channels = await deployChannels(deployer);
    const token = await deployTestToken(deployer, 'plain');
    await mintTestToken(deployer, { token, to: accounts.map((a) => a.address), amount: TEST_TOKEN_GRANT });
    return { rpcUrl, chainId: ANVIL_CHAIN_ID, accounts, channels, token, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

async function waitUntilReady(child: ChildProcess, rpcUrl: string): Promise<void> {
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-2000);
  });
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new AirtntError('ANVIL_EXITED', 'anvil exited before it was ready', {
        details: { exitCode: child.exitCode, stderr: stderr.trim() },
      });
    }
    try {
      const response = await fetch(rpcUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'eth_chainId', params: [] }),
        signal: AbortSignal.timeout(1000),
      });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new AirtntError('ANVIL_TIMEOUT', `anvil did not answer on ${rpcUrl} within ${READY_TIMEOUT_MS} ms`, {
    details: { stderr: stderr.trim() },
  });
}

/** anvil writes its accounts and keys (the well-known development mnemonic) to --config-out. */
function readAccounts(configOut: string, accountCount: number): DevnetAccount[] {
  const config = JSON.parse(readFileSync(configOut, 'utf8')) as { available_accounts?: string[]; private_keys?: string[] };
  const addresses = config.available_accounts ?? [];
  const keys = config.private_keys ?? [];
  if (addresses.length < accountCount || keys.length < accountCount) {
    throw new AirtntError('ANVIL_CONFIG', 'anvil did not report its accounts', { details: { configOut } });
  }
  return addresses.slice(0, accountCount).map((address, i) => ({
    address: getAddress(address),
    privateKey: keys[i] as Hex,
  }));
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
