/**
 * The stage of the attack campaign: a local chain (anvil) and one executor as a real child process
 * (`airtnt executor start`, simulated TEE), on loopback only. The rig watches the executor: if an
 * attack kills it, the crash is counted and the executor is started again from its database on the
 * same port, so the next attack class still has a target. It also reads the executor's memory
 * (/proc, Linux) and times GET /v1/info, the cheapest request, to see its event loop stall.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestClient, http, type Address } from 'viem';
import { createChainClient, startDevnet, type ChainClient, type Devnet } from '../chain/index.js';
import { startExecutorProcess, type ExecutorProcess } from '../node/process.js';
import { freePort } from '../util/net.js';

/** Wei per cycle asked by the executor under attack. */
export const ATTACK_PRICE_PER_CYCLE = 1_000_000_000n;
/** devnet accounts: [1] the executor, [2] the honest requester, [3..] attackers. */
const EXECUTOR_ACCOUNT = 1;
const HONEST_ACCOUNT = 2;
const FIRST_ATTACKER_ACCOUNT = 3;
const ACCOUNTS = 16;
/**
 * The executor runs with the smallest expiry margins an operator may choose (the most exposed
 * configuration for the collect race) and otherwise its defaults, limits included.
 */
const EXECUTOR_ARGS = ['--min-channel-seconds', '120', '--collect-safety-seconds', '60', '--collect-worth-factor', '0'];

export type AttackRig = {
  devnet: Devnet;
  executor: Address;
  /** http://127.0.0.1:PORT, the same across restarts. */
  url: string;
  port: number;
  honest: ChainClient;
  /** A chain client of attacker account i (0-based; each has its own nonce sequence). */
  attacker(i: number): ChainClient;
  alive(): boolean;
  /** The executor's log (stderr) since its last start. */
  executorLog(): string;
  /** Crashes seen so far (each one restarted). */
  crashes(): number;
  /** If the executor died, counts the crash, restarts it and returns true. */
  reviveIfDead(): Promise<boolean>;
  /**
   * Waits (bounded) until the executor answers GET /v1/info again; one still frozen after maxMs is
   * killed and started again (not counted as a crash). Returns how long it stayed unavailable.
   */
  awaitServing(maxMs: number): Promise<{ ms: number; restarted: boolean }>;
  /** Resident memory of the executor process (MiB), 0 when unknown. */
  rssMb(): number;
  /** Latency of one GET /v1/info, or undefined if it failed or took longer than timeoutMs. */
  probeInfo(timeoutMs: number): Promise<number | undefined>;
  /** anvil: switch between automine and interval mining, and the timestamp step per block. */
  mining(mode: { intervalMs: number; timestampStep?: number } | 'auto'): Promise<void>;
  close(): Promise<void>;
};

export async function startAttackRig(log: (line: string) => void): Promise<AttackRig> {
  const devnet = await startDevnet({ accountCount: ACCOUNTS });
  const workDir = mkdtempSync(join(tmpdir(), 'airtnt-attack-'));
  const port = await freePort();
  const account = devnet.accounts[EXECUTOR_ACCOUNT]!;
  const start = (): Promise<ExecutorProcess> =>
    startExecutorProcess({
      rpcUrl: devnet.rpcUrl,
      privateKey: account.privateKey,
      channels: devnet.channels,
      dataDir: join(workDir, 'executor'),
      pricePerCycle: ATTACK_PRICE_PER_CYCLE,
      port,
      args: EXECUTOR_ARGS,
      startTimeoutMs: 60_000,
    });
  let executor: ExecutorProcess;
  try {
    executor = await start();
  } catch (error) {
    await devnet.stop();
    rmSync(workDir, { recursive: true, force: true });
    throw error;
  }
  let crashes = 0;
  const url = `http://127.0.0.1:${port}`;
  log(`executor ${account.address} at ${url} (pid ${executor.child.pid})`);
  const clients = new Map<number, ChainClient>();
  const client = (index: number): ChainClient => {
    let c = clients.get(index);
    if (c === undefined) {
      c = createChainClient({ rpcUrl: devnet.rpcUrl, chainId: devnet.chainId, privateKey: devnet.accounts[index]!.privateKey, channels: devnet.channels, pollingIntervalMs: 5 });
      clients.set(index, c);
    }
    return c;
  };
  const alive = (): boolean => executor.child.exitCode === null && executor.child.signalCode === null;
  const probe = async (timeoutMs: number): Promise<number | undefined> => {
    const started = performance.now();
    try {
      const response = await fetch(`${url}/v1/info`, { signal: AbortSignal.timeout(timeoutMs) });
      await response.arrayBuffer();
      return response.ok ? performance.now() - started : undefined;
    } catch {
      return undefined;
    }
  };
  const test = createTestClient({ mode: 'anvil', transport: http(devnet.rpcUrl, { retryCount: 0 }) });
  return {
    devnet,
    executor: account.address,
    url,
    port,
    honest: client(HONEST_ACCOUNT),
    attacker: (i) => {
      if (FIRST_ATTACKER_ACCOUNT + i >= ACCOUNTS) throw new Error(`only ${ACCOUNTS - FIRST_ATTACKER_ACCOUNT} attacker accounts`);
      return client(FIRST_ATTACKER_ACCOUNT + i);
    },
    alive,
    executorLog: () => executor.log(),
    crashes: () => crashes,
    reviveIfDead: async () => {
      if (alive()) return false;
      crashes += 1;
      const exit = await executor.exited;
      log(`executor died (${exit.code ?? exit.signal}): ${lastLines(executor.log(), 3)}; restarting it from its database`);
      executor = await start();
      return true;
    },
    awaitServing: async (maxMs) => {
      const started = performance.now();
      const deadline = started + maxMs;
      while (performance.now() < deadline) {
        if (!alive()) break;
        if ((await probe(Math.max(1, Math.min(5_000, deadline - performance.now())))) !== undefined) return { ms: performance.now() - started, restarted: false };
      }
      if (alive()) {
        log(`executor still unavailable after ${Math.round(maxMs)} ms: killing and restarting it`);
        await executor.kill();
        executor = await start();
        return { ms: performance.now() - started, restarted: true };
      }
      return { ms: performance.now() - started, restarted: false };
    },
    rssMb: () => {
      try {
        const status = readFileSync(`/proc/${executor.child.pid}/status`, 'utf8');
        const match = /VmRSS:\s+(\d+) kB/.exec(status);
        return match === null ? 0 : Number(match[1]) / 1024;
      } catch {
        return 0;
      }
    },
    probeInfo: probe,
    mining: async (mode) => {
      if (mode === 'auto') {
        await test.setIntervalMining({ interval: 0 });
        await test.setAutomine(true);
        await test.removeBlockTimestampInterval();
        return;
      }
      await test.setAutomine(false);
      if (mode.timestampStep !== undefined) await test.setBlockTimestampInterval({ interval: mode.timestampStep });
      // anvil takes whole seconds here.
      await test.setIntervalMining({ interval: Math.max(1, Math.round(mode.intervalMs / 1000)) });
    },
    close: async () => {
      await executor.kill().catch(() => undefined);
      await devnet.stop();
      rmSync(workDir, { recursive: true, force: true });
    },
  };
}

function lastLines(text: string, n: number): string {
  return text.trim().split('\n').slice(-n).join(' | ').slice(0, 400);
}

/** Samples `read` every `everyMs` until stop() and returns the largest value seen. */
export function sampleMax(read: () => number, everyMs: number): { stop(): number } {
  let max = read();
  const timer = setInterval(() => {
    max = Math.max(max, read());
  }, everyMs);
  return {
    stop: () => {
      clearInterval(timer);
      return Math.max(max, read());
    },
  };
}

/**
 * Probes GET /v1/info back to back until stop(), and returns the slowest answer: how long the
 * executor's event loop was unavailable. A probe that fails counts as the time it waited.
 */
export function probeStalls(rig: AttackRig, timeoutMs: number): { stop(): Promise<number> } {
  let running = true;
  let max = 0;
  const loop = (async () => {
    while (running) {
      const started = performance.now();
      const latency = await rig.probeInfo(timeoutMs);
      max = Math.max(max, latency ?? performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
      return max;
    },
  };
}
