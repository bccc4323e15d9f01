/**
 * The executor's side of modules sent with sessions (docs/protocol.md part 3, "Modules"): answers
 * `module` messages by the acceptance policy, has the enclave open, check, compile once and cache
 * what is sent, keeps the enclave's sealed-storage form of each cached module in DATA_DIR/modules so
 * a restart keeps the cache, and refuses an `open` naming a function it does not hold, before any
 * signature, chain read or round. Nothing here is worth money: a lost module is sent again.
 */
import { randomBytes } from 'node:crypto';
import { chmodSync, closeSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { Enclave } from '../enclave/types.js';
import type { ModuleMessage, ModuleStatusMessage } from '../protocol/messages.js';
import { fromHex, toHex } from '../util/bytes.js';
import { AirtntError, isAirtntError } from '../util/errors.js';
import { CheckTimeBudget, NewModuleQuota, RefusedModules } from './module-check-guard.js';
import { acceptsFunction, type ModuleAcceptance } from './module-policy.js';

/** Module loads (compile and trial start) at once; more are refused (ENCLAVE_BUSY) rather than queued. */
export const MAX_CONCURRENT_MODULE_LOADS = 4;
/**
 * Module loads at once per client address: a load may hold its slot for compileMs, so without this
 * a couple of hosts sending slow-start modules on a few connections would keep every slot full.
 */
export const MAX_MODULE_LOADS_PER_CLIENT = 1;
/** Stored modules read back at start at most (the enclave's cache holds no more by default). */
const MAX_RESTORED = 64;
const STORED_SUFFIX = '.module';
/**
 * Restoring stored modules stops after this long in all (each load may take compileMs); the rest
 * are left on disk for the next start and are sent again by requesters when needed.
 */
export const MAX_RESTORE_MS = 60_000;

export type ExecutorModulesOptions = {
  enclave: Enclave;
  dataDir: string;
  acceptance: ModuleAcceptance;
  /** Measurements (hex) of the built-in functions. */
  builtins: readonly string[];
  /** Compile and trial start of one module must end within this. */
  compileMs: number;
  log(line: string): void;
  /** Check time each client address may spend a minute (default CHECK_MS_PER_MINUTE). */
  checkMsPerMinute?: number;
  /** New modules each client address may have cached per 10 minutes (default MAX_NEW_MODULES_PER_CLIENT). */
  newModulesPerClient?: number;
  /** The clock of the refusal cache and check budgets (tests inject one). */
  now?: () => number;
};

export type ModuleCounts = { received: number; bytesReceived: number; refused: number; restored: number; queries: number };

/**
 * The sealed-storage key of the simulated TEE, kept in DATA_DIR/module-storage.key (0600). A
 * hardware TEE would derive it from its sealing key; there the host has none to give.
 */
export function simulatedModuleStorageKey(dataDir: string): Uint8Array {
  const path = join(dataDir, 'module-storage.key');
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  if (!existsSync(path)) writeDurably(path, new Uint8Array(randomBytes(32)));
  const key = new Uint8Array(readFileSync(path));
  if (key.length !== 32) throw new AirtntError('MODULE_STORAGE_INVALID', `${path} is not a 32-byte key`, { hint: 'delete it: stored modules are then sent again when needed' });
  return key;
}

function writeDurably(path: string, bytes: Uint8Array): void {
  const temporary = `${path}.${process.pid}.tmp`;
  const fd = openSync(temporary, 'w', 0o600);
  try {
    writeSync(fd, bytes);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  chmodSync(temporary, 0o600);
  renameSync(temporary, path);
}

export class ExecutorModules {
  readonly counts: ModuleCounts = { received: 0, bytesReceived: 0, refused: 0, restored: 0, queries: 0 };
  readonly #folder: string;
  #loading = 0;
  /** Loads running per client address (limitKey); an entry is removed when its count is back to 0. */
  readonly #loadingBy = new Map<string, number>();

  readonly #refused: RefusedModules;
  readonly #budget: CheckTimeBudget;
  readonly #quota: NewModuleQuota;

  private constructor(private readonly options: ExecutorModulesOptions) {
    this.#folder = join(options.dataDir, 'modules');
    this.#refused = new RefusedModules(undefined, undefined, options.now);
    this.#budget = new CheckTimeBudget(options.checkMsPerMinute, options.now);
    this.#quota = new NewModuleQuota(options.newModulesPerClient, undefined, options.now);
  }

  #stopped = false;
  /** The background restore of stored modules; settled once it has ended. */
  restoring: Promise<void> = Promise.resolve();

  /**
   * Starts the service and, in the background, hands the enclave the modules stored by an earlier
   * run (newest first, bounded in number and total time), so the executor listens at once. Until a
   * module is restored, an `open` naming it gets MODULE_NEEDED and the requester sends it again.
   */
  static async start(options: ExecutorModulesOptions): Promise<ExecutorModules> {
    const modules = new ExecutorModules(options);
    modules.restoring = modules.#restore().catch((error: unknown) => options.log(`module restore: ${String(error).split('\n')[0]}`));
    return modules;
  }

  /** Stops the restore (what is not restored stays on disk) and waits for the load in progress to end. */
  async stop(): Promise<void> {
    this.#stopped = true;
    await this.restoring;
  }

  get acceptance(): ModuleAcceptance {
    return this.options.acceptance;
  }

  accepts(measurementHex: string): boolean {
    return acceptsFunction(this.options.acceptance, this.options.builtins, measurementHex);
  }

  /** The answer to a `module` message from `client` (its limitKey): held or needed, or a typed refusal (thrown). */
  async answer(message: ModuleMessage, client = 'unknown'): Promise<ModuleStatusMessage> {
    const hex = toHex(message.functionMeasurement).slice(2);
    const maxModuleBytes = this.options.acceptance.maxModuleBytes;
    const status = (held: boolean): ModuleStatusMessage => ({ kind: 'moduleStatus', functionMeasurement: message.functionMeasurement, held, maxModuleBytes });
    if (!this.accepts(hex)) throw this.#notAccepted(hex);
    if (message.sealedModule === undefined) {
      this.counts.queries += 1;
      return status(await this.#holds(message.functionMeasurement));
    }
    // The HPKE envelope adds 48 bytes (32-byte encapsulated key, 16-byte tag) to the module.
    if (message.sealedModule.length > maxModuleBytes + 48) {
      this.counts.refused += 1;
      throw new AirtntError('MODULE_TOO_LARGE', `the sealed module is ${message.sealedModule.length} bytes; this executor accepts modules up to ${maxModuleBytes} bytes`, {
        details: { bytes: message.sealedModule.length, maxModuleBytes },
      });
    }
    if (this.options.enclave.loadModule === undefined) throw this.#notAccepted(hex);
    try {
      this.#refused.check(hex);
    } catch (error) {
      this.counts.refused += 1;
      throw error;
    }
    this.#budget.admit(client);
    // A module already held costs no cache entry; otherwise it counts against the sender's quota.
    const held = await this.#holds(message.functionMeasurement);
    if (!held) this.#quota.admit(client);
    if (this.#loading >= MAX_CONCURRENT_MODULE_LOADS) {
      throw new AirtntError('ENCLAVE_BUSY', `the executor is checking ${this.#loading} modules at once, its limit`, { details: { limit: MAX_CONCURRENT_MODULE_LOADS }, hint: 'try again in a moment' });
    }
    const byClient = this.#loadingBy.get(client) ?? 0;
    if (byClient >= MAX_MODULE_LOADS_PER_CLIENT) {
      throw new AirtntError('ENCLAVE_BUSY', `the executor is already checking ${byClient} module(s) from ${client}, its limit per client address`, {
        details: { client, limit: MAX_MODULE_LOADS_PER_CLIENT },
        hint: 'send the next module once the executor has answered the previous one',
      });
    }
    this.#loading += 1;
    this.#loadingBy.set(client, byClient + 1);
    const now = this.options.now ?? Date.now;
    const started = now();
    try {
      const loaded = await this.options.enclave.loadModule({ functionMeasurement: message.functionMeasurement, sealedModule: message.sealedModule, maxModuleBytes, compileMs: this.options.compileMs });
      this.counts.received += 1;
      this.counts.bytesReceived += message.sealedModule.length;
      this.options.log(`module ${hex.slice(0, 16)} received (${message.sealedModule.length} bytes sealed), checked and cached`);
      this.#store(hex, loaded.storedModule, loaded.evicted);
      if (!held) this.#quota.added(client);
    } catch (error) {
      this.counts.refused += 1;
      this.#refused.remember(hex, error);
      this.options.log(`module ${hex.slice(0, 16)} refused: ${isAirtntError(error) ? `${error.code}: ${error.message.split('\n')[0]}` : String(error)}`);
      throw error;
    } finally {
      this.#budget.spend(client, now() - started);
      this.#loading -= 1;
      const left = (this.#loadingBy.get(client) ?? 1) - 1;
      if (left > 0) this.#loadingBy.set(client, left);
      else this.#loadingBy.delete(client);
    }
    return status(true);
  }

  /**
   * At `open`, before anything else is checked: FUNCTION_NOT_ACCEPTED or MODULE_NEEDED unless the
   * enclave holds the function, so a session never starts on a module that is not there.
   */
  /** Whether this executor runs the function at all (a code owner's module comes with its opening). */
  checkAccepts(functionMeasurement: Uint8Array): void {
    const hex = toHex(functionMeasurement).slice(2);
    if (!this.accepts(hex)) throw this.#notAccepted(hex);
  }

  async checkOpen(functionMeasurement: Uint8Array): Promise<void> {
    const hex = toHex(functionMeasurement).slice(2);
    if (!this.accepts(hex)) throw this.#notAccepted(hex);
    if (await this.#holds(functionMeasurement)) return;
    throw new AirtntError('MODULE_NEEDED', 'this executor does not hold the module of this function', {
      details: { functionMeasurement: hex, maxModuleBytes: this.options.acceptance.maxModuleBytes },
      hint: 'send it first in a `module` message (sealed to the enclave), then open again with a fresh session id',
    });
  }

  async #holds(functionMeasurement: Uint8Array): Promise<boolean> {
    const hex = toHex(functionMeasurement).slice(2);
    if (this.options.enclave.hasModule === undefined) return this.options.builtins.includes(hex);
    return this.options.enclave.hasModule(functionMeasurement);
  }

  #notAccepted(hex: string): AirtntError {
    const { accept } = this.options.acceptance;
    return new AirtntError('FUNCTION_NOT_ACCEPTED', `this executor does not run this function (it accepts ${accept === 'list' ? 'a list of functions' : accept === 'any' ? 'any function' : 'its built-in functions only'})`, {
      details: { functionMeasurement: hex, accept },
      hint: 'use an executor whose /v1/info accepts this function',
    });
  }

  /** Keeps the enclave's stored form (if any) and deletes the evicted ones; a failure only costs a later re-send. */
  #store(hex: string, stored: Uint8Array | undefined, evicted: string[]): void {
    try {
      mkdirSync(this.#folder, { recursive: true, mode: 0o700 });
      if (stored !== undefined) writeDurably(join(this.#folder, `${hex}${STORED_SUFFIX}`), stored);
      for (const gone of evicted) {
        if (/^[0-9a-f]{64}$/.test(gone)) unlinkSync(join(this.#folder, `${gone}${STORED_SUFFIX}`));
      }
    } catch (error) {
      this.options.log(`module store: ${String(error).split('\n')[0]}`);
    }
  }

  async #restore(): Promise<void> {
    if (this.options.enclave.loadModule === undefined || !existsSync(this.#folder)) return;
    const files = readdirSync(this.#folder)
      .filter((name) => name.endsWith(STORED_SUFFIX) && /^[0-9a-f]{64}$/.test(name.slice(0, -STORED_SUFFIX.length)))
      .map((name) => ({ name, mtime: statSync(join(this.#folder, name)).mtimeMs }))
      .sort((a, b) => b.mtime - a.mtime);
    const deadline = Date.now() + MAX_RESTORE_MS;
    for (const [index, { name }] of files.entries()) {
      if (this.#stopped || Date.now() >= deadline) {
        this.options.log(`module restore stopped (${this.#stopped ? 'shutting down' : `past ${MAX_RESTORE_MS} ms`}): ${files.length - index} stored module(s) left for the next start`);
        break;
      }
      const path = join(this.#folder, name);
      const hex = name.slice(0, -STORED_SUFFIX.length);
      try {
        if (index >= MAX_RESTORED || !this.accepts(hex)) throw new AirtntError('MODULE_STORAGE_INVALID', 'not restored: past the cache size, or no longer accepted');
        if (statSync(path).size > this.options.acceptance.maxModuleBytes + 16) throw new AirtntError('MODULE_STORAGE_INVALID', 'larger than the modules now accepted');
        await this.options.enclave.loadModule({ functionMeasurement: fromHex(hex, 32, 'measurement'), storedModule: new Uint8Array(readFileSync(path)), maxModuleBytes: this.options.acceptance.maxModuleBytes, compileMs: this.options.compileMs });
        this.counts.restored += 1;
      } catch (error) {
        // A load cut short by shutdown says nothing about the stored module: keep it.
        if (this.#stopped) break;
        this.options.log(`stored module ${hex.slice(0, 16)} dropped: ${isAirtntError(error) ? error.code : String(error).split('\n')[0]}`);
        try {
          unlinkSync(path);
        } catch {
          // already gone
        }
      }
    }
    if (this.counts.restored > 0) this.options.log(`${this.counts.restored} stored module(s) restored`);
  }
}
