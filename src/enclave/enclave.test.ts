import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { sha256 } from '@noble/hashes/sha2.js';
import { checkEnclaveBinding } from '../attestation/binding.js';
import { loadBuiltinFunction, measureFunction } from '../functions/abi.js';
import { decodeLifeState, encodeLifeState, lifeRunReference, parseRle } from '../functions/life.js';
import { checkRoundRecord, decodeRecord, RECORD_FLAG_INSECURE } from '../protocol/record.js';
import { openRoundResult, sealModule, sealSessionOpening, stateCommitment } from '../protocol/sealing.js';
import { verifySimulatedEvidence } from '../tee/simulated.js';
import { isAirtntError } from '../util/errors.js';
import { createEnclave, type EnclaveHandle } from './index.js';

const code = (c: string) => (error: unknown) => isAirtntError(error, c);
const MAX_ROUND_MS = 1000;

/** A minimal ABI v1 module whose `run` body is `runBody` (WebAssembly binary format, assembled by hand). */
function abiModule(runBody: number[]): Uint8Array {
  const leb = (n: number): number[] => (n < 0x80 ? [n] : [(n & 0x7f) | 0x80, ...leb(n >> 7)]);
  const vec = (items: number[][]): number[] => [...leb(items.length), ...items.flat()];
  const section = (id: number, body: number[]): number[] => [id, ...leb(body.length), ...body];
  const name = (text: string): number[] => [...leb(text.length), ...Buffer.from(text)];
  const I32 = 0x7f;
  const body = (code: number[]): number[] => [...leb(code.length + 2), 0x00, ...code, 0x0b];
  const exports = ['airtnt_abi_v1', 'input_buffer', 'run', 'state_ptr', 'state_len', 'output_ptr', 'output_len'];
  return Uint8Array.from([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, vec([[0x60, 4, I32, I32, I32, I32, 0], [0x60, 0, 1, I32], [0x60, 1, I32, 1, I32], [0x60, 2, I32, I32, 1, I32]])),
    ...section(2, vec([[...name('env'), ...name('abort'), 0x00, 0], [...name('env'), ...name('memory'), 0x02, 0x00, 1]])),
    ...section(3, vec([[1], [2], [3], [1], [1], [1], [1]])),
    ...section(6, vec([[I32, 0x01, 0x41, 0x00, 0x0b]])), // global 0: state length
    ...section(7, vec(exports.map((exported, index) => [...name(exported), 0x00, index + 1]))),
    ...section(10, vec([
      body([0x41, 0x01]), // airtnt_abi_v1: 1
      body([0x20, 0x00, 0x24, 0x00, 0x41, 0x80, 0x08]), // input_buffer(len): global = len; return 1024
      body(runBody),
      body([0x41, 0x80, 0x08]), // state_ptr: 1024
      body([0x23, 0x00]), // state_len: global
      body([0x41, 0x00]), // output_ptr: 0
      body([0x41, 0x00]), // output_len: 0
    ])),
  ]);
}

const ECHO = abiModule([0x20, 0x01]); // state unchanged, cyclesDone = cycles
const LOOP_FOREVER = abiModule([0x03, 0x40, 0x0c, 0x00, 0x0b, 0x41, 0x00]);
const TRAP = abiModule([0x00]);
/** Grows memory a page at a time until it cannot, then traps (as AssemblyScript's abort does). */
const GROW_FOREVER = abiModule([0x03, 0x40, 0x41, 0x01, 0x40, 0x00, 0x41, 0x7f, 0x46, 0x04, 0x40, 0x00, 0x0b, 0x0c, 0x00, 0x0b, 0x41, 0x00]);

describe('enclave (enclave worker + execution worker, simulated TEE)', () => {
  let enclave: EnclaveHandle;
  let lifeMeasurement: Uint8Array;
  const glider = parseRle('x = 3, y = 3, rule = B3/S23\nbo$2bo$3o!');
  const lifeState = encodeLifeState(20, 20, glider);

  before(async () => {
    const { createSimulatedProvider } = await import('../tee/simulated.js');
    enclave = await createEnclave({ tee: createSimulatedProvider(), limits: { maxRoundMs: MAX_ROUND_MS, maxMemoryPages: 64 } });
    lifeMeasurement = measureFunction(await loadBuiltinFunction('life'));
  });
  after(async () => enclave?.close());

  async function open(options: { measurement?: Uint8Array; module?: Uint8Array; state?: Uint8Array; firstRound?: bigint } = {}) {
    const identity = enclave.identity();
    const functionMeasurement = options.measurement ?? (options.module ? sha256(options.module) : lifeMeasurement);
    const session = { sessionId: randomBytes(32), channelId: randomBytes(32), sessionSecret: randomBytes(32), functionMeasurement, state: options.state ?? lifeState, firstRound: options.firstRound ?? 1n };
    const sealedSession = sealSessionOpening({ ...session, enclaveHpkePublicKey: identity.hpkePublicKey });
    const sealedModule = options.module ? sealModule({ enclaveHpkePublicKey: identity.hpkePublicKey, module: options.module }) : undefined;
    await enclave.openSession({ sessionId: session.sessionId, channelId: session.channelId, functionMeasurement, firstRound: session.firstRound, sealedSession, ...(sealedModule ? { sealedModule } : {}) });
    return session;
  }

  /** The requester's side of one round: check the record, open the result. */
  async function round(session: Awaited<ReturnType<typeof open>>, number: bigint, cycles: number, previousState: Uint8Array) {
    const result = await enclave.runRound(session.sessionId, number, cycles);
    const identity = enclave.identity();
    const record = checkRoundRecord(result.record, result.signature, {
      enclavePublicKey: identity.signingPublicKey, functionMeasurement: session.functionMeasurement, sessionId: session.sessionId, channelId: session.channelId,
      round: number, inputStateCommitment: stateCommitment(session.sessionSecret, session.sessionId, previousState), cyclesAsked: cycles,
      stateCiphertext: result.stateCiphertext, outputsCiphertext: result.outputsCiphertext,
    });
    const opened = openRoundResult({ sessionSecret: session.sessionSecret, sessionId: session.sessionId, round: number, record: result.record, key: result.key, stateCiphertext: result.stateCiphertext, outputsCiphertext: result.outputsCiphertext, previousState });
    return { result, ...opened, record };
  }

  it('binds its keys to simulated (INSECURE) evidence once', () => {
    const identity = enclave.identity();
    const verified = verifySimulatedEvidence(identity.evidence);
    assert.equal(verified.insecure, true);
    assert.equal(identity.insecure, true);
    checkEnclaveBinding(verified.reportData, identity.signingPublicKey, identity.hpkePublicKey, identity.runtimeMeasurement);
    assert.equal(identity.signingPublicKey.length, 32, 'an Ed25519 record key');
  });

  it('runs the Game of Life over several rounds; the requester gets the reference result', async () => {
    const session = await open();
    let state = lifeState;
    for (const [number, cycles] of [[1n, 4], [2n, 10], [3n, 16]] as const) {
      const opened = await round(session, number, cycles, state);
      assert.equal(opened.record.cyclesDone, BigInt(cycles));
      assert.equal(opened.record.flags & RECORD_FLAG_INSECURE, RECORD_FLAG_INSECURE);
      assert.equal(Buffer.from(opened.result.stateCiphertext).includes(Buffer.from(opened.state.subarray(8, 40))), false);
      state = opened.state;
    }
    assert.deepEqual(decodeLifeState(state), lifeRunReference(decodeLifeState(lifeState), 30).pattern);
  });

  it('never runs a round twice, and refuses rounds out of order or a reused session id', async () => {
    const session = await open();
    await round(session, 1n, 2, lifeState);
    await assert.rejects(enclave.runRound(session.sessionId, 1n, 2), code('ROUND_OUT_OF_ORDER'));
    await assert.rejects(enclave.runRound(session.sessionId, 3n, 2), code('ROUND_OUT_OF_ORDER'));
    const sealedSession = sealSessionOpening({ ...session, enclaveHpkePublicKey: enclave.identity().hpkePublicKey });
    await assert.rejects(enclave.openSession({ ...session, sealedSession }), code('SESSION_EXISTS'));
  });

  it('a record replayed into another session or round is rejected by the requester', async () => {
    const first = await open();
    const second = await open();
    const replayed = await enclave.runRound(first.sessionId, 1n, 1);
    const identity = enclave.identity();
    const expectedFor = (session: typeof first, number: bigint) => ({
      enclavePublicKey: identity.signingPublicKey, functionMeasurement: lifeMeasurement, sessionId: session.sessionId, channelId: session.channelId, round: number,
      inputStateCommitment: stateCommitment(session.sessionSecret, session.sessionId, lifeState), cyclesAsked: 1,
      stateCiphertext: replayed.stateCiphertext, outputsCiphertext: replayed.outputsCiphertext,
    });
    assert.throws(() => checkRoundRecord(replayed.record, replayed.signature, expectedFor(second, 1n)), code('RECORD_WRONG_SESSION'));
    assert.throws(() => checkRoundRecord(replayed.record, replayed.signature, expectedFor(first, 2n)), code('RECORD_WRONG_ROUND'));
  });

  it('a transferred run starts a new session at the next round with the last paid state', async () => {
    const original = await open();
    const paid = await round(original, 1n, 5, lifeState);
    const transferred = await open({ state: paid.state, firstRound: 2n });
    await assert.rejects(enclave.runRound(transferred.sessionId, 1n, 5), code('ROUND_OUT_OF_ORDER'));
    const next = await round(transferred, 2n, 5, paid.state);
    assert.deepEqual(decodeLifeState(next.state), lifeRunReference(decodeLifeState(lifeState), 10).pattern);
  });

  it('runs a module sealed by its code owner, and refuses one that does not match its measurement', async () => {
    const state = randomBytes(100);
    const session = await open({ module: ECHO, state });
    const opened = await round(session, 1n, 7, state);
    assert.deepEqual(opened.state, new Uint8Array(state));
    assert.equal(opened.record.cyclesDone, 7n);
    await assert.rejects(open({ module: ECHO, measurement: sha256(TRAP) }), code('MODULE_MEASUREMENT_MISMATCH'));
    await assert.rejects(open({ measurement: sha256(randomBytes(10)) }), code('FUNCTION_UNKNOWN'));
  });

  it('stops a function that loops forever within its time limit, and keeps serving', async () => {
    const runaway = await open({ module: LOOP_FOREVER, state: new Uint8Array(4) });
    const restartsBefore = (await enclave.stats()).executionRestarts;
    const started = performance.now();
    await assert.rejects(enclave.runRound(runaway.sessionId, 1n, 1), code('FUNCTION_TIMEOUT'));
    const elapsed = performance.now() - started;
    assert.ok(elapsed >= MAX_ROUND_MS - 50 && elapsed < MAX_ROUND_MS + 3000, `stopped after ${elapsed.toFixed(0)} ms`);
    assert.equal((await enclave.stats()).executionRestarts, restartsBefore + 1);
    const healthy = await open();
    await round(healthy, 1n, 3, lifeState);
  });

  it('stops a function that allocates without bound, and one that traps; the node keeps serving', async () => {
    const greedy = await open({ module: GROW_FOREVER, state: new Uint8Array(4) });
    await assert.rejects(enclave.runRound(greedy.sessionId, 1n, 1), code('FUNCTION_OUT_OF_MEMORY'));
    const trapping = await open({ module: TRAP, state: new Uint8Array(4) });
    await assert.rejects(enclave.runRound(trapping.sessionId, 1n, 1), code('FUNCTION_TRAPPED'));
    // A failed round produced nothing: the session stays at the same round.
    await assert.rejects(enclave.runRound(trapping.sessionId, 2n, 1), code('ROUND_OUT_OF_ORDER'));
    const healthy = await open();
    await round(healthy, 1n, 3, lifeState);
  });

  it('refuses malformed requests from the host at the boundary', async () => {
    await assert.rejects(enclave.runRound(new Uint8Array(31), 1n, 1), code('ENCLAVE_BAD_REQUEST'));
    await assert.rejects(enclave.runRound(randomBytes(32), 1n, -1), code('ENCLAVE_BAD_REQUEST'));
    await assert.rejects(enclave.runRound(randomBytes(32), 1n, 1), code('SESSION_UNKNOWN'));
  });

  it('closes sessions', async () => {
    const session = await open();
    await enclave.closeSession(session.sessionId);
    await assert.rejects(enclave.runRound(session.sessionId, 1n, 1), code('SESSION_UNKNOWN'));
    assert.equal(decodeRecord((await round(await open(), 1n, 1, lifeState)).result.record).round, 1n);
  });
});

describe('enclave serving a registry: record-claim key, binding v3, a RoundRecord claim every round', () => {
  const registry = { chainId: 31337, verifyingContract: '0x5FbDB2315678afecb367f032d93F642f64180aa3' } as const;
  let enclave: EnclaveHandle;
  before(async () => {
    const { createSimulatedProvider } = await import('../tee/simulated.js');
    enclave = await createEnclave({ tee: createSimulatedProvider(), registry, executionWorkers: 1 });
  });
  after(async () => enclave?.close());

  it('binds the record address (v3), and signs RoundRecord(sessionId, round, keccak256(record)) with it', async () => {
    const { recoverTypedDataAddress, keccak256, toHex } = await import('viem');
    const { ROUND_RECORD_TYPES } = await import('../registry/signing.js');
    const identity = enclave.identity();
    assert.match(identity.recordAddress ?? '', /^0x[0-9a-fA-F]{40}$/);
    const { reportData } = verifySimulatedEvidence(identity.evidence);
    checkEnclaveBinding(reportData, identity.signingPublicKey, identity.hpkePublicKey, identity.runtimeMeasurement, Buffer.from(identity.recordAddress!.slice(2), 'hex'));
    assert.throws(() => checkEnclaveBinding(reportData, identity.signingPublicKey, identity.hpkePublicKey, identity.runtimeMeasurement), code('BINDING_MISMATCH'));

    const lifeMeasurement = measureFunction(await loadBuiltinFunction('life'));
    const session = { sessionId: randomBytes(32), channelId: randomBytes(32), sessionSecret: randomBytes(32), functionMeasurement: lifeMeasurement, state: encodeLifeState(8, 8, parseRle('x = 3, y = 3, rule = B3/S23\nbo$2bo$3o!')), firstRound: 1n };
    await enclave.openSession({ ...session, sealedSession: sealSessionOpening({ ...session, enclaveHpkePublicKey: identity.hpkePublicKey }) });
    for (const round of [1n, 2n]) {
      const result = await enclave.runRound(session.sessionId, round, 2);
      assert.equal(result.recordClaim?.length, 65);
      const signer = await recoverTypedDataAddress({
        domain: { name: 'Airtnt Registry', version: '1', ...registry },
        types: ROUND_RECORD_TYPES,
        primaryType: 'RoundRecord',
        message: { sessionId: toHex(session.sessionId), round, recordHash: keccak256(result.record) },
        signature: toHex(result.recordClaim!),
      });
      assert.equal(signer, identity.recordAddress);
    }
  });
});
