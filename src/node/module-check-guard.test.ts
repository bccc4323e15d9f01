/**
 * Module checks are not free: a refused module is remembered (refused again at once, with no check),
 * and each client address has a budget of check time a minute. Against a real simulated enclave.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { sha256 } from '@noble/hashes/sha2.js';
import { createEnclave, type EnclaveHandle } from '../enclave/index.js';
import type { Enclave } from '../enclave/types.js';
import { sealModule } from '../protocol/sealing.js';
import { AirtntError, isAirtntError } from '../util/errors.js';
import { CheckTimeBudget, RefusedModules } from './module-check-guard.js';
import { ExecutorModules } from './executor-modules.js';

const FIXTURES = join(import.meta.dirname, '..', 'functions', 'fixtures');
const fixture = (name: string) => new Uint8Array(readFileSync(join(FIXTURES, `${name}.wasm`)));

describe('module check guard', { timeout: 300_000 }, () => {
  let enclave: EnclaveHandle;
  let dir: string;
  let loads = 0;
  /** The real enclave, with its module loads counted. */
  let counted: Enclave;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'airtnt-check-guard-'));
    enclave = await createEnclave({ tee: (await import('../tee/simulated.js')).createSimulatedProvider(), limits: { maxRoundMs: 10_000, maxMemoryPages: 256 }, executionWorkers: 1, moduleStorageKey: new Uint8Array(randomBytes(32)) });
    counted = Object.assign(Object.create(enclave) as Enclave, {
      loadModule: (request: Parameters<NonNullable<Enclave['loadModule']>>[0]) => {
        loads += 1;
        return enclave.loadModule!(request);
      },
    });
  });
  after(async () => {
    await enclave?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const start = (options: { checkMsPerMinute?: number; newModulesPerClient?: number } = {}) => ExecutorModules.start({
    enclave: counted, dataDir: dir, acceptance: { accept: 'any', measurements: [], maxModuleBytes: 1024 * 1024 }, builtins: [], compileMs: 60_000, log: () => {}, ...options,
  });
  const offer = (modules: ExecutorModules, module: Uint8Array, client: string) => modules.answer({
    kind: 'module', functionMeasurement: sha256(module), sealedModule: sealModule({ enclaveHpkePublicKey: enclave.identity().hpkePublicKey, module }),
  }, client);

  it('refuses a module refused a moment ago at once, without checking it again', async () => {
    const modules = await start();
    const bomb = fixture('bad-start-memfill');
    const before = loads;
    await assert.rejects(offer(modules, bomb, 'a'), (error: unknown) => isAirtntError(error, 'INVALID_FUNCTION') && error.details.reason === 'start');
    assert.equal(loads, before + 1);
    // Again, from another address: the same refusal, no second check.
    await assert.rejects(offer(modules, bomb, 'b'), (error: unknown) => isAirtntError(error, 'INVALID_FUNCTION') && error.details.refusedBefore === true && error.details.reason === 'start');
    assert.equal(loads, before + 1, 'not checked again');
    // A good module is still checked and accepted.
    assert.equal((await offer(modules, fixture('accumulator'), 'b')).held, true);
    await modules.stop();
  });

  it('gives an address that spent its check time ENCLAVE_BUSY with a retry-after, without a check; others go on', async () => {
    const modules = await start({ checkMsPerMinute: 1 });
    const accumulator = fixture('accumulator');
    assert.equal((await offer(modules, accumulator, 'greedy')).held, true); // any check takes more than 1 ms
    const before = loads;
    await assert.rejects(offer(modules, accumulator, 'greedy'), (error: unknown) => {
      assert.ok(isAirtntError(error, 'ENCLAVE_BUSY'), String(error));
      assert.ok((error.details.retryAfterSeconds as number) >= 1);
      return true;
    });
    assert.equal(loads, before, 'no check started');
    assert.equal((await offer(modules, accumulator, 'other')).held, true);
    await modules.stop();
  });

  it('limits the new modules one address may have cached (a module already held is not counted)', async () => {
    const modules = await start({ newModulesPerClient: 2 });
    const variant = (i: number) => {
      const name = Buffer.from(`quota-${i}`);
      return Uint8Array.from([...fixture('accumulator'), 0x00, 1 + name.length, name.length, ...name]);
    };
    assert.equal((await offer(modules, variant(1), 'q')).held, true);
    assert.equal((await offer(modules, variant(2), 'q')).held, true);
    const before = loads;
    await assert.rejects(offer(modules, variant(3), 'q'), (error: unknown) => isAirtntError(error, 'ENCLAVE_BUSY') && (error.details.retryAfterSeconds as number) >= 1);
    assert.equal(loads, before, 'no check started');
    assert.equal((await offer(modules, variant(1), 'q')).held, true, 'a held module is not a new entry');
    assert.equal((await offer(modules, variant(3), 'other')).held, true);
    await modules.stop();
  });

  it('refills the check time budget with time, and forgets refusals after their time', () => {
    let now = 0;
    const budget = new CheckTimeBudget(6_000, () => now);
    budget.admit('x');
    budget.spend('x', 9_000); // 3 s over
    assert.throws(() => budget.admit('x'), (error: unknown) => isAirtntError(error, 'ENCLAVE_BUSY') && error.details.retryAfterSeconds === 31);
    now += 31_000;
    budget.admit('x');
    const refused = new RefusedModules(1_000, 2, () => now);
    const invalid = (reason: string) => new AirtntError('INVALID_FUNCTION', 'bad', { details: { reason } });
    refused.remember('a', invalid('start'));
    refused.remember('r', invalid('resources')); // a loaded machine, not the module: not kept
    refused.remember('t', new AirtntError('MODULE_TOO_LARGE', 'big')); // not a verdict on the module's bytes
    assert.throws(() => refused.check('a'), (e: unknown) => isAirtntError(e, 'INVALID_FUNCTION'));
    refused.check('r');
    refused.check('t');
    refused.remember('b', invalid('start'));
    refused.remember('c', invalid('start')); // at most 2: the oldest, a, goes
    refused.check('a');
    assert.throws(() => refused.check('b'));
    now += 1_000;
    refused.check('b');
    assert.equal(refused.size, 1);
  });
});
