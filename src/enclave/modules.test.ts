import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { sha256 } from '@noble/hashes/sha2.js';
import { START_WORK_BUDGET } from '../functions/abi.js';
import { sealModule, sealSessionOpening } from '../protocol/sealing.js';
import { createSimulatedProvider } from '../tee/simulated.js';
import { isAirtntError } from '../util/errors.js';
import { createEnclave, type EnclaveHandle } from './index.js';
import { ModuleCache } from './module-cache.js';
import { openStoredModule } from './module-storage.js';

const FIXTURES = join(import.meta.dirname, '..', 'functions', 'fixtures');
const fixture = (name: string) => new Uint8Array(readFileSync(join(FIXTURES, `${name}.wasm`)));
const COMPILE_MS = 3_000;

/** Small on the wire, costly to compile: `count` functions each declaring 50,000 i64 locals in 4 bytes. */
function compileBomb(count: number): Uint8Array {
  const leb = (n: number): number[] => (n < 0x80 ? [n] : [(n & 0x7f) | 0x80, ...leb(n >>> 7)]);
  const section = (id: number, body: number[]): number[] => [id, ...leb(body.length), ...body];
  const body = [0x01, ...leb(50_000), 0x7e, 0x0b];
  return Uint8Array.from([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, [0x01, 0x60, 0x00, 0x00]),
    ...section(3, [...leb(count), ...Array<number>(count).fill(0)]),
    ...section(10, [...leb(count), ...Array.from({ length: count }, () => [...leb(body.length), ...body]).flat()]),
  ]);
}

describe('modules sent to the enclave (simulated TEE)', () => {
  let enclave: EnclaveHandle;
  const storageKey = new Uint8Array(randomBytes(32));

  before(async () => {
    enclave = await createEnclave({ tee: createSimulatedProvider(), limits: { maxRoundMs: 2_000, maxMemoryPages: 64 }, executionWorkers: 1, moduleCache: { maxModules: 2, maxBytes: 1024 * 1024 }, moduleStorageKey: storageKey });
  });
  after(async () => enclave?.close());

  const load = (module: Uint8Array, options: { measurement?: Uint8Array; maxModuleBytes?: number } = {}) => enclave.loadModule({
    functionMeasurement: options.measurement ?? sha256(module),
    sealedModule: sealModule({ enclaveHpkePublicKey: enclave.identity().hpkePublicKey, module }),
    maxModuleBytes: options.maxModuleBytes ?? 1024 * 1024,
    compileMs: COMPILE_MS,
  });

  async function runAccumulator(state: Uint8Array, cycles: number) {
    const module = fixture('accumulator');
    const functionMeasurement = sha256(module);
    const session = { sessionId: new Uint8Array(randomBytes(32)), channelId: new Uint8Array(randomBytes(32)), sessionSecret: new Uint8Array(randomBytes(32)), functionMeasurement, firstRound: 0n, state };
    const sealedSession = sealSessionOpening({ ...session, enclaveHpkePublicKey: enclave.identity().hpkePublicKey });
    await enclave.openSession({ sessionId: session.sessionId, channelId: session.channelId, functionMeasurement, firstRound: 0n, sealedSession });
    return enclave.runRound(session.sessionId, 0n, cycles);
  }

  it('opens, checks and caches a sealed module; sessions then name it by measurement; its stored form opens only under the storage key', async () => {
    const module = fixture('accumulator');
    assert.equal(await enclave.hasModule(sha256(module)), false);
    const loaded = await load(module);
    assert.ok(loaded.storedModule !== undefined, 'a stored form for the host to keep');
    assert.deepEqual(openStoredModule(storageKey, sha256(module), loaded.storedModule), module);
    assert.throws(() => openStoredModule(new Uint8Array(32), sha256(module), loaded.storedModule!), (error) => isAirtntError(error, 'MODULE_STORAGE_INVALID'));
    assert.equal(await enclave.hasModule(sha256(module)), true);
    const state = new Uint8Array(16);
    new DataView(state.buffer).setUint32(0, 5, true);
    const result = await runAccumulator(state, 3);
    assert.ok(result.record.length > 0);
  });

  it('keeps a module a session was opened with while strangers send 70 other valid modules', async () => {
    const module = fixture('accumulator');
    await load(module);
    const state = new Uint8Array(16);
    new DataView(state.buffer).setUint32(0, 1, true);
    await runAccumulator(state, 1);
    for (let i = 0; i < 70; i++) {
      // The same code with a distinct custom section: a distinct, valid module.
      const name = Buffer.from(`stranger-${i}`);
      const distinct = Uint8Array.from([...module, 0x00, 1 + name.length, name.length, ...name]);
      await load(distinct);
    }
    assert.equal(await enclave.hasModule(sha256(module)), true, 'the used module is still cached');
  });

  it('refuses a module whose sha256 is not the measurement, or that is larger than allowed', async () => {
    const module = fixture('accumulator');
    await assert.rejects(load(module, { measurement: sha256(fixture('bad-export')) }), (error) => isAirtntError(error, 'MODULE_MEASUREMENT_MISMATCH'));
    await assert.rejects(load(module, { maxModuleBytes: 100 }), (error) => isAirtntError(error, 'MODULE_TOO_LARGE'));
  });

  const bad: [string, () => Uint8Array, RegExp][] = [
    ['a forbidden import', () => fixture('bad-import'), /imports wasi_snapshot_preview1\.fd_write/],
    ['a wrong export', () => fixture('bad-export'), /run must be/],
    ['its own memory', () => fixture('bad-own-memory'), /memory/],
    ['a start function that loops', () => fixture('bad-start-loop'), /fails to start.*at most 16777216 work units/],
    ['a huge table', () => fixture('bad-huge-table'), /tables ask for 50000000 entries/],
    ['a data segment far outside memory', () => fixture('bad-far-data'), /fails to start/],
    ['a compile bomb (small on the wire, huge compiled)', () => compileBomb(2_000), /./],
  ];
  it('stops a hostile start function by metered work, not by the time limit', async () => {
    // A time limit far beyond the test's: only the work budget can end this trial.
    const bytes = fixture('bad-start-loop');
    await assert.rejects(
      enclave.loadModule({ functionMeasurement: sha256(bytes), sealedModule: sealModule({ enclaveHpkePublicKey: enclave.identity().hpkePublicKey, module: bytes }), maxModuleBytes: 1024 * 1024, compileMs: 600_000 }),
      (error: unknown) => {
        assert.ok(isAirtntError(error, 'INVALID_FUNCTION'), String(error));
        assert.equal(error.details.reason, 'start');
        assert.equal(error.details.startWorkBudget, START_WORK_BUDGET);
        return true;
      },
    );
    assert.equal(await enclave.hasModule(sha256(bytes)), false, 'nothing cached');
  });

  for (const [what, module, message] of bad) {
    it(`refuses a module with ${what} (INVALID_FUNCTION), then keeps serving`, async () => {
      const bytes = module();
      assert.ok(bytes.length < 20_000, 'small on the wire');
      await assert.rejects(load(bytes), (error: unknown) => {
        assert.ok(isAirtntError(error, 'INVALID_FUNCTION'), String(error));
        assert.match(error.message, message);
        return true;
      });
      assert.equal(await enclave.hasModule(sha256(bytes)), false, 'nothing cached');
      // Still serving: a good module loads and runs.
      await load(fixture('accumulator'));
      const state = new Uint8Array(16);
      new DataView(state.buffer).setUint32(0, 2, true);
      const result = await runAccumulator(state, 5);
      assert.ok(result.record.length > 0);
    });
  }
});

describe('module cache (LRU, bounded by count and bytes)', () => {
  it('evicts the least recently used, never a pinned one, and refuses a module larger than the cache', () => {
    const cache = new ModuleCache({ maxModules: 2, maxBytes: 10 });
    cache.pin('builtin', new Uint8Array(100));
    assert.deepEqual(cache.add('a', new Uint8Array(4)), []);
    assert.deepEqual(cache.add('b', new Uint8Array(4)), []);
    assert.ok(cache.has('a')); // a is now the most recently used
    assert.deepEqual(cache.add('c', new Uint8Array(4)), ['b']);
    assert.deepEqual(cache.add('d', new Uint8Array(8)), ['a', 'c'], 'bytes bound');
    assert.ok(cache.has('builtin'));
    assert.throws(() => cache.add('e', new Uint8Array(11)), (error) => isAirtntError(error, 'MODULE_TOO_LARGE'));
    assert.deepEqual(cache.stats(), { pinned: 1, cached: 1, cachedBytes: 8, paid: 0 });
  });

  it('evicts modules no session has used before one a session was opened with', () => {
    const cache = new ModuleCache({ maxModules: 2, maxBytes: 100 });
    cache.add('paid', new Uint8Array(4));
    cache.markPaid('paid');
    for (let i = 0; i < 70; i++) assert.deepEqual(cache.add(`stranger${i}`, new Uint8Array(4)), i === 0 ? [] : [`stranger${i - 1}`]);
    assert.ok(cache.has('paid'));
    // Only when every cached module has been used does the least recently used of them go (has() used 'paid').
    cache.markPaid('stranger69');
    assert.deepEqual(cache.add('x', new Uint8Array(4)), ['stranger69']);
  });
});
