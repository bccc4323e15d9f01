/**
 * Starts real `airtnt executor start` processes (for tests, the demo and benchmarks) and waits for
 * the line on stdout that announces their URL. Every process started here is killed when this
 * process exits, so none is ever left running.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cliCommand } from '../util/paths.js';
import { EXECUTOR_ENV, EXECUTOR_NODE_FLAGS } from './heap-limits.js';
import { AirtntError } from '../util/errors.js';

/** The line an executor prints on stdout once it listens. */
export const LISTENING_PATTERN = /airtnt executor listening on (https?:\/\/\S+)/;

export type ExecutorProcessOptions = {
  rpcUrl: string;
  privateKey: `0x${string}`;
  channels: `0x${string}`;
  dataDir: string;
  pricePerCycle: bigint;
  port?: number;
  /** Extra CLI flags (e.g. ['--session-idle-ms', '500']). */
  args?: string[];
  /** What starts the CLI (default cliCommand()); tests start a misbehaving one (src/node/test-helpers). */
  command?: readonly string[];
  env?: Record<string, string>;
  startTimeoutMs?: number;
};

export type ExecutorProcess = {
  url: string;
  child: ChildProcess;
  /** Everything the process wrote to stderr so far (its log). */
  log(): string;
  /** Everything it wrote to stdout so far. */
  stdout(): string;
  /** Resolves with the exit code (or signal) once the process ended. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** SIGTERM and wait: a clean shutdown (collects what it was paid). */
  stop(): Promise<void>;
  /** SIGKILL and wait: a crash. */
  kill(): Promise<void>;
};

const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

export function executorArgs(options: ExecutorProcessOptions): string[] {
  return [
    'executor',
    'start',
    '--rpc-url',
    options.rpcUrl,
    '--channels',
    options.channels,
    '--data-dir',
    options.dataDir,
    '--price-per-cycle',
    options.pricePerCycle.toString(),
    '--port',
    String(options.port ?? 0),
    '--tee',
    'simulated',
    ...(options.args ?? []),
  ];
}

/** The CLI's command with EXECUTOR_NODE_FLAGS given to node (they go before the script). */
function withExecutorFlags([node, ...rest]: string[]): string[] {
  return [node!, ...EXECUTOR_NODE_FLAGS, ...rest];
}

export async function startExecutorProcess(options: ExecutorProcessOptions): Promise<ExecutorProcess> {
  const [command, ...prefix] = options.command ?? withExecutorFlags(cliCommand());
  // The key goes through the environment, not argv, where `ps` would show it.
  const env: Record<string, string | undefined> = { ...process.env, ...EXECUTOR_ENV, AIRTNT_PRIVATE_KEY: options.privateKey, ...options.env };
  const child = spawn(command!, [...prefix, ...executorArgs(options)], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(child);
  child.on('error', () => undefined); // a spawn failure shows as the exit below
  let stderr = '';
  let stdout = '';
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once('exit', (code, signal) => {
      running.delete(child);
      resolve({ code, signal });
    });
  });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new AirtntError('EXECUTOR_START_TIMEOUT', 'the executor did not announce its URL in time', { details: { stderr: stderr.slice(-2000) } }));
    }, options.startTimeoutMs ?? 30_000);
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      const match = LISTENING_PATTERN.exec(stdout);
      if (match !== null) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    void exited.then(({ code, signal }) => {
      clearTimeout(timer);
      reject(new AirtntError('EXECUTOR_EXITED', `the executor exited before listening (${code ?? signal})`, { details: { stderr: stderr.slice(-2000) } }));
    });
  });
  const end = async (signal: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    await exited;
  };
  return { url, child, log: () => stderr, stdout: () => stdout, exited, stop: () => end('SIGTERM'), kill: () => end('SIGKILL') };
}

/**
 * Starts the airtnt CLI of the tree this code runs from, with output piped. tsx is named by its full
 * path, so the CLI also starts from another working folder (a function project, a fresh folder).
 */
export function spawnCli(args: readonly string[], options: { env?: Record<string, string>; cwd?: string; command?: readonly string[] } = {}): ChildProcess {
  const [command, ...prefix] = (options.command ?? cliCommand()).map((part) => (part === 'tsx' ? import.meta.resolve('tsx') : part));
  return spawn(command!, [...prefix, ...args], {
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
    ...(options.cwd === undefined ? {} : { cwd: options.cwd }),
  });
}

/** Runs the airtnt CLI to completion (tests of `airtnt run`): exit code, stdout and stderr. */
export function runCli(
  args: readonly string[],
  options: { env?: Record<string, string>; cwd?: string; timeoutMs?: number; command?: readonly string[] } = {},
): Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }> {
  const child = spawnCli(args, options);
  running.add(child);
  let stdout = '';
  let stderr = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000);
  return new Promise((resolve) => {
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      running.delete(child);
      // Let the pipes drain before handing the output over.
      setImmediate(() => resolve({ code, signal, stdout, stderr }));
    });
  });
}
