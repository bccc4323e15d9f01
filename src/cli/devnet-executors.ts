/**
 * The executors of `airtnt devnet --executors N`: N `airtnt executor start` processes on the devnet,
 * each with its own funded account (the last N accounts, so the first ones stay free for requesters),
 * its own throwaway data directory, the simulated TEE, and any function accepted. Each dies with this
 * process even on SIGKILL (the same watchdog as anvil), and stops cleanly (collecting) on stop().
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { watchParent } from '../chain/anvil.js';
import type { Devnet, DevnetAccount } from '../chain/devnet.js';
import { AirtntError } from '../util/errors.js';
import { cliCommand } from '../util/paths.js';
import { PRIVATE_KEY_ENV } from './chain-options.js';

export type DevnetExecutor = { url: string; address: string; pid: number; account: number; dataDir: string };

// Generous: on a loaded machine, several executors compiling and starting at once take minutes.
const START_TIMEOUT_MS = 300_000;
/** A devnet's executors are throwaway: past this, a stop that hangs on a chain already gone is cut short. */
const STOP_TIMEOUT_MS = 10_000;

type Running = { child: ChildProcess; dataDir: string; info?: DevnetExecutor };

export class DevnetExecutors {
  private constructor(private readonly running: Running[]) {}

  get executors(): DevnetExecutor[] {
    return this.running.flatMap((entry) => (entry.info === undefined ? [] : [entry.info]));
  }

  /** Starts `count` executors on the last `count` accounts; on any failure the started ones are stopped. */
  static async start(devnet: Devnet, count: number, options: StartOptions = {}): Promise<DevnetExecutors> {
    const first = devnet.accounts.length - count;
    const running: Running[] = [];
    const group = new DevnetExecutors(running);
    try {
      await Promise.all(Array.from({ length: count }, (_, i) => startOne(devnet, devnet.accounts[first + i]!, first + i, running, options)));
    } catch (error) {
      await group.stop();
      throw error;
    }
    running.sort((a, b) => a.info!.account - b.info!.account);
    return group;
  }

  /** SIGTERM to every executor (each collects what it was paid), SIGKILL past a bound; then their data directories go. */
  async stop(): Promise<void> {
    await Promise.all(this.running.map(async ({ child, dataDir }) => {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = once(child, 'exit');
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
        await exited;
        clearTimeout(timer);
      }
      rmSync(dataDir, { recursive: true, force: true });
    }));
  }
}

/** registry: the devnet's AirtntRegistry, whose round records the executors' enclaves then sign (for `executor join`). */
type StartOptions = { verbose?: boolean; log?: (line: string) => void; registry?: string };

async function startOne(devnet: Devnet, account: DevnetAccount, index: number, running: Running[], options: StartOptions): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), `airtnt-devnet-executor-${index}-`));
  const [command, ...prefix] = cliCommand();
  const args = [
    ...prefix, 'executor', 'start',
    '--rpc-url', devnet.rpcUrl, '--channels', devnet.channels, '--data-dir', dataDir,
    '--tee', 'simulated', '--accept-functions', 'any', '--port', '0',
    // A development chain: collect whatever was paid, however small against its gas.
    '--collect-worth-factor', '0',
    ...(options.registry === undefined ? [] : ['--registry', options.registry]),
  ];
  // The key goes through the environment, not the command line (`ps` shows arguments).
  const child = spawn(command!, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, [PRIVATE_KEY_ENV]: account.privateKey } });
  const entry: Running = { child, dataDir };
  running.push(entry);
  if (child.pid !== undefined) watchParent(child.pid);
  const recent: string[] = [];
  createInterface({ input: child.stderr! }).on('line', (line) => {
    recent.push(line);
    if (recent.length > 20) recent.shift();
    if (options.verbose) options.log?.(`[executor ${index}] ${line}`);
  });
  const listening = new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const match = /^airtnt executor listening on (\S+)$/.exec(line);
      if (match) resolve(match[1]!);
    });
    child.once('exit', (code, signal) => reject(new AirtntError('DEVNET_EXECUTOR_FAILED', `executor ${index} exited before it listened (${signal ?? code})`, { details: { account: account.address, stderr: recent.slice(-10) } })));
    child.once('error', (cause) => reject(new AirtntError('DEVNET_EXECUTOR_FAILED', `executor ${index} could not be started`, { cause })));
  });
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new AirtntError('DEVNET_EXECUTOR_FAILED', `executor ${index} did not listen within ${START_TIMEOUT_MS / 1000} s`, { details: { stderr: recent.slice(-10) } })), START_TIMEOUT_MS);
  });
  try {
    const url = await Promise.race([listening, timeout]);
    entry.info = { url, address: account.address, pid: child.pid!, account: index, dataDir };
  } finally {
    clearTimeout(timer);
  }
}
