/**
 * The `airtnt bench enclave` workload: the cost of the wrapper w. Game of Life on a grid x grid soup, `cycles`
 * generations in total: bare (runFunction in-process, one call), then through the enclave (enclave
 * worker + execution worker, full crypto: the round's AEAD, keyed commitments, a signed record per
 * round) split into 5 calls and into 100 calls. The ratio 100 calls / 5 calls is the paper's
 * "many enclave calls" overhead (about 5x in SGX; our goal <= 1.2x).
 */
import { randomBytes } from 'node:crypto';
import { availableParallelism, cpus } from 'node:os';
import { createEnclave, type EnclaveHandle } from '../enclave/index.js';
import { compileFunction, loadBuiltinFunction, measureFunction, runFunction } from '../functions/abi.js';
import { encodeLifeState, type LifePattern } from '../functions/life.js';
import { commitState, deriveSessionKeys } from '../crypto/round-encryption.js';
import { wrapRound } from '../enclave/wrapper.js';
import { BIT_DIFF_CODEC, LIFE_DIFF_CODEC } from '../protocol/codecs.js';
import { generateNodeRecordSigner, NODE_PRIMITIVES } from '../crypto/node-primitives.js';
import { checkRoundRecord, signRecord } from '../protocol/record.js';
import { openRoundResult, sealSessionOpening, stateCommitment } from '../protocol/sealing.js';
import { createSimulatedProvider } from '../tee/simulated.js';


export type BenchOptions = { grid: number; cycles: number; calls: number[]; repeat: number; json?: boolean };

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** A fixed pseudo-random soup (density 1/3) so every run and every machine starts from the same grid. */
export function lifeSoup(size: number, seed = 0x2545f491): Uint8Array {
  let x = seed >>> 0;
  const cells = new Uint8Array(size * size);
  for (let i = 0; i < cells.length; i++) {
    // xorshift32: reproducible filler, not cryptography
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    cells[i] = x % 3 === 0 ? 1 : 0;
  }
  const pattern: LifePattern = { width: size, height: size, cells };
  return encodeLifeState(size, size, pattern);
}

type WrapperFigures = { calls: number; medianMs: number; perCallMs: number; requesterMedianMs: number; cyclesDone: number };

async function runThroughEnclave(enclave: EnclaveHandle, measurement: Uint8Array, state: Uint8Array, options: BenchOptions, calls: number): Promise<WrapperFigures> {
  const identity = enclave.identity();
  const perRound = Math.floor(options.cycles / calls);
  const enclaveTimes: number[] = [];
  const requesterTimes: number[] = [];
  let cyclesDone = 0;
  for (let repetition = 0; repetition < options.repeat; repetition++) {
    const sessionId = randomBytes(32);
    const channelId = randomBytes(32);
    const sessionSecret = randomBytes(32);
    const sealedSession = sealSessionOpening({ enclaveHpkePublicKey: identity.hpkePublicKey, sessionId, channelId, functionMeasurement: measurement, firstRound: 1n, sessionSecret, state });
    await enclave.openSession({ sessionId, channelId, functionMeasurement: measurement, sealedSession, firstRound: 1n });
    const results = [];
    const started = performance.now();
    for (let round = 1; round <= calls; round++) {
      const cycles = round === calls ? options.cycles - perRound * (calls - 1) : perRound;
      results.push({ cycles, result: await enclave.runRound(sessionId, BigInt(round), cycles) });
    }
    enclaveTimes.push(performance.now() - started);
    // The requester's side of the same rounds: check each record, decrypt, apply the diff.
    const requesterStarted = performance.now();
    let previous = state;
    cyclesDone = 0;
    for (const [index, { cycles, result }] of results.entries()) {
      const round = BigInt(index + 1);
      checkRoundRecord(result.record, result.signature, {
        enclavePublicKey: identity.signingPublicKey, functionMeasurement: measurement, sessionId, channelId, round,
        inputStateCommitment: stateCommitment(sessionSecret, sessionId, previous), cyclesAsked: cycles,
        stateCiphertext: result.stateCiphertext, outputsCiphertext: result.outputsCiphertext,
      }, NODE_PRIMITIVES);
      const opened = openRoundResult({ sessionSecret, sessionId, round, record: result.record, key: result.key, stateCiphertext: result.stateCiphertext, outputsCiphertext: result.outputsCiphertext, previousState: previous, primitives: NODE_PRIMITIVES });
      cyclesDone += Number(opened.record.cyclesDone);
      previous = opened.state;
    }
    requesterTimes.push(performance.now() - requesterStarted);
    await enclave.closeSession(sessionId);
  }
  const medianMs = median(enclaveTimes);
  return { calls, medianMs, perCallMs: medianMs / calls, requesterMedianMs: median(requesterTimes), cyclesDone };
}

/** Where one call's fixed cost goes, measured in this thread: the record signature, and all of w's crypto. */
function wrapperBreakdown(state: Uint8Array, repeat: number): { signRecordMs: number; wrapperCryptoMs: number } {
  const recordSigner = generateNodeRecordSigner();
  const signer = { recordSigner, aead: NODE_PRIMITIVES.aead, runtimeMeasurement: new Uint8Array(32), insecure: true };
  const keys = deriveSessionKeys(randomBytes(32), randomBytes(32));
  const session = { sessionId: keys.sessionId, channelId: randomBytes(32), functionMeasurement: randomBytes(32), keys, state, stateCommitment: commitState(keys, state) };
  const next = state.slice();
  next[next.length - 1] = next[next.length - 1]! ^ 1;
  const sample = (action: () => unknown) => {
    const times: number[] = [];
    for (let i = 0; i < 20 + repeat * 10; i++) {
      const started = performance.now();
      action();
      if (i >= 20) times.push(performance.now() - started);
    }
    return median(times);
  };
  const wrapped = wrapRound({ signer, session, round: 1n, roundKey: randomBytes(32), cyclesAsked: 1, execution: { state: next, outputs: [], cyclesDone: 1, workUnits: 1 } });
  return {
    signRecordMs: sample(() => signRecord(wrapped.result.record, recordSigner)),
    wrapperCryptoMs: sample(() => wrapRound({ signer, session, round: 1n, roundKey: randomBytes(32), cyclesAsked: 1, execution: { state: next, outputs: [], cyclesDone: 1, workUnits: 1 }, payload: { codecs: { lifeDiff: LIFE_DIFF_CODEC, bitDiff: BIT_DIFF_CODEC } } })),
  };
}

export async function benchEnclave(options: BenchOptions) {
  const bytes = await loadBuiltinFunction('life');
  const measurement = measureFunction(bytes);
  const module = await compileFunction(bytes);
  const state = lifeSoup(options.grid);
  const functionLimits = { maxMemoryPages: 1024, maxStateBytes: 64 << 20, maxOutputBytes: 1 << 20 };

  const bareTimes: number[] = [];
  let bareCyclesDone = 0;
  for (let repetition = 0; repetition < options.repeat + 2; repetition++) {
    const started = performance.now();
    const result = await runFunction(module, state, options.cycles, functionLimits);
    if (repetition >= 2) bareTimes.push(performance.now() - started); // the first two warm the JIT up
    bareCyclesDone = result.cyclesDone;
  }

  const tee = createSimulatedProvider();
  const enclave = await createEnclave({ tee, limits: { maxRoundMs: 600_000, maxStateBytes: functionLimits.maxStateBytes, maxMemoryPages: functionLimits.maxMemoryPages } });
  try {
    await runThroughEnclave(enclave, measurement, state, { ...options, repeat: 2 }, Math.max(...options.calls)); // warm-up
    const wrapper: WrapperFigures[] = [];
    for (const calls of options.calls) wrapper.push(await runThroughEnclave(enclave, measurement, state, options, calls));
    const first = wrapper[0]!;
    const last = wrapper[wrapper.length - 1]!;
    return {
      benchmark: 'enclave',
      function: 'life',
      grid: `${options.grid}x${options.grid}`,
      stateBytes: state.length,
      cycles: options.cycles,
      repeat: options.repeat,
      tee: 'simulated (INSECURE: no hardware protection)',
      machine: { cpus: availableParallelism(), model: cpus()[0]?.model ?? 'unknown', node: process.version },
      bare: { medianMs: median(bareTimes), cyclesDone: bareCyclesDone },
      wrapper,
      ratio: { of: `${last.calls} calls / ${first.calls} calls`, value: last.medianMs / first.medianMs, goal: 1.2, paper: 5 },
      overheadPerCallMs: (last.medianMs - first.medianMs) / (last.calls - first.calls),
      perCallBreakdown: wrapperBreakdown(state, options.repeat),
    };
  } finally {
    await enclave.close();
  }
}

export function printHuman(report: Awaited<ReturnType<typeof benchEnclave>>): void {
  console.log(`Game of Life ${report.grid} (${report.stateBytes} B state), ${report.cycles} generations, median of ${report.repeat} runs`);
  console.log(`TEE: ${report.tee}; ${report.machine.cpus} CPUs (${report.machine.model}), node ${report.machine.node}`);
  console.log(`  bare (runFunction in-process, 1 call)   ${report.bare.medianMs.toFixed(2)} ms`);
  for (const row of report.wrapper) {
    console.log(`  enclave, ${String(row.calls).padStart(3)} calls (full crypto)       ${row.medianMs.toFixed(2)} ms  (${row.perCallMs.toFixed(3)} ms per call; requester checks+decrypts ${row.requesterMedianMs.toFixed(2)} ms; d = ${row.cyclesDone})`);
  }
  console.log(`  ratio ${report.ratio.of}: ${report.ratio.value.toFixed(2)}x (goal <= ${report.ratio.goal}x; the paper saw ~${report.ratio.paper}x)`);
  console.log(`  fixed cost per enclave call: ${report.overheadPerCallMs.toFixed(3)} ms, of which w's crypto ${report.perCallBreakdown.wrapperCryptoMs.toFixed(3)} ms (the Ed25519 record signature alone ${report.perCallBreakdown.signRecordMs.toFixed(3)} ms); the rest is thread hops and a fresh WebAssembly instance`);
}
