/**
 * Finds and starts the anvil binary shipped by the @foundry-rs/anvil npm package, using the
 * package's own resolution logic (its const.mjs names the platform package; bin.mjs falls back to
 * ../dist/anvil). AIRTNT_ANVIL_BIN overrides the path.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { AirtntError } from '../util/errors.js';

type AnvilPackageConstants = {
  BINARY_NAME(tool: string): string;
  PLATFORM_SPECIFIC_PACKAGE_NAME(tool: string): string | undefined;
};

let cachedPath: string | undefined;

export async function anvilBinaryPath(): Promise<string> {
  if (process.env.AIRTNT_ANVIL_BIN) return process.env.AIRTNT_ANVIL_BIN;
  if (cachedPath) return cachedPath;
  const require = createRequire(import.meta.url);
  let constantsPath: string;
  try {
    constantsPath = require.resolve('@foundry-rs/anvil/const.mjs');
  } catch (cause) {
    throw anvilMissing('the @foundry-rs/anvil package is not installed', cause);
  }
  const constants = (await import(pathToFileURL(constantsPath).href)) as AnvilPackageConstants;
  const binaryName = constants.BINARY_NAME('anvil');
  const platformPackage = constants.PLATFORM_SPECIFIC_PACKAGE_NAME('anvil');
  if (!platformPackage) throw anvilMissing(`no anvil build for ${process.platform}/${process.arch}`);
  const candidates: string[] = [];
  try {
    candidates.push(createRequire(constantsPath).resolve(`${platformPackage}/bin/${binaryName}`));
  } catch {
    // not installed as a platform package: try the package's dist/ fallback below
  }
  candidates.push(join(dirname(constantsPath), '..', 'dist', binaryName));
  const found = candidates.find((candidate) => existsSync(candidate));
  if (!found) throw anvilMissing(`${platformPackage} is not installed`);
  cachedPath = found;
  return found;
}

export type AnvilOptions = {
  port: number;
  accountCount: number;
  configOut: string;
  silent: boolean;
  /** Mine a block every this many seconds (anvil --block-time) instead of one per transaction. */
  blockTimeSeconds?: number;
};

/** Starts anvil on 127.0.0.1 with instant mining (a block per transaction), or a block every blockTimeSeconds. */
export async function spawnAnvil(options: AnvilOptions): Promise<ChildProcess> {
  const args = [
    '--host', '127.0.0.1',
    '--port', String(options.port),
    '--accounts', String(options.accountCount),
    '--balance', '10000',
    '--config-out', options.configOut,
  ];
  if (options.blockTimeSeconds !== undefined) args.push('--block-time', String(options.blockTimeSeconds));
  if (options.silent) args.push('--quiet');
  // Its log goes to our stderr (fd 2), never stdout: a caller's stdout (`airtnt devnet --json`) stays parseable.
  const child = spawn(await anvilBinaryPath(), args, { stdio: ['ignore', options.silent ? 'ignore' : 2, 'pipe'] });
  if (child.pid !== undefined) watchParent(child.pid);
  return child;
}

/**
 * anvil must not outlive this process, even when it is killed with SIGKILL (no 'exit' handler runs
 * then, and Linux's PR_SET_PDEATHSIG is out of node's reach). A tiny shell watchdog polls both pids
 * and kills anvil once this process is gone; it ends by itself when anvil ends. It ignores SIGHUP so
 * that a closed terminal cannot stop it before it has done its work.
 */
export function watchParent(anvilPid: number): void {
  // anvil is killed only when the parent is gone: once anvil has ended, its pid may be reused.
  const script = 'trap "" HUP; while kill -0 "$1" 2>/dev/null && kill -0 "$2" 2>/dev/null; do sleep 1; done; kill -0 "$1" 2>/dev/null || kill -9 "$2" 2>/dev/null; exit 0';
  const watchdog = spawn('/bin/sh', ['-c', script, 'airtnt-anvil-watchdog', String(process.pid), String(anvilPid)], { stdio: 'ignore' });
  watchdog.on('error', () => undefined); // no /bin/sh: the exit handlers still stop anvil in the usual cases
  watchdog.unref();
}

function anvilMissing(reason: string, cause?: unknown): AirtntError {
  return new AirtntError('ANVIL_NOT_FOUND', `cannot find the anvil binary: ${reason}`, {
    hint: 'install dependencies (npm ci), set AIRTNT_ANVIL_BIN to an anvil binary, or connect to another chain by its RPC URL',
    cause,
  });
}
