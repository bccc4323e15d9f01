/**
 * The load benchmark's child processes (its executor and its client processes) are forked with a
 * JSON configuration in an environment variable and answer requests over the IPC channel. This is
 * the parent's side: fork, wait for `ready`, send requests and match the answers by id, and kill
 * the child if this process exits first (a benchmark must never leave processes behind).
 */
import { fork, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { AirtntError, isAirtntErrorCode } from '../util/errors.js';

export type ChildHandle<Ready> = {
  child: ChildProcess;
  ready: Ready;
  request<T>(body: { type: string } & Record<string, unknown>, timeoutMs: number): Promise<T>;
  /** Resident memory of the child (MiB, from /proc on Linux), 0 when unknown. */
  rssMb(): number;
  stop(): Promise<void>;
};

type Message = { type?: string; id?: number; ok?: boolean; value?: unknown; message?: string; error?: { code: string; message: string } };

/** Forks `module` (a .ts module under tsx, a .js one in dist) and waits until it says it is ready. */
export async function forkChild<Ready>(module: URL, envName: string, config: unknown, startTimeoutMs: number, execArgv: string[] = [], env: Record<string, string> = {}): Promise<ChildHandle<Ready>> {
  const child = fork(module, [], {
    execArgv: [...(module.pathname.endsWith('.ts') ? ['--import', 'tsx'] : []), ...execArgv],
    env: { ...process.env, ...env, [envName]: JSON.stringify(config) },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const killOnExit = (): void => {
    child.kill('SIGKILL');
  };
  process.on('exit', killOnExit);
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  let nextId = 1;
  const ready = new Promise<Ready>((resolve, reject) => {
    const timer = setTimeout(() => reject(new AirtntError('BENCH_EXECUTOR_START_TIMEOUT', `${module.pathname} did not start within ${startTimeoutMs} ms`)), startTimeoutMs);
    child.on('message', (message: Message) => {
      if (message.type === 'ready') {
        clearTimeout(timer);
        resolve(message.value as Ready);
      } else if (message.type === 'failed') {
        clearTimeout(timer);
        reject(new AirtntError('BENCH_EXECUTOR_FAILED', `${module.pathname} failed to start: ${message.message}`));
      } else if (message.id !== undefined) {
        const entry = pending.get(message.id);
        pending.delete(message.id);
        if (message.ok === true) entry?.resolve(message.value);
        else {
          const code = message.error?.code;
          entry?.reject(new AirtntError(isAirtntErrorCode(code) ? code : 'BENCH_EXECUTOR_ERROR', message.error?.message ?? 'request failed'));
        }
      }
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      const error = new AirtntError('BENCH_EXECUTOR_EXITED', `${module.pathname} exited (${code ?? signal})`);
      reject(error);
      for (const entry of pending.values()) entry.reject(error);
      pending.clear();
      process.off('exit', killOnExit);
    });
  });
  let readyValue: Ready;
  try {
    readyValue = await ready;
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  const request = <T>(body: { type: string } & Record<string, unknown>, timeoutMs: number): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const id = nextId++;
      const timer = setTimeout(() => {
        pending.delete(id);
        reject(new AirtntError('BENCH_EXECUTOR_TIMEOUT', `no answer to "${body.type}" within ${timeoutMs} ms`));
      }, timeoutMs);
      pending.set(id, {
        resolve: (value) => {
          clearTimeout(timer);
          resolve(value as T);
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      });
      child.send({ ...body, id });
    });
  const stop = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    await request({ type: 'stop' }, 30_000).catch(() => undefined);
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  };
  return { child, ready: readyValue, request, rssMb: () => rssMbOf(child.pid), stop };
}

export function rssMbOf(pid: number | undefined): number {
  if (pid === undefined) return 0;
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match === null ? 0 : Number(match[1]) / 1024;
  } catch {
    return 0;
  }
}

/**
 * The child's side: parses nothing itself (each child validates its own requests), sends `ready`
 * with `value`, answers each request with its handler's value or its error, and exits when the
 * parent goes away.
 */
export function serveParent(handle: (request: { type: string; id: number } & Record<string, unknown>) => Promise<unknown>, onDisconnect: () => Promise<void>): { ready(value: unknown): void } {
  if (!process.send) throw new Error('this module must be started with fork() (it talks over IPC)');
  const send = (message: unknown): void => {
    process.send?.(message);
  };
  process.on('disconnect', () => {
    void onDisconnect().finally(() => process.exit(0));
  });
  process.on('message', (raw: unknown) => {
    const request = raw as { type?: unknown; id?: unknown };
    if (typeof request !== 'object' || request === null || typeof request.type !== 'string' || typeof request.id !== 'number') return;
    const id = request.id;
    handle(request as { type: string; id: number }).then(
      (value) => send({ id, ok: true, value: value ?? null }),
      (error: unknown) => {
        const code = typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : 'INTERNAL_ERROR';
        send({ id, ok: false, error: { code, message: error instanceof Error ? error.message : String(error) } });
      },
    );
  });
  return { ready: (value) => send({ type: 'ready', value }) };
}

export function failStart(error: unknown): never {
  process.send?.({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  console.error(error);
  process.exit(1);
}

/** Runs `work` over `items` with at most `limit` in flight. */
export async function eachLimited<T>(items: readonly T[], limit: number, work: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const index = next++;
      await work(items[index]!, index);
    }
  });
  await Promise.all(lanes);
}
